"""Where a happening took place: the place in its locative argument.

The place is read from the parse, in this order, and is never an origin ("a tourist
from Spain"), an agent's nationality ("Russian drones") or who acted ("Poland shot
down ..."):

1. a locative phrase of the trigger ("in Bali", "at a market in Kano", "off Crete",
   "in Kenya's capital, Nairobi"), or of the noun it qualifies;
2. a place that modifies a noun trigger ("the Bali bombing", "Haitian elections",
   "Syria's civil war"), or its "of" object for a taking of ground ("invasion of
   Ukraine");
3. a place the verb acts on ("invaded Ukraine", "visited Nairobi", "hit Haiti");
4. for a noun trigger, the locative phrase or object of the verb it is subject or
   object of ("an earthquake struck Japan", "a fire broke out at a mill in Lagos",
   "held elections in Peru"), or of the verb its phrase attaches to ("injured in the
   blast in Bali");
5. "over its territory": the country "its" refers to, the clause's subject;
6. a locative phrase of a local authority that acted ("police in Lagos arrested").

Among the places of one phrase, the most specific wins: a town before its region, a
region before its country ("in Springfield, Illinois" is Springfield).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from geobrief.story.actors import (
    AGENT_TYPES,
    from_place,
    local_agent,
    own_ground,
    subject_locative,
)
from geobrief.story.located import Located
from geobrief.story.phrases import LOCATIVE, best_place, locative_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence


_TAKES_GROUND = frozenset({"invasion", "occupation", "annexation", "bombing", "shelling",
                           "siege", "attack", "liberation", "evacuation", "flooding"})
# "talks between the U.S. envoys and the Belarusian government": who met, not where.
_BETWEEN_PARTIES = frozenset({"talks", "meeting"})
_LEFT_PLACE = frozenset({"expulsion", "evacuation", "escape", "release"})
_HAPPEN_VERBS = frozenset("hit strike rock devastate ravage affect sweep lash batter pound "
                          "engulf destroy damage kill injure occur happen break erupt spread "
                          "hold stage carry conduct report confirm record detect".split())


def event_place(
    sentence: Sentence, trigger: Token, kind: str, *, own_only: bool = False
) -> Located | None:
    """The place of the happening ``trigger`` reports, or None. ``own_only``: only a
    place the trigger's own phrase names (for "the attack", which may be one told
    before)."""
    if trigger.dep_ == "compound":  # "Cyclone Winston": the name heads the phrase
        trigger = trigger.head
    for found in _argument_places(sentence, trigger, own_only, kind):
        if found is not None:
            return found
    return None


def _argument_places(
    sentence: Sentence, trigger: Token, own_only: bool, kind: str
) -> Iterator[Located | None]:
    yield _where_clause(sentence, trigger)
    yield locative_place(
        sentence, trigger, targets=kind in AGENT_TYPES, parties=kind in _BETWEEN_PARTIES
    )
    if trigger.pos_ in ("NOUN", "PROPN"):
        yield _modifier_place(sentence, trigger, adjectives=kind not in AGENT_TYPES)
        if own_only:
            return
        yield from _through_head(sentence, trigger)
    else:
        yield own_ground(sentence, trigger)
        yield _object_place(sentence, trigger, adjectives=kind not in AGENT_TYPES)
        for partner in _conjuncts(trigger):
            yield locative_place(sentence, partner, static=True)
    yield own_ground(sentence, trigger)
    yield _main_clause(sentence, trigger)
    yield local_agent(sentence, trigger)
    if kind not in AGENT_TYPES:
        yield subject_locative(sentence, trigger)
    if kind in _LEFT_PLACE:
        yield from_place(sentence, trigger)
    yield clause_locative(sentence, trigger)


def _modifier_place(sentence: Sentence, noun: Token, *, adjectives: bool) -> Located | None:
    """"the Bali bombing", "Haitian elections", "Syria's war", "invasion of Ukraine";
    not ``adjectives`` for an act whose adjective names who acted ("Israeli offensive")."""
    modifiers = ("compound", "amod", "poss", "nmod")
    places = [sentence.place_of(c) for c in noun.children if c.dep_ in modifiers]
    places = [p for p in places if p is not None and (adjectives or p.mention.form == "name")]
    if not adjectives:
        places = [p for p in places if p.place.kind != "country"]
    found = best_place(sentence, places)
    if found is not None:
        return found
    if noun.lemma_.lower() in _TAKES_GROUND:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return best_place(sentence, phrase_places(sentence, child))
    return None


def _object_place(sentence: Sentence, verb: Token, *, adjectives: bool = True) -> Located | None:
    """A place the verb acts on: "invaded Ukraine", "hit Haiti", "flooded Lebanese
    farmland", "Haitian elections were held"; not ``adjectives`` where they name who
    acted ("Russian drones were shot down")."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        found = sentence.place_of(child)
        if found is not None and child.dep_ == "dobj":
            return found
        modifiers = [sentence.place_of(m) for m in child.children
                     if m.dep_ in ("amod", "compound", "poss")]
        modifiers = [m for m in modifiers
                     if m is not None and (adjectives or m.mention.form == "name")]
        found = best_place(sentence, modifiers)
        if found is not None:
            return found
    return None


