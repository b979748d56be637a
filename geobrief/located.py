"""Mentions paired with the places they resolved to, and sentence lookups over them."""

from __future__ import annotations

from dataclasses import dataclass

from geobrief.models import Mention, Place


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
