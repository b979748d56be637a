"""The pages a site has besides its briefings: ``index.html`` (every article, and a map
of every place sized by the number of articles naming it) and one page per place."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
from shapely.geometry import Point

from geobrief.gazetteer.shapes import country_name
from geobrief.models import Briefing, Layers
from geobrief.render.csp import with_policy
from geobrief.render.writer import write_output
from geobrief.site.manifest import INDEX, PLACES_DIR
from geobrief.site.names import slug

if TYPE_CHECKING:
    from geobrief.render.web.kit import MapParts


def article_record(briefing: Briefing, page: str) -> dict[str, Any]:
    """What the index shows of one article (kept in the manifest between runs)."""
    article = briefing.article
    url = article.url or ""
    return {
        "page": page,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.agency or "",
        "url": url if url.startswith(("https://", "http://")) else "",  # never javascript:
        "focus": briefing.focus,
        "focus_name": country_name(briefing.focus) if briefing.focus else "",
        "places": [
            {"place_id": p.place_id, "name": p.name, "kind": p.kind, "country": p.country,
             "lat": p.lat, "lon": p.lon}
            for p in briefing.places
        ],
    }


def write_index(outdir: Path, entries: list[dict[str, Any]]) -> list[str]:
    """Write ``index.html`` and ``places/*.html`` for the articles' index records; give
    the place pages' names (the caller deletes stale ones: only it knows which it wrote)."""
    from geobrief.render.page import environment, map_markup, role_colours

    records = sorted(
        (entry["record"] for entry in entries),
        key=lambda r: (r["date"] or "", r["title"]),
        reverse=True,
    )
    places = _places(records)
    env = environment()
    common = {"role_colours": role_colours()}
    parts = _map(places)
    html = env.get_template("site_index.html").render(
        articles=records, places=places, map=map_markup(parts), **common
    )
    write_output(outdir / INDEX, with_policy(html, [*parts.head_scripts, parts.script]),
                 regular_only=True)
    folder = outdir / PLACES_DIR
    folder.mkdir(exist_ok=True)
    for place in places:
        page = env.get_template("site_place.html").render(place=place, **common)
        write_output(folder / place["page"], with_policy(page, []), regular_only=True)
    return [place["page"] for place in places]


def _places(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every place of the articles with the articles naming it, most named first."""
    found: dict[str, dict[str, Any]] = {}
    articles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        for place in record["places"]:
            found.setdefault(place["place_id"], place)
            articles[place["place_id"]].append(record)
    rows = [
        {**place, "page": f"{slug(place['place_id'])}.html", "articles": articles[pid]}
        for pid, place in found.items()
    ]
    return sorted(rows, key=lambda row: (-len(row["articles"]), row["name"]))


def _map(places: list[dict[str, Any]]) -> MapParts:
    """Every place as a dot sized by its number of articles, on the offline map."""
    from geobrief.render.web.map import make_map, map_parts
    from geobrief.story.layers import COUNTRY_COLUMNS, PLACE_COLUMNS

    rows = [
        {"place_id": p["place_id"], "name": p["name"], "kind": p["kind"],
         "country": p["country"], "mentions": len(p["articles"]), "role": "mentioned",
         "unit": "article", "geometry": Point(round(p["lon"], 5), round(p["lat"], 5))}
        for p in places
    ]
    empty = gpd.GeoDataFrame(geometry=[], crs="EPSG:4326")
    layers = Layers(
        places=gpd.GeoDataFrame(
            rows, columns=[*PLACE_COLUMNS, "unit"], geometry="geometry", crs="EPSG:4326"
        ),
        countries=gpd.GeoDataFrame(columns=COUNTRY_COLUMNS, geometry="geometry", crs="EPSG:4326"),
        borders=empty, routes=empty, events=empty,
    )
    return map_parts(make_map(layers, id_prefix="site_"))
