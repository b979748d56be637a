"""A static locator map of a briefing, drawn with matplotlib (PNG or SVG, no browser).

For report writers who paste a picture rather than a page: the same layers, colours and
opacities as the interactive map (:mod:`geobrief.mapdraw`), in Web Mercator like it,
with a legend, a scale bar and the attribution drawn into the picture.

The story (:class:`geobrief.mapview.View`) and its city names are fitted into the part
of the frame that the legend leaves free, so the legend never covers them. City names go
where they cover no other name or dot (:mod:`geobrief.labels`); country names only where
they cover nothing drawn before them. Text and symbols have sizes in points: ``width``
and ``height`` set the pixels and ``dpi`` how many of them make an inch, so 1200 × 800 at
150 dpi looks like 2400 × 1600 at 300 dpi, only sharper. The same briefing gives the same
bytes. Strings from the article are drawn as plain text (no mathtext) and escaped in SVG.
matplotlib is imported only when a map is drawn: ``geobrief build`` does not need it.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from geobrief.errors import MissingDependencyError
from geobrief.labels import CHAR_PX, DOT_PX, GAP_PX, LINE_PX, label_sides
from geobrief.mapdraw import (
    BORDER_RED,
    DEFAULT_OPACITY,
    NATO_BLUE,
    OPACITY,
    _importance,
    _label_points,
    _role,
)
from geobrief.mapview import View, as_list, is_focus, largest_part, records
from geobrief.roles import ROLE_STYLES, ROLES

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

    from geobrief.models import Briefing, Layers

FORMATS = ("png", "svg")
MIN_PX, MAX_PX = 100, 10000
LAND, COAST, SEA = "#f2f0eb", "#ffffff", "#cfe0eb"
EVENT_RED, ROUTE_INK, LABEL_INK, COUNTRY_INK = "#c8102e", "#111111", "#222222", "#6f6a62"
ATTRIBUTION = "Country shapes: Natural Earth · Places: GeoNames (CC BY 4.0) · geobrief"
# Sizes in points (1/72 inch).
CITY_PT, COUNTRY_PT, LEGEND_PT, SMALL_PT = 7.0, 5.5, 6.0, 4.5
EVENT_PT, EVENT_LIFT_PT = 5.0, 8.5  # an event diamond's half diagonal; its centre above a point
HALO_PT = 2.2  # width of the white stroke behind names
PAD_PT, MARGIN_PT = 10.0, 6.0  # story to free area's edge; furniture to the frame's edge
FOCUS_BORDER_PT, BORDER_PT, ROUTE_PT = 2.4, 1.3, 1.3
MAX_SCALE_LAT_SPAN = 60.0  # degrees; a taller map gets no scale bar (one bar would lie)
R = 6378137.0  # the Web Mercator sphere, metres
MAX_LAT = 85.0
DASHES = (0, (4, 2.5))  # movement lines: on, off in points
MAX_OBSTACLES = 400  # points along movement lines that names avoid (label_sides is O(n²))
# The same picture every time: matplotlib's defaults, not the user's matplotlibrc, and
# text kept as text in SVG (editable, searchable) under a fixed id salt.
RC = {
    "svg.hashsalt": "geobrief",
    "svg.fonttype": "none",
    "text.usetex": False,
    "font.family": "DejaVu Sans",
    "savefig.bbox": None,
}

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def render_static(
    briefing: Briefing, fmt: str, *, width: int = 1200, height: int = 800, dpi: int = 150
) -> bytes:
    """The briefing's locator map as PNG or SVG bytes; fmt is "png" or "svg";
    width/height in pixels. The same briefing and arguments give the same bytes.

    An SVG is ``width / dpi`` by ``height / dpi`` inches (matplotlib writes its size in
    points), with names as ``<text>``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown static map format {fmt!r}: use png or svg")
    if not (MIN_PX <= width <= MAX_PX and MIN_PX <= height <= MAX_PX and 10 <= dpi <= 1200):
        raise ValueError(f"a static map is {MIN_PX}-{MAX_PX} px wide and high, at 10-1200 dpi")
    with _style():
        fig = figure(briefing, width=width, height=height, dpi=dpi)
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": "geobrief"}
        fig.savefig(out, format=fmt, dpi=dpi, metadata=metadata, facecolor=SEA)
    return out.getvalue()


