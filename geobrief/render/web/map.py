"""Draw a briefing's layers as a folium map that works offline and renders the same bytes.

Offline: no tiles by default, folium's CDN links removed from the map instance, Leaflet
(from the ``xstatic-leaflet`` package) inlined with its images as data URIs, and the
Natural Earth background drawn as a vector layer. Safe: every string from the article
goes through :func:`geobrief.escape.safe_text` (folium escapes nothing). Deterministic:
element ids come from a counter while the map is built (:func:`geobrief.render.web.kit.stable_ids`).

The pieces: :mod:`geobrief.render.web.kit` (folium/branca plumbing and rendering),
:mod:`geobrief.render.view` (the region the map shows) and :mod:`geobrief.render.web.draw` (one
drawer per layer). This module puts them together in :func:`make_map`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import folium

from geobrief.errors import InputError
from geobrief.render.csp import tile_sources
from geobrief.render.escape import safe_text
from geobrief.render.view import View
from geobrief.render.web.draw import DRAWERS, draw_background
from geobrief.render.web.kit import (
    MapParts,
    Registry,
    inline_leaflet,
    map_html,
    map_parts,
    stable_ids,
)

if TYPE_CHECKING:
    import geopandas as gpd

    from geobrief.models import Layers

__all__ = ["LAYER_TITLES", "MapParts", "View", "make_map", "map_html", "map_parts"]

log = logging.getLogger(__name__)

LAYER_TITLES: dict[str, str] = {
    "places": "Places",
    "countries": "Countries",
    "borders": "Borders",
    "routes": "Routes",
    "events": "Events",
}


def make_map(
    layers: Layers,
    *,
    tiles: str | None = None,
    background: gpd.GeoDataFrame | None = None,
    id_prefix: str = "",
) -> folium.Map:
    """Draw ``layers`` as a folium map: one FeatureGroup per layer and a layer control.

    ``tiles=None`` keeps the map offline; ``"osm"`` or any folium tile name or URL adds
    an online tile layer (and then the bundled background is left out). ``background``
    defaults to the bundled Natural Earth countries (``geobrief.gazetteer.shapes.load_background``),
    clipped around the story; pass an empty frame for none. Every layer gets its group,
    so the control always lists all five, empty ones included. The view fits the story:
    cities, borders, routes, events and focus countries (all places if there are none).
    ``id_prefix`` starts every element id: maps that share a page need different ones.
    """
    view = View.of(layers)
    with stable_ids(id_prefix):
        m = _blank_map(view)
        if tiles:
            _tile_layer(tiles).add_to(m)
        if background is None and not tiles:
            background = _bundled_background()
        if background is not None and len(background):
            draw_background(m, background, view)
        groups = {name: _group(name, getattr(layers, name), view) for name in LAYER_TITLES}
        for group in groups.values():
            group.add_to(m)
        control = folium.LayerControl(collapsed=True)  # open on a wide map: _map.js
        control.add_to(m)
        Registry(groups, control, centre=view.centre, bounds=view.bounds).add_to(m)
    log.info("map: %s", ", ".join(f"{len(frame)} {name}" for name, frame in layers.items()))
    return m


def _blank_map(view: View) -> folium.Map:
    """A map without tiles, kept to the view's region, with Leaflet inlined."""
    (w, s, e, n) = view.region
    m = folium.Map(
        tiles=None,
        control_scale=True,
        zoom_snap=0.25,
        max_bounds=True,
        min_lat=s,
        max_lat=n,
        min_lon=w,
        max_lon=e,
    )
    inline_leaflet(m)
    return m


def _group(name: str, frame: gpd.GeoDataFrame, view: View) -> folium.FeatureGroup:
    """The layer's group, titled for the layer control, with the layer drawn in it."""
    group = folium.FeatureGroup(name=safe_text(LAYER_TITLES[name]), show=True)
    if len(frame):
        DRAWERS[name](group, frame, view)
    return group


def _tile_layer(tiles: str) -> folium.TileLayer:
    name = "OpenStreetMap" if tiles.lower() in ("osm", "openstreetmap") else tiles
    attr = "Map tiles: " + safe_text(name) if "://" in name else None
    try:
        layer = folium.TileLayer(tiles=name, attr=attr, control=False)
    except ValueError:
        raise InputError(
            f"unknown tile layer {tiles!r}: use a name such as OpenStreetMap or a URL"
        ) from None
    tile_sources(layer.tiles, layer.options)  # a URL the page's policy can allow, or an error
    return layer


def _bundled_background() -> gpd.GeoDataFrame | None:
    try:
        from geobrief.gazetteer.shapes import load_background
    except ImportError:
        log.warning("map: geobrief.gazetteer.shapes is not available; drawing no background")
        return None
    return load_background()
