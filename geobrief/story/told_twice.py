"""A trip told twice is one route: which of the trips ``story.routes`` found to keep.

A headline's trip to a country that the text then tells to a town of it is the trip to
the town; an arrival or a departure told with one end only is the route that a nearby
sentence, the lead or the same mover tells with both ("fled Homs ... walked from Homs to
the border"). Another mover's trip to the same place, told further on, is another trip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

Row = dict[str, object]

TOLD_NEAR = 2  # sentences apart: a trip told twice is told close together
_WORD = re.compile(r"[^\W\d_]+")
_FILLERS = frozenset({"a", "an", "the", "of", "and", "his", "her", "their", "its", "some"})


def told_once(
    rows: dict[tuple[object, object], Row], one_end: dict[tuple[object, object], Row],
    countries: Mapping[str, str | None],
) -> list[Row]:
    """The routes with both ends (``rows``) and those with one (``one_end``), each trip
    once. ``countries``: the country of each place id."""
    rows = {key: row for key, row in rows.items() if not _retold(row, rows, countries)}
    one_end = {key: row for key, row in one_end.items() if not _retold(row, one_end, countries)}
    # Arrivals, then departures ("fled Homs"), each unless a route with both ends tells
    # it. "Sailed from Tobruk and was heading for Italy": the departure is the start of
    # that trip to come.
    for end in ("to_id", "from_id"):
        full = list(rows.values())
        rows |= {key: row for key, row in one_end.items()
                 if row[end] is not None and not _told_with_other_end(row, full, end)}
    return list(rows.values())


def told_in(row: Row) -> tuple[int, ...]:
    """The index of each sentence that tells the trip of ``row``."""
    told = row["told"]
    assert isinstance(told, tuple)
    return told


def _told_with_other_end(row: Row, full: list[Row], end: str) -> bool:
    """An arrival (or departure) told again as a route with both ends: the same trip.
    A made arrival is hidden only by a made route; a made trip told after the lead and
    further off than TOLD_NEAR sentences is another trip when its mover is plainly
    another ("a tourist visiting Mexico", then "residents who had travelled to Mexico"),
    not when the lead tells it ("Zelensky arrived in Washington" and, further on, "flew
    from Rzeszow to Washington") or its mover is the same or not told."""
    made = row["status"] == "made"
    return any(
        other[end] == row[end] and (other["status"] == "made" or not made or end != "to_id")
        and (not made or _near(row, other) or _in_lead(row) or not _other_mover(row, other))
        for other in full
    )


def _near(row: Row, other: Row) -> bool:
    return any(abs(a - b) <= TOLD_NEAR for a in told_in(row) for b in told_in(other))


def _in_lead(row: Row) -> bool:
    """Told in the headline or the first sentence, which sum up the story."""
    return bool(row.get("headline")) or min(told_in(row)) <= 1


def _other_mover(row: Row, other: Row) -> bool:
    """Both trips name their movers, and no word of one is in the other: "a Canadian" and
    "a 25-year-old man", not "Pope Francis" and "the pope"."""
    words = [set(_WORD.findall(str(r["who"]).lower())) - _FILLERS for r in (row, other)]
    return all(words) and not words[0] & words[1]


def _retold(row: Row, rows: Mapping[object, Row], countries: Mapping[str, str | None]) -> bool:
    """A headline's trip to a country that the text then tells to a town of it from the
    same start, or with no start told in either ("Australia sends police to Solomon
    Islands", then "... to the Solomon Islands ... the capital, Honiara"; "Pope to visit
    Congo", then "will travel to Kinshasa"): one trip, drawn at the town."""
    country = str(row["to_id"])
    if not row.get("headline") or not country.startswith("country:"):
        return False
    return any(not other.get("headline") and other["from_id"] == row["from_id"]
               and countries.get(str(other["to_id"])) == country.removeprefix("country:")
               for other in rows.values())
