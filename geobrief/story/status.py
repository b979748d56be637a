"""Whether a happening happened: its status, read from the verb that carries it.

happened   the default: "was arrested", "an explosion in Bali"
ongoing    "are protesting", "the ongoing outbreak", "fighting continues"
scheduled  a fixed future happening with a date: "the election will be held on 4 May",
           "talks are scheduled for Monday", "is on course to go ahead Friday, June 12",
           "the festival opens tomorrow" (a day written is enough, even one the
           article's date cannot resolve)
planned    a prospect: "will visit" (no date), "plans to visit" (even with a date), "about
           to be charged", "is likely to spread", a purpose ("went there to deliver aid";
           but a fire "went there to fight" is under way), "a proposed summit", "could
           face trial", "if the talks fail", what is planned or asked for ("are planning a
           rally", "demanded talks"), or only supposed ("fears that cholera has spread to
           Lagos"; ``story.prospects``)
cancelled  "called off the talks", "the postponed election", "a foiled attack"
denied     "did not attack", "no injuries", "denied the raid took place"

Only the first three are drawn on the map; the rest are not events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.denials import DENY_VERBS, cancels, denies, found_negative, reaches, says_not
from geobrief.story.prospects import (
    FIXED_VERBS,
    awaited,
    due,
    feared,
    likely,
    on_course,
    planned_for_a_day,
    prospect_object,
    supposed,
    told_for_later,
    verb_lemma,
)
from geobrief.story.took_place import chance_taken, looked_back_at, took_place

if TYPE_CHECKING:
    from spacy.tokens import Token

DRAWN = ("happened", "ongoing", "scheduled")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MAYBE_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca"})
_PLAN_VERBS = frozenset(
    "plan intend want hope aim seek propose expect schedule set prepare threaten vow "
    "promise pledge consider mull weigh urge call ask demand try attempt agree decide "
    "need wish offer refuse fail push press encourage persuade invite allow permit suppose "
    "clear approve authorize authorise license".split()
)
# Nouns whose "that" clause is what they tell: "denied reports that troops entered Goma".
_REPORTS = frozenset("report claim allegation rumour rumor accusation suggestion".split())
_FUTURE_WORDS = frozenset(
    "planned proposed upcoming future scheduled possible potential expected next "
    "threatened intended would-be forthcoming prospective".split()
)
_CANCELLED_WORDS = frozenset(
    "cancelled canceled postponed aborted foiled thwarted averted prevented failed "
    "banned".split()
)
_ONGOING_WORDS = frozenset({"ongoing", "continuing", "current", "continued", "persistent"})
_DONE_BY_GATHERING = frozenset(
    "protest demonstrate rally mourn celebrate commemorate honor honour mark remember "
    "pray demand denounce condemn oppose support".split()
)
_MADE_TO = frozenset("force compel oblige cause lead prompt drive".split())
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_FIGHTS = frozenset("battle war duel fight skirmish gunbattle firefight clash".split())
# A happening fought or looked into is under way or over ("troops were sent to fight it")
_COUNTERS = dict.fromkeys(
    "contain fight battle combat tackle control curb stem extinguish douse quell".split(), "ongoing"
) | dict.fromkeys("investigate probe".split(), "happened")
_EARLIER = frozenset({"after", "following", "since"})
# A happening someone is sent to help with or answer is there ("to respond to the floods").
_HELPS = dict.fromkeys("assist help cope deal".split(), "with") | {"respond": "to"}
# Verbs whose "that" clause is a fact whatever their mood ("we must not forget that ...").
_FACTS = frozenset("forget remember recall know realize realise regret".split())


def event_status(trigger: Token, *, dated: bool) -> str:
    """The status of the happening ``trigger`` reports; ``dated``: the text gives it a
    date (a future happening with a date is scheduled, without one planned)."""
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head  # "a vaccination drive will begin": the drive's status
    if countered(trigger):  # "in a bid to stop the epidemic"
        return _COUNTERS[trigger.head.lemma_.lower()]
    if _helped(trigger):  # "to assist with a recent outbreak": no plan, the outbreak is on
        return "ongoing"
    if found_negative(_governing_verb(trigger), trigger):  # "suspected cases tested negative"
        return "denied"
    status = _noun_status(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    if status in (None, "future") and trigger.pos_ in ("NOUN", "PROPN"):
        status = _relative_status(trigger) or status  # "the storm, which is expected to"
    if status in (None, "future", "ongoing"):  # "cancelled a planned trip": called off
        verb = _governing_verb(trigger)
        told = _verb_status(verb, trigger)
        if told in ("planned", "future") and took_place(trigger, verb):
            told = "happened"  # "At a meeting, the board agreed to ...": it met
        elif told == "ongoing" and looked_back_at(trigger):
            told = "happened"  # "are reviewing footage of the fire": it burned
        status = told if status is None or told in ("cancelled", "denied") else status
    if status == "future":
        return "scheduled" if dated else "planned"
    return status


def _relative_status(trigger: Token) -> str | None:
    """A noun happening that a relative clause says is to come: "the storm, which is
    expected to reach the coast on Wednesday", "a summit that will open in Nairobi"."""
    for clause in (c for c in trigger.children if c.dep_ == "relcl"):
        told = _verb_status(clause, clause)
        if told in ("planned", "future"):
            return told
    return None