@contextmanager
def _style() -> Iterator[None]:
    """matplotlib's defaults with ``RC``, whatever the user's matplotlibrc says; restored
    afterwards."""
    try:
        import matplotlib
    except ImportError:
        raise MissingDependencyError(
            "the static map needs matplotlib, which is not installed: pip install matplotlib"
        ) from None
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC)
        yield


def figure(briefing: Briefing, *, width: int = 1200, height: int = 800, dpi: int = 150) -> Figure:
    """The locator map as a matplotlib Figure of ``width`` × ``height`` pixels at ``dpi``,
    on an Agg canvas (no pyplot, no window); what :func:`render_static` saves."""
    with _style():
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor=SEA)
        renderer = FigureCanvasAgg(fig).get_renderer()
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_axis_off()
        _draw(ax, briefing.layers, dpi / 72, renderer)
    return fig


def _draw(ax: Axes, layers: Layers, ppt: float, renderer: RendererBase) -> None:
    """Fit the frame around the story, clear of the legend, and draw everything."""
    attribution = _attribution(ax.figure, ppt, renderer)
    legend = _legend(ax, _legend_handles(layers), attribution, ppt, renderer)
    bottom = [attribution, _scale_bar_box(ax.figure.bbox.width, ppt)]
    places = [records(layers.places)[i] for i in _importance(records(layers.places))]
    names = _Names(places, layers, ppt, renderer)
    size = (ax.figure.bbox.width, ax.figure.bbox.height)
    areas = _free_areas(size, legend, bottom, ppt)
    if not areas and legend is not None:  # a frame too small for a legend gets none
        ax.get_legend().remove()
        legend, areas = None, _free_areas(size, None, bottom, ppt)
    areas = areas or [(0, 0, *size)]
    view = View.of(layers)
    frame = _layout(view, names, areas, size, ppt)
    ax.set_xlim(frame.extent[0], frame.extent[2])
    ax.set_ylim(frame.extent[1], frame.extent[3])
    if legend is not None:  # again with only what the frame shows: never larger
        ax.get_legend().remove()
        _legend(ax, _legend_handles(layers, frame.lonlat_box()), attribution, ppt, renderer)
    view = replace(view, region=frame.region())
    _draw_background(ax, view)
    _draw_countries(ax, layers, view)
    _draw_borders(ax, layers)
    _draw_routes(ax, layers, frame)
    _draw_events(ax, names.events, frame)
    taken = _draw_places(ax, places, names, frame, renderer)
    diamonds = ax.transData.transform(_diamonds(names.events, frame))
    taken += [_square(xy, EVENT_PT * ppt) for xy in diamonds]
    taken += [b for b in (legend, *bottom) if b is not None]
    _draw_country_names(ax, layers, frame, renderer, taken)
    _draw_scale_bar(ax, frame)


# ---------------------------------------------------------------- projection and layout


def _mercator(xy: np.ndarray) -> np.ndarray:
    """(lon, lat) degrees to Web Mercator (x, y) metres."""
    lat = np.radians(np.clip(xy[:, 1], -MAX_LAT, MAX_LAT))
    return np.column_stack([R * np.radians(xy[:, 0]), R * np.log(np.tan(np.pi / 4 + lat / 2))])


def _inverse(xy: np.ndarray) -> np.ndarray:
    """Web Mercator (x, y) metres to (lon, lat) degrees."""
    lat = 2 * np.arctan(np.exp(xy[:, 1] / R)) - np.pi / 2
    return np.degrees(np.column_stack([xy[:, 0] / R, lat]))


def _project(geom: Any) -> Any:
    return shapely.transform(geom, _mercator)


def _point(geom: Any) -> np.ndarray:
    """A Point's Mercator (x, y)."""
    return _mercator(np.array([[geom.x, geom.y]]))[0]


@dataclass(frozen=True)
class Frame:
    """Where the map lies: its Web Mercator extent in metres (x0, y0, x1, y1), metres per
    pixel, and the figure's pixels per point."""

    extent: Box
    scale: float
    px_per_pt: float

    def metres(self, pt: float) -> float:
        """Points as Web Mercator metres on the map."""
        return pt * self.px_per_pt * self.scale

    def lonlat_box(self) -> Any:
        """The frame as a shapely box in degrees."""
        (w, s), (e, n) = _inverse(np.reshape(self.extent, (2, 2)))
        return shapely.box(w, s, e, n)

    def region(self) -> tuple[float, float, float, float]:
        """(w, s, e, n) in degrees a little larger than the frame, to clip polygons to: the
        frame is wider or taller than the web map's region when the story is."""
        w, s, e, n = self.lonlat_box().bounds
        return (max(w - 1, -180), max(s - 1, -MAX_LAT), min(e + 1, 180), min(n + 1, MAX_LAT))


