"""Build the map layers from the resolved places: the article's spatial story.

places    cities (and other non-country places) as points
countries every mentioned country's Natural Earth shape, the focus country marked
borders   the focus country's boundary with each neighbour the text names (``borders.py``)
routes    movements between places (``routes.py``)
events    sentences reporting something somewhere (``events.py``)
"""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from geobrief.gazetteer import shapes
from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Article, Layers, Place
from geobrief.read.edits import Edits
from geobrief.story.borders import build_borders
from geobrief.story.capitals import capital_mentions, unnamed_places
from geobrief.story.corrections import correct_story, edited_focus, edited_focus_place
from geobrief.story.definite import definite_mentions
from geobrief.story.events import build_events
from geobrief.story.located import TextOrder, locate
from geobrief.story.owners import organisation_names
from geobrief.story.parse import parse_story
from geobrief.story.roles import (
    assign_roles,
    find_focus,
    find_focus_place,
    mention_weights,
    passing_countries,
)
from geobrief.story.routes import build_routes
from geobrief.story.unlisted_shown import anchor_at_focus, local_seat

PLACE_COLUMNS = ["place_id", "name", "kind", "country", "mentions", "role", "geometry"]
COUNTRY_COLUMNS = ["iso_a2", "name", "mentions", "role", "focus", "geometry"]


def build_layers(
    article: Article, places: list[Place], *, edits: Edits | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[Layers, str | None]:
    """All five layers and the article's focus country (ISO alpha-2, or None). Sets each
    place's ``role`` (``roles.py``). ``edits``: an editor's events, routes and focus
    (``corrections.py``), applied before the focus, borders and roles follow from them.
    With a ``gazetteer``, "the capital" is read as a country's capital (``capitals.py``);
    one the text does not name joins the places layer, not ``places``. "The town" is the
    town named just before (``definite.py``)."""
    located = locate(places)
    mapped = places
    if gazetteer is not None:
        capitals = capital_mentions(article.text, located, places, gazetteer)
        located = TextOrder([*located, *capitals])
        mapped = [*places, *unnamed_places(capitals, places)]
    located = TextOrder([*located, *definite_mentions(article, located)])  # "the town"
    countries = [p for p in places if p.kind == "country"]
    parsed = parse_story(article, located)
    regions = _regions(mapped, gazetteer)
    story = {
        "events": build_events(parsed, regions=regions),
        "routes": build_routes(parsed, mapped, regions=regions),
    }
    if edits is not None:
        story = correct_story(story, places, edits)
    focus = edited_focus(places, edits) or find_focus(
        mapped, story["events"], story["routes"], weights=mention_weights(parsed),
        passing=passing_countries(parsed), owners=organisation_names(parsed),
    )
    seat = local_seat(parsed.seat.place if parsed.seat else None, mapped, parsed)  # "TULSA"
    story["events"] = anchor_at_focus(story["events"], _country(focus, countries, gazetteer),
                                      seat)
    story["borders"] = build_borders(article, countries, focus)
    focus_place = edited_focus_place(places, edits) or find_focus_place(
        mapped, focus, story["events"], story["routes"]
    )
    assign_roles(mapped, focus, focus_place, story)
    layers = Layers(
        places=_places_frame([p for p in mapped if p.kind != "country"]),
        countries=_countries_frame(countries, focus),
        **story,
    )
    return layers, focus


def _regions(places: list[Place], gazetteer: Gazetteer | None) -> dict[str, str]:
    """The region id of each town and feature of ``places`` that the gazetteer knows."""
    found: dict[str, str] = {}
    for place in places if gazetteer is not None else []:
        known = gazetteer.place(place.place_id) if place.kind in ("city", "feature") else None
        if known is not None and known.admin1:
            found[place.place_id] = f"region:{known.country}.{known.admin1}"
    return found


def _country(
    iso2: str | None, countries: list[Place], gazetteer: Gazetteer | None
) -> Place | None:
    """The country ``iso2`` as the article names it, else as the gazetteer has it."""
    if not iso2:
        return None
    named = next((p for p in countries if p.country == iso2), None)
    found = gazetteer.country(iso2) if named is None and gazetteer is not None else None
    if found is not None:
        return Place(found.place_id, found.name, "country", iso2, found.lat, found.lon)
    return named


def _places_frame(places: list[Place]) -> gpd.GeoDataFrame:
    rows = [
        {
            "place_id": p.place_id, "name": p.name, "kind": p.kind, "country": p.country,
            "mentions": len(p.mentions), "role": p.role,
            "geometry": Point(round(p.lon, 5), round(p.lat, 5)),
        }
        for p in places
    ]
    return gpd.GeoDataFrame(rows, columns=PLACE_COLUMNS, geometry="geometry", crs="EPSG:4326")


def _countries_frame(countries: list[Place], focus: str | None) -> gpd.GeoDataFrame:
    rows = []
    for p in countries:
        shape = shapes.country_shape(p.country)
        if shape is None:
            continue
        rows.append({
            "iso_a2": p.country, "name": p.name, "mentions": len(p.mentions),
            "role": p.role, "focus": p.country == focus, "geometry": shape,
        })
    return gpd.GeoDataFrame(rows, columns=COUNTRY_COLUMNS, geometry="geometry", crs="EPSG:4326")