def fought(trigger: Token) -> bool:
    """The happening is what a verb fights ("to fight forest fires"), so the backdrop of
    the fight; not one that is looked into ("police are investigating a crash")."""
    return countered(trigger) and _COUNTERS[trigger.head.lemma_.lower()] == "ongoing"


def countered(trigger: Token) -> bool:
    """The happening is what a verb fights or looks into ("sent troops to fight forest
    fires"): under way, and the backdrop of the fight; not the fighting itself
    ("supporters fought street battles with police")."""
    return (trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _COUNTERS
            and trigger.lemma_.lower() not in _FIGHTS)


def _helped(trigger: Token) -> bool:
    """The happening is what someone is sent to help with or answer: "sent experts to
    assist with the outbreak" (not "how Chile would respond to an outbreak")."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and _HELPS.get(prep.head.lemma_.lower()) == prep.lower_ and (
        _purpose(prep.head)) and _noun_status(trigger) is None


def _noun_status(noun: Token) -> str | None:
    if noun.dep_ == "pobj" and noun.head.lower_ in _EARLIER:
        return "happened"  # "heading home after talks in Minsk": the talks are over
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return "denied"
    if awaited(noun):
        return "future"
    if feared(noun):  # "the threat of an attack"
        return "planned"
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "advmod")}
    if modifiers & _CANCELLED_WORDS:
        return "cancelled"
    if any(c.dep_ == "npadvmod" and (c.lower_ == "tomorrow" or (  # "the summit in Brussels
            c.lemma_.lower() in _SPANS and [g.lower_ for g in c.children] in (  # next month"
                ["next"], ["coming"]))) for c in noun.children):  # not "the next week"
        return "future"
    if modifiers & _FUTURE_WORDS:
        return "future"
    if modifiers & _ONGOING_WORDS:
        return "ongoing"
    return None


_SPANS = frozenset("week month year weekend spring summer autumn fall winter".split())


def _governing_verb(trigger: Token) -> Token:
    """The verb whose tense and mood the happening takes: the trigger itself, or the
    verb a noun trigger belongs to."""
    token = trigger
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT" or token.head == token:
            return token
        token = token.head
    return token


def _verb_status(verb: Token, trigger: Token) -> str:
    chain = _clause_chain(verb)
    for at, token in enumerate(chain):
        lemma = verb_lemma(token)
        # a verb joined by "and" is another act: "blocked the highway and clashed with
        # police" did clash; "denied the charges and fled" did flee
        joined = any(t.dep_ == "conj" for t in chain[:at])
        if token != trigger and cancels(token) and reaches(token, trigger) and not joined:
            return "cancelled"
        if token != trigger and lemma in DENY_VERBS and not joined and denies(token, trigger):
            return "denied"
        if says_not(token, chain[:at] if verb == trigger else [], own=token in (verb, trigger)):
            return "denied"
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in token.children):
            return "planned"
        if _purpose(token) or supposed(token) or (
                token != trigger and prospect_object(token, trigger)):
            return "planned"
        # a plan verb's infinitives are planned ("are expected to name a head and hire a
        # firm"), not an act joined to it ("failed to land and returned", "tried to ... and let")
        future = None if lemma in _PLAN_VERBS and any(joined_act(t) and (
            t.tag_ != "VB" or token.tag_ == "VBD") for t in chain[:at]) else _future(token)
        if future is not None:
            return future
    if _progressive(verb) or verb.lemma_.lower() in ("continue", "persist", "rage"):
        return "ongoing"
    return "happened"


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs above it while it is their complement ("plans to visit",
    "will meet and discuss"); not above a past verb with a subject of its own, joined by
    "and": a clause of its own, whatever the parse made of the one before ("Orban called
    Dodik to express his support, and Vucic travelled to Banja Luka"); nor above a verb
    of knowing ("we must not forget that rebels seized Goma": a fact). A report's "that"
    clause goes up to the verb the report is the object of ("denied reports that")."""
    chain = [verb]
    token = verb
    while (token.dep_ in ("xcomp", "conj", "ccomp", "dobj", "pobj", "prep") or (
            token.dep_ == "acl" and token.head.lemma_.lower() in _REPORTS)) and token.head != token:
        if own_clause(token) or (token.dep_ == "ccomp" and token.head.lemma_.lower() in _FACTS):
            break
        token = token.head
        chain.append(token)
        if token.pos_ == "VERB" and chain[-2].dep_ == "ccomp":
            break
    return chain