def _layout(
    view: View, names: _Names, areas: list[Box], size: tuple[float, float], ppt: float
) -> Frame:
    """The frame that shows the story and its city names as large as they fit in one of
    ``areas``; the names' sides are set for it."""
    (s, w), (n, e) = view.bounds
    story = _project(shapely.box(w, s, e, n)).bounds
    box = story
    for _ in range(3):  # names widen the story, which shrinks the scale; settles quickly
        box = _union(story, names.boxes(_fit(box, areas, size, ppt), story))
    frame = _fit(box, areas, size, ppt)
    names.place(frame)
    return frame


def _free_areas(
    size: tuple[float, float], legend: Bbox | None, bottom: list[Bbox], ppt: float
) -> list[Box]:
    """Pixel boxes the story may fill: above the legend, or left of it and above the
    ``bottom`` furniture (attribution, scale bar); none when these leave too little."""
    width, height = size
    pad = PAD_PT * ppt
    top, right, low = height - pad, width - pad, max(b.y1 for b in bottom) + pad
    if legend is None:
        areas = [(pad, low, right, top)]
    else:
        areas = [(pad, legend.y1 + pad, right, top), (pad, low, legend.x0 - pad, top)]
    return [a for a in areas if min(a[2] - a[0], a[3] - a[1]) > 4 * pad]


def _fit(box: Box, areas: list[Box], size: tuple[float, float], ppt: float) -> Frame:
    """The frame that shows Mercator ``box`` largest inside one of ``areas``, centred."""

    def scale(area: Box) -> float:
        return max((box[2] - box[0]) / (area[2] - area[0]), (box[3] - box[1]) / (area[3] - area[1]))

    area = min(areas, key=scale)
    m_per_px = max(scale(area), 1.0)
    x0 = (box[0] + box[2]) / 2 - (area[0] + area[2]) / 2 * m_per_px
    y0 = (box[1] + box[3]) / 2 - (area[1] + area[3]) / 2 * m_per_px
    return Frame((x0, y0, x0 + size[0] * m_per_px, y0 + size[1] * m_per_px), m_per_px, ppt)


def _union(box: Box, boxes: list[Box]) -> Box:
    return (
        min([box[0], *(b[0] for b in boxes)]),
        min([box[1], *(b[1] for b in boxes)]),
        max([box[2], *(b[2] for b in boxes)]),
        max([box[3], *(b[3] for b in boxes)]),
    )


