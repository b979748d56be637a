"""What the map shows: the region around the story, and the rows of a layer to draw.

:class:`View` fits the story (cities, borders, routes, events, the focus country) into
the smallest box around it, across the date line where that is smaller, and draws every
layer in that box's frame of longitudes (:mod:`geobrief.render.longitudes`): a story of
Fiji, Tonga and Samoa spans 174° to 191°, not the whole world. It lightens polygons for
the map: clipped to the region around the story, simplified as a coverage. The row
helpers read a layer's GeoDataFrame the way every drawer needs it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from geobrief.gazetteer.shapes import GEOD
from geobrief.render.longitudes import LINES, clip_around, continuous, shift_into, span
from geobrief.story.rows import records

if TYPE_CHECKING:
    import geopandas as gpd

    from geobrief.models import Layers

STORY_RADIUS_KM = 2500  # what lies farther from the focus is not fitted into view
COUNTRY_REACH_KM = 1000  # how much of the focus country is fitted around a focus place
MARGIN = 0.6  # region drawn around the story, as a share of its span (at least MIN_MARGIN)
MIN_MARGIN, MIN_SPAN = 8.0, 3.0  # degrees
# The widest a page's map is for its height (1124 by 420 pixels at least): a story taller
# than wide shows this many times its height in longitudes, and the polygons must reach them.
ASPECT = 2.7
WORLD = (-170, -50, 170, 70)  # (w, s, e, n) when there is nothing to fit
POLYGON = shapely.GeometryType.POLYGON  # a part's type id
CHORD_SLACK_M = 1.0  # far more than a chord's rounding error
# while a map is drawn: each layer's rows, read once (id of the frame -> frame, rows)
_READ: ContextVar[dict[int, tuple[Any, list[dict[str, Any]]]] | None] = ContextVar(
    "geobrief_layer_rows", default=None)


@dataclass(frozen=True)
class View:
    """What the map shows: ``bounds`` to fit, ``region`` (w, s, e, n) that polygons are
    clipped to, and the simplification ``tolerance`` in degrees. Longitudes are those of
    the frame centred on the story, [centre - 180, centre + 180): east passes 180 when the
    story crosses the date line; :meth:`shift` moves a geometry into that frame."""

    bounds: list[list[float]]
    region: tuple[float, float, float, float]
    tolerance: float

    @classmethod
    def of(cls, layers: Layers) -> View:
        """Fit the story: cities, borders, routes, events and the focus country (or, when
        there are none of these, every place and country)."""
        w, s, e, n = _story_bounds(layers)
        pad_x, pad_y = max(MIN_SPAN - (e - w), 0) / 2, max(MIN_SPAN - (n - s), 0) / 2
        w, s, e, n = w - pad_x, s - pad_y, e + pad_x, n + pad_y
        margin = max(MIN_MARGIN, MARGIN * max(e - w, n - s))
        centre = (w + e) / 2
        seen = (n - s) * ASPECT / max(math.cos(math.radians((n + s) / 2)), 0.2)  # Mercator
        wide = min(180.0, max(e - w, seen) / 2 + margin)  # a frame is one turn at most
        region = (centre - wide, max(s - margin, -85), centre + wide, min(n + margin, 85))
        tolerance = min(max((e - w) / 1500, 0.002), 0.1)
        bounds = [[round(s, 3), round(w, 3)], [round(n, 3), round(e, 3)]]
        return cls(bounds, tuple(round(v, 3) for v in region), round(tolerance, 4))

    @property
    def centre(self) -> float:
        """The longitude in the middle of the frame (and of the region)."""
        w, _, e, _ = self.region
        return (w + e) / 2

    def shift(self, geom: Any) -> Any:
        """``geom`` in the view's frame of longitudes (lines made continuous)."""
        return shift_into(geom, self.centre)

    def lighten(self, geoms: Any) -> list[Any]:
        """Polygons clipped to the region, in the view's frame, and simplified as a
        coverage (shared edges stay shared); None where nothing is left."""
        clipped = [None if g is None else _polygonal(g) for g in clip_around(geoms, self.region)]
        kept = [g for g in clipped if g is not None]
        simple = iter(shapely.coverage_simplify(kept, self.tolerance) if kept else [])
        return [None if g is None else next(simple) for g in clipped]


@contextmanager
def rows_read_once() -> Iterator[None]:
    """Within it, :func:`layer_rows` reads each layer's rows once: the static map reads
    the same layers some twenty-five times (half a millisecond each), a page as many
    again, and neither changes them while it draws. Nested, it keeps the outer memo."""
    token = _READ.set(_READ.get() if _READ.get() is not None else {})
    try:
        yield
    finally:
        _READ.reset(token)


