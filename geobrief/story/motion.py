"""Movements told by motion verbs and nouns, with their source, goal and path.

"flew from Minsk to Vilnius", "fled into Jordan", "was deported to Kenya", "reached
Lisbon after a stopover in Madrid", "on their way to Lithuania", "the flight from Doha".
The source is a "from" (or "out of") phrase, what is left ("fled Syria", "left
Minsk") or the state that expels ("Chile deported three Peruvians"); the goal a "to" or
"into" phrase (a "towards" one is only a direction), "for" after a verb of setting off
("left for Paris"; not a country one "flew for", served), "in" or "at" after a verb of
arriving ("landed in Rome"), or what is reached or entered; the path a "via" or
"through" phrase or a stopover. Phrases on the verb's object count too ("took the
ferry from Dover to Calais"), on what it was bound for ("left Mombasa bound for
Kampala") and on a trip told after it ("reached Aleppo after a journey from Homs"). A
"from" phrase on a person ("a family from Leeds") is where someone is from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from geobrief.story.boarding import BOARDS, boards, vehicles
from geobrief.story.escapes import with_escapes
from geobrief.story.event_lexicon import lexicon
from geobrief.story.located import Located
from geobrief.story.motion_objects import VISITS, not_carried, place_of_object
from geobrief.story.movers import PEOPLE, whose_people
from geobrief.story.onward import onward_goals
from geobrief.story.phrases import ROLE_PREPS, best_place, phrase_places
from geobrief.story.purposes import purpose_goal
from geobrief.story.senders import cargo_source, carrier_source, expelling_state
from geobrief.story.site_goals import goal_town, in_site_name, joined_objects, to_happening
from geobrief.story.word_roles import to_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

MOTION_VERBS = frozenset(
    "go travel fly drive sail flee return leave head arrive cross deport evacuate transfer "
    "take send march migrate smuggle move relocate come walk ride ship transport carry bring "
    "escort airlift repatriate extradite expel emigrate immigrate journey trek depart reach "
    "enter land divert sneak swim cycle escape export import spread hike commute retreat "
    "withdraw advance push roll deploy dispatch cover continue dock visit tour proceed steam "
    "lift blast bus deliver defect follow".split()
)
MOTION_NOUNS = frozenset(
    "flight trip journey voyage return move transfer deportation evacuation passage crossing "
    "way route exodus migration shipment convoy drive march trek deployment visit extradition "
    "repatriation chase pursuit".split()
)
# Verbs whose place object is left, or reached.
_TURNS = frozenset({"turn", "turns", "turned", "turning"})
_LEAVES = frozenset({"leave", "flee", "depart", "evacuate", "exit", "escape", "quit"})
_REACHES = frozenset({"reach", "enter", "visit", "tour", "invade"})
_SETS_OFF = frozenset(
    {"leave", "depart", "flee", "head", "sail", "bind", "set", "fly", "bound", "lift", "blast"}
)
# Words that tell where a mover was bound: "left Sfax headed for Lampedusa" (with no
# start told, as in "the jet was bound for Tulsa", nothing says it got there).
AIMS = frozenset({"head", "bind", "bound"})
_ARRIVES = frozenset({"arrive", "land", "dock", "touch", "settle", "end"})
# Not "towards": "fleeing towards the border with Mali", "heading toward Richmond" tell a
# direction, not where the trip ended.
_GOAL_PREPS = frozenset({"to", "into", "onto"})
_SOURCE_PREPS = frozenset({"from"})
_PATH_PREPS = frozenset({"via", "through"})
_STOPS = frozenset({"stopover", "layover", "stop", "transit", "refuelling", "refueling"})
_SHARES = frozenset("mostly mainly largely chiefly primarily predominantly many most".split())
# "returned from a trade mission to Vietnam": the trip's place is where the return starts.
_TRIPS = frozenset(
    "trip journey voyage visit tour mission deployment holiday vacation pilgrimage stay "
    "posting assignment".split()
)


@dataclass(frozen=True)
class Movement:
    """One movement: the motion word, and the places it starts at, ends at and passes."""

    word: Token
    source: Located | None
    goal: Located | None
    path: Located | None
    prior: Located | None = None  # where the mover was before ("after talks in Minsk")
    goal_name: Token | None = None  # a goal the gazetteer may lack ("to St Mary's church")


def find_movements(sentence: Sentence) -> list[Movement]:
    """The movements of a parsed sentence that name a goal or a source, in text order."""
    if sentence.doc is None:
        return []
    found = []
    for token in sentence.doc:
        if sentence.place_of(token) is not None or not _is_motion(token) or _from_a_trip(token):
            continue
        move = _movement(sentence, token)
        if move.goal is None:  # "sent for testing in Atlanta"
            move = replace(move, goal=purpose_goal(sentence, token))
        if move.goal is not None or move.source is not None or move.goal_name is not None:
            legs = onward_goals(sentence, move.goal)  # "to Doha and then to Kabul"
            found += [move, *(replace(move, source=None, goal=goal, path=None, prior=prior,
                                      goal_name=None)
                              for prior, goal in zip([move.goal, *legs], legs, strict=False))]
    return with_escapes(found)  # "fled into Chad to escape fighting in Darfur": one trip


def _is_motion(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        if lemma == "follow":  # "followed her to Cincinnati", not "his father into politics"
            return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                for c in token.children)
        if lemma in ("lift", "blast"):  # "lifted off", "blasted off"
            return any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
        if lemma == "set":  # "set out from Tapachula", "set off for Kyiv", "set sail from
            # Benghazi"; not "set off a bomb", "set out to prove"
            kids = list(token.children)
            sail = any(c.dep_ == "dobj" and c.lower_ == "sail" for c in kids)
            return sail or (any(c.dep_ == "prt" and c.lower_ in ("out", "off") for c in kids)
                            and not any(c.dep_ in ("dobj", "xcomp") for c in kids))
        if lemma == "deliver":  # "delivered food to Kassala"; not "delivered a speech to"
            return not any(c.dep_ == "dobj" and not_carried(c) for c in token.children)
        if lemma in BOARDS:  # "put them on buses to Villahermosa"
            return boards(token)
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                   for c in token.children):
            return False  # "no action has taken place with regard to Highway 19"
        if lemma in ("make", "wend"):  # "the convoy made its way to Goma"
            return any(c.dep_ == "dobj" and c.lower_ == "way" for c in token.children)
        if lemma == "leave" and token.i > 1 and token.nbor(-1).lower_ in _TURNS and (
                token.nbor(-2).lower_ != "in"):
            return False  # "turning left onto Decatur": a direction, not a departure (but
            # "Turnbull left Canberra", "the rebels in turn left Goma")
        # "took to the streets of Caracas" is a protest there, "laid to rest" a burial
        return lemma in MOTION_VERBS and to_phrase(token, lexicon().phrasal) is None
    if token.pos_ == "ADJ":
        return lemma == "bound"
    if token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children):
        return lemma in MOTION_VERBS  # a verb tagged as a noun: "Millions travel to Mecca"
    return token.pos_ == "NOUN" and lemma in MOTION_NOUNS and token.dep_ != "compound"


def _movement(sentence: Sentence, word: Token) -> Movement:
    source = goal = path = prior = None
    named: list[Token] = []  # objects of goal phrases that hold no resolved place
    lemma = word.lemma_.lower()
    open_goal = None  # a goal phrase with no place: "to hospitals" (in Jalalabad)
    for prep, holder, after in _phrases(word):
        name = prep.lower_
        places = phrase_places(sentence, prep, stop=ROLE_PREPS)
        goal_phrase = not after and _is_goal(name, word) and not to_happening(prep, word)
        places = places or (joined_objects(sentence, prep) if goal_phrase else [])
        if goal_phrase and (not places or in_site_name(sentence, places)):
            named += [] if places else [c for c in prep.children if c.dep_ == "pobj"]
            open_goal = prep  # "to hospitals", "to the Africa Virus Laboratory" (at Entebbe)
        if name in _SOURCE_PREPS:  # not "fled from Houston police"
            places = [p for p in places if not any(
                whose_people(t) for t in sentence.tokens_of(p))] or _trip_places(sentence, prep)
        if not places:
            continue
        if after:  # "after a stopover in Madrid", "after talks in Minsk"
            if _is_stop(prep):
                path = path or best_place(sentence, places)
            elif name in ("in", "at") or (name in ("to", "of") and holder.lemma_.lower() in _TRIPS):
                prior = prior or best_place(sentence, places)  # "after a tour of Chile"
            elif name == "from" and holder.lemma_.lower() in MOTION_NOUNS:
                source = source or best_place(sentence, places)  # "after a journey from"
        elif name in _SOURCE_PREPS or (name == "of" and "out" in (holder.lower_, prep.head.lower_)):
            source = source or best_place(sentence, places)
        elif goal_town(prep, open_goal):
            goal = best_place(sentence, places)
        elif _is_goal(name, holder if holder.lemma_.lower() in AIMS else word) and not (
                to_happening(prep, word) or _serves(name, word, places)):
            goal = goal or best_place(sentence, places)
        elif name in _PATH_PREPS or _is_stop(prep):
            path = path or best_place(sentence, places)
    source = source or carrier_source(sentence, word) or expelling_state(sentence, word) or (
        cargo_source(sentence, word))
    for child in word.children:
        if goal is None and _misparsed_goal(child):  # "flew food from Karachi to Dadu"
            goal = sentence.place_of(child)
        place = place_of_object(sentence, child) if child.dep_ in ("dobj", "npadvmod") else None
        if place is not None and lemma in _LEAVES:
            source = source or place
        elif place is not None and lemma in _REACHES:
            goal = goal or place
        elif child.dep_ == "dobj" and lemma in _REACHES:
            named.append(child)  # "visited the Pewaukee monastery" with Pewaukee unknown
    return Movement(word, source, goal, path, prior, named[0] if named else None)


def _misparsed_goal(child: Token) -> bool:
    """A place after "to" that the parser took for an infinitive ("to Dadu")."""
    to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == child.i - 1]
    return child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" and bool(to)


def joined_sources(sentence: Sentence, word: Token) -> list[Located]:
    """Sources joined to the movement's own by "and": "fled from Idlib and from Aleppo",
    "evacuated people from parts of Punjab, where ..., and from Sindh province" (the
    parse may hang the second on the verb above the motion word)."""
    heads = [word, *([word.head] if word.dep_ in ("xcomp", "advcl") else [])]
    heads += [c for c in word.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS]
    found: list[Located] = []
    for head in heads:
        joined = False
        for child in (c for c in head.children if c.i > word.i):
            joined = joined or child.dep_ == "cc"
            if joined and child.lower_ in _SOURCE_PREPS and child.dep_ in ("prep", "conj"):
                place = best_place(sentence, phrase_places(sentence, child, stop=ROLE_PREPS))
                found += [place] if place is not None else []
    return found


def _trip_places(sentence: Sentence, prep: Token) -> list[Located]:
    """For "from a trade mission to Vietnam" or "from a tour of duty in Iraq", the places
    of that trip: where a return from it starts."""
    return [
        place
        for trip in prep.children if trip.dep_ == "pobj" and trip.lemma_.lower() in _TRIPS
        for inner in trip.children
        if inner.dep_ == "prep" and inner.lower_ in ("to", "in", "at", "of")
        for place in phrase_places(sentence, inner, stop=ROLE_PREPS)
    ]


def _from_a_trip(token: Token) -> bool:
    """The trip noun of "returned from a visit to Japan": the return's start, not a trip
    of its own ("emerged from the visit to Cairo" leaves the visit one)."""
    if token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    verb = token.head.head
    verb = verb.head if verb.dep_ in ("prt", "advmod") else verb  # "came back from"
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in MOTION_VERBS


def _phrases(word: Token) -> list[tuple[Token, Token, bool]]:
    """(preposition, what it hangs on, whether it is inside an "after" phrase) for the
    motion word, its particle ("out of"), its object ("the ferry from Dover"), its
    vehicle ("by ferry to Sicily") and what it carried ("a ship with supplies from Rio");
    a phrase chained on another ("from Dover to Calais") counts as the word's own."""
    holders = [word, *(c for c in word.children if c.dep_ in ("dobj", "prt", "advmod"))]
    # "left Sfax headed for Lampedusa", "sailed from Odesa, bound for Istanbul"
    holders += [c for c in word.children if c.dep_ == "advcl" and c.lemma_.lower() in AIMS]
    holders += vehicles(word)  # "by ferry to Sicily", "on buses to Villahermosa"
    holders += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in PEOPLE]
    found = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("after", "following"):
                # "after talks in Minsk", "after practising in New Zealand"
                for pobj in (g for g in child.children if g.dep_ in ("pobj", "pcomp")):
                    found.extend((g, pobj, True) for g in pobj.children if g.dep_ == "prep")
            elif child.dep_ in ("prep", "dative") and child.pos_ == "ADP" and not (
                    holder is not word and origins_share(child)):
                found.append((child, holder, False))
                found.extend(
                    (g, holder, False) for g in child.children
                    if g.dep_ == "prep" and (g.lower_ in ROLE_PREPS or (
                        child.lower_ == "out" and g.lower_ == "of"))  # "out of Bor"
                )
    return found


