"""Text measured and outlined once per process, whichever figure asks.

Laying out a line of text costs matplotlib 0.2-2 ms (libraqm shapes it), and matplotlib
keeps what it measured only as long as the renderer that measured it: one figure. A
batch draws the same words on map after map (the legend, the credit line, country and
city names), and one map measures each name three times over (the Agg layout, the SVG
layout, the halo's outline). So the renderers that draw a static map take their text
sizes and outlines from process-wide caches: the same numbers and outlines matplotlib
computes, computed once (plain text only; mathtext, which a map never draws, is passed
through). Each cache holds a copy of the font properties it was asked with, as
matplotlib's own cache does, so that no later change to a text's font alters a key.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

CACHE_SIZE = 8192  # lines of text (a map draws some 20 to 100)
Size = tuple[float, float, float]  # width, height, descent
# where Text._get_layout reads a font's line heights: (table, line gap, ascent, descent)
FONT_TABLES = (("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
               ("hhea", "lineGap", "ascent", "descent"))


def agg_renderer(fig: Figure) -> RendererBase:
    """The Agg renderer of ``fig`` (its canvas's, which ``savefig`` to PNG draws with),
    measuring plain text through the process-wide cache."""
    from matplotlib import rcParams
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    measure = renderer.get_text_width_height_descent

    def cached(s: str, prop: FontProperties, ismath: Any) -> Size:
        if ismath:
            return measure(s, prop, ismath)
        return agg_size(s, prop.copy(), renderer.dpi, rcParams["text.hinting"])

    renderer.get_text_width_height_descent = cached
    remember_font_heights(renderer, fig)
    return renderer


def remember_font_heights(renderer: RendererBase, fig: Figure) -> None:
    """Let ``renderer`` give matplotlib's text layout the font's line heights from the
    process-wide cache: ``Text._get_layout`` asks a renderer that has the (private)
    ``_get_font_height_metrics`` for them, and otherwise looks the font up and reads its
    tables for every text it lays out (a fifth of laying out a map's names)."""
    renderer._get_font_height_metrics = lambda prop: font_heights(prop.copy(), fig.dpi)


@functools.lru_cache(maxsize=CACHE_SIZE)
def font_heights(prop: FontProperties, dpi: float) -> tuple[float | None, ...]:
    """(ascent, descent, line gap) in pixels at ``dpi`` of the font ``prop`` finds, from
    its OS/2 or hhea table, as ``Text._get_layout`` computes them; Nones when it has
    neither (matplotlib then measures "lp")."""
    from matplotlib.font_manager import fontManager, get_font

    font = get_font(fontManager._find_fonts_by_props(prop))
    for name, gap, ascent, descent in FONT_TABLES:
        table = font.get_sfnt_table(name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points()
        scale = scale * dpi / 72
        return table[ascent] * scale, -table[descent] * scale, table[gap] * scale
    return None, None, None


@functools.lru_cache(maxsize=CACHE_SIZE)
def agg_size(s: str, prop: FontProperties, dpi: float, hinting: str) -> Size:
    """Width, height and descent in pixels at ``dpi`` of the line ``s`` as Agg measures
    it (``hinting``: the rcParam it was measured under, part of the key)."""
    return _agg_at(dpi).get_text_width_height_descent(s, prop, ismath=False)


@functools.lru_cache(maxsize=16)
def _agg_at(dpi: float) -> RendererBase:
    """A one-pixel Agg renderer at ``dpi``, to measure with."""
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(1, 1, dpi)


@functools.cache
def text_paths() -> TextToPath:
    """The process's TextToPath for the SVG renderer: sizes and glyph outlines of plain
    text from the caches, the rest as matplotlib does it."""
    from matplotlib.textpath import TextToPath

    class CachedTextToPath(TextToPath):
        """TextToPath with plain text's sizes and outlines remembered."""

        def get_text_width_height_descent(self, s: str, prop: FontProperties, ismath: Any
                                          ) -> Size:
            if ismath:
                return super().get_text_width_height_descent(s, prop, ismath)
            return _vector_size(s, prop.copy())

        def get_text_path(self, prop: FontProperties, s: str, ismath: Any = False, *,
                          features: Any = None, language: Any = None) -> tuple[Any, Any]:
            if ismath or features is not None or language is not None:
                return super().get_text_path(prop, s, ismath, features=features,
                                             language=language)
            verts, codes = _outline(s, prop.copy())
            return verts.copy(), list(codes)

    return CachedTextToPath()


@functools.cache
def _plain() -> TextToPath:
    from matplotlib.textpath import TextToPath

    return TextToPath()


@functools.lru_cache(maxsize=CACHE_SIZE)
def _vector_size(s: str, prop: FontProperties) -> Size:
    return _plain().get_text_width_height_descent(s, prop, False)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _outline(s: str, prop: FontProperties) -> tuple[np.ndarray, tuple[int, ...]]:
    import numpy as np

    verts, codes = _plain().get_text_path(prop, s)
    return np.asarray(verts, dtype=float).reshape(-1, 2), tuple(codes)
