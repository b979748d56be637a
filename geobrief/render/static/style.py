"""How the static map looks: its colours, its sizes in points, and names as plain text
over a white halo.

In one place because the layers (:mod:`geobrief.render.static.layers`), the names
(:mod:`geobrief.render.static.names`) and the legend and scale bar
(:mod:`geobrief.render.static.furniture`) must draw the same symbols. Sizes are in points (1/72
inch), so that a map at a higher dpi is sharper, not smaller. The colours of roles and
borders are the web map's (:mod:`geobrief.render.style`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LAND, COAST, SEA = "#f2f0eb", "#ffffff", "#cfe0eb"
EVENT_RED, ROUTE_INK, LABEL_INK, COUNTRY_INK = "#c8102e", "#111111", "#222222", "#6f6a62"
# Sizes in points (1/72 inch).
CITY_PT, COUNTRY_PT, LEGEND_PT, SMALL_PT = 7.0, 5.5, 6.0, 4.5
EVENT_PT, EVENT_LIFT_PT = 5.0, 8.5  # an event diamond's half diagonal; its centre above a point
HALO_PT = 2.2  # width of the white stroke behind names
FOCUS_BORDER_PT, BORDER_PT, ROUTE_PT = 2.4, 1.3, 1.3
DASHES = (0, (4, 2.5))  # movement lines: on, off in points


def name(rec: dict[str, Any]) -> str:
    """A row's name as drawn: "" when it has none."""
    return str(rec.get("name") or "")


def text(
    ax: Axes,
    s: str,
    xy: tuple[float, float],
    offset: tuple[float, float],
    halo_pt: float,
    **style: Any,
) -> tuple[Any, Any]:
    """Plain text (never mathtext) at ``offset`` points from data point ``xy``, over a
    white halo. The halo is a copy of the text drawn as a stroked outline: a path effect
    on the text itself would turn it into paths in SVG, where names should stay text."""
    from matplotlib import patheffects

    common = {"xytext": offset, "textcoords": "offset points", "parse_math": False, **style}
    halo = ax.annotate(s, xy, **{**common, "color": "white", "alpha": 0.85})
    halo.set_zorder(style.get("zorder", 8) - 0.05)
    halo.set_path_effects([patheffects.Stroke(linewidth=halo_pt, foreground="white")])
    return halo, ax.annotate(s, xy, **common)
