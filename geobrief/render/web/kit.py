"""folium/branca plumbing: stable element ids, Leaflet inlined, and rendering to HTML.

Nothing here knows about a briefing's layers. :func:`stable_ids` numbers branca elements
while a map is built, so the page has the same bytes on every run; :func:`inline_leaflet`
replaces folium's CDN links with Leaflet itself (from the ``xstatic-leaflet`` package),
its images as data URIs; :func:`map_html` and :func:`map_parts` render a map the same way
however often they are called, and never compile what an element rendered as a template
(:func:`literal_output`).
"""

from __future__ import annotations

import base64
import contextvars
import functools
import itertools
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import branca.element
import folium
from branca.element import Element
from folium.template import Template

from geobrief.render.csp import tile_sources
from geobrief.resources import data_dir

# ---------------------------------------------------------------- stable element ids

_IDS: contextvars.ContextVar[tuple[str, Iterator[int]] | None] = contextvars.ContextVar(
    "geobrief_element_ids", default=None
)
_random_id: Callable[[], str] = Element._generate_id


def _counted_id(cls: type[Element]) -> str:
    ids = _IDS.get()
    if ids is None:
        return _random_id()
    prefix, counter = ids
    return f"{prefix}{next(counter):05d}"


@contextmanager
def stable_ids(prefix: str = "") -> Iterator[None]:
    """Number branca elements ``prefix`` + 00001, 00002, ... while the block runs (this
    context only). Two maps meant for one page need different prefixes (letters, digits
    and underscores: the ids name JavaScript variables).

    Installs a classmethod on ``branca.element.Element`` once; outside such a block, or
    in another thread, elements keep branca's random ids.
    """
    if not re.fullmatch(r"\w*", prefix):
        raise ValueError(f"element id prefix {prefix!r}: letters, digits and _ only")
    if getattr(Element._generate_id, "__func__", None) is not _counted_id:
        Element._generate_id = classmethod(_counted_id)  # type: ignore[method-assign,assignment]
    if _IDS.get() is not None:  # nested: keep counting
        yield
        return
    token = _IDS.set((prefix, itertools.count(1)))
    try:
        yield
    finally:
        _IDS.reset(token)


# ---------------------------------------------------------------- rendered output stays text

_LITERAL: contextvars.ContextVar[bool] = contextvars.ContextVar("geobrief_literal", default=False)
_jinja_template = branca.element.Template


class _Text:
    """What ``Element(template=...)`` holds while :func:`literal_output` is on: the string
    itself, rendered as it is (no macros, nothing evaluated)."""

    module = SimpleNamespace()

    def __init__(self, source: str) -> None:
        self.source = source

    def render(self, *args: Any, **kwargs: Any) -> str:
        return self.source


def _template(source: str) -> Any:
    return _Text(source) if _LITERAL.get() else _jinja_template(source)


@contextmanager
def literal_output() -> Iterator[None]:
    """While the block runs (this context only), an element made from a string keeps the
    string as text.

    branca turns what every map element rendered back into a template
    (``MacroElement.render`` adds ``Element(output)``, and ``Element`` compiles its
    argument with Jinja), so a tile URL or article text holding ``{{ ... }}`` would run as
    code on this machine. Installs its hook on ``branca.element`` once; outside such a
    block, or in another thread, branca behaves as before.
    """
    branca.element.Template = _template  # type: ignore[assignment,misc]
    token = _LITERAL.set(True)
    try:
        yield
    finally:
        _LITERAL.reset(token)


# ---------------------------------------------------------------- inline Leaflet


