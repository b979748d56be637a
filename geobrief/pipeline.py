"""The whole pipeline, top to bottom: article in, briefing out. Never writes to disk."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from geobrief.errors import InputError
from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse.corrections import canonical_ids, correct_places
from geobrief.geoparse.resolve import resolve
from geobrief.geoparse.toponyms import find_mentions
from geobrief.models import Article, Edited, Place
from geobrief.read.edits import Edits, find_edits
from geobrief.read.ingest import MAX_BYTES, read_article
from geobrief.render.briefing import Briefing
from geobrief.story.layers import build_layers
from geobrief.story.located import locate

log = logging.getLogger("geobrief")

# The most an article may name: beyond these the story and the page take minutes, and
# no reader could use the map; such a text is refused (split it into articles).
MAX_MENTIONS = 25_000  # place names in the text
MAX_PLACES = 5_000  # different places they resolve to


@dataclass(frozen=True)
class Config:
    """How to build a briefing. ``date`` is the article's date when the text lacks one;
    ``tiles`` an online tile layer name (None: offline vector background only);
    ``resolver`` "context" (default) or "population" (the measured baseline);
    ``ner`` fuses spaCy's named entities with the matcher (slower);
    ``max_bytes`` refuses larger article files; ``edits`` False ignores the edits file
    beside an article (``story.edits.yaml`` for ``story.txt``)."""

    date: dt.date | None = None
    tiles: str | None = None
    resolver: str = "context"
    ner: bool = False
    max_bytes: int = MAX_BYTES
    edits: bool = True


def brief(
    source: str | Path | Article,
    config: Config | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    edits: Edits | None = None,
) -> Briefing:
    """Read an article (a ``Path``, its text as a ``str``, or an Article) and build its
    briefing, corrected by ``edits`` (None: the edits file beside a ``Path`` article, if
    there is one and ``config.edits``). :func:`geobrief.brief` is the public door: there a
    ``str`` is a path."""
    config = config or Config()
    gazetteer = gazetteer or Gazetteer.load()
    article, places = geoparse(source, config, gazetteer=gazetteer)
    if edits is None and config.edits and isinstance(source, Path):
        edits = find_edits(source)
    if edits is not None:
        edits = canonical_ids(edits, gazetteer)
        places = correct_places(article, places, edits, gazetteer)
        log.info("edits: %s, %d places after them", edits.source, len(places))
    resolved = [pair.mention for pair in locate(places)]

    layers, focus = build_layers(article, places, edits=edits, gazetteer=gazetteer)
    log.info(
        "layers: %s",
        ", ".join(f"{len(frame)} {name}" for name, frame in layers.items()),
    )
    if edits is None:
        return Briefing(article, resolved, places, layers, focus=focus, tiles=config.tiles)
    article = replace(
        article, title=edits.title or article.title, standfirst=edits.standfirst
    )
    return Briefing(article, resolved, places, layers, focus=focus, tiles=config.tiles,
                    edited=Edited(edits.name, edits.sha256))


def geoparse(
    source: str | Path | Article,
    config: Config | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> tuple[Article, list[Place]]:
    """The first steps alone: read the article, find its place mentions, resolve them."""
    config = config or Config()
    article = (
        source
        if isinstance(source, Article)
        else read_article(source, date=config.date, max_bytes=config.max_bytes)
    )
    log.info("ingest: %s, %d characters", article.source, len(article.text))

    gazetteer = gazetteer or Gazetteer.load()
    mentions = find_mentions(article, gazetteer)
    log.info("toponyms: %d candidate mentions", len(mentions))
    _check_limit(article, len(mentions), MAX_MENTIONS, "place names")
    if config.ner:
        from geobrief.geoparse.ner import fuse_mentions

        mentions = fuse_mentions(article, mentions, gazetteer)
        log.info("ner: %d mentions after fusion", len(mentions))

    places = resolve(mentions, gazetteer, resolver=config.resolver, text=article.text)
    count = sum(len(p.mentions) for p in places)
    log.info("resolve: %d places from %d mentions", len(places), count)
    _check_limit(article, len(places), MAX_PLACES, "different places")
    return article, places


def _check_limit(article: Article, found: int, most: int, what: str) -> None:
    if found > most:
        raise InputError(
            f"{article.source}: {found:,} {what}, more than the {most:,} geobrief maps in "
            "one article (split the text)"
        )