def origins_share(prep: Token) -> bool:
    """Where the people carried are from, told as a share: "carrying 120 people, mostly
    from Nigeria and Senegal" is not where the boat set out."""
    return any(c.dep_ == "advmod" and c.lower_ in _SHARES for c in prep.children)


def _is_goal(prep: str, word: Token) -> bool:
    """"to", "into"; "for" after setting off ("left for Paris"); "in" or "at" after
    arriving ("landed in Rome"), for a visit, or after a passive "deployed" ("50 medics
    were deployed in Liberia"; not "the troops deployed in Mali", where they are)."""
    lemma = word.lemma_.lower()
    if prep in _GOAL_PREPS or (prep == "for" and lemma in _SETS_OFF):
        return True
    deployed = lemma == "deploy" and any(c.dep_ == "auxpass" for c in word.children)
    return prep in ("in", "at", "on") and (lemma in _ARRIVES or _is_visit(word) or deployed)


def _serves(prep: str, word: Token, places: list[Located]) -> bool:
    """"pilots flew for Britain": to fly for a country is to serve it, not to set off
    for it; "flew for Lagos", "flew out for Spain" still go there."""
    return prep == "for" and word.lemma_.lower() == "fly" and all(
        p.place.kind == "country" for p in places
    ) and not any(c.dep_ == "prt" for c in word.children)


def _is_visit(word: Token) -> bool:
    """"a visit to Libya", "during his visit in Kyiv": the visit's place is its goal."""
    return word.lemma_.lower() in VISITS and word.pos_ == "NOUN"


def _is_stop(prep: Token) -> bool:
    """"after a stopover in Madrid": the pobj of "after" is a stop."""
    return prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in _STOPS
