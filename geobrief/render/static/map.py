"""A static locator map of a briefing, drawn with matplotlib (PNG, SVG or PDF, no browser).

For report writers who paste a picture rather than a page: the same layers, colours and
opacities as the interactive map (:mod:`geobrief.render.style`), in Web Mercator like it
but centred on the story wherever it is (across the date line too), with what a
newsroom locator map carries around it: the headline and description, an overview
inset, a legend, a scale bar, numbered event markers with their key, and the source and
credit line.

The story (:class:`geobrief.render.view.View`) and its city names are fitted into the part
of the map that the legend, the inset and the scale bar leave free, so that these never
cover it. City names go where they cover no other name or dot (:mod:`geobrief.render.labels`);
country names, for every country in view, where they cover nothing drawn before them.
Text and symbols have sizes in points: ``width`` and ``height`` set the pixels and
``dpi`` how many of them make an inch, so 1200 × 800 at 150 dpi looks like 2400 × 1600 at
300 dpi, only sharper; an SVG or PDF is the same picture (:mod:`geobrief.render.static.save`).
The same briefing gives the same bytes. Strings from the article are drawn as plain text
(no mathtext) and escaped in SVG. matplotlib is imported only when a map is drawn:
``geobrief build`` does not need it, and folium is not imported at all.

:func:`_draw` below is the whole drawing in order; the pieces live in
:mod:`~geobrief.render.static.seam` (the central meridian), :mod:`~.frame` (Web Mercator,
fitting the frame), :mod:`~.captions` (headline, key, credit), :mod:`~.furniture` (legend,
scale bar), :mod:`~.inset`, :mod:`~.markers` (numbered events), :mod:`~.names` (city
names), :mod:`~.countries` (country names), :mod:`~.layers` (land, countries, borders,
movements, cities), :mod:`~.style` (palettes, sizes, matplotlib's settings),
:mod:`~.metrics` (text measured once per process) and :mod:`~.save` (the formats).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from geobrief.gazetteer.shapes import load_background
from geobrief.render.edited import edited_note
from geobrief.render.static.axes import map_axes
from geobrief.render.static.captions import (
    Writer,
    credit_line,
    draw_footer,
    draw_heading,
    footer_height,
    heading_text,
)
from geobrief.render.static.countries import countries_in_view, draw_country_names
from geobrief.render.static.frame import Box, Frame, R, free_areas, layout, project
from geobrief.render.static.furniture import (
    draw_scale_bar,
    legend,
    legend_handles,
    scale_bar_box,
)
from geobrief.render.static.inset import draw_inset, inset_box
from geobrief.render.static.layers import (
    draw_background,
    draw_borders,
    draw_countries,
    draw_places,
    draw_routes,
    square,
)
from geobrief.render.static.markers import (
    Marker,
    bring_into_view,
    draw_markers,
    number_events,
    shown_points,
)
from geobrief.render.static.metrics import agg_renderer
from geobrief.render.static.names import Names
from geobrief.render.static.save import FIGURE_LAYERS, MAP_LAYERS, group_layers, save
from geobrief.render.static.seam import central_meridian, mend, story_view, turn, turn_layers
from geobrief.render.static.style import (
    LIGHT,
    MARKER_PT,
    Look,
    Theme,
    drawing_style,
    theme_named,
)
from geobrief.render.style import importance
from geobrief.render.view import View, layer_rows, route_lines, rows_read_once
from geobrief.render.wording import map_alternative

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

    from geobrief.models import Briefing, Layers

__all__ = ["FORMATS", "LAND", "R", "figure", "render_static"]  # LAND, R: for the tests

LAND = LIGHT.land
FORMATS = ("png", "svg", "pdf")
MIN_PX, MAX_PX = 100, 10000


def render_static(
    briefing: Briefing, fmt: str, *, width: int = 1200, height: int = 800, dpi: int = 150,
    look: Look | None = None,
) -> bytes:
    """The briefing's locator map as PNG, SVG or PDF bytes (``fmt``); ``width`` and
    ``height`` in pixels (CSS pixels for SVG and PDF). ``look`` adds the headline and
    description and picks the theme; None draws the map alone, light, for a page that has
    its own headline. The same briefing and arguments give the same bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown static map format {fmt!r}: use png, svg or pdf")
    if not (MIN_PX <= width <= MAX_PX and MIN_PX <= height <= MAX_PX and 10 <= dpi <= 1200):
        raise ValueError(f"a static map is {MIN_PX}-{MAX_PX} px wide and high, at 10-1200 dpi")
    with drawing_style():
        fig = _figure(briefing, width=width, height=height, dpi=dpi, look=look)
        title = heading_text(briefing.article, look or Look())[0] or "Map"
        return save(fig, fmt, title=title, description=map_alternative(briefing),
                    edited=edited_note(briefing))


