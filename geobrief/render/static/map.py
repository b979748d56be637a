"""A static locator map of a briefing, drawn with matplotlib (PNG or SVG, no browser).

For report writers who paste a picture rather than a page: the same layers, colours and
opacities as the interactive map (:mod:`geobrief.render.style`), in Web Mercator like it,
with a legend, a scale bar and the attribution drawn into the picture.

The story (:class:`geobrief.render.view.View`) and its city names are fitted into the part
of the frame that the legend leaves free, so the legend never covers them. City names go
where they cover no other name or dot (:mod:`geobrief.render.labels`); country names only where
they cover nothing drawn before them. Text and symbols have sizes in points: ``width``
and ``height`` set the pixels and ``dpi`` how many of them make an inch, so 1200 × 800 at
150 dpi looks like 2400 × 1600 at 300 dpi, only sharper. The same briefing gives the same
bytes. Strings from the article are drawn as plain text (no mathtext) and escaped in SVG.
matplotlib is imported only when a map is drawn: ``geobrief build`` does not need it, and
folium is not imported at all.

:func:`_draw` below is the whole drawing in order; the pieces live in
:mod:`geobrief.render.static.frame` (Web Mercator, fitting the frame),
:mod:`geobrief.render.static.furniture` (attribution, legend, scale bar),
:mod:`geobrief.render.static.names` (where city and country names go),
:mod:`geobrief.render.static.layers` (land, countries, borders, movements, events, cities) and
:mod:`geobrief.render.static.style` (colours, sizes, text with a halo).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from geobrief.errors import MissingDependencyError
from geobrief.render.edited import edited_note
from geobrief.render.static.frame import R, diamonds, free_areas, layout
from geobrief.render.static.furniture import (
    attribution,
    draw_scale_bar,
    legend,
    legend_handles,
    scale_bar_box,
)
from geobrief.render.static.layers import (
    draw_background,
    draw_borders,
    draw_countries,
    draw_events,
    draw_places,
    draw_routes,
    square,
)
from geobrief.render.static.names import Names, draw_country_names
from geobrief.render.static.style import EVENT_PT, LAND, SEA
from geobrief.render.style import importance
from geobrief.render.view import View
from geobrief.render.writer import GENERATOR
from geobrief.story.rows import records

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure

    from geobrief.models import Briefing, Layers

__all__ = ["FORMATS", "LAND", "R", "figure", "render_static"]  # LAND, R: for the tests

FORMATS = ("png", "svg")
MIN_PX, MAX_PX = 100, 10000
# The same picture every time: matplotlib's defaults, not the user's matplotlibrc, and
# text kept as text in SVG (editable, searchable) under a fixed id salt.
RC = {
    "svg.hashsalt": "geobrief",
    "svg.fonttype": "none",
    "text.usetex": False,
    "font.family": "DejaVu Sans",
    "savefig.bbox": None,
}


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
        metadata = ({"Date": None, "Creator": GENERATOR} if fmt == "svg"
                    else {"Software": GENERATOR})  # the mark (see render.writer)
        if note := edited_note(briefing):  # an edits file corrected it (render.edited)
            metadata["Description" if fmt == "svg" else "Comment"] = note
        fig.savefig(out, format=fmt, dpi=dpi, metadata=metadata, facecolor=SEA)
    return out.getvalue() if fmt == "png" else compact_paths(out.getvalue())


_PATH_DATA = re.compile(rb' d="([^"]*)"')
_LONG_NUMBER = re.compile(rb"(-?\d+\.\d)\d+")


def compact_paths(svg: bytes) -> bytes:
    """Path coordinates to 0.1 pt and one line each: a third smaller, the same drawing
    (a tenth of a point is 0.035 mm). Only ``d`` attributes change, never text."""

    def shorten(match: re.Match[bytes]) -> bytes:
        data = _LONG_NUMBER.sub(rb"\1", match.group(1))
        return b' d="' + b" ".join(data.split()) + b'"'

    return _PATH_DATA.sub(shorten, svg)


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
    attribution_box = attribution(ax.figure, ppt, renderer)
    legend_box = legend(ax, legend_handles(layers), attribution_box, ppt, renderer)
    bottom = [attribution_box, scale_bar_box(ax.figure.bbox.width, ppt)]
    rows = records(layers.places)
    places = [rows[i] for i in importance(rows)]
    names = Names(places, layers, ppt, renderer)
    size = (ax.figure.bbox.width, ax.figure.bbox.height)
    areas = free_areas(size, legend_box, bottom, ppt)
    if not areas and legend_box is not None:  # a frame too small for a legend gets none
        ax.get_legend().remove()
        legend_box, areas = None, free_areas(size, None, bottom, ppt)
    areas = areas or [(0, 0, *size)]
    view = View.of(layers)
    frame = layout(view, names, areas, size, ppt)
    ax.set_xlim(frame.extent[0], frame.extent[2])
    ax.set_ylim(frame.extent[1], frame.extent[3])
    if legend_box is not None:  # again with only what the frame shows: never larger
        ax.get_legend().remove()
        legend(ax, legend_handles(layers, frame.lonlat_box()), attribution_box, ppt, renderer)
    view = replace(view, region=frame.region())
    draw_background(ax, view)
    draw_countries(ax, layers, view)
    draw_borders(ax, layers)
    draw_routes(ax, layers, frame)
    draw_events(ax, names.events, frame)
    taken = draw_places(ax, places, names, frame, renderer)
    on_screen = ax.transData.transform(diamonds(names.events, frame))
    taken += [square(xy, EVENT_PT * ppt) for xy in on_screen]
    taken += [b for b in (legend_box, *bottom) if b is not None]
    draw_country_names(ax, layers, frame, renderer, taken)
    draw_scale_bar(ax, frame)