class _Names:
    """City names measured in the label font and placed by :func:`geobrief.labels.label_sides`
    clear of each other, of the dots, and of event diamonds and movement lines.

    label_sides thinks in pixels of a 13 px font, CHAR_PX wide and LINE_PX tall: one of its
    pixels here is ``unit`` of ours, so that its line is as tall as ours, and each name is
    passed as as many characters as make its measured width. Diamonds and points every dot
    along movement lines go last, with empty names: they take no side, only the room of
    their dot.
    """

    def __init__(
        self, places: list[dict[str, Any]], layers: Layers, ppt: float, renderer: RendererBase
    ) -> None:
        from matplotlib.font_manager import FontProperties

        font = FontProperties(size=CITY_PT, weight="bold")
        self.xy = np.array([_point(p["geometry"]) for p in places]).reshape(-1, 2)
        self.widths = [
            renderer.get_text_width_height_descent(_name(p), font, ismath=False)[0] + HALO_PT * ppt
            for p in places
        ]
        self.line, self.ppt = CITY_PT * 1.25 * ppt, ppt
        self.unit = self.line / LINE_PX
        self.events = _events(layers)
        self.routes = [_project(largest_part(r["geometry"])) for r in records(layers.routes)]
        self.sides: list[str | None] = []

    def place(self, frame: Frame) -> list[str | None]:
        """Each name's side at the frame's scale, None for a name left out (kept in
        ``sides``). Where two names would cover each other, the lines and diamonds near
        them stop counting; when none are left, the less important name is left out."""
        step = DOT_PX * self.unit * frame.scale  # metres between obstacles along a line
        along = [
            shapely.get_coordinates(
                shapely.line_interpolate_point(line, np.arange(step, line.length - step, step))
            )
            for line in self.routes
        ]
        obstacles = np.concatenate([*along, _diamonds(self.events, frame)])[:MAX_OBSTACLES]
        hidden: set[int] = set()
        while True:
            sides = self._sides(frame, obstacles, hidden)
            boxes = self._boxes(frame, sides)
            clash = [
                (i, j)
                for i in range(len(boxes))
                for j in range(i + 1, len(boxes))
                if boxes[i] and boxes[j] and _overlap(boxes[i], boxes[j])
            ]
            if not clash:
                self.sides = sides
                return sides
            keep = np.ones(len(obstacles), dtype=bool)
            for k in {k for pair in clash for k in pair}:
                reach = (self.widths[k] + (GAP_PX + DOT_PX) * self.unit) * frame.scale
                keep &= np.hypot(*(obstacles - self.xy[k]).T) > reach
            if len(obstacles):
                obstacles = obstacles[keep] if not keep.all() else obstacles[:0]
            else:
                hidden.add(max(j for _, j in clash))

    def _sides(self, frame: Frame, obstacles: np.ndarray, hidden: set[int]) -> list[str | None]:
        """label_sides for the names not ``hidden``; the hidden and the obstacles go last
        with no name, as dots only."""
        lonlat = _inverse(np.concatenate([self.xy, obstacles]))
        shown = [i for i in range(len(self.widths)) if i not in hidden]
        rest = [i for i in range(len(lonlat)) if i in hidden or i >= len(self.widths)]
        chars = [math.ceil(w / (CHAR_PX * self.unit)) for w in self.widths]
        points = [(*lonlat[i], "x" * chars[i]) for i in shown]
        points += [(*lonlat[i], "") for i in rest]
        deg_per_px = math.degrees(frame.scale * self.unit / R)
        sides: list[str | None] = [None] * len(self.widths)
        for i, side in zip(shown, label_sides(points, deg_per_px), strict=False):
            sides[i] = side
        return sides

    def offset(self, side: str) -> tuple[float, float]:
        """The label's anchor offset from its point, in points."""
        gap = GAP_PX * self.unit / self.ppt
        return {"right": (gap, 0), "left": (-gap, 0), "top": (0, gap), "bottom": (0, -gap)}[side]

    def _boxes(self, frame: Frame, sides: list[str | None]) -> list[Box | None]:
        """Mercator boxes of the names on ``sides`` at the frame's scale (None: left out)."""
        boxes: list[Box | None] = []
        for (x, y), width, side in zip(self.xy, self.widths, sides, strict=True):
            if side is None:
                boxes.append(None)
                continue
            dx, dy = (v * self.ppt * frame.scale for v in self.offset(side))
            w, h = width * frame.scale, self.line * frame.scale
            x0 = {"right": x + dx, "left": x + dx - w}.get(side, x - w / 2)
            y0 = {"top": y + dy, "bottom": y + dy - h}.get(side, y - h / 2)
            boxes.append((x0, y0, x0 + w, y0 + h))
        return boxes

    def boxes(self, frame: Frame, story: Box) -> list[Box]:
        """Mercator boxes of the names of places in ``story`` (others are not fitted),
        placed at the frame's scale."""
        x0, y0, x1, y1 = story
        slack = 1e-3 * max(x1 - x0, y1 - y0)  # the view's bounds are rounded
        inside = [
            x0 - slack <= x <= x1 + slack and y0 - slack <= y <= y1 + slack for x, y in self.xy
        ]
        boxes = self._boxes(frame, self.place(frame))
        return [box for box, keep in zip(boxes, inside, strict=True) if keep and box]


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _name(rec: dict[str, Any]) -> str:
    return str(rec.get("name") or "")


# ---------------------------------------------------------------- furniture


