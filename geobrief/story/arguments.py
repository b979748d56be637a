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
from geobrief.story.phrases import LOCATIVE, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

_TAKES_GROUND = frozenset({"invasion", "occupation", "annexation", "bombing", "shelling",
                           "siege", "attack", "liberation", "evacuation", "flooding"})
_OWN_GROUND = frozenset({"territory", "soil", "airspace", "land", "waters", "border",
                         "borders", "coast", "skies"})
_LOCAL_AGENTS = frozenset(
    "police authority official officer court judge prosecutor government ministry "
    "firefighter rescuer trooper deputy sheriff coastguard guard army military "
    "administration council president minister governor mayor king leader parliament "
    "health department agency".split()
)
# Acts whose adjective or subject names who acted, not where: "Russian drones attacked".
AGENT_TYPES = frozenset("attack invasion shoot-down raid visit talks meeting exercise".split())
_HAPPEN_VERBS = frozenset("hit strike rock devastate ravage affect sweep lash batter pound "
                          "engulf destroy damage kill injure occur happen break erupt spread "
                          "hold stage carry conduct report confirm record detect".split())
_AT_HOME = frozenset(
    "release election arrest exercise closure inauguration pardon expulsion court cull "
    "test launch seizure emergency evacuation court".split()
)
_POINTERS = frozenset(
    "capital city town village court courthouse hospital scene area region province state "
    "island camp prison jail border home house residence address".split()
)


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


def home_place(sentence: Sentence, trigger: Token, kind: str) -> Located | None:
    """A country that does at home what the trigger says ("Belarus has freed 52
    prisoners", "Haiti held elections"), or reports it ("Romania confirmed another
    outbreak"): the subject of its verb or of the verb that reports it; never for an
    act whose subject is who acted elsewhere (an attack, a visit)."""
    if kind in AGENT_TYPES:
        return None
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(3):
        for child in verb.children:
            found = sentence.place_of(child) if child.dep_ == "nsubj" else None
            if found is not None and found.place.kind == "country" and (
                kind in _AT_HOME or verb != trigger
            ):
                return found
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


def points_back(trigger: Token) -> bool:
    """The trigger's clause says "there" or "the capital": its place is the one the
    sentence before named."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for token in verb.subtree:
        if token.lower_ == "there" and token.dep_ == "advmod":
            return True
        if token.lemma_.lower() in _POINTERS and any(c.lower_ == "the" for c in token.children):
            return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE
    return False


def _argument_places(
    sentence: Sentence, trigger: Token, own_only: bool, kind: str
) -> Iterator[Located | None]:
    yield _where_clause(sentence, trigger)
    yield _locative(sentence, trigger, targets=kind in AGENT_TYPES)
    if trigger.pos_ in ("NOUN", "PROPN"):
        yield _modifier_place(sentence, trigger, adjectives=kind not in AGENT_TYPES)
        if own_only:
            return
        yield from _through_head(sentence, trigger)
    else:
        yield own_ground(sentence, trigger)
        yield _object_place(sentence, trigger, adjectives=kind not in AGENT_TYPES)
        for partner in _conjuncts(trigger):
            yield _locative(sentence, partner)
    yield own_ground(sentence, trigger)
    yield _main_clause(sentence, trigger)
    yield _local_agent(sentence, trigger)
    yield clause_locative(sentence, trigger)


def _locative(sentence: Sentence, head: Token, *, targets: bool = False) -> Located | None:
    """The most specific place in a locative phrase of ``head`` (or of its object);
    ``targets``: "against" too (an attack's target)."""
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "npadvmod"))]
    preps = LOCATIVE | {"against"} if targets else LOCATIVE
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found = best_place(sentence, phrase_places(sentence, child))
                if found is not None:
                    return found
            if child.dep_ == "advmod" and sentence.place_of(child) is not None:
                return sentence.place_of(child)
    return None


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
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            return best_place(sentence, phrase_places(sentence, token.head, skip=token))
        if token.head == token:
            return None
        token = token.head
    return None


def clause_locative(sentence: Sentence, trigger: Token) -> Located | None:
    """A locative phrase anywhere in the trigger's clause, a fronted one included ("In
    the capital, Makhachkala, police shot ..."), outside its subject."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for token in verb.subtree:
        if token.dep_ == "prep" and token.lower_ in LOCATIVE and not _in_subject(token, verb):
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
        yield _locative(sentence, head)
        head = head.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        yield _locative(sentence, head)
        if head.lemma_.lower() in _HAPPEN_VERBS:
            yield _object_place(sentence, head)
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        yield _locative(sentence, head.head)


def _main_clause(sentence: Sentence, trigger: Token) -> Located | None:
    """"Tanks rolled into Ukraine when Moscow launched its invasion", "students marched
    in Lima to protest": a happening in a "when" or purpose clause takes the main
    clause's place."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in verb.children):
        return _locative(sentence, verb.head)
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                for c in verb.children):
        return _locative(sentence, verb.head)  # "gathered in Lima to protest"
    return None


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
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head != verb:
            verb = verb.head
            continue
        return None


def _local_agent(sentence: Sentence, trigger: Token) -> Located | None:
    """"police in Lagos arrested", "Haitian police arrested": a local authority acting
    where it serves."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for child in verb.children:
        agent = child
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ != "nsubj":
            continue
        if agent.lemma_.lower() in _LOCAL_AGENTS:
            found = best_place(sentence, phrase_places(sentence, agent))
            if found is not None:
                return found
    return None
