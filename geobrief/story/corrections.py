"""An editor's corrections of the story: events and routes dropped or added, the focus
set. :func:`geobrief.story.layers.build_layers` applies them after finding the events and
routes and before the focus, the borders and the roles, which then follow the edits (a
new focus country gets its borders; an added route's end is a destination).

Drops name what the machine found after the place edits: an event by its type and place
id or its index (from 1) in the events layer, a route by its from and to place ids or
its index. Added events and routes must be at places of the briefing (pin a mention to
a place to bring it in). Every error names the edits file, the line and the entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import geopandas as gpd
from shapely.geometry import Point

from geobrief.models import Place
from geobrief.read.edits import Edits, EventEdit, RouteEdit
from geobrief.read.edits_fields import edit_error
from geobrief.story.event_lexicon import event_types
from geobrief.story.events import EVENT_COLUMNS, PRECISION
from geobrief.story.routes import ROUTE_COLUMNS, geodesic_km, geodesic_line
from geobrief.story.rows import records

Row = dict[str, Any]
SHOWN = 4  # keys listed when a drop matches nothing


def correct_story(
    story: dict[str, gpd.GeoDataFrame], places: list[Place], edits: Edits
) -> dict[str, gpd.GeoDataFrame]:
    """The events and routes layers with the editor's drops and additions."""
    by_id = {p.place_id: p for p in places}
    if edits.drop_events or edits.add_events:
        rows = _drop(records(story["events"]), edits.drop_events, _event_key, "event")
        rows += [_event_row(edit, _at(by_id, edit.place, edit.where)) for edit in edits.add_events]
        story["events"] = _frame(rows, EVENT_COLUMNS)
    if edits.drop_routes or edits.add_routes:
        rows = _drop(records(story["routes"]), edits.drop_routes, _route_key, "route")
        for edit in edits.add_routes:
            rows.append(_route_row(edit, by_id, {(r["from_id"], r["to_id"]) for r in rows}))
        story["routes"] = _frame(rows, ROUTE_COLUMNS)
    return story


def edited_focus(places: list[Place], edits: Edits | None) -> str | None:
    """The focus country the editor set (or the country of the focus place set alone);
    None: the machine's. The country must be one of the article's places' countries."""
    focus = edits.focus if edits else None
    if focus is None:
        return None
    if focus.country is None:
        place = edited_focus_place(places, edits)
        return place.country or None if place else None
    if not any(p.country == focus.country for p in places):
        raise edit_error(focus.where + ".country", f"{focus.country}: no place of the article "
                         "is in that country (pin a mention to it first)")
    return focus.country


def edited_focus_place(places: list[Place], edits: Edits | None) -> Place | None:
    """The focus place the editor set; None: the machine's."""
    focus = edits.focus if edits else None
    if focus is None or focus.place is None:
        return None
    place = _at({p.place_id: p for p in places}, focus.place, focus.where + ".place")
    if place.kind == "country":
        raise edit_error(focus.where + ".place", f"{place.name} is a country: set it as "
                    "focus.country; the focus place is a city, region or feature")
    return place


def _drop(
    rows: list[Row], drops: tuple[Any, ...], key: Callable[[Row], str], what: str
) -> list[Row]:
    """``rows`` less those the drops name; a drop that names none is an error."""
    gone: set[int] = set()
    for drop in drops:
        if drop.index is not None:
            if drop.index > len(rows):
                raise edit_error(drop.where, f"there {_count(len(rows), what)}, no {what} "
                            f"{drop.index}")
            gone.add(drop.index - 1)
            continue
        wanted = key(_edit_row(drop))
        hits = {i for i, row in enumerate(rows) if key(row) == wanted}
        if not hits:
            found = ", ".join(key(row) for row in rows[:SHOWN]) + (", ..." if len(rows) > SHOWN
                                                                  else "")
            raise edit_error(drop.where, f"no {what} {wanted} (there {_count(len(rows), what)}"
                        f"{': ' + found if rows else ''})")
        gone |= hits
    return [row for i, row in enumerate(rows) if i not in gone]


def _edit_row(edit: EventEdit | RouteEdit) -> Row:
    if isinstance(edit, EventEdit):
        return {"type": edit.type, "place_id": edit.place}
    return {"from_id": edit.origin, "to_id": edit.destination}


def _event_key(row: Row) -> str:
    return f"{row['type']} at {row['place_id']}"


def _route_key(row: Row) -> str:
    return f"from {row['from_id']} to {row['to_id']}"


def _count(n: int, what: str) -> str:
    return f"is 1 {what}" if n == 1 else f"are {n} {what}s"


def _event_row(edit: EventEdit, place: Place) -> Row:
    kinds = event_types()
    if edit.type not in kinds:
        raise edit_error(edit.where + ".type", f"unknown event type {edit.type!r} (the map's: "
                    f"{', '.join(kinds[:10])}; and {', '.join(kinds[10:])})")
    kind = str(edit.type)
    summary = edit.summary or f"{kind.replace('-', ' ').capitalize()}: {place.name}"
    return {
        "type": kind, "summary": summary, "sentence": edit.sentence or summary,
        "trigger": kind, "status": edit.status, "country": place.country or None,
        "countries": [place.country] if place.country else [], "place": place.name,
        "place_id": place.place_id, "precision": PRECISION.get(place.kind, "place"),
        "date": edit.date,
        "date_precision": {4: "year", 7: "month"}.get(len(edit.date), "day") if edit.date else None,
        "geometry": Point(round(place.lon, 5), round(place.lat, 5)),
    }


def _route_row(edit: RouteEdit, by_id: dict[str, Place], taken: set[tuple[str, str]]) -> Row:
    start = _at(by_id, edit.origin, edit.where + ".from")
    end = _at(by_id, edit.destination, edit.where + ".to")
    if start is end:
        raise edit_error(edit.where, f"from and to are the same place ({start.name})")
    if (start.place_id, end.place_id) in taken:
        raise edit_error(edit.where, f"there is a route from {start.name} to {end.name} already "
                    "(drop it to replace it)")
    return {
        "from": start.name, "to": end.name, "from_id": start.place_id, "to_id": end.place_id,
        "who": edit.who, "sentence": edit.sentence or f"{start.name} to {end.name}",
        "status": edit.status, "length_km": round(geodesic_km(start, end), 1), "to_anchor": None,
        "geometry": geodesic_line(start, end),
    }


def _at(by_id: dict[str, Place], place_id: str | None, where: str) -> Place:
    place = by_id.get(str(place_id))
    if place is None:
        raise edit_error(where, f"{place_id} is not one of the article's places (pin a mention "
                    "to it to bring it in)")
    return place


def _frame(rows: list[Row], columns: list[str]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs="EPSG:4326")