def layer_rows(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """:func:`geobrief.story.rows.records` of ``frame`` (a new list; the rows themselves
    are shared within :func:`rows_read_once`, and are not to be changed)."""
    memo = _READ.get()
    if memo is None:
        return records(frame)
    hit = memo.get(id(frame))
    if hit is None or hit[0] is not frame:  # the frame is kept: its id is not reused
        hit = memo[id(frame)] = (frame, records(frame))
    return list(hit[1])


def _story_bounds(layers: Layers) -> tuple[float, float, float, float]:
    """(w, s, e, n) of what the story is about; see :meth:`View.of`. East may pass 180."""
    places = layers.places
    if "country" in places.columns:  # a continent's point says little of where a story is
        places = places[places["country"].astype(bool)]
    geoms = [*places.geometry, *map(continuous, layers.routes.geometry)]
    geoms += [r["geometry"] for r in layer_rows(layers.borders) if is_focus(r, True)]
    geoms += [*layers.events.geometry]
    countries = layer_rows(layers.countries)
    focus = [largest_part(r["geometry"]) for r in countries if is_focus(r, False)]
    geoms = [g for g in [*geoms, *focus] if g is not None and not g.is_empty]
    geoms = geoms or [largest_part(g) for g in layers.countries.geometry if g is not None]
    if not geoms:
        return WORLD
    xy = shapely.get_coordinates(geoms)
    place = _focus_place(layers)
    anchor = place if place is not None else (focus[0].centroid if focus else None)
    if anchor is not None:  # the focus place, else the middle of the focus country
        near = _within(xy, anchor, STORY_RADIUS_KM if place is None else _reach(geoms, focus))
        xy = xy[near] if near.any() else xy
    w, e = span(xy[:, 0])
    return w, float(xy[:, 1].min()), e, float(xy[:, 1].max())


def _focus_place(layers: Layers) -> Any:
    """The focus place's point, None when the story has none."""
    for rec in layer_rows(layers.places):
        if rec.get("role") == "focus":
            return rec["geometry"]
    return None


def _within(xy: np.ndarray, anchor: Any, km: np.ndarray | float) -> np.ndarray:
    """Which of the points ``xy`` (places, and the vertices of lines and areas) lie within
    ``km`` of ``anchor`` (geodesic; one radius, or one per point): a story about Belarus
    that mentions Washington once is fitted to Belarus, one about Chukotka to Chukotka,
    not Russia."""
    limit = np.broadcast_to(np.multiply(km, 1000.0), len(xy))
    # A geodesic is never shorter than the straight line through the Earth: a point whose
    # chord is longer than its limit is out, and only the rest are measured (a country's
    # thousands of vertices cost 2 µs each on the geodesic, a few ns on the chord).
    chord = np.linalg.norm(_ecef(xy[:, 0], xy[:, 1]) - _ecef(anchor.x, anchor.y), axis=-1)
    near = chord <= limit + CHORD_SLACK_M
    ones = np.ones(int(near.sum()))
    _, _, metres = GEOD.inv(anchor.x * ones, anchor.y * ones, xy[near, 0], xy[near, 1])
    near[near] = np.asarray(metres) <= limit[near]
    return near


def _ecef(lon: Any, lat: Any) -> np.ndarray:
    """Earth-centred Cartesian metres of points on GEOD's ellipsoid (last axis x, y, z)."""
    lam, phi = np.radians(lon), np.radians(lat)
    n = GEOD.a / np.sqrt(1.0 - GEOD.es * np.sin(phi) ** 2)
    return np.stack([n * np.cos(phi) * np.cos(lam), n * np.cos(phi) * np.sin(lam),
                     n * (1.0 - GEOD.es) * np.sin(phi)], axis=-1)


def _reach(geoms: list[Any], focus: list[Any]) -> np.ndarray:
    """How far from a focus place each vertex of ``geoms`` may lie: STORY_RADIUS_KM, but
    the focus country's own vertices only COUNTRY_REACH_KM: a crossing from Nome to
    Chukotka shows Chukotka, not Russia as far as Yakutsk."""
    counts = shapely.get_num_coordinates(geoms)
    is_focus = np.repeat([any(g is f for f in focus) for g in geoms], counts)
    return np.where(is_focus, float(COUNTRY_REACH_KM), float(STORY_RADIUS_KM))


def _polygonal(geom: Any) -> Any:
    parts = shapely.get_parts(geom)
    parts = parts[(shapely.get_type_id(parts) == POLYGON) & (shapely.area(parts) > 0)]
    return shapely.multipolygons(parts) if len(parts) else None


def is_focus(rec: dict[str, Any], default: bool) -> bool:
    """The row's ``focus`` flag (numpy or Python bool); ``default`` when it has none."""
    value = rec.get("focus")
    return default if value is None else bool(value)


def route_lines(routes: gpd.GeoDataFrame) -> list[Any]:
    """The line of each movement that has one: a movement whose start is not told is a
    point at its end, with no line to keep names off."""
    return [largest_part(g) for g in routes.geometry if g.geom_type in LINES]


def largest_part(geom: Any) -> Any:
    """The part of a multi-geometry with the most area (or, for lines, length); the first
    such part on a tie."""
    parts = shapely.get_parts(geom)
    return parts[int(np.argmax(shapely.area(parts) + shapely.length(parts)))]
