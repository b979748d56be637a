"""The interactive map alone, as an HTML snippet to paste into another page.

The snippet carries Leaflet (loaded only if the host page has none yet; an element named
``L`` is not Leaflet), the map, its legend and attribution. Every element id and
JavaScript name starts with an id derived from the article, so fragments of different
articles can share one page; the map's script runs in its own function scope and finds
its own map, so the same fragment pasted twice draws twice.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING

from markupsafe import Markup

from geobrief.render.edited import edited_note
from geobrief.render.page import environment, legend, map_alternative, role_colours
from geobrief.render.web.kit import leaflet_assets
from geobrief.render.web.map import make_map, map_parts

if TYPE_CHECKING:
    from geobrief.models import Article, Briefing

log = logging.getLogger(__name__)

def fragment_id(article: Article) -> str:
    """``gb`` and ten hex digits of a hash of the article's source and text."""
    digest = hashlib.sha256(f"{article.source}\0{article.text}".encode()).hexdigest()
    return f"gb{digest[:10]}"


def render_fragment(briefing: Briefing, *, height: int = 480) -> str:
    """The briefing's map as one self-contained HTML snippet (a ``<figure>``)."""
    ident = fragment_id(briefing.article)
    parts = map_parts(make_map(briefing.layers, tiles=briefing.tiles, id_prefix=f"{ident}_"))
    css, js = leaflet_assets()
    html = environment().get_template("fragment.html").render(
        id=ident,
        height=height,
        title=briefing.article.title,
        edited=edited_note(briefing),
        alt=map_alternative(briefing),
        map={"html": Markup(parts.html), "script": Markup(parts.script)},
        leaflet_css=Markup(css),
        leaflet_js=Markup(js),
        legend=legend(briefing.layers),
        role_colours=role_colours(),
    )
    log.info("fragment: %d characters", len(html))
    return html
