"""A flight told with what it escaped: "thousands fled across the border into Chad to
escape fighting in Darfur" is one trip, from Darfur into Chad. The escape's start (the
place of the happening escaped, ``story.motion_objects``) is the start of the flight it
is the purpose of, when the flight names none; it is no second trip, planned because it
is told as a purpose (``story.motion``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located

_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


class _Trip(Protocol):
    """What ``with_escapes`` reads of a ``story.motion.Movement`` (which imports this)."""

    @property
    def word(self) -> Token: ...
    @property
    def source(self) -> Located | None: ...
    @property
    def goal(self) -> Located | None: ...


_T = TypeVar("_T", bound=_Trip)


def with_escapes(moves: list[_T]) -> list[_T]:
    """``moves`` with each escape told as a purpose folded into the flight it is for."""
    found = list(moves)
    for purpose in moves:
        word = purpose.word
        if purpose.goal is not None or purpose.source is None or word.dep_ not in _PURPOSE_DEPS:
            continue
        flight = next((m for m in found if m.word == word.head and m.source is None
                       and m.goal is not None), None)
        if flight is not None:
            found[found.index(flight)] = replace(flight, source=purpose.source)
            found.remove(purpose)
    return found