def figure(
    briefing: Briefing, *, width: int = 1200, height: int = 800, dpi: int = 150,
    look: Look | None = None,
) -> Figure:
    """The locator map as a matplotlib Figure of ``width`` × ``height`` pixels at ``dpi``,
    on an Agg canvas (no pyplot, no window); what :func:`render_static` saves."""
    with drawing_style():
        return _figure(briefing, width=width, height=height, dpi=dpi, look=look)


def _figure(briefing: Briefing, *, width: int, height: int, dpi: int, look: Look | None
            ) -> Figure:
    """:func:`figure`, in the map's style already."""
    from matplotlib.figure import Figure

    theme = theme_named(look.theme) if look else LIGHT
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, facecolor=theme.paper)
    fig.set_gid("locator-map")
    fig.patch.set_gid("paper")
    renderer = agg_renderer(fig)
    with rows_read_once():
        _draw(fig, briefing, look, Writer(fig, renderer, theme))
    return fig


def _draw(fig: Figure, briefing: Briefing, look: Look | None, writer: Writer) -> None:
    """Headline, then the map fitted between it and the key, then the key and credit."""
    from matplotlib.patches import Rectangle

    article, theme = briefing.article, writer.theme
    top = draw_heading(writer, *heading_text(article, look)) if look else 0.0
    lon0 = central_meridian(briefing.layers)
    layers = turn_layers(briefing.layers, lon0)
    markers = number_events(layers, article.date.year if article.date else None)
    width, height = fig.bbox.width, fig.bbox.height
    bottom = footer_height(markers, width, writer.ppt)
    ax = map_axes(fig, (0, bottom / height, 1, (height - top - bottom) / height), gid="map-frame")
    ax.add_artist(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor=theme.sea, lw=0,
                           zorder=0))
    markers = _draw_map(ax, layers, markers, lon0, writer.renderer, theme)
    draw_footer(writer, markers, credit_line(article))
    group_layers(ax, MAP_LAYERS)
    group_layers(fig, FIGURE_LAYERS)


