"""Mentions paired with the places they resolved to, and sentence lookups over them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geobrief.models import Mention, Place

# A place after a preposition ("a native of Mexico", "drones from Belarus") is not the
# subject that acts.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|in|at|on|from|for|with|by|near|to|into|outside|inside|across|over|under|about|"
    r"between|against|within|via|through|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Located:
    """A mention and the place it refers to."""

    mention: Mention
    place: Place


def locate(places: list[Place]) -> list[Located]:
    """Every resolved mention with its place, in text order."""
    pairs = [Located(m, p) for p in places for m in p.mentions]
    return sorted(pairs, key=lambda pair: pair.mention.start)


def within(located: list[Located], start: int, end: int) -> list[Located]:
    """The located mentions inside ``[start, end)``."""
    return [pair for pair in located if start <= pair.mention.start and pair.mention.end <= end]


def city_in(places: list[Place], country: str) -> Place | None:
    """The most-mentioned city of ``country`` that the article names."""
    cities = [p for p in places if p.kind == "city" and p.country == country]
    return max(cities, key=lambda p: len(p.mentions), default=None)


def actors_before(text: str, located: list[Located], position: int) -> list[Located]:
    """The mentions before ``position`` that can be the subject of what follows: named by
    their name (not an adjective, "Russian drones") and not after a preposition."""
    return [
        pair
        for pair in located
        if pair.mention.end <= position
        and pair.mention.form != "adjective"
        and _PREPOSITION_BEFORE.search(text, max(0, pair.mention.start - 20), pair.mention.start)
        is None
    ]
