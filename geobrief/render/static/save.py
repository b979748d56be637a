"""The static map as PNG, SVG or PDF bytes: the same picture in each, the same bytes for
the same map.

A map is laid out once, in pixels at its dpi (:func:`geobrief.render.static.map.figure`);
each format then gives it the size the user asked for in its own terms. A PNG is
``width`` × ``height`` pixels. An SVG is ``width`` × ``height`` CSS pixels (its root's
``width``/``height``; the drawing inside is in points and scales with it), and a PDF the
same size, at 96 CSS pixels to the inch (1200 px is 900 pt): text and lines keep their
share of the picture in every format, as in the PNG at its dpi.

Each carries the mark :func:`geobrief.render.writer.refuse_foreign` looks for (PNG
``Software``, SVG creator, a PDF comment after its header as well as its Creator and
Producer) and a text alternative: the headline as PNG ``Title``, SVG ``<title>``, PDF
Title; the map in words as PNG ``Description``, SVG ``<desc>``, PDF Subject. SVG groups
carry names: one ``<g>`` per layer (``land``, ``countries``, ``borders``, ``routes``,
``places``, ``events``, ...) and an id for each drawn piece inside, never matplotlib's
``patch_1``.
"""

from __future__ import annotations

import functools
import html
import io
import re
from typing import TYPE_CHECKING, Any

from geobrief.render.static.metrics import remember_font_heights, text_paths
from geobrief.render.writer import GENERATOR

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure

CSS_PX_PER_INCH = 96.0
PDF_MARK = b"%" + GENERATOR.encode() + b"\n"  # a comment line: what refuse_foreign finds
PDF_TEXT_MAX = 500  # characters of title and description in a PDF's metadata
# (layer, lowest zorder, highest): every artist drawn between them belongs to the layer
MAP_LAYERS = (
    ("sea", -1.0, 0.5), ("land", 0.5, 1.5), ("countries", 1.5, 2.5), ("borders", 2.5, 3.5),
    ("routes", 3.5, 6.0), ("country-names", 6.0, 6.9), ("places", 6.9, 7.5),
    ("place-names", 7.5, 8.2), ("events", 8.2, 8.5), ("scale-bar", 8.5, 9.5),
    ("legend", 9.5, 11.0),
)
FIGURE_LAYERS = (("map", -1.0, 0.5), ("overview", 0.5, 1.5), ("heading", 2.5, 3.2),
                 ("key", 3.2, 3.7), ("credit", 3.7, 4.5))


def group_layers(container: Any, layers: tuple[tuple[str, float, float], ...]) -> None:
    """Name every artist of ``container`` (a Figure or Axes) after its layer, and wrap
    each layer's artists in one SVG group of that name."""
    mark = _mark_class()
    counts: dict[str, int] = {}
    for artist in container.get_children():
        layer = next((n for n, lo, hi in layers if lo < artist.get_zorder() < hi), "other")
        _name(artist, layer, counts)
    for layer, low, high in layers:
        container.add_artist(mark(layer, True, low))
        container.add_artist(mark(f"{layer}-end", False, high))


@functools.cache
def _mark_class() -> type[Artist]:
    """The artist that opens or closes a layer's group, made once: matplotlib writes the
    docstring of every Artist class it makes (11 ms), and matplotlib is imported late."""
    from matplotlib.artist import Artist

    class Mark(Artist):
        """Opens or closes a group where it is drawn (a no-op outside SVG)."""

        def __init__(self, gid: str, opening: bool, zorder: float) -> None:
            super().__init__()
            self.set_gid(gid)
            self.opening = opening
            self.set_zorder(zorder)

        def set_clip_path(self, path: Any, transform: Any = None) -> None:
            """Nothing to clip: an axes gives each artist added its clip path, a mark
            none (making it cost more than the rest of adding the mark)."""

        def draw(self, renderer: Any) -> None:
            if self.opening:
                renderer.open_group("layer", gid=self.get_gid())
            else:
                renderer.close_group("layer")

    return Mark


def _name(artist: Artist, prefix: str, counts: dict[str, int]) -> None:
    """A unique id for ``artist`` and everything inside it that has none (a text's box,
    such as an event marker's disc, included): ``prefix`` and a number. Axes' axis lines
    are skipped: a map draws none, and listing them makes all their ticks (a tenth of an
    export's time)."""
    from matplotlib.axis import Axis

    if isinstance(artist, Axis):
        return
    if artist.get_gid() is None:
        counts[prefix] = counts.get(prefix, 0) + 1
        artist.set_gid(f"{prefix}-{counts[prefix]}")
    box = artist.get_bbox_patch() if hasattr(artist, "get_bbox_patch") else None
    for child in [*artist.get_children(), *([box] if box is not None else [])]:
        _name(child, artist.get_gid() or prefix, counts)


