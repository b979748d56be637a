"""The static map's layers, drawn into matplotlib axes in Web Mercator metres: land,
countries, borders, movements and cities (events: :mod:`geobrief.render.static.markers`).

Each layer looks as on the web map (:mod:`geobrief.render.web.draw`): the same role fills
and opacities and border colours (:mod:`geobrief.render.style`, through the theme),
dashed movements with an arrowhead (a planned one dotted and lighter). Polygons are
clipped and simplified for the frame (:meth:`geobrief.render.view.View.lighten`) and
mended where the data cut them at 180° (:func:`geobrief.render.static.seam.mend`) before
they are drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from geobrief.render.static.frame import Frame, point, project, stub
from geobrief.render.static.seam import mend
from geobrief.render.static.style import (
    ARRIVAL_PT,
    BORDER_PT,
    CITY_PT,
    DASHES,
    FOCUS_BORDER_PT,
    HALO_PT,
    PLANNED_ALPHA,
    PLANNED_DASHES,
    ROUTE_PT,
    Theme,
    name,
    text,
)
from geobrief.render.style import country_role, role_of
from geobrief.render.view import View, is_focus, largest_part, layer_rows
from geobrief.story.roles import ROLE_STYLES
from geobrief.story.rows import as_list

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.transforms import Bbox

    from geobrief.models import Layers
    from geobrief.render.static.names import Names


def polygon_path(geoms: list[Any]) -> Any:
    """One compound matplotlib Path of (Multi)Polygons in Mercator, holes kept (rings
    oriented so that holes are holes under the nonzero fill rule)."""
    from matplotlib.path import Path

    if not len(geoms):
        return None
    polygons = shapely.get_parts(shapely.orient_polygons(project(np.asarray(geoms, dtype=object))))
    rings = shapely.get_rings(polygons)  # each polygon's exterior, then its holes
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    if not len(xy):
        return None
    codes = np.full(len(xy), Path.LINETO, dtype=Path.code_type)
    first = np.flatnonzero(np.diff(ring, prepend=-1))  # where each ring starts
    codes[first] = Path.MOVETO
    codes[np.append(first[1:], len(xy)) - 1] = Path.CLOSEPOLY
    return Path(xy, codes)


def draw_background(ax: Axes, land: list[Any], theme: Theme) -> None:
    """Land under everything: Natural Earth's coarse outlines, lightened for the frame."""
    from matplotlib.patches import PathPatch

    path = polygon_path([g for g in land if g is not None])
    if path is not None:
        ax.add_artist(PathPatch(path, facecolor=theme.land, edgecolor=theme.coast, lw=0.5,
                               zorder=1, gid="land-shapes"))


def draw_countries(ax: Axes, layers: Layers, view: View, lon0: float, theme: Theme) -> None:
    """Countries of the story filled by role, as translucent as on the web map."""
    from matplotlib.collections import PatchCollection
    from matplotlib.colors import to_rgba
    from matplotlib.patches import PathPatch

    rows = layer_rows(layers.countries)
    patches, colours = [], []
    shapes = mend(view.lighten([r["geometry"] for r in rows]), lon0)
    for rec, geom in zip(rows, shapes, strict=True):
        path = None if geom is None or geom.is_empty else polygon_path([geom])
        if path is not None:
            role = country_role(rec)
            patches.append(PathPatch(path))
            colours.append(to_rgba(ROLE_STYLES[role][0], theme.fill_opacity(role)))
    if patches:
        collection = PatchCollection(
            patches, facecolors=colours, edgecolors=theme.coast, linewidths=0.5, zorder=2,
            gid="country-shapes",
        )
        ax.add_collection(collection, autolim=False)


def _lines(geom: Any) -> list[np.ndarray]:
    return [shapely.get_coordinates(part) for part in shapely.get_parts(project(geom))]


def draw_borders(ax: Axes, layers: Layers, theme: Theme) -> None:
    """Shared boundaries: NATO blue where the other side is in NATO, else red; the focus
    country's thick."""
    from matplotlib.collections import LineCollection

    segments, colours, widths = [], [], []
    for rec in layer_rows(layers.borders):
        colour = theme.nato if "NATO" in as_list(rec.get("groups")) else theme.border
        width = FOCUS_BORDER_PT if is_focus(rec, True) else BORDER_PT
        for line in _lines(rec["geometry"]):
            segments.append(line)
            colours.append(colour)
            widths.append(width)
    if segments:
        ax.add_collection(
            LineCollection(
                segments,
                colors=colours,
                linewidths=widths,
                alpha=0.9,
                capstyle="round",
                joinstyle="round",
                zorder=3,
                gid="border-lines",
            ),
            autolim=False,
        )