def _where_clause(sentence: Sentence, trigger: Token) -> Located | None:
    """"his hometown of Lahore, where supporters rallied": the place the "where" clause
    holding the trigger describes."""
    token = trigger
    for _ in range(4):
        where = next((c for c in token.children if c.lower_ == "where"), None)
        if where is not None and token.dep_ in ("relcl", "ccomp", "advcl"):
            return _place_before(sentence, where)
        if token.head == token:
            return None
        token = token.head
    return None


def _place_before(sentence: Sentence, where: Token) -> Located | None:
    """The place named just before "where" ("Turkey, where ...", "the capital, where")."""
    for back in range(1, 4):
        if where.i - back < 0:
            return None
        found = sentence.place_of(where.doc[where.i - back])
        if found is not None:
            return found
    return None


def clause_locative(sentence: Sentence, trigger: Token) -> Located | None:
    """A locative phrase anywhere in the trigger's clause, a fronted one included ("In
    the capital, Makhachkala, police shot ..."), outside its subject."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for token in verb.subtree:
        locative = token.lower_ in LOCATIVE and token.lower_ not in ("between", "among")
        if token.dep_ == "prep" and locative and not _in_subject(token, verb):
            found = best_place(sentence, phrase_places(sentence, token))
            if found is not None:
                return found
    return None


def _in_subject(token: Token, verb: Token) -> bool:
    while token != verb and token.head != token:
        if token.dep_ in ("nsubj", "nsubjpass", "relcl", "acl", "ccomp", "advcl", "conj"):
            return True
        token = token.head
    return False


def _through_head(sentence: Sentence, noun: Token) -> Iterator[Located | None]:
    """The verb the noun is subject or object of, or whose phrase holds it."""
    head = noun.head
    if noun.dep_ == "conj":
        yield locative_place(sentence, head)
        head = head.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        yield locative_place(sentence, head)
        if head.lemma_.lower() in _HAPPEN_VERBS:
            yield _object_place(sentence, head)
        for partner in _conjuncts(head):
            yield locative_place(sentence, partner, static=True)
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        yield locative_place(sentence, head.head)


def _main_clause(sentence: Sentence, trigger: Token) -> Located | None:
    """"Tanks rolled into Ukraine when Moscow launched its invasion", "students marched
    in Lima to protest": a happening in a "when" or purpose clause takes the main
    clause's place."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in verb.children):
        return locative_place(sentence, verb.head)
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                for c in verb.children):
        return locative_place(sentence, verb.head)  # "gathered in Lima to protest"
    return None


def _conjuncts(verb: Token) -> list[Token]:
    """Verbs joined to this one that share its phrases ("arrested and charged in X")."""
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        partners.insert(0, verb.head)
    return partners