def save(
    fig: Figure, fmt: str, *, title: str, description: str, edited: str | None = None
) -> bytes:
    """``fig`` as PNG, SVG or PDF bytes (see the module); ``edited`` is the line that says
    an edits file corrected the map (``render.edited``): a PNG ``Comment``, an SVG
    ``Description``, a PDF's ``Keywords``."""
    if fmt == "svg":
        return _svg(fig, title, description, edited)
    if fmt == "pdf":
        return _pdf(fig, title, description, edited)
    out = io.BytesIO()
    metadata = {"Software": GENERATOR, "Title": title, "Description": description}
    if edited:
        metadata["Comment"] = edited
    fig.savefig(out, format="png", dpi=fig.dpi, metadata=metadata,
                facecolor=fig.get_facecolor())
    return out.getvalue()


def _svg(fig: Figure, title: str, description: str, edited: str | None) -> bytes:
    """The SVG, sized in CSS pixels, with ``<title>`` and ``<desc>`` after its metadata
    (whose creator is the mark, in the file's first bytes)."""
    metadata = {"Date": None, "Creator": GENERATOR} | ({"Description": edited} if edited else {})
    width, height = (round(v * CSS_PX_PER_INCH) for v in _css_inches(fig))
    svg = re.sub(rb'<svg ([^>]*?)width="[^"]*" height="[^"]*"',
                 rf'<svg \1width="{width}px" height="{height}px"'.encode(),
                 _draw_svg(fig, metadata), count=1)
    alternative = (
        f'\n <title id="map-title">{html.escape(title, quote=False)}</title>'
        f'\n <desc id="map-desc">{html.escape(description, quote=False)}</desc>'
    ).encode()
    svg = svg.replace(b"</metadata>", b"</metadata>" + alternative, 1)
    return svg.replace(b"<svg ", b'<svg role="img" aria-labelledby="map-title map-desc" ', 1)


def _draw_svg(fig: Figure, metadata: dict[str, Any]) -> bytes:
    """matplotlib's SVG of ``fig`` (what ``savefig`` writes), drawn by a renderer that
    takes text sizes and outlines from the process-wide cache
    (:mod:`geobrief.render.static.metrics`) and writes paths compactly
    (:func:`_compact_svg`)."""
    from matplotlib.backends.backend_mixed import MixedModeRenderer

    dpi, out = fig.dpi, io.StringIO()
    width, height = fig.get_size_inches()
    fig.dpi = 72  # what matplotlib's SVG backend draws at: one unit a point
    try:
        svg = _compact_svg()(width * 72, height * 72, out, image_dpi=dpi, metadata=metadata)
        svg._text2path = text_paths()
        remember_font_heights(svg, fig)
        renderer = MixedModeRenderer(fig, width, height, dpi, svg)
        fig.draw(renderer)
        renderer.finalize()
    finally:
        fig.dpi = dpi
    return out.getvalue().encode()


def _css_inches(fig: Figure) -> tuple[float, float]:
    """The figure's size in inches of CSS pixels: its pixels at 96 to the inch."""
    width, height = fig.get_size_inches() * fig.dpi
    return width / CSS_PX_PER_INCH, height / CSS_PX_PER_INCH


def _pdf(fig: Figure, title: str, description: str, edited: str | None) -> bytes:
    """The PDF, one page sized in CSS pixels: matplotlib's PDF drawing of the figure,
    scaled by one transformation at the top of the page; no creation date (the same
    bytes every time)."""
    from matplotlib.backends.backend_mixed import MixedModeRenderer
    from matplotlib.backends.backend_pdf import Op, PdfFile, RendererPdf

    metadata = {
        "Creator": GENERATOR, "Producer": GENERATOR, "CreationDate": None,
        "Title": title[:PDF_TEXT_MAX], "Subject": description[:PDF_TEXT_MAX],
    } | ({"Keywords": edited} if edited else {})
    dpi, out = fig.dpi, io.BytesIO()
    width, height = fig.get_size_inches()
    scale = dpi / CSS_PX_PER_INCH
    fig.dpi = 72  # what matplotlib's PDF backend draws at: one unit a point
    pdf = PdfFile(out, metadata=metadata)
    pdf.write(PDF_MARK)  # in the first bytes, where the Info dictionary (at the end) is not
    try:
        pdf.newPage(width * scale, height * scale)
        pdf.output(scale, 0, 0, scale, 0, 0, Op.concat_matrix)
        renderer = MixedModeRenderer(fig, width, height, dpi, RendererPdf(pdf, dpi, height, width))
        fig.draw(renderer)
        renderer.finalize()
        pdf.finalize()
    finally:
        pdf.close()
        fig.dpi = dpi
    return out.getvalue()


@functools.cache
def _compact_svg() -> type[Any]:
    """matplotlib's SVG renderer writing path coordinates to 0.1 pt, each path on one
    line: a third smaller than its six decimals, the same drawing (a tenth of a point is
    0.035 mm). Only paths change, never text."""
    from matplotlib import _path
    from matplotlib.backends.backend_svg import RendererSVG

    class CompactSVG(RendererSVG):
        def _convert_path(self, path: Any, transform: Any = None, clip: Any = None,
                          simplify: Any = None, sketch: Any = None) -> str:
            box = (0.0, 0.0, self.width, self.height) if clip else None
            data = _path.convert_to_string(path, transform, box, simplify, sketch, 1,
                                           [b"M", b"L", b"Q", b"C", b"z"], False)
            return " ".join(data.decode("ascii").split())

    return CompactSVG
