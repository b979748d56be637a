"""Trips that tell whom a rule is for, or a service, not a trip anyone made.

"All passengers arriving from Wuhan will be screened", "anyone travelling from Lagos
to London must show a negative test", "travellers who arrive from Accra will be
quarantined": the movers are a class that a rule, a plan or a habit is about, so no
route is drawn. A counted group ("all 40 passengers arriving from Wuhan were
screened") or a past verb ("passengers arriving from Wuhan were screened") tells
people who did arrive. "Direct flights to London operate daily" tells a service that
runs, not a flight that flew: a bare plural trip noun with a verb in the present; so do
"will start flights to Russia", "round-trip flights to Moscow" and "the carrier will fly
to Lima" (but "ran evacuation flights to Delhi" tells flights flown). Used
by ``story.trip_status``. "You come to Ohio and you see ..." is about anyone who goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_EVERY = frozenset({"all", "any", "every", "each"})
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those"})
# What makes the verb about the class a rule or a plan: "will be screened", "must show".
_RULE_AUXES = frozenset({"will", "wo", "'ll", "must", "should", "shall", "would", "can", "may"})
# What an operator does with a service: "will start flights to Russia".
_OPERATES = frozenset(
    "start launch begin offer add resume suspend halt cancel cut schedule introduce restore "
    "stop ban".split())
# Flights that carry people on a mission are trips: "ran evacuation flights to Delhi".
_MISSIONS = frozenset("evacuation relief rescue repatriation charter aid mercy".split())
# What a fare is for: "round-trip flights to Moscow", "one-way fares to Lima".
_FARES = frozenset({"round-trip", "roundtrip", "one-way", "nonstop", "non-stop"})
_AIRLINES = frozenset({"airline", "airlines", "airways", "carrier", "carriers"})


def any_comer(word: Token) -> bool:
    """The motion ``word`` is a clause on a class of movers ("all passengers arriving
    from Wuhan", "anyone who travels to Lagos") whose own verb states a rule: a modal
    or future verb, or, for "all"/"anyone", a present one ("all visitors arriving from
    Lima are screened"). A bare plural needs the modal ("Travellers arriving from Accra
    will be quarantined"): "Refugees fleeing Homs reach Lebanon" is a headline's news. A
    bare plural object of a verb still to be done is a class too: "staff are to check
    passengers arriving from Mexico" (not "police stopped migrants crossing from Libya")."""
    if word.dep_ in ("acl", "relcl"):
        who, verb = word.head, word.head.head
    elif word.dep_ in ("csubj", "csubjpass"):  # the parse of "all people coming ... will be"
        who = next((c for c in word.children if c.dep_ == "nsubj"), None)
        verb = word.head
    else:
        return False
    if who is None or any(c.dep_ in ("nummod", "poss") for c in who.children):
        return False  # "all 40 passengers", "its passengers"
    every = who.lower_ in _ANYONE or any(
        c.dep_ in ("det", "predet") and c.lower_ in _EVERY for c in who.children)
    bare = who.tag_ == "NNS" and not any(c.dep_ == "det" for c in who.children)
    if bare and who.dep_ == "dobj" and word.tag_ == "VBG" and _to_be_done(verb):
        return True  # "are to check passengers arriving"; not "who flew", "evacuated"
    if not (every or bare) or who.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _RULE_AUXES for c in verb.children):
        return True
    return every and verb.tag_ in ("VBZ", "VBP")


def _to_be_done(verb: Token) -> bool:
    """The verb tells what is to be done, not what was: a modal one ("will screen
    travellers arriving"), one that "is to" be done ("are to check") or an infinitive on a
    noun ("a sign to greet drivers entering Rock Hill"); not the purpose of an act done
    ("was sent to help refugees fleeing into Chad")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _RULE_AUXES) or ("to" in auxes and (
        verb.dep_ == "acl" or (verb.dep_ == "xcomp" and verb.head.lemma_ == "be")))


def service(word: Token) -> bool:
    """The motion noun ``word`` names a service, not a trip: a bare plural subject of a
    present verb ("Direct flights to London operate daily", "weekly shipments to Juba
    arrive by barge"); flights an operator starts or stops ("will start flights to
    Russia", "suspended flights to Kabul"); fares' flights ("round-trip flights to
    Moscow"; "took a one-way flight" is a trip); or a trip a price is compared with ("$40
    more than a flight from Dallas to Denver"); an airline that flies to a place. Not "the
    flights to London were full", "two flights landed"."""
    if word.pos_ == "VERB":
        return _airline_flies(word)
    if word.pos_ != "NOUN":
        return False
    verb = word.head
    if word.dep_ == "pobj" and verb.lower_ == "than":
        return True
    if word.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in word.children):
        return False
    if any(c.dep_ in ("amod", "compound") and "".join(t.lower_ for t in c.subtree) in _FARES
           for c in word.children):  # "round-trip" is three tokens
        return True
    if word.dep_ == "dobj" and verb.lemma_.lower() in _OPERATES:
        return not any(c.lower_ in _MISSIONS for c in word.children)
    return (word.dep_ in ("nsubj", "nsubjpass") and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def anyone_you(word: Token) -> bool:
    """The motion verb's subject is "you" meaning anyone, in the simple present: "you
    come to places like Ohio and you see the mood" tells what happens to whoever goes,
    not a trip made ("you flew to Accra", "you are going to Accra" tell one)."""
    return word.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.lower_ == "you" for c in word.children
    ) and not any(c.dep_ in ("aux", "auxpass") for c in word.children)


def _airline_flies(verb: Token) -> bool:
    """An airline flies a route, carrying no one named: "United Airlines' plans to fly to
    Russia", "the carrier will fly to Lima from May" (not "the airline flew 200 pilgrims
    to Jeddah")."""
    if verb.lemma_.lower() != "fly" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    holders = [verb, verb.head] if verb.dep_ in ("xcomp", "acl") else [verb]
    whose = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "poss")]
    return any(w.lower_ in _AIRLINES for w in whose)  # not "the airline's chief executive"
