"""How the static map looks: its two palettes (light and dark), its sizes in points,
names as plain text over a halo, measured once per process (:func:`text_width`), and the
matplotlib settings it is drawn under (:func:`drawing_style`).

In one place because the layers (:mod:`geobrief.render.static.layers`), the names
(:mod:`geobrief.render.static.names`), the legend and scale bar
(:mod:`geobrief.render.static.furniture`), the inset and the captions must draw the same
symbols. Sizes are in points (1/72 inch), so that a map at a higher dpi is sharper, not
smaller. The role colours are the web map's (:mod:`geobrief.render.style`); the dark
palette lightens lines and text and fills the roles more opaquely, so that they read on
dark land, on screen and in print.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geobrief.errors import MissingDependencyError
from geobrief.render.static.metrics import agg_size
from geobrief.render.style import BORDER_RED, NATO_BLUE, opacity

if TYPE_CHECKING:
    from matplotlib.axes import Axes

THEMES = ("light", "dark")
# Sizes in points (1/72 inch).
TITLE_PT, NOTE_PT, KEY_PT, CREDIT_PT = 14.0, 8.5, 7.0, 6.0
CITY_PT, COUNTRY_PT, OTHER_COUNTRY_PT, LEGEND_PT, SMALL_PT = 7.5, 7.0, 6.5, 6.5, 6.0
MARKER_PT = 5.2  # an event marker's radius
EVENT_LIFT_PT = 9.0  # an event marker's centre above its point
HALO_PT = 2.4  # width of the stroke behind names
FOCUS_BORDER_PT, BORDER_PT, ROUTE_PT = 2.4, 1.3, 1.3
DASHES = (0, (4, 2.5))  # movement lines: on, off in points
# A decided movement not yet made, as on the web map: dotted and lighter.
PLANNED_DASHES, PLANNED_ALPHA = (0, (1.2, 2.5)), 0.45
ARRIVAL_PT = 16  # the stem of a movement with one end told, onto or away from that end
# The same picture every time: matplotlib's defaults, not the user's matplotlibrc, text
# kept as text in SVG (editable, searchable) under a fixed id salt, and as TrueType in PDF.
RC = {
    "svg.hashsalt": "geobrief",
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
    "text.usetex": False,
    "font.family": "DejaVu Sans",
    "savefig.bbox": None,
    # matplotlib's default patch colour "C0", by value: a "CN" colour is looked up in the
    # colour cycle at every patch made (0.7 ms each; the map sets its own colours anyway)
    "patch.facecolor": "#1f77b4",
}


@dataclass(frozen=True)
class Theme:
    """A palette: paper (around the map), sea, land and coast; ink for text (``muted``
    for secondary text, ``country`` and ``other`` for story and other countries' names);
    ``halo`` behind names; symbols; the legend's box; ``role_boost`` added to each role's
    fill opacity."""

    name: str
    paper: str
    ink: str
    muted: str
    sea: str
    land: str
    coast: str
    country: str
    other: str
    halo: str
    event: str
    route: str
    nato: str
    border: str
    box: str
    box_edge: str
    role_boost: float = 0.0

    def fill_opacity(self, role: str) -> float:
        """How opaque a country of ``role`` is filled in this palette."""
        return min(opacity(role) + self.role_boost, 0.9)


LIGHT = Theme(
    "light", paper="#ffffff", ink="#1b1b1b", muted="#55524d", sea="#cfe0eb", land="#f2f0eb",
    coast="#ffffff", country="#4f4a43", other="#7a756d", halo="#ffffff", event="#c8102e",
    route="#111111", nato=NATO_BLUE, border=BORDER_RED, box="#ffffff", box_edge="#bbbbbb",
)
DARK = Theme(
    "dark", paper="#16191d", ink="#f0eee9", muted="#b4b0a8", sea="#1e2d3b", land="#3b3f45",
    coast="#16191d", country="#e4e0d8", other="#aaa59c", halo="#16191d", event="#ff5c61",
    route="#f4f4f4", nato="#7fb2ff", border="#ff8466", box="#22262b", box_edge="#5a6068",
    role_boost=0.15,
)


def theme_named(name: str) -> Theme:
    """The palette called ``name`` (one of THEMES)."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}: use {' or '.join(THEMES)}")
    return DARK if name == "dark" else LIGHT


