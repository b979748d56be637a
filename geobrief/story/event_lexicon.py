"""The words that report a happening, by type (``data/event_lexicon.json``).

A happening is told by a noun ("an explosion", "floods", "the trial") or a verb ("was
arrested", "shot down"). Types are plain words: the map's ten (release, shoot-down,
attack, exercise, invasion, talks, protest, election, disaster, outbreak) and more
(court, arrest, fire, crash, death, visit, meeting, ...), following the news conventions
of ``docs``: armed violence of any kind is ``attack``, natural hazards are ``disaster``,
every fire is ``fire``, an outbreak or cluster of cases is ``outbreak`` and one person's
infection ``infection``. The lexicon is general news vocabulary, written for the project.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

MAP_TYPES = (
    "release", "shoot-down", "attack", "exercise", "invasion", "talks", "protest",
    "election", "disaster", "outbreak",
)
# A type no word of the lexicon gives, only who does it: a governing body that "voted"
# holds a vote (``story.decisions``).
VOTE = "vote"
CODE_TYPES = (VOTE,)


@dataclass(frozen=True)
class Lexicon:
    """Lookups over the lexicon file; every key is a lower-case lemma or word."""

    nouns: dict[str, str]
    verbs: dict[str, str]
    weak: tuple[str, ...]
    phrasal: dict[str, str]
    noun_needs: dict[str, frozenset[str]]
    noun_never: frozenset[str]
    noun_not_with: dict[str, frozenset[str]]
    noun_singular: frozenset[str]
    verb_object: dict[str, str]
    verb_needs_object: dict[str, frozenset[str]]
    verb_never_object: dict[str, frozenset[str]]
    verb_needs_prep: dict[str, frozenset[str]]
    retype: dict[str, dict[str, str]]
    diseases: frozenset[str]
    livestock: frozenset[str]

    def noun_type(self, word: str, lemma: str) -> str | None:
        """The type a noun reports: its word first ("cases"), then its lemma; a noun that
        is one only in the singular not in the plural ("a book sale", not "book sales")."""
        if word != lemma and lemma in self.noun_singular:
            return None
        return self.nouns.get(word) or self.nouns.get(lemma)

    def needs_of(self, word: str, lemma: str) -> frozenset[str]:
        """The words a noun needs around it to be a happening (none: any will do)."""
        return self.noun_needs.get(word) or self.noun_needs.get(lemma) or frozenset()

    def needs_met(self, word: str, lemma: str, context: set[str]) -> bool:
        """Whether a noun that is a happening only with certain words around it ("a
        military drill", not "a drill") has one of them in ``context``."""
        needs = self.noun_needs.get(word) or self.noun_needs.get(lemma)
        return needs is None or bool(context & needs)

    def verb_type(
        self, lemma: str, particle: str | None, obj: str | None, preps: frozenset[str]
    ) -> str | None:
        """The type a verb reports with its object ("open fire", "set up a standstill
        zone"), particle ("shoot down") or preposition ("admitted to", "fired on"); "" for
        a phrase that reports nothing ("break out" alone)."""
        if obj and f"{lemma} {obj}" in self.verb_object:  # "set up a quarantine zone"
            return self.verb_object[f"{lemma} {obj}"]
        if particle and f"{lemma} {particle}" in self.phrasal:
            return self.phrasal[f"{lemma} {particle}"]
        if "into" in preps and f"{lemma} into" in self.phrasal:  # "broke into a shop"
            return self.phrasal[f"{lemma} into"]
        kind = self.verbs.get(lemma)
        if kind is None:
            return None
        needs = self.verb_needs_object.get(lemma)
        if needs is not None and (obj or "") not in needs:
            return None
        if obj and obj in self.verb_never_object.get(lemma, frozenset()):
            return None
        wanted = self.verb_needs_prep.get(lemma)
        return kind if wanted is None or wanted & preps else None

    def retyped(self, lemma: str, context: set[str]) -> str | None:
        """The type a word takes in its context ("gas explosion", "air strike",
        "press conference"); "" for none at all ("arctic blast"); None: unchanged."""
        table = self.retype.get(lemma)
        if not table:
            return None
        return next((table[w] for w in sorted(context) if w in table), None)

    def is_weak(self, kind: str) -> bool:
        """A type that tells what a stronger happening caused (a death, an injury)."""
        return kind in self.weak

    def weakness(self, kind: str) -> int:
        """How readily a weak happening gives way: by the lexicon's order, the outcome
        that matters most first ("was taken to a hospital, where he died" is a death);
        a happening of a strong type told as a cause or a backdrop last."""
        return self.weak.index(kind) if kind in self.weak else len(self.weak)


def _one_each(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are each given once: a second entry for a word would
    silently replace the first."""
    keys = [key for key, _ in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise ValueError(f"event_lexicon.json gives {', '.join(twice)} twice in one table")
    return dict(pairs)


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, read once."""
    raw = json.loads(
        (resources.files("geobrief") / "data" / "event_lexicon.json").read_text(encoding="utf-8"),
        object_pairs_hook=_one_each,
    )
    named = frozenset(raw["named_diseases"])  # "resurgence" needs one: "named_diseases"
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for kind, words in raw["types"].items():
        nouns.update({w: kind for w in words["nouns"] if w not in nouns})
        verbs.update({w: kind for w in words["verbs"] if w not in verbs})
    return Lexicon(
        nouns=nouns,
        verbs=verbs,
        weak=tuple(raw["weak"]),
        phrasal=dict(raw["phrasal"]),
        noun_needs={k: named if v == "named_diseases" else frozenset(v)
                    for k, v in raw["noun_needs"].items()},
        noun_never=frozenset(raw["noun_never"]),
        noun_not_with={k: frozenset(v) for k, v in raw["noun_not_with"].items()},
        noun_singular=frozenset(raw["noun_singular"]),
        verb_object=dict(raw["verb_object"]),
        verb_needs_object={k: frozenset(v) for k, v in raw["verb_needs_object"].items()},
        verb_never_object={k: frozenset(v) for k, v in raw["verb_never_object"].items()},
        verb_needs_prep={k: frozenset(v) for k, v in raw["verb_needs_prep"].items()},
        retype={k: dict(v) for k, v in raw["retype"].items()},
        diseases=named | frozenset(raw["diseases"]),
        livestock=frozenset(raw["livestock"]),
    )


def event_types() -> list[str]:
    """Every type the lexicon can give, and the ones the code gives by who acts
    (``CODE_TYPES``), the map's ten first."""
    kinds = dict.fromkeys(MAP_TYPES)
    words = {*lexicon().nouns.values(), *lexicon().verbs.values()}
    kinds.update(dict.fromkeys(sorted(words | set(CODE_TYPES))))
    return list(kinds)
