"""Exports of a briefing: the JSON and GeoJSON contracts, and each format's contents
(written by :mod:`geobrief.render.writer`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geobrief.errors import OutputError
from geobrief.models import Briefing, Layers, Mention, Place
from geobrief.render.edited import edited_members
from geobrief.render.longitudes import rfc7946
from geobrief.render.writer import GENERATOR
from geobrief.story.located import locate

if TYPE_CHECKING:
    from geobrief.render.static.style import Look

FORMATS = ("geojson", "json", "fragment", "png", "svg", "pdf")
BINARY = ("png", "pdf")  # formats whose contents are bytes
FRAGMENT_HEIGHT, STATIC_HEIGHT = 480, 800  # pixels, when no height is given


def mention_record(mention: Mention, place: Place) -> dict[str, Any]:
    """One mention as the ``places`` contract gives it."""
    return {
        "text": mention.text, "start": mention.start, "end": mention.end,
        "place_id": place.place_id, "name": place.name, "kind": place.kind,
        "country": place.country or None, "lat": place.lat, "lon": place.lon,
    }


def places_record(source: str, places: list[Place]) -> dict[str, Any]:
    """``{"source", "mentions", "places"}`` for ``geobrief places``."""
    return {
        "source": source,
        "mentions": [mention_record(pair.mention, pair.place) for pair in locate(places)],
        "places": [p.to_dict() for p in places],
    }


def layers_geojson(layers: Layers) -> dict[str, Any]:
    """All layers as one FeatureCollection; each feature's ``properties.layer`` names it.
    A line or area that crosses the antimeridian is cut in two there (RFC 7946 §3.1.9):
    a route from Auckland to Nuku'alofa is a MultiLineString meeting at 180 and -180."""
    features: list[dict[str, Any]] = []
    for name, frame in layers.items():
        if frame.empty:
            continue
        if len(frame.geometry.dropna()):
            frame = frame.set_geometry(frame.geometry.map(rfc7946))
        collection = json.loads(frame.to_json(drop_id=True, na="null"))
        for feature in collection["features"]:
            feature["properties"] = {"layer": name, **feature["properties"]}
            features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def briefing_record(briefing: Briefing) -> dict[str, Any]:
    """The whole briefing model as JSON-ready data."""
    article = briefing.article
    found = places_record(article.source, briefing.places)
    standfirst = {"standfirst": article.standfirst} if article.standfirst else {}
    return {
        **edited_members(briefing),
        "article": {
            "source": article.source, "title": article.title, **standfirst,
            "dateline": article.dateline, "agency": article.agency,
            "date": article.date.isoformat() if article.date else None, "text": article.text,
        },
        "focus": briefing.focus,
        "mentions": found["mentions"],
        "places": found["places"],
        "layers": layers_geojson(briefing.layers),
    }


@dataclass(frozen=True)
class Size:
    """An export's size: ``width`` and ``height`` in pixels (the map's height alone for a
    fragment; CSS pixels, 96 to the inch, for SVG and PDF), ``dpi`` for PNG, SVG and PDF.
    No height: each format's default."""

    width: int = 1200
    height: int | None = None
    dpi: int = 150


def export_data(
    briefing: Briefing, fmt: str, size: Size | None = None, *, look: Look | None = None
) -> str | bytes:
    """The contents of an export in ``fmt`` (one of FORMATS): text, or bytes for PNG and
    PDF. ``look``: the static map's headline, description and theme (None: the article's
    headline and description, light)."""
    size = size or Size()
    if fmt == "geojson":  # the mark (see render.writer) as a foreign member, after "type"
        collection = layers_geojson(briefing.layers)
        marked = {"type": collection.pop("type"), "generator": GENERATOR,
                  **edited_members(briefing), **collection}
        return json.dumps(marked, ensure_ascii=False, indent=1)
    if fmt == "json":
        record = {"generator": GENERATOR, **briefing_record(briefing)}
        return json.dumps(record, ensure_ascii=False, indent=1)
    if fmt == "fragment":
        from geobrief.render.fragment import render_fragment

        return render_fragment(briefing, height=size.height or FRAGMENT_HEIGHT)
    if fmt in ("png", "svg", "pdf"):
        from geobrief.render.static.map import render_static
        from geobrief.render.static.style import Look

        height = size.height or STATIC_HEIGHT
        data = render_static(briefing, fmt, width=size.width, height=height, dpi=size.dpi,
                             look=look or Look())
        return data if fmt in BINARY else data.decode("utf-8")
    raise OutputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
