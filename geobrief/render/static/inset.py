"""The overview inset: where the map lies in its part of the world.

A locator map of a few hundred kilometres tells a reader little unless they know the
region, so the export's top right corner shows the region around it at about a sixth of
the scale, the focus country filled and the main map's extent outlined. Its box is
reserved before the story is fitted (:func:`inset_box`), so that it covers no part of
the story; a map that already shows a continent or more gets none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from geobrief.render.static.frame import MAX_LAT, Box, Frame, inverse, mercator
from geobrief.render.static.seam import mend
from geobrief.render.static.style import Theme
from geobrief.render.view import View, is_focus, layer_rows
from geobrief.story.roles import ROLE_STYLES

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure

    from geobrief.models import Layers

WIDTH_SHARE, ASPECT = 0.2, 0.75  # of the map's width; height / width
MIN_WIDTH_PT = 70.0
ZOOM_OUT = 5.0  # the inset spans this many times the map's extent...
MIN_SPAN_DEG, MAX_SPAN_DEG = 50.0, 150.0  # ...and these many degrees of longitude at most
MAX_STORY_DEG = 45.0  # a story wider or taller than this gets no inset
MARGIN_PT = 6.0
INSET_Z = 1.0  # on the figure, above the map's axes (see save.FIGURE_LAYERS: "overview")
TOP = mercator(np.array([[0.0, MAX_LAT]]))[0][1]
WORLD = 2 * np.pi * 6378137.0


def inset_box(view: View, size: tuple[float, float], ppt: float) -> Box | None:
    """The inset's pixel box in the top right corner of a map ``size`` px, or None when
    the map is too small for one or the story itself spans a continent."""
    (s, w), (n, e) = view.bounds
    width = WIDTH_SHARE * size[0]
    if e - w > MAX_STORY_DEG or n - s > MAX_STORY_DEG or width < MIN_WIDTH_PT * ppt:
        return None
    if width * ASPECT > 0.45 * size[1]:  # a wide, low map: no more than half its height
        width = 0.45 * size[1] / ASPECT
    margin = MARGIN_PT * ppt
    x1, y1 = size[0] - margin, size[1] - margin
    return (x1 - width, y1 - width * ASPECT, x1, y1)


def inset_extent(frame: Frame) -> tuple[float, float, float, float]:
    """The Mercator extent the inset shows: the frame ZOOM_OUT times over (at least
    MIN_SPAN_DEG wide), at the inset's aspect, within the world's height."""
    x0, y0, x1, y1 = frame.extent
    width = max((x1 - x0) * ZOOM_OUT, (y1 - y0) * ZOOM_OUT / ASPECT, WORLD * MIN_SPAN_DEG / 360)
    width = min(width, WORLD * MAX_SPAN_DEG / 360, 2 * TOP / ASPECT)
    height = width * ASPECT
    cx = (x0 + x1) / 2
    cy = float(np.clip((y0 + y1) / 2, -TOP + height / 2, TOP - height / 2))
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def draw_inset(
    fig: Figure, box: Box, origin: tuple[float, float], frame: Frame, layers: Layers,
    land: tuple[list[str], list[Any]], lon0: float, theme: Theme,
) -> list[Artist]:
    """The inset at ``box`` (map pixels, ``origin`` the map's corner in the figure): land
    (``land``: the background's codes and turned outlines), the focus country, and the
    map's extent outlined. Drawn on the figure, clipped to its box, with its own Mercator
    transform: an axes would cost a tenth of a print map (its ticks are made even when
    hidden)."""
    from matplotlib.patches import PathPatch, Rectangle
    from matplotlib.transforms import Bbox, BboxTransform, BboxTransformTo, TransformedBbox

    from geobrief.render.static.layers import polygon_path

    codes, land = land
    width, height = fig.bbox.width, fig.bbox.height
    x0, y0 = box[0] + origin[0], box[1] + origin[1]
    share = Bbox.from_bounds(x0 / width, y0 / height, (box[2] - box[0]) / width,
                             (box[3] - box[1]) / height)
    area = TransformedBbox(share, fig.transFigure)  # follows the figure's dpi (SVG, PDF)
    extent = inset_extent(frame)
    mercator_to_page = BboxTransform(Bbox.from_extents(*extent), area)
    drawn = [Rectangle((0, 0), 1, 1, transform=BboxTransformTo(area), facecolor=theme.sea,
                       edgecolor=theme.box_edge, lw=0.8, zorder=INSET_Z, gid="overview-sea")]
    (w, s), (e, n) = inverse(np.reshape(extent, (2, 2)))
    view = View([[s, w], [n, e]], (w - 1, max(s - 1, -MAX_LAT), e + 1, min(n + 1, MAX_LAT)),
                tolerance=max((e - w) / 400, 0.02))
    outlines = mend(view.lighten(land), lon0)
    shapes = [(outlines, theme.land, "overview-land"),
              (_focus(layers, dict(zip(codes, outlines, strict=True)), view, lon0),
               ROLE_STYLES["focus"][0], "overview-focus")]
    for geoms, colour, gid in shapes:
        path = polygon_path([g for g in geoms if g is not None])
        if path is not None:
            drawn.append(PathPatch(path, facecolor=colour, edgecolor=theme.coast, lw=0.3,
                                   transform=mercator_to_page, zorder=INSET_Z + 0.1, gid=gid))
    fx0, fy0, fx1, fy1 = frame.extent
    drawn.append(Rectangle((fx0, fy0), fx1 - fx0, fy1 - fy0, facecolor="none",
                           edgecolor=theme.event, lw=1.2, transform=mercator_to_page,
                           zorder=INSET_Z + 0.2, gid="overview-extent"))
    for artist in drawn:
        artist.set_clip_box(area)
        fig.add_artist(artist)
    return drawn


def _focus(layers: Layers, coarse: dict[str, Any], view: View, lon0: float) -> list[Any]:
    """The focus country as the inset draws it: its outline in the coarse background,
    already lightened with the land (the same coast, and no detailed shape to simplify
    at a sixth of the scale), else its own shape lightened."""
    rows = [r for r in layer_rows(layers.countries) if is_focus(r, False)]
    own = [r["geometry"] for r in rows if str(r.get("iso_a2")) not in coarse]
    drawn = [coarse[str(r.get("iso_a2"))] for r in rows if str(r.get("iso_a2")) in coarse]
    return drawn + (mend(view.lighten(own), lon0) if own else [])
