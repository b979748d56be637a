"""The Briefing a user holds: the model, plus the ways it shows and saves itself.

:class:`Briefing` subclasses :class:`geobrief.models.Briefing` (same fields, same
equality) and adds what a notebook user expects of a geopandas-like object: a short
``repr``, ``_repr_html_`` (summary lines and the offline map, which Jupyter shows),
``map()`` (the folium map), ``to_html()`` (the page), ``to_geojson()`` (the layers) and
``__geo_interface__``. It lives here, in ``render``, because every method renders: the
model in ``models.py`` sits below every step and may not import ``render``
(``tests/test_layout.py``), while :func:`geobrief.pipeline.brief`, above ``render``, builds
this class. Heavy imports (folium, Jinja, matplotlib) wait until a method needs them.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from geobrief import models
from geobrief.render.wording import counted

if TYPE_CHECKING:
    import folium

NOTEBOOK_MAP_HEIGHT = 420  # pixels: the map in a notebook cell
_FRAME_EXTRA = 140  # the fragment's legend and attribution below the map, in pixels


class Briefing(models.Briefing):
    """A briefing that shows itself (Jupyter), draws its map and saves its page and layers.

    ``layers.places``, ``.countries``, ``.borders``, ``.routes`` and ``.events`` are
    GeoDataFrames in EPSG:4326: ``.explore()``, ``.plot()`` and ``.to_file()`` work on them.
    """

    def __repr__(self) -> str:
        focus = f"focus {self.focus}, " if self.focus else ""
        return f"<Briefing {self.article.title!r}: {focus}{self.counts()}>"

    def counts(self) -> str:
        """How many features each layer has: "2 places, 9 countries, 5 borders, ..."."""
        layers = self.layers
        return ", ".join([
            counted(len(layers.places), "place"),
            counted(len(layers.countries), "country", "countries"),
            counted(len(layers.borders), "border"),
            counted(len(layers.routes), "route"),
            counted(len(layers.events), "event"),
        ])

    def focus_name(self) -> str | None:
        """The focus country's name as the article's places give it (None: no focus)."""
        names = {p.country: p.name for p in self.places if p.kind == "country"}
        return names.get(self.focus, self.focus) if self.focus else None

    def _repr_html_(self) -> str:
        """Headline, source and focus, the layer counts, then the offline map (with its
        legend) in an iframe, as Jupyter shows folium maps."""
        from geobrief.render.fragment import render_fragment

        article = self.article
        byline = ", ".join(
            part for part in (article.agency, article.date and article.date.isoformat()) if part
        )
        focus = self.focus_name()
        lines = [
            f"<strong>{html.escape(article.title)}</strong>",
            html.escape(" · ".join(p for p in (byline, focus and f"focus: {focus}") if p)),
            html.escape(self.counts()),
        ]
        document = (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>'
            '<body style="margin:0">'
            f"{render_fragment(self, height=NOTEBOOK_MAP_HEIGHT)}</body></html>"
        )
        frame = (
            f'<iframe srcdoc="{html.escape(document, quote=True)}" title="Map" '
            f'style="width:100%;height:{NOTEBOOK_MAP_HEIGHT + _FRAME_EXTRA}px;border:none">'
            "</iframe>"
        )
        summary = "".join(f'<p style="margin:0 0 2px">{line}</p>' for line in lines if line)
        return f'<div class="geobrief-briefing">{summary}{frame}</div>'

    def map(self) -> folium.Map:
        """The interactive map as a ``folium.Map`` (offline unless the briefing has tiles)."""
        from geobrief.render.web.map import make_map

        return make_map(self.layers, tiles=self.tiles)

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The five layers as one GeoJSON FeatureCollection (a dict), each feature's
        ``properties.layer`` naming its layer."""
        from geobrief.render.output import layers_geojson

        return layers_geojson(self.layers)

    @overload
    def to_html(self, path: None = None) -> str: ...
    @overload
    def to_html(self, path: str | Path) -> None: ...
    def to_html(self, path: str | Path | None = None) -> str | None:
        """The self-contained briefing page, as ``geobrief build`` writes it: returned as a
        str, or written to ``path`` (atomically) and None returned, like pandas' ``to_html``."""
        from geobrief.render.page import render_page

        return _give(render_page(self), path)

    @overload
    def to_geojson(self, path: None = None) -> str: ...
    @overload
    def to_geojson(self, path: str | Path) -> None: ...
    def to_geojson(self, path: str | Path | None = None) -> str | None:
        """The layers as GeoJSON text, as ``geobrief export --format geojson`` writes it:
        returned as a str (like ``GeoDataFrame.to_json``), or written to ``path`` and None
        returned. ``__geo_interface__`` gives the same FeatureCollection as a dict."""
        from geobrief.render.output import export_data

        return _give(str(export_data(self, "geojson")), path)


def _give(text: str, path: str | Path | None) -> str | None:
    """``text`` itself, or None after writing it to ``path``."""
    if path is None:
        return text
    from geobrief.render.writer import write_output

    write_output(Path(path), text)
    return None
