"""A visit told as where someone was when another happening came to them takes that
happening's type.

"A tourist visiting Uganda was killed by the Marburg virus", "she was bitten while
visiting Austin", "its first death, a boy visiting relatives in Nairobi": the participle
only says where the person was; the news is the death, the bite, the infection, and
the visit's place is where it happened. So a visit told by a participle ("visiting",
"while visiting") that hangs on another happening's word, or on a word of its clause
(its subject, its object), or that follows the person set beside the happening's noun
("its first death, a boy, visiting ..."), is read as that happening. A visit that
hangs on a meeting or on talks is one occasion with them and stays as it is
(``story.per_place``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.triggers import Trigger

# Happenings a participle may tell the circumstance of; and those it makes one occasion with.
_CIRCUMSTANCES = frozenset({"visit"})
_OCCASIONS = frozenset({"visit", "meeting", "talks"})
# How far up the parse a participle may hang from the happening ("a tourist visiting
# Uganda was killed": visiting, tourist, killed; "believed she had been bitten while
# visiting Austin" after "contracted the virus": visiting, bitten, believed, contracted).
_STEPS = 3


def as_circumstances(triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` with each visit told as another happening's circumstance typed as
    that happening (in the same order)."""
    by_token = {t.token: t for t in triggers}
    out = []
    for trigger in triggers:
        token = trigger.token
        if trigger.type in _CIRCUMSTANCES and token.tag_ == "VBG" and token.dep_ in (
                "acl", "advcl"):
            told = _told(token, by_token) or _whose(token, triggers)
            if told is not None:
                trigger = replace(trigger, type=told.type, weak=told.weak)
        out.append(trigger)
    return out


def _told(token: Token, by_token: dict[Token, Trigger]) -> Trigger | None:
    """The happening the participle hangs on, within ``_STEPS``; None for an occasion."""
    head = token
    for _ in range(_STEPS):
        if head.head is head:
            return None
        head = head.head
        found = by_token.get(head)
        if found is not None:
            return None if found.type in _OCCASIONS else found
    return None


def _whose(token: Token, triggers: list[Trigger]) -> Trigger | None:
    """The happening whose person the participle tells of, when the parse hangs it on
    the verb instead: "Peru reported its first death, a boy visiting relatives in
    Cusco" (the participle right after the happening's noun and the person set beside
    it, both on "reported")."""
    for trigger in triggers:
        noun = trigger.token
        if (noun.pos_ == "NOUN" and noun.head == token.head and noun.right_edge.i + 1 == token.i
                and any(c.dep_ == "appos" for c in noun.children)
                and trigger.type not in _OCCASIONS):
            return trigger
    return None
