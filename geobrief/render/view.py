"""What the map shows: the region around the story, and the rows of a layer to draw.

:class:`View` fits the story (cities, borders, routes, events, the focus country) and
lightens polygons for it: clipped to the region around the story, simplified as a
coverage. The row helpers read a layer's GeoDataFrame the way every drawer needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shapely
import shapely.ops

from geobrief.gazetteer.shapes import distance_km
from geobrief.story.rows import records

if TYPE_CHECKING:

    from geobrief.models import Layers

STORY_RADIUS_KM = 2500  # what lies farther from the focus country is not fitted into view
MARGIN = 0.6  # region drawn around the story, as a share of its span (at least MIN_MARGIN)
MIN_MARGIN, MIN_SPAN = 8.0, 3.0  # degrees
WORLD = (-170, -50, 170, 70)  # (w, s, e, n) when there is nothing to fit


@dataclass(frozen=True)
class View:
    """What the map shows: ``bounds`` to fit, ``region`` (w, s, e, n) that polygons are
    clipped to, and the simplification ``tolerance`` in degrees."""

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
        region = (
            max(w - margin, -180),
            max(s - margin, -85),
            min(e + margin, 180),
            min(n + margin, 85),
        )
        tolerance = min(max((e - w) / 1500, 0.002), 0.1)
        bounds = [[round(s, 3), round(w, 3)], [round(n, 3), round(e, 3)]]
        return cls(bounds, tuple(round(v, 3) for v in region), round(tolerance, 4))

    def lighten(self, geoms: Any) -> list[Any]:
        """Polygons clipped to the region and simplified as a coverage (shared edges stay
        shared); None where nothing is left."""
        clipped = [
            None if g is None else _polygonal(shapely.clip_by_rect(g, *self.region)) for g in geoms
        ]
        kept = [g for g in clipped if g is not None]
        simple = iter(shapely.coverage_simplify(kept, self.tolerance) if kept else [])
        return [None if g is None else next(simple) for g in clipped]


def _story_bounds(layers: Layers) -> tuple[float, float, float, float]:
    """(w, s, e, n) of what the story is about; see :meth:`View.of`."""
    places = layers.places
    if "country" in places.columns:  # a continent's point says little of where a story is
        places = places[places["country"].astype(bool)]
    geoms = [*places.geometry, *layers.routes.geometry]
    geoms += [r["geometry"] for r in records(layers.borders) if is_focus(r, True)]
    geoms += [*layers.events.geometry]
    focus = [largest_part(r["geometry"]) for r in records(layers.countries) if is_focus(r, False)]
    geoms = [g for g in [*geoms, *focus] if g is not None and not g.is_empty]
    if focus:
        geoms = _near(geoms, focus[0].centroid) or geoms
    geoms = geoms or [largest_part(g) for g in layers.countries.geometry if g is not None]
    return shapely.GeometryCollection(geoms).bounds if geoms else WORLD


def _near(geoms: list[Any], anchor: Any) -> list[Any]:
    """The geometries within STORY_RADIUS_KM of ``anchor`` (nearest points, geodesic):
    a story about Belarus that mentions Washington once is fitted to Belarus."""
    near = []
    for geom in geoms:
        point = shapely.ops.nearest_points(geom, anchor)[0]
        km = distance_km(anchor.y, anchor.x, point.y, point.x)
        if km <= STORY_RADIUS_KM:
            near.append(geom)
    return near


def _polygonal(geom: Any) -> Any:
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.MultiPolygon(parts) if parts else None


def is_focus(rec: dict[str, Any], default: bool) -> bool:
    """The row's ``focus`` flag (numpy or Python bool); ``default`` when it has none."""
    value = rec.get("focus")
    return default if value is None else bool(value)


def largest_part(geom: Any) -> Any:
    """The part of a multi-geometry with the most area (or, for lines, length)."""
    return max(shapely.get_parts(geom), key=lambda g: g.area + g.length)
