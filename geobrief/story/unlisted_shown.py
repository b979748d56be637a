"""How a happening at a place the gazetteer lacks is shown (``story.unlisted``): at its
anchor, with a summary that says so, or, with no anchor in its paragraph, at the
dateline's town or the focus country once that is known."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from geobrief.models import Place
from geobrief.story.unlisted import Unlisted


def mark_unlisted(row: dict[str, object], found: Unlisted) -> dict[str, object]:
    """An event row at ``found``'s name says where it is shown (its summary, ``anchor``);
    without an anchor yet it has no point (:func:`anchor_at_focus` gives it one). A row
    of another place (a count shared out to a resolved one) is left as it is."""
    if row["place"] != found.name:
        return row
    label = str(row["summary"]).partition(": ")[0]
    row = row | {"summary": f"{label}: {found.phrase}"}
    if found.anchor is None:
        return row | {"geometry": None, "country": None, "countries": []}
    return _shown_at(row, found.anchor.place)


def _shown_at(row: dict[str, object], anchor: Place) -> dict[str, object]:
    return row | {
        "anchor": anchor.name,
        "summary": f"{row['summary']} (not in the gazetteer; shown at {anchor.name})",
    }


def local_seat(seat: Place | None, places: list[Place]) -> Place | None:
    """The dateline's town when the story is local to it: named more often than any other
    town ("TULSA, Okla. -- Tulsa police said ..."); a wire story from a capital about
    towns across the country ("JAKARTA -- ... in Surabaya") has no such seat."""
    if seat is None or seat.kind == "country":
        return None
    others = (len(p.mentions) for p in places if p.kind == "city" and p.place_id != seat.place_id)
    own = next((len(p.mentions) for p in places if p.place_id == seat.place_id), 0)
    return seat if own > max(others, default=0) else None


def anchor_at_focus(
    frame: gpd.GeoDataFrame, focus: Place | None, seat: Place | None = None
) -> gpd.GeoDataFrame:
    """The events with the unlisted places that had no anchor in their paragraph shown
    at the local story's town ``seat`` (:func:`local_seat`) when it lies in the focus
    country ("TULSA, Okla. --" then "a house was burglarized on Elizabeth Road": the road
    is in Tulsa), else at the focus country ``focus``; dropped when there is none."""
    missing = frame.geometry.isna()
    if not missing.any():
        return frame
    rows = frame.to_dict("records")
    kept = [row for row in rows if row["geometry"] is not None]
    home = seat if seat is not None and focus is not None and seat.country == focus.country \
        else focus
    if home is not None:
        kept = [
            row if row["geometry"] is not None else _shown_at(row, home) | {
                "geometry": Point(round(home.lon, 5), round(home.lat, 5)),
                "country": home.country, "countries": [home.country],
                "place_id": home.place_id,
                "precision": "country" if home.kind == "country" else "region",
            }
            for row in rows
        ]
    return gpd.GeoDataFrame(kept, columns=list(frame.columns), geometry="geometry",
                            crs=frame.crs)
