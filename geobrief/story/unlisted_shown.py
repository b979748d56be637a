"""How a happening at a place the gazetteer lacks is shown (``story.unlisted``): at its
anchor, with a summary that says so, or, with no anchor in its paragraph, at the focus
country once that is known."""

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


def anchor_at_focus(frame: gpd.GeoDataFrame, focus: Place | None) -> gpd.GeoDataFrame:
    """The events with the unlisted places that had no anchor in their paragraph shown
    at the focus country ``focus``; dropped when there is none."""
    missing = frame.geometry.isna()
    if not missing.any():
        return frame
    rows = frame.to_dict("records")
    kept = [row for row in rows if row["geometry"] is not None]
    if focus is not None:
        kept = [
            row if row["geometry"] is not None else _shown_at(row, focus) | {
                "geometry": Point(round(focus.lon, 5), round(focus.lat, 5)),
                "country": focus.country, "countries": [focus.country],
                "place_id": focus.place_id, "precision": "country",
            }
            for row in rows
        ]
    return gpd.GeoDataFrame(kept, columns=list(frame.columns), geometry="geometry",
                            crs=frame.crs)
