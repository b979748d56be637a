"""Longitudes across the date line: the smallest span around a story, geometries moved
into a map's frame, and GeoJSON cut at the antimeridian (RFC 7946 §3.1.9).

A map whose story crosses the date line (Fiji, Tonga and Samoa; Chukotka and Alaska) is
drawn in one frame of longitudes, 360° wide and centred on the story: Nuku'alofa at
-175.2 is drawn at 184.8, beside Suva at 178.4, and Leaflet draws such longitudes as they
are. GeoJSON is exchanged in [-180, 180] instead: a line or polygon that crosses the
antimeridian is cut in two there, so that neither part crosses it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from typing import Any

import numpy as np
import shapely

LINES = ("LineString", "MultiLineString")
POLYGONS = ("Polygon", "MultiPolygon")


def span(xs: Iterable[float]) -> tuple[float, float]:
    """The shortest (west, east) run of longitudes that holds every x in ``xs``: across
    the date line when that is shorter (then east is past 180). West is in [-180, 180)."""
    ring = np.unique(np.mod(np.asarray(list(xs), dtype=float) + 180.0, 360.0) - 180.0)
    if ring.size == 0:
        raise ValueError("no longitudes")
    gaps = np.diff(np.append(ring, ring[0] + 360.0))  # the last gap wraps round
    widest = int(np.argmax(gaps))
    if widest == ring.size - 1:  # the widest gap is the date line's: the plain span
        return float(ring[0]), float(ring[-1])
    return float(ring[widest + 1]), float(ring[widest] + 360.0)


def continuous(geom: Any) -> Any:
    """``geom`` with each line's longitudes unwrapped, so that no step between two points
    is longer than 180° (a line from 179.9 to -179.9 goes on to 180.1). Other geometries,
    and lines that need no change, are returned as they are (the same object)."""
    if geom is None or geom.geom_type not in LINES:
        return geom
    before = shapely.get_parts(geom)
    parts = [_unwrap(part) for part in before]
    if all(a is b for a, b in zip(before, parts, strict=True)):
        return geom
    return parts[0] if geom.geom_type == "LineString" else shapely.MultiLineString(parts)


def _unwrap(line: Any) -> Any:
    xy = shapely.get_coordinates(line)
    lon = np.unwrap(xy[:, 0], period=360.0)
    if np.array_equal(lon, xy[:, 0]):
        return line
    return shapely.LineString(np.column_stack([lon, xy[:, 1]]))


def shift_into(geom: Any, centre: float) -> Any:
    """``geom`` moved by whole turns into the frame [centre - 180, centre + 180): each
    point, each line (made continuous) and each polygon as a whole, by its middle."""
    if geom is None or geom.is_empty:
        return geom
    geom = continuous(geom)
    if geom.geom_type == "Point":
        return shapely.Point(_into(geom.x, centre), geom.y)
    if geom.geom_type.startswith("Multi") or geom.geom_type == "GeometryCollection":
        before = shapely.get_parts(geom)
        parts = [shift_into(part, centre) for part in before]
        if all(a is b for a, b in zip(before, parts, strict=True)):
            return geom
        if geom.geom_type == "MultiPolygon":  # pieces cut at the date line join again
            return shapely.union_all(parts)
        return type(geom)(parts)
    west, _, east, _ = geom.bounds
    turn = _into((west + east) / 2, centre) - (west + east) / 2
    return moved(geom, turn)


def moved(geom: Any, dx: float) -> Any:
    """``geom`` moved ``dx`` degrees east (``geom`` itself when ``dx`` is 0)."""
    return shapely.transform(geom, lambda xy: xy + np.array([dx, 0.0])) if dx else geom


def _into(x: float, centre: float) -> float:
    return (x - centre + 180.0) % 360.0 - 180.0 + centre


def clip_around(geoms: Any, box: tuple[float, float, float, float]) -> list[Any]:
    """Each geometry clipped to ``box`` (w, s, e, n; east may pass 180, at most 360 wide)
    in the box's longitudes: the parts a whole turn east or west are moved in, and pieces
    that meet at the date line are joined (Chukotka to the rest of Russia). None where
    nothing is left."""
    w, s, e, n = box
    arr = np.asarray(geoms, dtype=object)
    pieces: list[list[Any]] = [[] for _ in range(len(arr))]
    bounds = shapely.bounds(arr).reshape(-1, 4)  # NaN for None and empty geometries
    for turn in (-360.0, 0.0, 360.0):
        # only what reaches the box is clipped (the rest would come out empty)
        near = np.flatnonzero((bounds[:, 0] <= e - turn) & (bounds[:, 2] >= w - turn)
                              & (bounds[:, 1] <= n) & (bounds[:, 3] >= s))
        clipped = shapely.clip_by_rect(arr[near], w - turn, s, e - turn, n)
        for i, geom in zip(near, clipped, strict=True):
            if geom is not None and not geom.is_empty:
                pieces[i].append(moved(geom, turn))
    return [_joined(parts) for parts in pieces]


def _joined(parts: list[Any]) -> Any:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def rfc7946(geom: Any) -> Any:
    """``geom`` in [-180, 180] as RFC 7946 §3.1.9 asks: a line or polygon that crosses the
    antimeridian cut in two there (a MultiLineString or MultiPolygon); points wrapped."""
    if geom is None or geom.is_empty:
        return geom
    geom = continuous(geom)
    west, _, east, _ = geom.bounds
    if west >= -180.0 and east <= 180.0:
        return geom
    if geom.geom_type == "Point":
        return shapely.Point(_into(geom.x, 0.0), geom.y)
    if geom.geom_type in LINES:
        cut = [piece for part in shapely.get_parts(geom) for piece in _cut_line(part)]
        return cut[0] if len(cut) == 1 else shapely.MultiLineString(cut)
    if geom.geom_type in POLYGONS:
        return _cut_polygon(geom, west, east)
    parts = [rfc7946(part) for part in shapely.get_parts(geom)]
    return shapely.GeometryCollection(parts)


def _band(x: float) -> int:
    """Which turn a longitude is in: 0 for [-180, 180), 1 for [180, 540), ..."""
    return math.floor((x + 180.0) / 360.0)


def _cut_line(line: Any) -> list[Any]:
    """The pieces of a continuous line between the antimeridians it crosses, in its own
    direction, each moved into [-180, 180]."""
    xy = shapely.get_coordinates(line)
    pieces: list[list[tuple[float, float]]] = [[(xy[0][0], xy[0][1])]]
    for (x0, y0), (x1, y1) in itertools.pairwise(xy):
        here, there = _band(x0), _band(x1)
        while here != there:
            step = 1 if there > here else -1
            edge = 180.0 + 360.0 * (here if step > 0 else here - 1)
            y = y0 + (y1 - y0) * (edge - x0) / (x1 - x0)
            pieces[-1].append((edge, y))
            pieces.append([(edge, y)])
            here += step
        pieces[-1].append((x1, y1))
    out = []
    for piece in pieces:
        if len(set(piece)) < 2:
            continue
        middle = (min(p[0] for p in piece) + max(p[0] for p in piece)) / 2
        turn = -360.0 * _band(middle)
        out.append(shapely.LineString([(round(x + turn, 6), y) for x, y in piece]))
    return out


def _cut_polygon(geom: Any, west: float, east: float) -> Any:
    """The parts of a polygon in each turn it spans, each moved into [-180, 180]."""
    parts = []
    for band in range(_band(west), _band(east) + 1):
        turn = 360.0 * band
        piece = shapely.clip_by_rect(geom, turn - 180.0, -90.0, turn + 180.0, 90.0)
        shifted = moved(piece, -turn)
        parts += [p for p in shapely.get_parts(shifted) if p.geom_type == "Polygon" and p.area]
    return shapely.MultiPolygon(parts) if len(parts) != 1 else parts[0]
