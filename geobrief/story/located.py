"""Mentions paired with the places they resolved to, and sentence lookups over them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from geobrief.models import Mention, Place

# A place after a preposition ("a native of Mexico", "drones from Belarus") is not the
# subject that acts.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|in|at|on|from|for|with|by|near|to|into|outside|inside|across|over|under|about|"
    r"between|against|within|via|through|around)\s+(?:the\s+)?"
    # a side of it: "from Tobruk in eastern Libya", "in the north-western province"
    r"(?:(?:(?:north|south)-?)?(?:east|west)?(?:ern)?\s+|central\s+|neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# The most specific place first: a city or feature, then a region, then a country.
KIND_RANK = {"city": 0, "feature": 0, "region": 1, "country": 2}
# The kinds a town named again may be ("the town", "his home"): a city or a site.
TOWNS = frozenset({"city", "feature"})


@dataclass(frozen=True)
class Located:
    """A mention and the place it refers to."""

    mention: Mention
    place: Place


class TextOrder(list[Located]):
    """Located mentions in text order, with their starts: :func:`within` finds a
    sentence's mentions by bisection instead of scanning them all."""

    def __init__(self, pairs: list[Located]) -> None:
        super().__init__(sorted(pairs, key=lambda pair: pair.mention.start))
        self.starts = [pair.mention.start for pair in self]


def locate(places: list[Place]) -> TextOrder:
    """Every resolved mention with its place, in text order."""
    return TextOrder([Located(m, p) for p in places for m in p.mentions])


def within(located: list[Located], start: int, end: int) -> list[Located]:
    """The located mentions inside ``[start, end)``."""
    if isinstance(located, TextOrder):
        lo, hi = bisect.bisect_left(located.starts, start), bisect.bisect_right(located.starts, end)
        return [pair for pair in located[lo:hi] if pair.mention.end <= end]
    return [pair for pair in located if start <= pair.mention.start and pair.mention.end <= end]


def named_again(
    text: str, spans: list[tuple[int, int]], located: list[Located], pattern: re.Pattern[str],
    keep: Callable[[re.Match[str]], Callable[[Located], bool] | None],
    reach: Callable[[re.Match[str]], int] = lambda match: 1,
) -> list[Located]:
    """Each match of ``pattern`` (its group "word": "the town", "his home") in the
    sentences ``spans`` of ``text``, as a mention of the last place named before it in
    its sentence or the one before (``reach(match)`` sentences before) that
    ``keep(match)`` accepts (None: the match names no place again); in text order."""
    found: list[Located] = []
    for index, (start, end) in enumerate(spans):
        for match in pattern.finditer(text, start, end):
            accepts = keep(match)
            if accepts is None:
                continue
            since = spans[max(0, index - reach(match))][0]
            named = [pair for pair in within(located, since, match.start()) if accepts(pair)]
            if named:
                place = named[-1].place
                word_start, word_end = match.span("word")
                mention = Mention(text[word_start:word_end], word_start, word_end, place.name,
                                  "name")
                found.append(Located(mention, place))
    return found


def city_in(
    places: list[Place], country: str, within: tuple[int, int] | None = None
) -> Place | None:
    """The most-mentioned city of ``country`` that the article names (``within`` a span
    of the text, if given, and not as the dateline, which says where the reporter was:
    "CAIRO (Reuters) - A convoy crossed into Gaza from Egypt" did not leave Cairo)."""
    cities = [p for p in places if p.kind == "city" and p.country == country and (
        within is None or any(within[0] <= m.start < within[1] and m.form != "dateline"
                              for m in p.mentions))]
    return max(cities, key=lambda p: len(p.mentions), default=None)


def actors_before(text: str, located: list[Located], position: int) -> list[Located]:
    """The mentions before ``position`` that can be the subject of what follows: named by
    their name (not an adjective, "Russian drones") and not after a preposition."""
    return [
        pair
        for pair in located
        if pair.mention.end <= position
        and pair.mention.form != "adjective"
        and _PREPOSITION_BEFORE.search(text, max(0, pair.mention.start - 32), pair.mention.start)
        is None
    ]
