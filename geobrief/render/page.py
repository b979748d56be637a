"""Render a briefing as one self-contained HTML page.

Python builds every value the page shows (:func:`page_context`); the templates in
``templates/`` only lay them out. Jinja autoescapes everything; the one piece marked
safe is the map folium rendered (its article strings went through ``safe_text``).
"""

from __future__ import annotations

import base64
import functools
import logging
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from geobrief.gazetteer.shapes import distance_km
from geobrief.render.csp import with_policy
from geobrief.render.template_cache import TemplateCache
from geobrief.render.view import layer_rows, rows_read_once
from geobrief.render.web.map import MapParts, make_map, map_parts
from geobrief.render.wording import map_alternative
from geobrief.resources import cache_dir, data_dir
from geobrief.story.facts import find_facts, standfirst
from geobrief.story.roles import ROLE_STYLES, ROLES
from geobrief.story.rows import as_list, column_values
from geobrief.story.timeline import build_timeline, human_date

if TYPE_CHECKING:
    import geopandas as gpd

    from geobrief.models import Article, Briefing, Layers, Mention, Place

log = logging.getLogger(__name__)

PRINT_MAP_PX = (1200, 780)  # the printed map's shape: A4's text width, two thirds as tall


@dataclass(frozen=True)
class Segment:
    """A run of source text; ``place_id`` is set when the run is a mention."""

    text: str
    start: int
    place_id: str | None = None
    name: str | None = None
    mention: bool = False


@functools.cache
def environment() -> jinja2.Environment:
    """The page templates: autoescaped, and a missing value is an error, not a blank.
    Compiled templates are kept in the cache folder (:class:`TemplateCache`)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(data_dir("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=TemplateCache(cache_dir() / "templates"),
    )


def render_page(briefing: Briefing) -> str:
    """The briefing as one HTML page: nothing is loaded from elsewhere (unless tiles).
    The interactive map, the print map and the lists read each layer's rows once."""
    with rows_read_once():
        parts = map_parts(make_map(briefing.layers, tiles=briefing.tiles))
        context = page_context(briefing, parts) | {"print_map": print_map(briefing)}
    html = environment().get_template("briefing.html").render(**context)
    scripts = [*parts.head_scripts, parts.script, page_script()]
    html = with_policy(html, scripts, images=parts.image_sources)
    log.info("page: %d characters", len(html))
    return html


def print_map(briefing: Briefing) -> str:
    """The static locator map (``render.static``, SVG) as a data URI: what a printed page
    shows instead of the interactive map."""
    from geobrief.render.static.map import render_static

    svg = render_static(briefing, "svg", width=PRINT_MAP_PX[0], height=PRINT_MAP_PX[1])
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def page_context(briefing: Briefing, parts: MapParts) -> dict[str, Any]:
    """Everything the templates show, as plain values."""
    article = briefing.article
    return {
        "article": _article(article),
        "standfirst": standfirst(article),
        "edited": briefing.edited,  # the edits file that corrected it, or None
        "facts": find_facts(article),
        "map": map_markup(parts),
        "page_script": Markup(page_script()),
        "places": _places(briefing.places),
        "events": _events(briefing.layers.events),
        "borders": _borders(briefing.layers.borders),
        "timeline": build_timeline(briefing.layers.events, briefing.places),
        "distances": distances(briefing),
        "paragraphs": paragraphs(
            mark_text(article.text, briefing.mentions, briefing.places, start=article.body_start)
        ),
        "legend": legend(briefing.layers),
        "role_colours": role_colours(),
        "map_alt": map_alternative(briefing),
        "data": {
            "map": parts.map_id,
            "focus": briefing.focus,
            "places": _places(briefing.places),
        },
    }


def map_markup(parts: MapParts) -> dict[str, Markup]:
    """The rendered map's head, div and script for a template (made safe by ``safe_text``
    and ``literal_output``)."""
    return {key: Markup(getattr(parts, key)) for key in ("head", "html", "script", "map_id")}


@functools.cache
def page_script() -> str:
    """The body of the page's own ``<script>`` (``_page.js``)."""
    return (data_dir("templates") / "_page.js").read_text(encoding="utf-8")


def role_colours() -> list[tuple[str, str]]:
    """(role, fill colour) pairs for the legend's stylesheet."""
    return [(role, colour) for role, (colour, _) in ROLE_STYLES.items()]


def legend(layers: Layers) -> list[tuple[str, str]]:
    """(css class, label) for each kind of symbol the map shows."""
    countries, borders = layers.countries, layers.borders
    groups = [g for value in borders.get("groups", []) for g in as_list(value)]
    shown = column_values(countries, "role") | column_values(layers.places, "role")
    entries = [(f"role-{role}", ROLE_STYLES[role][1], role in shown) for role in ROLES]
    entries += [
        ("nato", "Border with a NATO member", "NATO" in groups),
        ("other", "Other border", len(borders) > groups.count("NATO")),
        ("route", "Movement", _routes(layers, "made") > 0),
        ("route-planned", "Planned movement", _routes(layers, "planned") > 0),
        ("arrival", "Movement whose start is not told", _untold(layers, "from") > 0),
        ("departure", "Movement whose end is not told", _untold(layers, "to") > 0),
        ("city", "City or region (filled by its role)", len(layers.places) > 0),
        ("event", "Event (click for details)", len(layers.events) > 0),
    ]
    return [(css, label) for css, label, shown in entries if shown]