def own_clause(verb: Token) -> bool:
    """A past verb joined by "and" with a subject of its own tells its own clause."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def what_a_thing_is_for(verb: Token) -> bool:
    """What a thing is used, built or meant for, not a happening: "a railway line used to
    ship aid to Ukraine", "a port built to export grain to Egypt"."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.dep_ == "acl" and (
        verb.head.tag_ == "VBN") and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in verb.children)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose: "went to Gaza to deliver aid", "a plan to close it";
    not one that gathering achieves ("marched in Lima to protest") nor what something
    was made to do ("forced the airport to close")."""
    if what_a_thing_is_for(verb):
        return True
    if verb.dep_ not in ("advcl", "acl") or verb.lemma_.lower() in _DONE_BY_GATHERING:
        return False
    if verb.head.lemma_.lower() in _MADE_TO:  # "forced the airport to close": it closed
        return False
    if chance_taken(verb):  # "had the opportunity to tour the school": toured
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def joined_act(token: Token) -> bool:
    """A verb joined to the one before by "and" or "but", an act of its own ("failed to
    land and returned"); not a conjunct the parse made without a conjunction."""
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.i < token.i for c in token.head.children)


def _future(token: Token) -> str | None:
    auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    lemma = verb_lemma(token)
    if "to" in auxes and token.head.lower_ == "about" and token.dep_ in ("xcomp", "advcl"):
        return "planned"  # "a man about to be indicted": a prospect
    if likely(token, auxes):
        return "planned"
    fixed = (_fixed(token) and token.dep_ != "amod") or on_course(token) or due(token)
    if auxes & _FUTURE_AUX or fixed or told_for_later(token):  # "opens tomorrow"
        return "future"
    if "to" in auxes and not any(a.pos_ in ("VERB", "AUX") for a in token.ancestors):
        return "future"  # a headline's infinitive: "Pope to visit Africa"
    if "to" in auxes and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be":
        return "future"  # arranged to come: "Peres is to visit Prague", "was to fly on"
    if lemma == "be" and any(c.dep_ == "xcomp" and c.i > token.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children):
        return "future"  # the happening its subject: "an offensive is to begin on Monday"
    if auxes & _MAYBE_AUX and "have" not in auxes:
        return "planned"
    if lemma in _PLAN_VERBS and any(c.dep_ == "xcomp" for c in token.children):
        return "planned"
    if "going" in auxes or (lemma == "go" and any(c.dep_ == "xcomp" for c in token.children)):
        return "future"
    return None


def _fixed(token: Token) -> bool:
    """"is scheduled for Monday", "is set to open", "is due to meet" (not "set free")."""
    lemma, deps = token.lemma_.lower(), {c.dep_ for c in token.children}
    return lemma == "schedule" or planned_for_a_day(token) or (
        lemma in FIXED_VERBS and "xcomp" in deps)


def _progressive(verb: Token) -> bool:
    """"are protesting", "is spreading": present progressive."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am") for c in verb.children
    )
