"""Whose case it is: a prosecutor's charge is a court case, a patient's case an infection.

"Prosecutors in Nairobi charged a clerk with embezzling county funds" tells a step in
court: the charge is laid by the prosecution, not at an arrest (police charging a
suspect is still an arrest). "Ghana reported its first case of mpox in a 34-year-old
trader" tells one person's infection: the lexicon makes a country's first case an
outbreak (the news that a disease has reached it), but a case the sentence pins on one
person is that person's. "Was jailed for five years" is a sentence, told in court
(``sentenced``); "was jailed on Tuesday" an arrest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.doers import doers_of
from geobrief.story.movers import PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token

# A term or a judge makes jailing a sentence: "jailed for five years".
_JAILING = frozenset({"jail", "imprison"})
_TERMS = frozenset({"year", "month", "week", "day", "life", "term", "decade"})
_JUDGES = frozenset({"judge", "court", "magistrate", "jury", "tribunal", "justice"})

# Who lays a charge in court: "county prosecutors", "the district attorney's office",
# "a grand jury", "the Crown Prosecution Service".
_PROSECUTORS = frozenset(
    "prosecutor prosecution attorney da solicitor jury procurator procuracy".split()
)
_WHOSE = frozenset({"compound", "poss", "amod"})
_PINNED = frozenset({"in", "involving"})
# One animal, as a disease is found in it ("a stallion", "a dead swan"); herds and
# flocks are many.
_ANIMALS = frozenset(
    "horse stallion mare foal pony donkey mule cow bull calf heifer ox pig sow boar piglet "
    "chicken hen rooster cockerel duck goose turkey bird swan eagle hawk falcon owl crow "
    "pigeon parrot gull heron cat dog puppy camel goat sheep lamb deer fox bat monkey "
    "chimpanzee gorilla tiger lion seal mink ferret rabbit raccoon skunk".split()
)


def by_prosecutors(verb: Token) -> bool:
    """"prosecutors charged him with robbing a bank", "was charged by the district
    attorney's office": a charge the prosecution lays."""
    if verb.lemma_.lower() != "charge":
        return False
    doers = doers_of(verb)
    whose = [c for d in doers for c in d.children if c.dep_ in _WHOSE]
    return any(d.lemma_.lower() in _PROSECUTORS for d in (*doers, *whose))


def one_persons(token: Token, kind: str | None) -> str | None:
    """The type of a case the lexicon retypes as an outbreak ("first case"): an infection
    when the sentence pins it on one person ("its first case, in a 28-year-old man",
    "first case of flu in a child from Peru", "a first case involving a nurse");
    otherwise ``kind``, the retyped type or None."""
    if kind != "outbreak" or token.lemma_.lower() != "case" or token.tag_ != "NN":
        return kind
    holders = [token, token.head] if token.dep_ in ("dobj", "nsubjpass", "attr") else [token]
    pins = [c for h in holders for c in h.children if (
        c.dep_ == "prep" and c.lower_ in _PINNED) or (
        c.dep_ == "acl" and c.lemma_.lower() == "involve")]
    if any(_one_person(g) for c in pins for g in c.children if g.dep_ in ("pobj", "dobj")):
        return "infection"
    return kind


def one_creature(word: Token) -> bool:
    """A single person or animal a disease is found in: "a nurse", "a 34-year-old
    trader", "a stallion", "a dead swan"; not "two swans" nor "a flock of turkeys"."""
    return _one_person(word) or (word.tag_ == "NN" and word.lemma_.lower() in _ANIMALS)


def _one_person(word: Token) -> bool:
    """A single person: "a nurse", "a 34-year-old trader" (an age tells a person), not
    "three nurses"."""
    return word.tag_ == "NN" and (word.lemma_.lower() in PEOPLE or any(
        c.dep_ == "amod" and c.lower_ == "old" for c in word.children))


def sentenced(verb: Token) -> bool:
    """"was jailed for five years", "a judge imprisoned him for life": a term or a judge
    makes jailing a sentence, told in court; "was jailed on Tuesday" is an arrest."""
    if verb.lemma_.lower() not in _JAILING:
        return False
    terms = {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"}
    return bool(terms & _TERMS) or any(d.lemma_.lower() in _JUDGES for d in doers_of(verb))