def draw_routes(ax: Axes, layers: Layers, frame: Frame, theme: Theme) -> None:
    """Movements as dashed lines, an arrowhead at the end along the last segment
    (Web Mercator is conformal: the angle on the map is the angle on the ground); a
    movement whose start is not told as a short stem onto its end from the lower left, one
    whose end is not told as a short stem away from its start. A planned movement is
    dotted and lighter: it has not been made."""
    from matplotlib.collections import LineCollection
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Polygon

    segments, styles, colours = [], [], []
    for i, rec in enumerate(layer_rows(layers.routes)):
        planned = rec.get("status") == "planned"
        colour = to_rgba(theme.route, PLANNED_ALPHA if planned else 0.9)
        if rec.get("from") is None or rec.get("to") is None:
            # where neither its name (right) nor an event marker (above) goes
            end = point(rec["geometry"])
            line = stub(end, frame.metres(ARRIVAL_PT), arriving=rec.get("to") is not None)
        else:
            line = _lines(largest_part(rec["geometry"]))[0]
        segments.append(line)
        styles.append(PLANNED_DASHES if planned else DASHES)
        colours.append(colour)
        head = _arrowhead(line, frame)
        if head is not None:
            ax.add_artist(Polygon(head, closed=True, facecolor=colour, lw=0, zorder=5,
                                 gid=f"arrowhead-{i + 1}"))
    if segments:
        ax.add_collection(
            LineCollection(
                segments,
                colors=colours,
                linewidths=ROUTE_PT,
                linestyles=styles,
                zorder=4,
                gid="route-lines",
            ),
            autolim=False,
        )


def _arrowhead(line: np.ndarray, frame: Frame) -> np.ndarray | None:
    """A triangle whose tip stops at the edge of the end's dot, along the last segment."""
    end = line[-1]
    before = next((p for p in line[::-1] if tuple(p) != tuple(end)), None)
    if before is None:
        return None
    u = (end - before) / np.hypot(*(end - before))
    normal = np.array([-u[1], u[0]])
    tip = end - u * frame.metres(3.2)
    base = tip - u * frame.metres(6)
    half = frame.metres(2.6)
    return np.array([tip, base + normal * half, base - normal * half])


def draw_places(
    ax: Axes, places: list[dict[str, Any]], names: Names, frame: Frame, theme: Theme,
    renderer: RendererBase,
) -> list[Bbox]:
    """Dots filled by role (the most important on top) and names with a white halo;
    the pixel boxes of the names and dots, for the country names to avoid."""
    if not places:
        return []
    xy = names.xy
    sizes = [min(2.2 + 0.6 * int(p.get("mentions") or 0) ** 0.5, 3.6) * 2 for p in places]
    colours = [ROLE_STYLES[role_of(p)][0] for p in places]
    edges = [theme.ink if role_of(p) == "mentioned" else theme.halo for p in places]
    ax.scatter(
        xy[::-1, 0],
        xy[::-1, 1],
        s=[d**2 for d in sizes[::-1]],
        c=colours[::-1],
        edgecolors=edges[::-1],
        linewidths=0.8,
        zorder=7,
        gid="place-dots",
    )
    taken = []
    for (x, y), place, side, size in zip(xy, places, names.sides, sizes, strict=True):
        centre = ax.transData.transform((x, y))
        taken.append(square(centre, size / 2 * frame.px_per_pt))
        if side is None:  # no room for it
            continue
        ha = {"right": "left", "left": "right"}.get(side, "center")
        va = {"top": "bottom", "bottom": "top"}.get(side, "center")
        drawn = text(
            ax,
            name(place),
            (x, y),
            names.offset(side),
            (HALO_PT, theme.halo),
            ha=ha,
            va=va,
            fontsize=CITY_PT,
            fontweight="bold",
            color=theme.ink,
            zorder=8,
        )
        taken.append(drawn[-1].get_window_extent(renderer))
    return taken


def square(centre: np.ndarray, half: float) -> Bbox:
    """The pixel box of a symbol ``half`` pixels from its centre each way."""
    from matplotlib.transforms import Bbox

    return Bbox.from_extents(centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half)
