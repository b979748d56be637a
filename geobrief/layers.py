"""Build the map layers from the resolved places: the article's spatial story.

places    cities (and other non-country places) as points
countries every mentioned country's Natural Earth shape, the focus country marked
borders   shared boundary lines between mentioned countries (``borders.py``)
routes    movements between places (``routes.py``)
events    sentences reporting something somewhere (``events.py``)
"""

from __future__ import annotations

from collections import Counter

import geopandas as gpd
from shapely.geometry import Point

from geobrief import shapes
from geobrief.borders import build_borders
from geobrief.events import build_events
from geobrief.located import locate
from geobrief.models import Article, Layers, Place
from geobrief.routes import build_routes

PLACE_COLUMNS = ["place_id", "name", "kind", "country", "mentions", "role", "geometry"]
COUNTRY_COLUMNS = ["iso_a2", "name", "mentions", "role", "focus", "geometry"]
DATELINE_WEIGHT = 2


def build_layers(article: Article, places: list[Place]) -> tuple[Layers, str | None]:
    """All five layers and the article's focus country (ISO alpha-2, or None)."""
    focus = find_focus(places)
    assign_roles(places, focus)
    located = locate(places)
    countries = [p for p in places if p.kind == "country"]
    layers = Layers(
        places=_places_frame([p for p in places if p.kind != "country"]),
        countries=_countries_frame(countries, focus),
        borders=build_borders(article, countries, focus),
        routes=build_routes(article, places, located),
        events=build_events(article, located),
    )
    return layers, focus


def find_focus(places: list[Place]) -> str | None:
    """The country the article is most about: mentions of it and of its places.

    A dateline counts double; ties go to the country mentioned first.
    """
    weight: Counter[str] = Counter()
    for place in places:
        if not place.country:
            continue  # a continent is in no country
        for mention in place.mentions:
            weight[place.country] += DATELINE_WEIGHT if mention.form == "dateline" else 1
    if not weight:
        return None
    first = {p.country: min(m.start for m in p.mentions) for p in reversed(places) if p.country}
    return max(weight, key=lambda c: (weight[c], -first.get(c, 0)))


def assign_roles(places: list[Place], focus: str | None) -> None:
    """focus (the focus country), neighbour (borders it), actor (a city), or mentioned."""
    for place in places:
        if place.kind == "country" and place.country == focus:
            place.role = "focus"
        elif place.kind == "country" and focus and place.country in shapes.land_neighbours(focus):
            place.role = "neighbour"
        elif place.kind != "country":
            place.role = "focus" if place.country == focus else "actor"
        else:
            place.role = "mentioned"


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
