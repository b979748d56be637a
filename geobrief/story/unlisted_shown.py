"""How a happening at a place the gazetteer lacks is shown (``story.unlisted``): at its
anchor, with a summary that says so, or, with no anchor in its paragraph, at the local
story's town (its dateline's, or the town it names most) or the focus country once that
is known."""

from __future__ import annotations

from typing import TYPE_CHECKING

import geopandas as gpd
from shapely.geometry import Point

from geobrief.models import Place
from geobrief.story.unlisted import Unlisted

if TYPE_CHECKING:
    from geobrief.story.located import Located
    from geobrief.story.parse import StoryParse


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
    """The town a local story is about: its dateline's town when named more often than
    any other town ("TULSA, Okla. -- Tulsa police said ..."; a wire story from a capital
    about towns across the country, "JAKARTA -- ... in Surabaya", has no such seat);
    with no dateline, the town named most often, at least twice and more than any other
    ("Lansing police ... in Lansing")."""
    if seat is not None and seat.kind == "country":
        return None
    towns = sorted((p for p in places if p.kind == "city"), key=lambda p: -len(p.mentions))
    if seat is None:
        top = towns[0] if towns else None
        if top is None or len(top.mentions) < 2 or (
                len(towns) > 1 and len(towns[1].mentions) == len(top.mentions)):
            return None
        return top
    others = (len(p.mentions) for p in towns if p.place_id != seat.place_id)
    own = next((len(p.mentions) for p in towns if p.place_id == seat.place_id), 0)
    return seat if own > max(others, default=0) else None


def home_town(story: StoryParse, places: list[Place]) -> Located | None:
    """A mention of the local story's town (``local_seat``), to show what it holds at."""
    town = local_seat(story.seat.place if story.seat else None, places)
    return None if town is None else next(
        (p for s in story.sentences for p in [*([s.lead] if s.lead else []), *s.places]
         if p.place.place_id == town.place_id), None)


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
