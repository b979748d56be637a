"""Edits files: an editor's corrections of what geobrief found in an article.

``story.edits.yaml`` beside ``story.txt`` (or a file given with ``--edits``) is YAML,
version 1 of the schema below, read with a safe loader (:mod:`geobrief.read.edits_yaml`).
This module checks its form and gives an :class:`Edits`; whether its ids and mentions fit
the article is checked where they are applied (:mod:`geobrief.geoparse.corrections`,
:mod:`geobrief.story.corrections`). Every error is one line naming the file, the line
and the entry.

    version: 1                      # required
    title: ...                      # the headline
    standfirst: ...                 # the line under it
    focus: {country: VU, place: geonames:2135171}
    places:                         # by place id: relabel, or drop with its mentions
      geonames:2135171: {name: Port Vila, drop: false}
    mentions:                       # a mention: by text and occurrence (or all: true),
      - {text: Mali, occurrence: 1, drop: true}        # or by start (and end)
      - {text: Rio Negro, all: true, pin: {name: Rio Negro, lat: -3.1, lon: -60.0}}
      - {start: 120, end: 129, pin: geonames:2135171}
    events: {drop: [{type: disaster, place: country:ML}, {index: 2}], add: [...]}
    routes: {drop: [{from: ..., to: ...}, {index: 1}], add: [...]}
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, TypeVar

from geobrief.errors import EditsError, printable
from geobrief.read.edits_fields import Fields
from geobrief.read.edits_sections import (
    EventEdit,
    Focus,
    GivenPlace,
    MentionEdit,
    PlaceEdit,
    RouteEdit,
    Spot,
    read_events,
    read_focus,
    read_mentions,
    read_places,
    read_routes,
)
from geobrief.read.edits_yaml import LoadError, load_yaml

__all__ = [
    "EDITS_SUFFIX",
    "Edits",
    "EventEdit",
    "Focus",
    "GivenPlace",
    "MentionEdit",
    "PlaceEdit",
    "RouteEdit",
    "Spot",
    "edits_beside",
    "find_edits",
    "parse_edits",
    "read_edits",
]

VERSION = 1
EDITS_SUFFIX = ".edits.yaml"
MAX_EDITS_BYTES = 1 << 20
_Path = TypeVar("_Path", bound=PurePath)
TOP_KEYS = ("version", "title", "standfirst", "focus", "places", "mentions", "events", "routes")


@dataclass(frozen=True)
class Edits:
    """An edits file as read: ``source`` names it in errors, ``sha256`` is its bytes'
    hash (what outputs record). Empty parts change nothing."""

    source: str
    sha256: str
    title: str | None = None
    standfirst: str | None = None
    focus: Focus | None = None
    places: tuple[PlaceEdit, ...] = ()
    mentions: tuple[MentionEdit, ...] = ()
    drop_events: tuple[EventEdit, ...] = ()
    add_events: tuple[EventEdit, ...] = ()
    drop_routes: tuple[RouteEdit, ...] = ()
    add_routes: tuple[RouteEdit, ...] = ()

    @property
    def name(self) -> str:
        """The file's name without its folders (what an output shows)."""
        return Path(self.source).name


def edits_beside(article: _Path) -> _Path:
    """Where an article's edits file lives: ``story.edits.yaml`` for ``story.txt``."""
    stem = article.name.rsplit(".", 1)[0] if "." in article.name[1:] else article.name
    return article.with_name(stem + EDITS_SUFFIX)


def find_edits(article: Path) -> Edits | None:
    """The edits file beside ``article``, read and checked; None when there is none."""
    path = edits_beside(article)
    return read_edits(path) if path.exists() else None


def read_edits(path: Path) -> Edits:
    """Read and check the edits file at ``path``."""
    return parse_edits(edits_bytes(path), source=str(path))


def edits_bytes(path: Path, name: str | None = None) -> bytes:
    """The bytes of the edits file at ``path`` (named ``name`` in errors), read up to
    one byte past the limit (``parse_edits`` refuses a larger file)."""
    name = str(path) if name is None else name
    try:
        with path.open("rb") as file:
            return file.read(MAX_EDITS_BYTES + 1)
    except FileNotFoundError:
        raise EditsError(printable(f"{name}: no such edits file")) from None
    except IsADirectoryError:
        raise EditsError(printable(f"{name}: is a folder, not an edits file")) from None
    except OSError as exc:
        message = f"{name}: cannot read the edits file ({exc.strerror})"
        raise EditsError(printable(message)) from None


def parse_edits(data: bytes | str | Mapping[str, Any], *, source: str = "<edits>") -> Edits:
    """Check an edits file's bytes (or text, or the mapping a YAML file would give, as a
    Python caller may pass it) and give its :class:`Edits`."""
    if isinstance(data, Mapping):
        digest = hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode())
        return _edits(dict(data), Fields(source, {}), digest.hexdigest())
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_EDITS_BYTES:
        raise EditsError(printable(f"{source}: larger than {MAX_EDITS_BYTES >> 20} MiB; "
                                   "not an edits file"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EditsError(printable(f"{source}: not UTF-8 text (byte {exc.start})")) from None
    try:
        value, lines = load_yaml(text)
    except LoadError as exc:
        where = f"{source}: line {exc.line}" if exc.line else source
        raise EditsError(printable(f"{where}: {exc}")) from None
    return _edits(value, Fields(source, lines), hashlib.sha256(raw).hexdigest())


def _edits(value: Any, fields: Fields, sha256: str) -> Edits:
    if value is None:
        raise fields.fail((), "is empty: an edits file starts with 'version: 1'")
    top = fields.mapping(value, (), TOP_KEYS, required=("version",))
    if top["version"] != VERSION:
        raise fields.fail(("version",), f"{top['version']!r}: this geobrief reads version "
                          f"{VERSION} edits files")
    drop_events, add_events = read_events(fields, top.get("events"))
    drop_routes, add_routes = read_routes(fields, top.get("routes"))
    return Edits(
        source=fields.source,
        sha256=sha256,
        title=_text(fields, top, "title", 1000),
        standfirst=_text(fields, top, "standfirst", 1000),
        focus=read_focus(fields, top.get("focus")),
        places=read_places(fields, top.get("places")),
        mentions=read_mentions(fields, top.get("mentions")),
        drop_events=drop_events, add_events=add_events,
        drop_routes=drop_routes, add_routes=add_routes,
    )


def _text(fields: Fields, top: dict[str, Any], key: str, most: int) -> str | None:
    value = top.get(key)
    return None if value is None else fields.text(value, (key,), most=most)
