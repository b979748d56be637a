"""Event triggers: the nouns and verbs of a parsed sentence that report a happening.

"an explosion", "floods", "the trial" (nouns); "was arrested", "shot down", "opened
fire" (verbs, with their particle or object). Not triggers: a word inside a place's
name ("Fire District"), a noun that only modifies another ("fire department", "flood
victims"), a noun the lexicon rules out by its modifier ("heart attack", "press
release"), nor a noun that a verb phrase already types ("fire" in "opened fire").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import Lexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_NEEDS_DEPS = frozenset({"compound", "amod", "nummod", "nmod"})
_ERGATIVE = frozenset({"sink", "capsize", "open", "close", "shut", "burn", "collapse", "crash"})


@dataclass(frozen=True)
class Trigger:
    """A word that reports a happening and the happening's type."""

    token: Token
    type: str
    weak: bool

    @property
    def is_noun(self) -> bool:
        return self.token.pos_ in ("NOUN", "PROPN")


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """The triggers of a parsed sentence, in text order."""
    if sentence.doc is None:
        return []
    words = lexicon()
    found = []
    for token in sentence.doc:
        if sentence.place_of(token) is not None:
            continue
        kind = _noun_type(token, words) if token.pos_ in ("NOUN", "PROPN") else None
        if token.pos_ == "VERB":
            kind = _verb_type(token, words)
        if kind:
            kind = refine_type(token, kind, words)
            found.append(Trigger(token, kind, words.is_weak(kind)))
    return found


def _noun_type(token: Token, words: Lexicon) -> str | None:
    if _named_storm(token, words):
        return "disaster"
    if token.dep_ in _MODIFIER_DEPS or (token.pos_ == "PROPN" and not _court_name(token)):
        return None
    word, lemma = token.lower_, token.lemma_.lower()
    kind = words.noun_type(word, lemma)
    if kind is None or _typed_by_verb(token, words):
        return None
    modifiers = {w for c in token.children if c.dep_ in _NEEDS_DEPS
                 for w in (c.lemma_.lower(), c.lower_)}
    if modifiers & words.noun_never:
        return None
    context = modifiers | _of_object(token) | {token.head.lemma_.lower()}
    if token.dep_ == "pobj":  # "a state of emergency": the noun the phrase hangs on
        context.add(token.head.head.lemma_.lower())
    if context & (words.noun_not_with.get(word) or words.noun_not_with.get(lemma) or set()):
        return None
    needs = words.noun_needs.get(word) or words.noun_needs.get(lemma)
    if needs is not None and not context & needs:
        return None
    return kind


def refine_type(token: Token, kind: str, words: Lexicon) -> str:
    """A type its context changes: infections of many, or deaths from a disease, are an
    outbreak; "an outbreak of war" is war; killing birds is a cull."""
    if kind == "outbreak" and token.lemma_.lower() == "outbreak":
        of = _of_object(token) - {"of"}
        other = {words.noun_type(w, w) for w in of} - {None, "outbreak", "infection"}
        return str(min(other)) if other else kind
    if kind in ("infection", "death") and _of_disease(token, words):
        return "outbreak"
    if kind == "infection" and _many(token):
        return "outbreak"
    if kind == "attack" and token.lemma_.lower() in ("kill", "slaughter"):
        victim = patient(token)
        if victim is not None and victim.lemma_.lower() in words.livestock:
            return "cull"
        cause = _subject_noun(token)
        if cause is not None:  # "the outbreak that killed three": the outbreak's
            return words.noun_type(cause.lower_, cause.lemma_.lower()) or kind
    return kind


def _subject_noun(verb: Token) -> Token | None:
    """The verb's subject noun, through a relative clause ("an outbreak that killed")."""
    if verb.dep_ == "relcl":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _of_disease(token: Token, words: Lexicon) -> bool:
    """"died of bird flu", "deaths from cholera", "died after contracting H5N1"."""
    return any(
        child.dep_ == "prep" and child.lower_ in ("of", "from", "after")
        and any(t.lower_ in words.diseases for t in child.subtree)
        for child in token.children
    )


def _many(token: Token) -> bool:
    """Several people: a plural noun ("infections"), or a verb whose patient is plural
    or counted ("infected hundreds", "children were infected")."""
    if token.pos_ == "NOUN":
        return token.tag_ == "NNS"
    found = patient(token)
    return found is not None and (found.tag_ == "NNS" or any(
        c.dep_ == "nummod" for c in found.children))


def _named_storm(token: Token, words: Lexicon) -> bool:
    """"Cyclone Winston hit Fiji": the storm's title word before its name."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ == "PROPN"
        and words.noun_type(token.lower_, token.lemma_.lower()) == "disaster"
    )


def _court_name(token: Token) -> bool:
    """"Oxford Crown Court heard ...": a court named after its town is a hearing there."""
    return token.lower_ in ("court", "tribunal") and token.dep_ in ("nsubj", "pobj", "nsubjpass")


def _of_object(token: Token) -> set[str]:
    """"of" when the noun has an "of" object ("cases of bird flu"), with that object."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return {"of", *(g.lemma_.lower() for g in child.children)}
    return set()


def _typed_by_verb(token: Token, words: Lexicon) -> bool:
    """The noun is the object of a verb phrase the lexicon types ("opened fire")."""
    head = token.head
    return (
        token.dep_ in _OBJECT_DEPS
        and head.pos_ == "VERB"
        and f"{head.lemma_.lower()} {token.lemma_.lower()}" in words.verb_object
    )


def _verb_type(token: Token, words: Lexicon) -> str | None:
    if token.dep_ in ("amod", "compound"):
        return None
    particle = next(
        (c.lower_ for c in token.children if c.dep_ in ("prt", "acomp", "oprd")), None
    )  # "shot down", "set free"
    return words.verb_type(token.lemma_.lower(), particle, _patient(token)) or None


def patient(token: Token) -> Token | None:
    """What a verb acts on: its object, the subject of its passive, or the subject of
    a verb used without an object ("the ferry sank", "the border closed")."""
    for dep in ("dobj", "nsubjpass"):
        for child in token.children:
            if child.dep_ == dep:
                return child
    if token.lemma_.lower() in _ERGATIVE:
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None


def _patient(token: Token) -> str | None:
    """The patient's lemma; "with" for "charged with ..." (the charge is the object)."""
    found = patient(token)
    if found is not None and found.pos_ != "PRON":
        return found.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return "with"
    if found is not None:
        return found.lower_
    return "dead" if any(c.lower_ == "dead" for c in token.children) else None
