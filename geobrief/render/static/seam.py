"""The static map centred on its story, anywhere on Earth: across the date line too.

Natural Earth and GeoJSON cut the world at 180°, so a story in the Pacific (Fiji, Tonga,
Samoa, New Zealand) has places near both edges of a world map. The static map turns the
world about the pole instead: longitudes are counted from a central meridian ``lon0``,
so that the story lies in one piece around 0 and the cut (``lon0`` ± 180°) runs through
the far side of the world, where nothing of the story is.

:func:`central_meridian` picks ``lon0``: 0 for most stories, and the middle of the story's
view when that view crosses the date line. :func:`turn_layers` and :func:`turn`
count every geometry from it: points are moved, lines made continuous first (a route
drawn as one line across 180° jumps from 179.9 to -179.9), polygons cut at the new seam
and the pieces cut at 180° joined again (no seam line through Chukotka or Fiji). Web
Mercator of turned longitudes is Web Mercator centred on ``lon0``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from geobrief.models import Layers
from geobrief.render.longitudes import continuous
from geobrief.render.view import STORY_RADIUS_KM, View, layer_rows

if TYPE_CHECKING:
    import geopandas as gpd

KM_PER_DEGREE = 111.2  # of latitude

def central_meridian(layers: Layers) -> float:
    """0 when the region around the story lies within the data's [-180, 180]; else the
    middle of the story's view, which :meth:`View.of` fits across the date line where
    that is smaller, in degrees east (-180, 180]."""
    countries = layers.countries
    if "focus" in countries.columns and countries["focus"].astype(bool).any():
        countries = countries[countries["focus"].astype(bool)]  # the only one View.of reads
    view = story_view(replace(layers, countries=countries))
    w, _, e, _ = view.region
    if w >= -180.0 and e <= 180.0:
        return 0.0
    return wrap(view.centre)


def story_view(layers: Layers) -> View:
    """:meth:`View.of` the layers, with the focus country counted only within
    STORY_RADIUS_KM of the focus place: a story in Chukotka is not fitted to all of
    Russia, nor one in Alaska to the United States."""
    anchor = [r["geometry"] for r in layer_rows(layers.places) if r.get("role") == "focus"]
    countries = layers.countries
    if not anchor or "focus" not in countries.columns or countries.empty:
        return View.of(layers)
    x, y = anchor[0].x, anchor[0].y
    dlat = STORY_RADIUS_KM / KM_PER_DEGREE
    dlon = min(dlat / max(math.cos(math.radians(y)), 0.1), 180.0)
    near = countries.copy()
    focus = near["focus"].astype(bool).to_numpy()
    box = (x - dlon, max(y - dlat, -90.0), x + dlon, min(y + dlat, 90.0))
    shapes = near.geometry.values[focus]
    clipped = shapely.clip_by_rect(shapes, *box)
    far = shapely.is_empty(clipped)  # the focus place far from its country: all of it
    clipped[far] = np.asarray(shapes, dtype=object)[far]
    near.loc[focus, "geometry"] = clipped
    return View.of(replace(layers, countries=near))


def wrap(lon: float) -> float:
    """A longitude in (-180, 180]."""
    lon = (lon + 180.0) % 360.0 - 180.0
    return 180.0 if lon == -180.0 else lon


def turn_layers(layers: Layers, lon0: float) -> Layers:
    """Every layer's geometries counted from ``lon0``; at 0 only lines that cross the
    date line change (into their two pieces at the map's edges)."""
    return replace(layers, **{name: _turned(frame, lon0) for name, frame in layers.items()})


def _turned(frame: gpd.GeoDataFrame, lon0: float) -> gpd.GeoDataFrame:
    values = np.asarray(frame.geometry.values, dtype=object)
    turned = turn(values, lon0)
    if turned is values:
        return frame
    frame = frame.copy()
    frame.geometry = turned
    return frame


def turn(geoms: Any, lon0: float) -> np.ndarray:
    """Geometries (an array or list) counted from ``lon0``: longitudes in [-180, 180].
    The same array back when nothing changes."""
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return geoms
    todo = np.ones(len(geoms), dtype=bool)
    if lon0 == 0:  # only a line that jumps across the date line changes
        todo = np.array([_jumps(g) for g in geoms], dtype=bool)
        if not todo.any():
            return geoms
    turned = geoms.copy()
    turned[todo] = _turn(geoms[todo], lon0)
    return turned


def _jumps(geom: Any) -> bool:
    return geom is not None and geom.geom_type == "LineString" and continuous(geom) is not geom


def _turn(geoms: np.ndarray, lon0: float) -> np.ndarray:
    lines = shapely.get_type_id(geoms) == shapely.GeometryType.LINESTRING
    geoms = geoms.copy()
    geoms[lines] = [continuous(g) for g in geoms[lines]]
    pieces = []
    for k in (-1, 0, 1):  # the world west of the cut, the world, east of it
        start = lon0 - 180.0 + 360.0 * k
        piece = shapely.clip_by_rect(geoms, start, -90.0, start + 360.0, 90.0)
        pieces.append(shapely.transform(piece, lambda xy, d=start + 180.0: xy - (d, 0.0)))
    return np.array([_joined(g, parts) for g, parts in zip(geoms, zip(*pieces, strict=True),
                                                            strict=True)], dtype=object)


def _joined(geom: Any, parts: tuple[Any, ...]) -> Any:
    """The pieces of ``geom`` in one geometry (polygons cut at 180° stay in pieces: see
    :func:`mend`)."""
    if geom is None:
        return None
    kept = [p for p in parts if p is not None and not p.is_empty]
    if len(kept) == 1 or geom.geom_type in ("Point", "MultiPoint"):
        return kept[0] if kept else geom
    if not kept:
        return shapely.from_wkt(f"{geom.geom_type.upper()} EMPTY")
    if geom.geom_type.endswith("Polygon"):
        return shapely.MultiPolygon([p for k in kept for p in shapely.get_parts(k)])
    return _lines(kept)


def mend(geoms: list[Any], lon0: float) -> list[Any]:
    """Polygons whose pieces meet where the data cut them at 180°, joined there (after
    turning, the cut runs through the map); cheap on polygons already clipped and
    simplified for the frame."""
    if lon0 == 0:
        return geoms
    cut = wrap(180.0 - lon0)
    return [g if g is None else _mended(g, cut) for g in geoms]


def _mended(geom: Any, cut: float) -> Any:
    parts = shapely.get_parts(geom)
    west, _, east, _ = shapely.bounds(parts).T
    meets = (np.abs(west - cut) < 1e-9) | (np.abs(east - cut) < 1e-9)
    if meets.sum() < 2:
        return geom
    joined = shapely.get_parts(shapely.union_all(parts[meets]))
    return shapely.MultiPolygon([*joined, *parts[~meets]])


def _lines(parts: list[Any]) -> Any:
    lines = [line for part in parts for line in shapely.get_parts(part)]
    return shapely.line_merge(shapely.MultiLineString(lines))
