"""The words around a trigger that its type depends on: what modifies a noun ("gas
explosion", "confirmed cases"), its "of" object ("cases of bird flu"), what a verb acts
on ("the ferry sank", "seized the town") and who did it by a passive's agent ("hit by a
missile"); and a fixed phrase that completes a verb ("laid to rest", "placed on leave")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


NEEDS_DEPS = frozenset({"compound", "amod", "nummod", "nmod"})
_ERGATIVE = frozenset(
    "sink capsize open close shut burn collapse crash reopen overturn leak".split()
)
_SHARES = frozenset(
    "all some most many half both several dozen dozens hundred hundreds thousand thousands "
    "score scores ten tens million millions majority rest trace".split()
)
_ANY = frozenset({"all", "any", "every", "each"})


def simple_present(verb: Token) -> bool:
    """A verb in the simple present with no helper ("attacks", "buy"; not "is buying",
    "will buy", "was bought")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def modifiers(token: Token) -> set[str]:
    """The words that modify a noun ("confirmed cases", "gas explosion"); "#num" for a
    number ("thirteen cases")."""
    found = {w for c in token.children if c.dep_ in NEEDS_DEPS
             for w in (c.lemma_.lower(), c.lower_, _hyphened(c))}
    if any(c.dep_ == "nummod" for c in token.children):
        found.add("#num")
    return found


def _hyphened(token: Token) -> str:
    """A modifier with the words hyphened to it, as one word: "large-scale", which the
    tokenizer splits into "large", "-", "scale"; the word itself when none is."""
    if not any(c.tag_ == "HYPH" for c in token.children):
        return token.lower_
    return "".join(t.lower_ for t in token.doc[token.left_edge.i : token.i + 1])


def joined_word(token: Token) -> str:
    """The word a noun is part of when hyphens join it to its neighbours ("hit-and-run",
    "shoot-out", "cease-fire"), which the tokenizer splits into pieces: the pieces with
    no space between them, lower-cased, at the piece the others hang on; the word itself
    when it stands alone or is a piece another one stands for."""
    doc = token.doc
    first = last = token.i
    while first >= 2 and doc[first - 1].tag_ == "HYPH" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].tag_ == "HYPH" \
            and not doc[last].whitespace_ and not doc[last + 1].whitespace_:
        last += 2
    if first <= token.head.i <= last and token.head != token:
        return token.lower_  # "run" in "hit-and-run": "hit" stands for the word
    return "".join(t.lower_ for t in doc[first : last + 1])


def of_object(token: Token) -> set[str]:
    """"of" when the noun has an "of" object ("cases of bird flu"), with that object."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return {"of", *(g.lemma_.lower() for g in child.children)}
    return set()


def to_phrase(verb: Token, phrasal: Mapping[str, str]) -> str | None:
    """A fixed "to", "off" or "on" phrase that completes a verb as a particle does ("was
    laid to rest" is a burial, "walked off the job" a strike, "was placed on leave" a
    suspension): "to rest", which the parser reads as an infinitive or a preposition,
    "off the job" and "on leave" a preposition."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        prep = child.lower_ if child.dep_ == "prep" else "to"
        if child.dep_ == "prep" and prep in ("to", "off", "on"):
            words = [g.lower_ for g in child.children if g.dep_ == "pobj"]
        else:
            words = [child.lower_] if child.dep_ == "xcomp" else []
        if words and f"{lemma} {prep} {words[0]}" in phrasal:
            return f"{prep} {words[0]}"
    return None


def prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of the token's ``prep`` phrases: "of" of "cases of cholera" (cholera),
    "with" of "met with his Tanzanian counterpart"."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]


def agents(verb: Token) -> list[Token]:
    """Who did what a passive verb tells: "confirmed by the ministry", "hit by a missile"."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children
            if g.dep_ == "pobj"]


def cited(verb: Token) -> list[Token]:
    """The sources a clause cites: "according to Kenya's health ministry"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
            for to in c.children if to.lower_ == "to"
            for g in to.children if g.dep_ == "pobj"]


def patient(token: Token) -> Token | None:
    """What a verb acts on: its object, the subject of its passive, or the subject of
    a verb used without an object ("the ferry sank", "the border closed")."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
        # "figures released by the ministry", "a kitchen set up"; not a kind of thing
        # ("all cattle slaughtered in Canada")
        generic = any(c.dep_ == "det" and c.lower_ in _ANY for c in token.head.children)
        return None if generic else _whole(token.head)
    passive = any(c.dep_ == "auxpass" for c in token.children)  # "closed pending inquiry"
    for dep in ("nsubjpass", "dobj") if passive else ("dobj", "nsubjpass"):
        for child in token.children:
            if child.dep_ == dep:
                return _whole(child)
    if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        # "The frozen body found earlier this week in Laconia has been identified": a
        # participle with no auxiliary, which the parser took for the main verb, acts on
        # its "subject"
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _whole(subject)
    if token.lemma_.lower() in _ERGATIVE:
        if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.i == token.head.i + 1:
            return token.head  # "A bus overturned near Mecca", parsed as a noun phrase
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ == "conj":  # "a truck ran off the road and overturned"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return subject
    return None


def _whole(noun: Token) -> Token:
    """The noun a share of it stands for: "all of Peru's blood banks were closed" (the
    banks), "dozens of homes were burned" (the homes), "traces of a toxin were found"."""
    if noun.lemma_.lower() not in _SHARES:
        return noun
    return next(iter(prep_objects(noun, "of")), noun)
