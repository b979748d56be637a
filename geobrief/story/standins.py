"""A strike told by a stand-in for the weapon or storm told just before: "One rocket
struck a market. Another hit a school in Kharkiv", "The storm weakened. It hit Florida
on Monday". An attack with no named doer is still an attack: the verb of striking is
the trigger, typed by the nearest happening or weapon noun before its stand-in subject,
in its own sentence or the one before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geobrief.story.doers import WEAPONS
from geobrief.story.event_lexicon import lexicon
from geobrief.story.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

_STRIKING = frozenset("hit strike slam smash pound land".split())
_STANDINS = frozenset("another one it they others second third fourth fifth".split())
_KINDS = frozenset({"attack", "disaster"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_WORD = re.compile(r"[a-z][a-z-]*")
# "it struck a deal", "they hit the jackpot": no strike.
_NO_TARGET = frozenset("deal chord balance note pose bargain record jackpot nerve snag "
                       "button milestone mark".split())


def standin_triggers(sentence: Sentence, before: Sentence | None, found: list[Trigger],
                     text: str) -> list[Trigger]:
    """Verbs of striking whose subject stands in for a weapon or storm told before,
    beyond the triggers ``found`` already; ``text``: the article's, for a sentence
    before that was not parsed."""
    if sentence.doc is None:
        return []
    taken = {t.token.i for t in found}
    earlier: list[tuple[str, str]] = []
    if before is not None and before.doc is not None:
        earlier = [(t.lower_, t.lemma_.lower()) for t in before.doc if t.pos_ in _NOUNS]
    elif before is not None:  # words, each its own lemma or a plural's singular
        earlier = [(w, w.removesuffix("s")) for w in _WORD.findall(
            text[before.start:before.end].lower())]
    return [Trigger(verb, kind, False) for verb in sentence.doc
            if verb.i not in taken and (kind := _standin_kind(verb, earlier)) is not None]


def _standin_kind(verb: Token, earlier: list[tuple[str, str]]) -> str | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRIKING:
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _NO_TARGET for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _STANDINS:
        return None
    words = lexicon()
    nouns = [(t.lower_, t.lemma_.lower()) for t in verb.doc[: subject.i] if t.pos_ in _NOUNS]
    for word, lemma in reversed([*earlier, *nouns]):
        kind = "attack" if lemma in WEAPONS else words.noun_type(word, lemma)
        if kind:
            return kind if kind in _KINDS else None
    return None