def _attribution(fig: Figure, ppt: float, renderer: RendererBase) -> Bbox:
    """The attribution at the bottom right; its pixel box."""
    margin = MARGIN_PT * ppt
    text = fig.text(
        1 - margin / fig.bbox.width,
        margin / 2 / fig.bbox.height,
        ATTRIBUTION,
        ha="right",
        va="bottom",
        fontsize=SMALL_PT,
        color="#444444",
        parse_math=False,
        zorder=10,
        bbox={"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 1.5},
    )
    return text.get_window_extent(renderer)


def _legend(
    ax: Axes, handles: list[Any], attribution: Bbox, ppt: float, renderer: RendererBase
) -> Bbox | None:
    """The legend at the bottom right, above the attribution; its pixel box."""
    if not handles:
        return None
    fig, margin = ax.figure, MARGIN_PT * ppt
    legend = ax.legend(
        handles=handles,
        loc="lower right",
        borderaxespad=0,
        fontsize=LEGEND_PT,
        bbox_to_anchor=(
            1 - margin / fig.bbox.width,
            (attribution.y1 + margin / 2) / fig.bbox.height,
        ),
        bbox_transform=fig.transFigure,  # not pixels: an SVG is drawn at 72 dpi
        frameon=True,
        framealpha=0.9,
        edgecolor="#bbbbbb",
        fancybox=False,
        handlelength=1.8,
    )
    legend.set_zorder(10)
    return legend.get_window_extent(renderer)


def _legend_handles(layers: Layers, visible: Any = None) -> list[Any]:
    """One entry per role, then border kinds, movements, events and cities: those with a
    row that intersects ``visible`` (a lon/lat shape), or all when it is None."""
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def rows(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
        return [r for r in records(frame) if visible is None or visible.intersects(r["geometry"])]

    roles = {_country_role(r) for r in rows(layers.countries)}
    roles |= {_role(r) for r in rows(layers.places)}
    handles: list[Any] = [
        Patch(facecolor=to_rgba(ROLE_STYLES[role][0], _opacity(role)), label=ROLE_STYLES[role][1])
        for role in ROLES
        if role in roles
    ]
    groups = [as_list(r.get("groups")) for r in rows(layers.borders)]
    kinds = ((True, NATO_BLUE, "Border with a NATO member"), (False, BORDER_RED, "Other border"))
    for nato, colour, label in kinds:
        if any(("NATO" in g) == nato for g in groups):
            handles.append(Line2D([], [], color=colour, lw=FOCUS_BORDER_PT, label=label))
    if rows(layers.routes):
        handles.append(Line2D([], [], color=ROUTE_INK, lw=ROUTE_PT, ls=DASHES, label="Movement"))
    if rows(layers.events):
        handles.append(_marker("D", EVENT_RED, "Event"))
    if rows(layers.places):
        handles.append(_marker("o", "#666666", "City or region"))
    return handles


def _marker(shape: str, colour: str, label: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D(
        [],
        [],
        ls="none",
        marker=shape,
        markersize=5,
        markerfacecolor=colour,
        markeredgecolor="white",
        markeredgewidth=0.6,
        label=label,
    )


def _scale_bar_box(width: float, ppt: float) -> Bbox:
    """The pixel box the scale bar may take at the bottom left of a frame ``width`` px
    wide: a fifth of it rounded to 1, 2 or 5 is at most 0.32 of it."""
    from matplotlib.transforms import Bbox

    return Bbox.from_extents(0, 0, 0.33 * width + 2 * MARGIN_PT * ppt, (SMALL_PT + 16) * ppt)


def _draw_scale_bar(ax: Axes, frame: Frame) -> None:
    """A round length about a fifth of the map's width, true at its central latitude
    (one km on the ground is 1 / cos(latitude) km of Web Mercator)."""
    x0, y0, x1, y1 = frame.extent
    (_, south), (_, centre), (_, north) = _inverse(np.array([[0, y0], [0, (y0 + y1) / 2], [0, y1]]))
    if north - south > MAX_SCALE_LAT_SPAN:
        return
    stretch = 1 / math.cos(math.radians(centre))
    km = _round_length((x1 - x0) / 5 / stretch / 1000)
    length = km * 1000 * stretch
    left, base = x0 + frame.metres(MARGIN_PT), y0 + frame.metres(MARGIN_PT + 2)
    tick = frame.metres(3)
    xs, ys = [left, left, left + length, left + length], [base + tick, base, base, base + tick]
    halo = _halo(HALO_PT + 1.2)
    ax.plot(xs, ys, color=LABEL_INK, lw=1.2, path_effects=halo, zorder=9, gid="scale-bar")
    label = f"{km:,.0f} km" if km >= 1 else f"{km * 1000:,.0f} m"
    _text(
        ax,
        label,
        (left + length / 2, base + tick),
        (0, 1.5),
        HALO_PT,
        ha="center",
        va="bottom",
        fontsize=SMALL_PT + 0.5,
        color=LABEL_INK,
        zorder=9,
    )


def _round_length(km: float) -> float:
    """The length of 1, 2 or 5 × 10ⁿ km nearest to ``km`` (by ratio)."""
    exponent = math.floor(math.log10(km))
    candidates = [m * 10.0**e for e in (exponent, exponent + 1) for m in (1, 2, 5)]
    return min(candidates, key=lambda c: abs(math.log(c / km)))


def _halo(width_pt: float) -> list[Any]:
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=width_pt, foreground="white", alpha=0.85)]


def _text(
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


# ---------------------------------------------------------------- the layers


def _country_role(rec: dict[str, Any]) -> str:
    return "focus" if is_focus(rec, False) else _role(rec)


def _opacity(role: str) -> float:
    return OPACITY.get(role, DEFAULT_OPACITY)


def _polygon_path(geoms: list[Any]) -> Any:
    """One compound matplotlib Path of (Multi)Polygons in Mercator, holes kept (rings
    oriented so that holes are holes under the nonzero fill rule)."""
    from matplotlib.path import Path

    vertices, codes = [], []
    for geom in geoms:
        for polygon in shapely.get_parts(shapely.orient_polygons(_project(geom))):
            for ring in (polygon.exterior, *polygon.interiors):
                xy = shapely.get_coordinates(ring)
                code = np.full(len(xy), Path.LINETO, dtype=Path.code_type)
                code[0], code[-1] = Path.MOVETO, Path.CLOSEPOLY
                vertices.append(xy)
                codes.append(code)
    if not vertices:
        return None
    return Path(np.concatenate(vertices), np.concatenate(codes))


def _draw_background(ax: Axes, view: View) -> None:
    """Land under everything: Natural Earth's coarse outlines, clipped to the frame."""
    from matplotlib.patches import PathPatch

    from geobrief.shapes import load_background

    land = [g for g in view.lighten(load_background().geometry.values) if g is not None]
    path = _polygon_path(land)
    if path is not None:
        ax.add_patch(PathPatch(path, facecolor=LAND, edgecolor=COAST, lw=0.5, zorder=1))


def _draw_countries(ax: Axes, layers: Layers, view: View) -> None:
    """Countries of the story filled by role, as translucent as on the web map."""
    from matplotlib.collections import PatchCollection
    from matplotlib.colors import to_rgba
    from matplotlib.patches import PathPatch

    rows = records(layers.countries)
    patches, colours = [], []
    for rec, geom in zip(rows, view.lighten([r["geometry"] for r in rows]), strict=True):
        path = None if geom is None or geom.is_empty else _polygon_path([geom])
        if path is not None:
            role = _country_role(rec)
            patches.append(PathPatch(path))
            colours.append(to_rgba(ROLE_STYLES[role][0], _opacity(role)))
    if patches:
        collection = PatchCollection(
            patches, facecolors=colours, edgecolors=COAST, linewidths=0.5, zorder=2
        )
        ax.add_collection(collection)


def _lines(geom: Any) -> list[np.ndarray]:
    return [shapely.get_coordinates(part) for part in shapely.get_parts(_project(geom))]


def _draw_borders(ax: Axes, layers: Layers) -> None:
    """Shared boundaries: NATO blue where the other side is in NATO, else red; the focus
    country's thick."""
    from matplotlib.collections import LineCollection

    segments, colours, widths = [], [], []
    for rec in records(layers.borders):
        colour = NATO_BLUE if "NATO" in as_list(rec.get("groups")) else BORDER_RED
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
            )
        )


