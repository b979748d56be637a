"""Places that come from who acts rather than from a locative phrase.

A state acting at home ("Belarus has freed 52 prisoners"), or reporting ("Romania
confirmed another outbreak"); "over its territory" (the country "its" refers to); a
local authority ("police in Lagos arrested"); the subject's own place ("two children in
Baghdad have died"); where people were sent away from ("expelled from Angola"); and a
sentence that points back ("there") to the sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.located import Located
from geobrief.story.phrases import best_place, locative_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# Acts whose adjective or subject names who acted, not where: "Russian drones attacked".
AGENT_TYPES = frozenset("attack invasion shoot-down raid visit talks meeting exercise".split())
_OWN_GROUND = frozenset({"territory", "soil", "airspace", "land", "waters", "border",
                         "borders", "coast", "skies"})
_LOCAL_AGENTS = frozenset(
    "police authority official officer court judge prosecutor government ministry "
    "firefighter rescuer trooper deputy sheriff coastguard guard army military "
    "administration council president minister governor mayor king leader parliament "
    "health department agency".split()
)
_AT_HOME = frozenset(
    "release election arrest exercise closure inauguration pardon expulsion court cull "
    "test launch seizure emergency evacuation".split()
)


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
    """The sentence says where by "there": its place is the one the sentence before
    named. ("In the capital" alone is left unplaced: measured, it misplaced more
    happenings than it placed.)"""
    return any(t.lower_ == "there" and t.dep_ == "advmod" for t in trigger.doc)


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


def subject_locative(sentence: Sentence, trigger: Token) -> Located | None:
    """"two children in Baghdad have died", "people held in Belarusian jails were set
    free": the subject's own locative phrase, or that of the clause describing it."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        holders = [child, *(c for c in child.children if c.dep_ == "acl")]
        for holder in holders:
            found = locative_place(sentence, holder)
            if found is not None:
                return found
    return None


def from_place(sentence: Sentence, trigger: Token) -> Located | None:
    """"expelled from Angola", "the expulsion of Congolese from Angola": where one is
    sent away from is where the expulsion happened."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            found = best_place(sentence, phrase_places(sentence, child, stop=frozenset()))
            if found is not None and found.mention.form != "adjective":
                return found
    return None


def local_agent(sentence: Sentence, trigger: Token) -> Located | None:
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
