"""The static map's furniture inside the frame: the legend and the scale bar.

A picture pasted into a report loses the page around it, so what the web page says
beside the map is drawn into it: what each colour and symbol means, and how far things
are (the credit line is :mod:`geobrief.render.static.captions`'). Legend and scale bar
sit at the bottom; their pixel boxes tell :func:`geobrief.render.static.frame.free_areas`
where the story may go. The legend lists only what the frame shows.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from geobrief.render.static.frame import Frame, inverse
from geobrief.render.static.style import (
    DASHES,
    FOCUS_BORDER_PT,
    HALO_PT,
    LEGEND_PT,
    PLANNED_ALPHA,
    PLANNED_DASHES,
    ROUTE_PT,
    SMALL_PT,
    Theme,
    text,
)
from geobrief.render.style import country_role, role_of
from geobrief.render.view import layer_rows
from geobrief.story.roles import ROLE_STYLES, ROLES
from geobrief.story.rows import as_list

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.transforms import Bbox

    from geobrief.models import Layers

MARGIN_PT = 6.0  # points from the furniture to the frame's edge
MAX_SCALE_LAT_SPAN = 60.0  # degrees; a taller map gets no scale bar (one bar would lie)


def legend(ax: Axes, handles: list[Any], theme: Theme, renderer: RendererBase) -> Bbox | None:
    """The legend in the map's bottom right corner; its pixel box."""
    if not handles:
        return None
    margin = MARGIN_PT * ax.figure.dpi / 72
    box = ax.bbox
    drawn = ax.legend(
        handles=handles,
        loc="lower right",
        borderaxespad=0,
        fontsize=LEGEND_PT,
        bbox_to_anchor=(1 - margin / box.width, margin / box.height),
        bbox_transform=ax.transAxes,  # not pixels: an SVG is drawn at 72 dpi
        frameon=True,
        framealpha=0.9,
        facecolor=theme.box,
        edgecolor=theme.box_edge,
        labelcolor=theme.ink,
        fancybox=False,
        handlelength=1.8,
    )
    drawn.set_zorder(10)
    drawn.set_gid("legend-box")
    return drawn.get_window_extent(renderer)


def legend_handles(layers: Layers, theme: Theme, visible: Any = None,
                   markers: int = 0) -> list[Any]:
    """One entry per role, then border kinds, movements, events (when ``markers`` of them
    are drawn) and cities: those with a row that intersects ``visible`` (a lon/lat
    shape), or all when it is None."""
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def rows(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
        rows = layer_rows(frame)
        return [r for r in rows if visible is None or visible.intersects(r["geometry"])]

    roles = {country_role(r) for r in rows(layers.countries)}
    roles |= {role_of(r) for r in rows(layers.places)}
    handles: list[Any] = [
        Patch(facecolor=to_rgba(ROLE_STYLES[role][0], theme.fill_opacity(role)),
              edgecolor=theme.box_edge, lw=0.3, label=ROLE_STYLES[role][1])
        for role in ROLES
        if role in roles
    ]
    groups = [as_list(r.get("groups")) for r in rows(layers.borders)]
    kinds = ((True, theme.nato, "Border with a NATO member"), (False, theme.border, "Other border"))
    for nato, colour, label in kinds:
        if any(("NATO" in g) == nato for g in groups):
            handles.append(Line2D([], [], color=colour, lw=FOCUS_BORDER_PT, label=label))
    routes = rows(layers.routes)
    ends = [(r.get("from") is not None, r.get("to") is not None) for r in routes]
    lines = {r.get("status") == "planned" for r, told in zip(routes, ends, strict=True)
             if told == (True, True)}
    if False in lines:
        handles.append(Line2D([], [], color=theme.route, lw=ROUTE_PT, ls=DASHES, label="Movement"))
    if True in lines:  # a decided movement not yet made, as on the web page's legend
        handles.append(Line2D([], [], color=theme.route, lw=ROUTE_PT, ls=PLANNED_DASHES,
                              alpha=PLANNED_ALPHA, label="Planned movement"))
    for told, marker, label in ((False, True), "v", "start"), ((True, False), "^", "end"):
        if told in ends:
            handles.append(Line2D([], [], ls="none", marker=marker, markersize=6,
                                  color=theme.route, label=f"Movement whose {label} is not told"))
    if markers:
        handles.append(_marker(7, theme.event, theme.halo, "Event (numbered: see the key)"))
    if rows(layers.places):
        handles.append(_marker(5, theme.muted, theme.halo, "City or region"))
    return handles


def _marker(size: float, colour: str, edge: str, label: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], ls="none", marker="o", markersize=size, markerfacecolor=colour,
                  markeredgecolor=edge, markeredgewidth=0.6, label=label)


def scale_bar_box(width: float, ppt: float) -> tuple[float, float, float, float]:
    """The pixel box the scale bar may take at the bottom left of a map ``width`` px
    wide: a fifth of it rounded to 1, 2 or 5 is at most 0.32 of it."""
    return (0.0, 0.0, 0.33 * width + 2 * MARGIN_PT * ppt, (SMALL_PT + 16) * ppt)


def draw_scale_bar(ax: Axes, frame: Frame, theme: Theme) -> None:
    """A round length about a fifth of the map's width, true at its central latitude
    (one km on the ground is 1 / cos(latitude) km of Web Mercator)."""
    x0, y0, x1, y1 = frame.extent
    (_, south), (_, centre), (_, north) = inverse(np.array([[0, y0], [0, (y0 + y1) / 2], [0, y1]]))
    if north - south > MAX_SCALE_LAT_SPAN:
        return
    stretch = 1 / math.cos(math.radians(centre))
    km = _round_length((x1 - x0) / 5 / stretch / 1000)
    length = km * 1000 * stretch
    left, base = x0 + frame.metres(MARGIN_PT), y0 + frame.metres(MARGIN_PT + 2)
    tick = frame.metres(3)
    xs, ys = [left, left, left + length, left + length], [base + tick, base, base, base + tick]
    halo = _halo(HALO_PT + 1.2, theme.halo)
    ax.plot(xs, ys, color=theme.ink, lw=1.2, path_effects=halo, zorder=9, gid="scale-line")
    label = f"{km:,.0f} km" if km >= 1 else f"{km * 1000:,.0f} m"
    text(
        ax,
        label,
        (left + length / 2, base + tick),
        (0, 1.5),
        (HALO_PT, theme.halo),
        ha="center",
        va="bottom",
        fontsize=SMALL_PT + 0.5,
        color=theme.ink,
        zorder=9,
    )


def _round_length(km: float) -> float:
    """The length of 1, 2 or 5 × 10ⁿ km nearest to ``km`` (by ratio)."""
    exponent = math.floor(math.log10(km))
    candidates = [m * 10.0**e for e in (exponent, exponent + 1) for m in (1, 2, 5)]
    return min(candidates, key=lambda c: abs(math.log(c / km)))


def _halo(width_pt: float, colour: str) -> list[Any]:
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=width_pt, foreground=colour, alpha=0.85)]
