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

from geobrief.located import Located

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

LOCATIVE = frozenset(
    "in at near outside off on inside across throughout into over along around within onto "
    "aboard beside amid among across between towards toward opposite beyond behind below "
    "above under underneath upon nearby".split()
)
_NOT_INSIDE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"})
_TAKES_GROUND = frozenset({"invasion", "occupation", "annexation", "bombing", "shelling",
                           "siege", "attack", "liberation", "evacuation", "flooding"})
_OWN_GROUND = frozenset({"territory", "soil", "airspace", "land", "waters", "border",
                         "borders", "coast", "skies"})
_LOCAL_AGENTS = frozenset(
    "police authority official officer court judge prosecutor government ministry "
    "firefighter rescuer trooper deputy sheriff coastguard guard army military "
    "administration council".split()
)
_HAPPEN_VERBS = frozenset("hit strike rock devastate ravage affect sweep lash batter pound "
                          "engulf destroy damage kill injure occur happen break erupt spread "
                          "hold stage carry conduct report confirm record detect".split())
_AT_HOME = frozenset(
    "release election arrest exercise closure inauguration pardon expulsion court cull "
    "test launch seizure emergency evacuation".split()
)
KIND_RANK = {"city": 0, "feature": 0, "region": 1, "country": 2}


def event_place(sentence: Sentence, trigger: Token, *, own_only: bool = False) -> Located | None:
    """The place of the happening ``trigger`` reports, or None. ``own_only``: only a
    place the trigger's own phrase names (for "the attack", which may be one told
    before)."""
    for found in _argument_places(sentence, trigger, own_only):
        if found is not None:
            return found
    return None


def home_place(sentence: Sentence, trigger: Token, kind: str) -> Located | None:
    """A country that does at home what the trigger says ("Belarus has freed 52
    prisoners", "Haiti held elections"): the subject of its verb, for happenings a state
    carries out on its own ground."""
    if kind not in _AT_HOME:
        return None
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            found = sentence.place_of(child)
            if found is not None and found.place.kind == "country":
                return found
    return None


def _argument_places(sentence: Sentence, trigger: Token, own_only: bool) -> Iterator[Located | None]:
    yield _locative(sentence, trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        yield _modifier_place(sentence, trigger)
        if own_only:
            return
        yield from _through_head(sentence, trigger)
    else:
        yield _object_place(sentence, trigger)
        for partner in _conjuncts(trigger):
            yield _locative(sentence, partner)
    yield own_ground(sentence, trigger)
    yield _local_agent(sentence, trigger)


def _locative(sentence: Sentence, head: Token) -> Located | None:
    """The most specific place in a locative phrase of ``head`` (or of its object)."""
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "npadvmod"))]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                found = best_place(sentence, phrase_places(sentence, child))
                if found is not None:
                    return found
            if child.dep_ == "advmod" and sentence.place_of(child) is not None:
                return sentence.place_of(child)
    return None


def phrase_places(sentence: Sentence, root: Token) -> list[Located]:
    """The places in the phrase under ``root``, not counting clauses inside it nor a
    "from" phrase (an origin)."""
    found: list[Located] = []
    stack = [root]
    while stack:
        token = stack.pop()
        pair = sentence.place_of(token)
        if pair is not None and pair not in found:
            found.append(pair)
        for child in token.children:
            if child.dep_ in _NOT_INSIDE or (child.dep_ == "prep" and child.lower_ == "from"):
                continue
            stack.append(child)
    return sorted(found, key=lambda p: p.mention.start)


def best_place(sentence: Sentence, places: list[Located]) -> Located | None:
    """The most specific of ``places`` (a town before its region and country), the first
    named among equals; an adjective ("Haitian") only when nothing else is named."""
    named = [p for p in places if p.mention.form != "adjective"] or places
    if not named:
        return None
    return min(named, key=lambda p: (KIND_RANK.get(p.place.kind, 1), p.mention.start))


def _modifier_place(sentence: Sentence, noun: Token) -> Located | None:
    """"the Bali bombing", "Haitian elections", "Syria's war", "invasion of Ukraine"."""
    places = [
        sentence.place_of(c) for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")
    ]
    found = best_place(sentence, [p for p in places if p is not None])
    if found is not None:
        return found
    if noun.lemma_.lower() in _TAKES_GROUND:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return best_place(sentence, phrase_places(sentence, child))
    return None


def _object_place(sentence: Sentence, verb: Token) -> Located | None:
    """A place the verb acts on: "invaded Ukraine", "hit Haiti"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            found = sentence.place_of(child)
            if found is not None:
                return found
    return None


def _through_head(sentence: Sentence, noun: Token) -> Iterator[Located | None]:
    """The verb the noun is subject or object of, or whose phrase holds it."""
    head = noun.head
    if noun.dep_ == "conj":
        yield _locative(sentence, head)
        head = head.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        yield _locative(sentence, head)
        if head.lemma_.lower() in _HAPPEN_VERBS:
            yield _object_place(sentence, head)
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        yield _locative(sentence, head.head)


def _conjuncts(verb: Token) -> list[Token]:
    """Verbs joined to this one that share its phrases ("arrested and charged in X")."""
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        partners.insert(0, verb.head)
    return partners


def own_ground(sentence: Sentence, trigger: Token) -> Located | None:
    """"over its territory": the country the possessive refers to, the clause's subject."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for token in verb.subtree:
        if token.lemma_.lower() in _OWN_GROUND and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children
        ):
            return _subject_country(sentence, verb)
    return None


def _subject_country(sentence: Sentence, verb: Token) -> Located | None:
    while True:
        for child in verb.children:
            if child.dep_ == "nsubj":
                found = sentence.place_of(child)
                if found is not None and found.place.kind == "country":
                    return found
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
            continue
        return None


def _local_agent(sentence: Sentence, trigger: Token) -> Located | None:
    """"police in Lagos arrested", "Haitian police arrested": a local authority acting
    where it serves."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") and child.lemma_.lower() in _LOCAL_AGENTS:
            places = phrase_places(sentence, child)
            found = best_place(sentence, places)
            if found is not None:
                return found
    return None
