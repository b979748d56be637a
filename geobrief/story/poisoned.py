"""Harm done by something poisoned that was eaten or drunk: a poisoning.

"Poisoned gin killed eleven in a Lagos suburb", "80 were hospitalized after eating
tainted fish stew", "three died after drinking adulterated palm wine": the harm's cause
is a poison taken in food or drink, so the happening is a poisoning, not an attack (a
killing whose cause is not told) nor the deaths or hospital stays it caused. A disease
named as the cause is told first (``story.disease_words``: "died of cholera after
drinking contaminated water" is the outbreak's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_POISONED = frozenset("poisoned poisonous tainted contaminated adulterated toxic".split())
_CAUSE_WORDS = frozenset({"after", "from", "following", "of"})
_MODIFYING = frozenset({"amod", "compound"})


def is_poisoned(noun: Token) -> bool:
    """The noun is said to be poisoned: "poisoned liquor", "tainted milk", "toxic gin"."""
    return any(c.dep_ in _MODIFYING and c.lower_ in _POISONED for c in noun.children)


def poisoned_cause(verb: Token) -> bool:
    """The harm ``verb`` tells ("died", "hospitalized") follows from a poisoned thing in
    its cause phrase or clause: "after eating tainted fish stew", "after they drank
    poisoned wine", "from contaminated moonshine"."""
    for child in verb.children:
        causing = (child.dep_ == "prep" and child.lower_ in _CAUSE_WORDS) or (
            child.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_WORDS
                for m in child.children))
        if causing and any(w.pos_ == "NOUN" and is_poisoned(w) for w in child.subtree):
            return True
    return False