def _routes(layers: Layers, status: str) -> int:
    """How many routes with a line have ``status`` (made or planned)."""
    return sum(1 for rec in layer_rows(layers.routes)
               if rec.get("from") is not None and rec.get("to") is not None
               and rec.get("status", "made") == status)


def _untold(layers: Layers, end: str) -> int:
    """How many movements have no line because their ``end`` ("from", "to") is not told."""
    return sum(1 for rec in layer_rows(layers.routes) if rec.get(end) is None)


def _article(article: Article) -> dict[str, Any]:
    date = article.date
    return {
        "title": article.title,
        "agency": article.agency,
        "dateline": article.dateline,
        "source": PurePath(article.source).name if article.source else "",
        "date_iso": date.isoformat() if date else None,
        "date_text": f"{date.day} {date:%B %Y}" if date else None,
    }


def _places(places: list[Place]) -> list[dict[str, Any]]:
    rows = [{**place.to_dict(), "role": place.role} for place in places]
    return sorted(rows, key=lambda row: (-int(row["mentions"]), str(row["name"])))


def _rows(frame: gpd.GeoDataFrame, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """The ``columns`` of each row (None where absent or NaN)."""
    return [{key: rec.get(key) for key in columns} for rec in layer_rows(frame)]


def _events(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Each event's summary, sentence, trigger, status, country and date as a reader
    writes it ("10 September 2025", "February 2022")."""
    keys = ("summary", "sentence", "trigger", "status", "date", "date_precision", "country")
    rows = _rows(frame, keys)
    for row in rows:
        row["date_text"] = human_date(row["date"]) if isinstance(row["date"], str) else None
    return rows


def _borders(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Borders of the focus country first (when the layer says which), longest first."""
    rows = _rows(frame, ("a", "b", "a_name", "b_name", "groups", "length_km", "focus"))
    for row in rows:
        row["groups"] = as_list(row["groups"])
        row["length_km"] = round(float(row["length_km"] or 0))
    return sorted(
        rows, key=lambda row: (row["focus"] is not None and not row["focus"], -row["length_km"])
    )


def distances(briefing: Briefing) -> dict[str, Any]:
    """Route lengths (text order) and, from the focus place, the km to every other city
    of the article (nearest first). ``origin`` is None when there is no focus place."""
    routes = _rows(briefing.layers.routes, ("from", "to", "from_id", "to_id", "length_km"))
    routes = [row for row in routes if row["from_id"] and row["to_id"]]  # lines only
    for row in routes:
        row["km"] = round(float(row.pop("length_km") or 0))
    origin = focus_place(briefing.places)
    others = [p for p in briefing.places if p.kind == "city" and p is not origin]
    rows = [
        {"to": p.name, "place_id": p.place_id, "country": p.country,
         "km": round(distance_km(origin.lat, origin.lon, p.lat, p.lon))}
        for p in (others if origin else [])
    ]
    return {
        "routes": routes,
        "origin": {"name": origin.name, "place_id": origin.place_id} if origin else None,
        "from_origin": sorted(rows, key=lambda row: (row["km"], row["to"])),
    }


def focus_place(places: list[Place]) -> Place | None:
    """The focus place (``roles.find_focus_place``), if the article has one."""
    return next((p for p in places if p.role == "focus" and p.kind != "country"), None)


def mark_text(
    text: str, mentions: list[Mention], places: list[Place], *, start: int = 0
) -> list[Segment]:
    """Split ``text[start:]`` into plain runs and mention runs, in order.

    Every mention is a run (with its place when one claims it); overlapping mentions
    keep the first. The runs joined give back ``text[start:]``.
    """
    owner = {(m.start, m.end): place for place in places for m in place.mentions}
    spans = sorted({(m.start, m.end) for m in mentions} | set(owner))
    segments: list[Segment] = []
    pos = start
    for start, end in spans:
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            segments.append(Segment(text[pos:start], pos))
        place = owner.get((start, end))
        segments.append(
            Segment(
                text[start:end],
                start,
                place_id=place.place_id if place else None,
                name=place.name if place else None,
                mention=True,
            )
        )
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:], pos))
    return segments


def paragraphs(segments: list[Segment]) -> list[list[Segment]]:
    """Group runs into paragraphs at newlines; blank paragraphs are dropped.

    A line that goes on in lower case continues the paragraph: the text was
    hard-wrapped mid-sentence ("relations with\nthe United States").
    """
    result: list[list[Segment]] = [[]]
    broken = False  # a newline was seen and no text has followed it yet
    for seg in segments:
        offset = seg.start
        for i, line in enumerate(seg.text.split("\n")):
            broken = broken or i > 0
            if line and broken:
                if line[0].islower() and result[-1]:
                    result[-1].append(Segment(" ", offset))
                else:
                    result.append([])
                broken = False
            if line:
                result[-1].append(Segment(line, offset, seg.place_id, seg.name, seg.mention))
            offset += len(line) + 1
    return [para for para in result if any(seg.text.strip() for seg in para)]
