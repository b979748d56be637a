"""The briefing's timeline: dated events, oldest first, each one a way to the map.

Event dates are ISO strings at the precision the text gives ("2022-02", "2025-09-10",
"2025"); undated events are left out. Each entry carries the event's point and a zoom
for the page script that pans the map to it (``templates/_timeline.html``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import shapely

from geobrief.story.rows import records

if TYPE_CHECKING:
    import geopandas as gpd

    from geobrief.models import Place

ZOOMS = {"city": 8, "feature": 8, "region": 7, "country": 6}  # how close a click goes
DEFAULT_ZOOM = 6
_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def human_date(iso: str) -> str:
    """An ISO date as a reader writes it: "2025-09-10" is "10 September 2025", "2022-02"
    is "February 2022", "2025" stays; a string that is not such a date comes back as is."""
    match = _ISO.fullmatch(iso.strip())
    if match is None:
        return iso
    try:
        day = dt.date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return iso
    month_year = f"{day:%B} {match['year']}"
    if match["day"]:
        return f"{day.day} {month_year}"
    return month_year if match["month"] else match["year"]


def build_timeline(events: gpd.GeoDataFrame, places: list[Place]) -> list[dict[str, Any]]:
    """One entry per dated event, oldest first (text order among equal dates).

    Each entry: ``date`` (ISO, for ``<time datetime>``), ``date_text`` (human), its
    ``precision`` (day, month, year), the event's ``status`` and ``sentence``,
    ``summary``, ``place``, ``place_id``, ``country``, ``lat``, ``lon`` and ``zoom``.
    """
    kinds = {place.place_id: place.kind for place in places}
    entries = []
    for rec in records(events):
        date = rec.get("date")
        if not isinstance(date, str) or not date.strip():
            continue
        lon, lat = shapely.get_coordinates(rec["geometry"])[0]
        entries.append({
            "date": date.strip(),
            "date_text": human_date(date),
            "precision": {4: "year", 7: "month"}.get(len(date.strip()), "day"),
            "status": rec.get("status") or "happened",
            "sentence": rec.get("sentence") or "",
            "summary": rec.get("summary") or "",
            "place": rec.get("place") or "",
            "place_id": rec.get("place_id") or "",
            "country": rec.get("country"),
            "lat": round(float(lat), 5),
            "lon": round(float(lon), 5),
            "zoom": ZOOMS.get(kinds.get(str(rec.get("place_id")), ""), DEFAULT_ZOOM),
        })
    return sorted(entries, key=lambda entry: entry["date"])  # ISO strings sort by time