@dataclass(frozen=True)
class Look:
    """What an export shows besides the map: its ``title`` and ``note`` (None: the
    article's headline and standfirst; "": none) and its ``theme`` (light or dark)."""

    title: str | None = None
    note: str | None = None
    theme: str = "light"


def name(rec: dict[str, Any]) -> str:
    """A row's name as drawn: "" when it has none."""
    return str(rec.get("name") or "")


def text(
    ax: Axes,
    s: str,
    xy: tuple[float, float],
    offset: tuple[float, float],
    halo: tuple[float, str],
    **style: Any,
) -> tuple[Any, Any]:
    """Plain text (never mathtext) at ``offset`` points from data point ``xy``, over a
    halo (width in points, colour). The halo is a copy of the text drawn as a stroked
    outline: a path effect on the text itself would turn it into paths in SVG, where names
    should stay text. A point outside the axes hides its text, as matplotlib's
    annotations do; one well inside them is not tested again at every drawing."""
    from matplotlib import patheffects

    width, colour = halo
    common = {"xytext": offset, "textcoords": "offset points", "parse_math": False, **style}
    if _well_inside(ax, xy):
        common["annotation_clip"] = False
    behind = ax.annotate(s, xy, **{**common, "color": colour, "alpha": 0.85})
    behind.set_zorder(style.get("zorder", 8) - 0.05)
    behind.set_path_effects([patheffects.Stroke(linewidth=width, foreground=colour)])
    return behind, ax.annotate(s, xy, **common)


def _well_inside(ax: Axes, xy: tuple[float, float], margin_px: float = 2.0) -> bool:
    """Whether data point ``xy`` lies more than ``margin_px`` inside the axes, where
    matplotlib's own test (the axes patch's outline, widened or narrowed by its line)
    cannot say otherwise."""
    x, y = ax.transData.transform(xy)
    box = ax.bbox
    return bool(box.x0 + margin_px < x < box.x1 - margin_px
                and box.y0 + margin_px < y < box.y1 - margin_px)


def text_width(text: str, size: float, weight: str, dpi: float) -> float:
    """The width in pixels at ``dpi`` of one line of plain ``text`` in the map's font, as
    the figure's Agg renderer measures it: once per process (per font settings: the map
    draws under its own, see :mod:`geobrief.render.static.map`), in the cache the map's
    renderers share (:mod:`geobrief.render.static.metrics`)."""
    from matplotlib import rcParams
    from matplotlib.font_manager import FontProperties

    properties = FontProperties(family=list(rcParams["font.family"]), size=size, weight=weight)
    return agg_size(text, properties, dpi, rcParams["text.hinting"])[0]


@contextmanager
def drawing_style() -> Iterator[None]:
    """matplotlib's defaults with ``RC``, whatever the user's matplotlibrc says; restored
    afterwards."""
    try:
        import matplotlib
    except ImportError:
        raise MissingDependencyError(
            "the static map needs matplotlib, which is not installed: pip install matplotlib"
        ) from None
    params = matplotlib.rcParams
    saved = dict.copy(params)  # as rc_context keeps them: raw, the backend left alone
    del saved["backend"]
    dict.update(params, _map_params())
    try:
        yield
    finally:
        dict.update(params, saved)


@functools.cache
def _map_params() -> dict[str, Any]:
    """matplotlib's defaults with ``RC``, validated once: ``rcdefaults()`` and the
    copies ``rc_context`` makes cost 5 ms, a twentieth of a print map. (matplotlib
    keeps rcParams in a dict, and restores them with ``dict.update`` too.)"""
    import matplotlib

    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC)
        return dict.copy(matplotlib.rcParams)
