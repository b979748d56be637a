"""A trip told twice is one route: which of the trips ``story.routes`` found to keep.

A headline's trip to a country that the text then tells to a town of it is the trip to
the town; an arrival or a departure told with one end only is the route that a nearby
sentence tells with both ("fled Homs ... walked from Homs to the border"). Another
mover's trip to the same place, told further on, is another trip.
"""

from __future__ import annotations

from collections.abc import Mapping

Row = dict[str, object]

TOLD_NEAR = 2  # sentences apart: a trip told twice is told close together


def told_once(
    rows: dict[tuple[object, object], Row], one_end: dict[tuple[object, object], Row],
    countries: Mapping[str, str | None],
) -> list[Row]:
    """The routes with both ends (``rows``) and those with one (``one_end``), each trip
    once. ``countries``: the country of each place id."""
    rows = {key: row for key, row in rows.items() if not _retold(row, rows, countries)}
    one_end = {key: row for key, row in one_end.items() if not _retold(row, one_end, countries)}
    # an arrival (or departure) told again with its other end is that route; a planned
    # trip hides no made arrival
    for end in ("to_id", "from_id"):  # arrivals, then departures ("fled Homs")
        full = list(rows.values())  # "sailed from Tobruk and was heading for Italy": the
        rows |= {  # departure is the start of that trip to come
            key: row for key, row in one_end.items() if row[end] is not None
            and not _told_with_other_end(row, full, end)
        }
    return list(rows.values())


def _told_with_other_end(row: Row, full: list[Row], end: str) -> bool:
    """An arrival (or departure) told again as a route with both ends: the same trip.
    A made arrival is hidden only by a made route, and a made trip only by one told near
    it: another mover's trip told further off ("a tourist visiting Mexico", then
    "residents who had travelled to Mexico") is another trip. Each row's ``at`` is the
    index of its sentence."""
    made = row["status"] == "made"
    return any(
        other[end] == row[end] and (other["status"] == "made" or not made or end != "to_id")
        and (not made or abs(int(str(other["at"])) - int(str(row["at"]))) <= TOLD_NEAR)
        for other in full
    )


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