def _draw_map(
    ax: Axes, layers: Layers, markers: list[Marker], lon0: float, renderer: RendererBase,
    theme: Theme,
) -> list[Marker]:
    """Fit the frame around the story, clear of the legend, inset and scale bar, and
    draw the map; the markers as drawn (moved into view or marked off the map)."""
    ppt = ax.figure.dpi / 72
    size = (ax.bbox.width, ax.bbox.height)
    view = story_view(layers)
    handles = legend_handles(layers, theme, markers=len(markers))
    legend_box = _local(legend(ax, handles, theme, renderer), ax)
    inset, scale = inset_box(view, size, ppt), scale_bar_box(size[0], ppt)
    legend_box, inset, areas = _room(ax, size, legend_box, inset, scale, ppt)
    rows = layer_rows(layers.places)
    places = [rows[i] for i in importance(rows)]
    names = Names(places, layers, ppt, renderer)
    names.events = shown_points(markers)
    frame = layout(view, names, areas, size, ppt)
    markers = bring_into_view(markers, layers, frame)
    names.events = shown_points(markers)
    names.place(frame)
    ax.set_xlim(frame.extent[0], frame.extent[2])
    ax.set_ylim(frame.extent[1], frame.extent[3])
    if legend_box is not None:  # again with only what the frame shows: never larger
        shown = sum(m.shown for m in markers)
        handles = legend_handles(layers, theme, frame.lonlat_box(), shown)
        drawn = [text.get_text() for text in ax.get_legend().get_texts()]
        if [handle.get_label() for handle in handles] != drawn:  # a label's look is fixed
            ax.get_legend().remove()
            legend(ax, handles, theme, renderer)
    background = load_background()
    outlines = list(turn(background.geometry.values, lon0))
    view = replace(view, region=frame.region())
    land = mend(view.lighten(outlines), lon0)
    draw_background(ax, land, theme)
    taken = _draw_layers(ax, layers, places, names, markers, frame, view, lon0, theme, renderer)
    furniture = [b for b in (legend_box, inset, scale) if b is not None]
    taken += [_figure_box(b, ax) for b in furniture]
    draw_scale_bar(ax, frame, theme)
    blocked = [_metres(b, frame) for b in furniture]
    countries = countries_in_view(layers, list(background["iso_a2"]), list(background["name"]),
                                  land, frame, lon0, blocked)
    routes = [project(line) for line in route_lines(layers.routes)]
    draw_country_names(ax, countries, frame, theme, renderer, taken, routes)
    if inset is not None:
        draw_inset(ax.figure, inset, (ax.bbox.x0, ax.bbox.y0), frame, layers,
                   (list(background["iso_a2"]), outlines), lon0, theme)
    return markers


def _room(
    ax: Axes, size: tuple[float, float], legend_box: Box | None, inset: Box | None, scale: Box,
    ppt: float,
) -> tuple[Box | None, Box | None, list[Box]]:
    """Where the story may go; a map too small for the legend or the inset gets none."""
    while True:
        areas = free_areas(size, [b for b in (legend_box, inset, scale) if b is not None], ppt)
        if areas or (legend_box is None and inset is None):
            return legend_box, inset, areas or [(0.0, 0.0, *size)]
        if inset is not None:
            inset = None
        else:
            ax.get_legend().remove()
            legend_box = None


def _draw_layers(
    ax: Axes, layers: Layers, places: list[dict[str, Any]], names: Names,
    markers: list[Marker], frame: Frame, view: View, lon0: float, theme: Theme,
    renderer: RendererBase,
) -> list[Bbox]:
    """Countries, borders, movements, markers and cities; the pixel boxes of the names,
    dots and markers drawn."""
    draw_countries(ax, layers, view, lon0, theme)
    draw_borders(ax, layers, theme)
    draw_routes(ax, layers, frame, theme)
    drawn = draw_markers(ax, markers, frame, theme)
    taken = draw_places(ax, places, names, frame, theme, renderer)
    on_screen = ax.transData.transform([t.get_position() for t in drawn]).reshape(-1, 2)
    return taken + [square(xy, MARKER_PT * frame.px_per_pt) for xy in on_screen]


def _local(box: Bbox | None, ax: Axes) -> Box | None:
    """A figure pixel box in the map's own pixels."""
    if box is None:
        return None
    return (box.x0 - ax.bbox.x0, box.y0 - ax.bbox.y0, box.x1 - ax.bbox.x0, box.y1 - ax.bbox.y0)


def _metres(box: Box, frame: Frame) -> Box:
    """A box in the map's pixels as Web Mercator metres."""
    x, y, scale = frame.extent[0], frame.extent[1], frame.scale
    return (x + box[0] * scale, y + box[1] * scale, x + box[2] * scale, y + box[3] * scale)


def _figure_box(box: Box, ax: Axes) -> Bbox:
    from matplotlib.transforms import Bbox

    x, y = ax.bbox.x0, ax.bbox.y0
    return Bbox.from_extents(box[0] + x, box[1] + y, box[2] + x, box[3] + y)
