"""How the story is styled on every map: role fills and opacities, border colours, which
place matters most, and where Natural Earth puts a country's name.

The interactive map (:mod:`geobrief.render.web.draw`) and the static one
(:mod:`geobrief.render.static.map`) both read these, so that the two look alike. Nothing here
needs folium or matplotlib: the static export should not pay for the web map's imports.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import shapely

from geobrief.errors import DataError
from geobrief.render.view import is_focus
from geobrief.story.roles import ROLE_STYLES, ROLES

NATO_BLUE, BORDER_RED = "#1f4e8c", "#9b2c1f"
OPACITY = {"focus": 0.6, "destination": 0.55, "neighbour": 0.45, "actor": 0.45}
DEFAULT_OPACITY = 0.3  # "mentioned"


def role_of(rec: dict[str, Any]) -> str:
    """A row's role, "mentioned" when it has none that the maps know."""
    role = str(rec.get("role") or "mentioned")
    return role if role in ROLE_STYLES else "mentioned"


def country_role(rec: dict[str, Any]) -> str:
    """A country's role: "focus" for the focus country, else its row's role."""
    return "focus" if is_focus(rec, False) else role_of(rec)


def opacity(role: str) -> float:
    """How opaque a country of ``role`` is filled."""
    return OPACITY.get(role, DEFAULT_OPACITY)


def importance(
    rows: list[dict[str, Any]], role: Callable[[dict[str, Any]], str] = role_of
) -> list[int]:
    """Row indexes, most important first: by ``role`` (in the order of ROLES), then by
    mentions."""
    return sorted(
        range(len(rows)),
        key=lambda i: (ROLES.index(role(rows[i])), -int(rows[i].get("mentions") or 0)),
    )


def label_points() -> dict[str, Any]:
    """Natural Earth's label points by alpha-2, when the bundled shapes are there."""
    return dict(_label_points())


@functools.cache
def _label_points() -> dict[str, Any]:
    """:func:`label_points`, made once per process (both maps of every page ask)."""
    try:
        from geobrief.gazetteer.shapes import load_countries

        countries = load_countries()
    except (ImportError, DataError):  # no bundled shapes: a representative point instead
        return {}
    points = shapely.points(countries["label_lon"], countries["label_lat"])
    return dict(zip(countries["iso_a2"], points, strict=True))