def _draw_routes(ax: Axes, layers: Layers, frame: Frame) -> None:
    """Movements as dashed lines, an arrowhead at the end along the last segment
    (Web Mercator is conformal: the angle on the map is the angle on the ground)."""
    from matplotlib.collections import LineCollection
    from matplotlib.patches import Polygon

    segments = []
    for rec in records(layers.routes):
        line = _lines(largest_part(rec["geometry"]))[0]
        segments.append(line)
        head = _arrowhead(line, frame)
        if head is not None:
            ax.add_patch(Polygon(head, closed=True, facecolor=ROUTE_INK, lw=0, zorder=5))
    if segments:
        ax.add_collection(
            LineCollection(
                segments,
                colors=ROUTE_INK,
                linewidths=ROUTE_PT,
                linestyles=[DASHES],
                alpha=0.9,
                zorder=4,
            )
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


def _events(layers: Layers) -> np.ndarray:
    """The Mercator points of events, each once."""
    points = {tuple(np.round(_point(r["geometry"]))) for r in records(layers.events)}
    return np.array(sorted(points)).reshape(-1, 2)


def _diamonds(events: np.ndarray, frame: Frame) -> np.ndarray:
    """Where event diamonds go: just above their point, as on the web map, so that a
    city's dot and its event both show."""
    return events + np.array([0.0, frame.metres(EVENT_LIFT_PT)])


def _draw_events(ax: Axes, events: np.ndarray, frame: Frame) -> None:
    """Events as red diamonds above their point, one per point."""
    if len(events):
        xy = _diamonds(events, frame)
        ax.scatter(
            xy[:, 0],
            xy[:, 1],
            marker="D",
            s=2 * EVENT_PT**2,  # the marker's side is sqrt(s): half its diagonal is EVENT_PT
            c=EVENT_RED,
            edgecolors="white",
            linewidths=0.8,
            zorder=7.5,
        )


def _draw_places(
    ax: Axes, places: list[dict[str, Any]], names: _Names, frame: Frame, renderer: RendererBase
) -> list[Bbox]:
    """Dots filled by role (the most important on top) and names with a white halo;
    the pixel boxes of the names and dots, for the country names to avoid."""
    if not places:
        return []
    xy = names.xy
    sizes = [min(2.2 + 0.6 * int(p.get("mentions") or 0) ** 0.5, 3.6) * 2 for p in places]
    colours = [ROLE_STYLES[_role(p)][0] for p in places]
    edges = ["#333333" if _role(p) == "mentioned" else "white" for p in places]
    ax.scatter(
        xy[::-1, 0],
        xy[::-1, 1],
        s=[d**2 for d in sizes[::-1]],
        c=colours[::-1],
        edgecolors=edges[::-1],
        linewidths=0.8,
        zorder=7,
    )
    taken = []
    for (x, y), place, side, size in zip(xy, places, names.sides, sizes, strict=True):
        centre = ax.transData.transform((x, y))
        taken.append(_square(centre, size / 2 * frame.px_per_pt))
        if side is None:  # no room for it
            continue
        ha = {"right": "left", "left": "right"}.get(side, "center")
        va = {"top": "bottom", "bottom": "top"}.get(side, "center")
        text = _text(
            ax,
            _name(place),
            (x, y),
            names.offset(side),
            HALO_PT,
            ha=ha,
            va=va,
            fontsize=CITY_PT,
            fontweight="bold",
            color=LABEL_INK,
            zorder=8,
        )
        taken.append(text[-1].get_window_extent(renderer))
    return taken


def _square(centre: np.ndarray, half: float) -> Bbox:
    from matplotlib.transforms import Bbox

    return Bbox.from_extents(centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half)


def _draw_country_names(
    ax: Axes, layers: Layers, frame: Frame, renderer: RendererBase, taken: list[Bbox]
) -> None:
    """Story countries' names in small grey capitals at Natural Earth's label point, or
    just below or above it; left out where they would cover a name, a dot or the legend,
    or where the point is off the map."""
    x0, y0, x1, y1 = frame.extent
    points = _label_points()
    rows = records(layers.countries)
    order = sorted(
        range(len(rows)),
        key=lambda i: (ROLES.index(_country_role(rows[i])), -int(rows[i].get("mentions") or 0)),
    )
    shift = COUNTRY_PT * 1.4
    for i in order:
        point = points.get(str(rows[i].get("iso_a2")))
        if point is None:
            continue
        x, y = _mercator(np.array([[point.x, point.y]]))[0]
        if not (x0 < x < x1 and y0 < y < y1):
            continue
        for dy in (0, -shift, shift, -2 * shift, 2 * shift):
            text = _text(
                ax,
                _name(rows[i]).upper(),
                (x, y),
                (0, dy),
                HALO_PT * 0.8,
                ha="center",
                va="center",
                fontsize=COUNTRY_PT,
                color=COUNTRY_INK,
                zorder=6.5,
            )
            box = text[-1].get_window_extent(renderer)
            if _inside(box, ax.bbox) and not any(box.overlaps(t) for t in taken):
                taken.append(box)
                break
            for part in text:
                part.remove()


def _inside(box: Bbox, frame: Bbox) -> bool:
    return frame.x0 <= box.x0 and frame.y0 <= box.y0 and box.x1 <= frame.x1 and box.y1 <= frame.y1