class RawHtml(Element):
    """HTML emitted as it is (``Element(template=...)`` would compile it as Jinja);
    ``scripts`` are the bodies of the ``<script>`` elements in it, for the page's policy."""

    def __init__(self, html: str, *, scripts: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._name = "RawHtml"
        self.raw_html = html
        self.scripts = scripts

    def render(self, **kwargs: Any) -> str:
        return self.raw_html


@functools.cache
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's CSS (images as data URIs) plus the map's CSS, and Leaflet's JS."""
    from xstatic.pkg import leaflet

    base = Path(leaflet.BASE_DIR)

    def data_uri(match: re.Match[str]) -> str:
        png = base64.b64encode((base / match.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{png})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, (base / "leaflet.css").read_text())
    css += (data_dir("templates") / "_map.css").read_text(encoding="utf-8")
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    return css, js.replace("//# sourceMappingURL=leaflet.js.map", "")


def inline_leaflet(m: folium.Map) -> None:
    """Drop folium's CDN links from ``m`` (the instance, not the class); inline Leaflet."""
    m.default_js = []
    m.default_css = []
    css, js = leaflet_assets()
    html = f"<style>{css}</style>\n<script>{js}</script>"
    m.get_root().header.add_child(RawHtml(html, scripts=(js,)), name="geobrief_leaflet")


# ---------------------------------------------------------------- page scripts


class Registry(folium.MacroElement):
    """Expose the map to page scripts as ``window.geobrief[<map id>] = {map, groups,
    control, centre, bounds}`` (several maps can share a page; ``centre`` is the longitude
    in the middle of the map's frame, ``bounds`` the story's [[s, w], [n, e]]) and run the
    map's own script on it (``templates/_map.js``: the view fitted to the bounds, the
    layers' stacking, the layer control folded on narrow maps, the names placed for the
    map's real size)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
window.geobrief = window.geobrief || {};
window.geobrief[{{ this._parent.get_name()|tojson }}] = {
  map: {{ this._parent.get_name() }}, control: {{ this.control.get_name() }}, groups: {
{%- for key, group in this.groups.items() %}{{ key|tojson }}: {{ group.get_name() }}, {% endfor -%}
}, centre: {{ this.centre|tojson }}, bounds: {{ this.bounds|tojson }}};
({{ this.behaviour }})(window.geobrief[{{ this._parent.get_name()|tojson }}]);
{% endmacro %}"""
    )

    def __init__(
        self,
        groups: dict[str, folium.FeatureGroup],
        control: folium.LayerControl,
        *,
        centre: float,
        bounds: list[list[float]],
    ) -> None:
        super().__init__()
        self._name = "Registry"
        self.groups = groups
        self.control = control
        self.centre = round(centre, 3)
        self.bounds = bounds
        self.behaviour = map_script()


@functools.cache
def map_script() -> str:
    """The map's own script (``templates/_map.js``), a function of the map's registry."""
    return (data_dir("templates") / "_map.js").read_text(encoding="utf-8").strip()


# ---------------------------------------------------------------- rendering


@dataclass(frozen=True)
class MapParts:
    """A rendered map in pieces for embedding in a page."""

    head: str  # <style>/<script> for the page's <head>
    html: str  # the map's <div>
    script: str  # JavaScript to run after the div exists
    map_id: str  # the div's id and the JS variable's name
    head_scripts: tuple[str, ...] = ()  # the bodies of the <script>s in ``head``
    image_sources: tuple[str, ...] = ()  # the CSP sources the map's tile images come from


def _render(m: folium.Map) -> str:
    """Render ``m``'s figure afresh.

    folium is not idempotent: a second render would append each layer's ``addTo()`` (and
    each marker's ``setIcon()``) again under new random names. So the figure restarts
    from what :func:`geobrief.render.web.map.make_map` put in its header.
    """
    figure = m.get_root()
    kept = {"meta_http", "geobrief_leaflet"}
    figure.header._children = OrderedDict(
        (name, child) for name, child in figure.header._children.items() if name in kept
    )
    figure.html._children.clear()
    figure.script._children.clear()
    with literal_output():
        return figure.render()


def map_html(m: folium.Map) -> str:
    """The map as a standalone HTML document; the same bytes however often it is called."""
    return _render(m)


def map_parts(m: folium.Map) -> MapParts:
    """Render ``m`` and split it into head, body and script.

    folium's own page header for the map (``html, body {height: 100%}``, a viewport
    meta that blocks zooming) and the charset meta are left out: the page has its own,
    and ``_map.css`` sizes ``.folium-map``.
    """
    _render(m)
    figure = m.get_root()
    skip = {"meta_http", m.get_name()}
    kept = [child for name, child in figure.header._children.items() if name not in skip]
    with literal_output():
        head, html, script = (
            "\n".join(child.render() for child in kept),
            figure.html.render(),
            figure.script.render(),
        )
    scripts = tuple(body for child in kept if isinstance(child, RawHtml) for body in child.scripts)
    tiles = [child for child in m._children.values() if isinstance(child, folium.TileLayer)]
    images = tuple(sorted({src for t in tiles for src in tile_sources(t.tiles, t.options)}))
    return MapParts(head, html, script, m.get_name(), scripts, images)
