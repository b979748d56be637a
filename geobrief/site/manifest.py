"""The site's manifest: what a batch run wrote, so that the next run rebuilds only what
changed and touches nothing else.

``SITE/manifest.json`` holds the geobrief version, INDIR (relative to SITE, so a project
can move), whether the run finished, each article's ``{"hash", "page", "record"}`` (the
record is what the index shows of it), the place pages written, and the files in SITE
that geobrief did not write and keeps (there when a run was forced to build beside them).
It is read as untrusted data, since anyone may edit it and a disk may corrupt it: an
entry that is not a well-formed record of a page geobrief could have named for its
article is dropped (and its article rebuilt), and a name that is not a plain relative
path is ignored.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geobrief.render.writer import write_output, written_by_geobrief
from geobrief.resources import VERSION
from geobrief.site.names import could_name, is_page_name

MANIFEST = "manifest.json"
INDEX = "index.html"
PLACES_DIR = "places"

Entry = dict[str, Any]
_NONE = type(None)
_RECORD = {"page": str, "title": str, "date": (str, _NONE), "source": str, "url": str,
           "focus": (str, _NONE), "focus_name": str, "places": list}
_PLACE = {"place_id": str, "name": str, "kind": str, "country": (str, _NONE),
          "lat": (int, float), "lon": (int, float)}
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


@dataclass
class Manifest:
    """A previous run's manifest (``found``: there was one): ``entries`` reusable by this
    version, every page it says geobrief wrote (of any version), the other files it keeps,
    and INDIR as it recorded it (None: unknown)."""

    found: bool = False
    entries: dict[str, Entry] = field(default_factory=dict)
    pages: set[str] = field(default_factory=set)  # article pages
    places: set[str] = field(default_factory=set)  # names in places/
    kept: set[str] = field(default_factory=set)  # files geobrief did not write
    indir: str | None = None
    complete: bool = True  # False: the run was interrupted before its index was written

    def owned(self) -> set[str]:
        """Every file of SITE (relative POSIX paths) this manifest says geobrief wrote."""
        return owned_files(self.pages, self.places) if self.found else set()


def owned_files(pages: Iterable[str], places: Iterable[str]) -> set[str]:
    """The files of a site with these article and place pages (relative POSIX paths)."""
    return {MANIFEST, INDEX, *pages, *(f"{PLACES_DIR}/{name}" for name in places)}


def read_manifest(outdir: Path) -> Manifest:
    """The manifest in ``outdir``, its bad entries dropped; empty when there is none or it
    is not a geobrief manifest."""
    try:
        data = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        return Manifest()
    articles = {name: entry for name, entry in data["articles"].items() if _is_entry(name, entry)}
    indir = data.get("indir")
    return Manifest(
        found=True,
        entries=articles if data.get("version") == VERSION else {},
        pages={entry["page"] for entry in articles.values()},
        places=_places(outdir, data.get("places")),
        kept={name for name in _names(data.get("kept")) if _is_relative(name)},
        indir=indir if isinstance(indir, str) else None,
        complete=data.get("complete") is not False,
    )


def write_manifest(
    outdir: Path, entries: dict[str, Entry], *, indir: str, places: set[str], kept: set[str],
    complete: bool,
) -> None:
    data = {"version": VERSION, "indir": indir, "complete": complete,
            "articles": dict(sorted(entries.items())), "places": sorted(places),
            "kept": sorted(kept)}
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_output(outdir / MANIFEST, text, regular_only=True)


def _places(outdir: Path, value: Any) -> set[str]:
    """The place pages listed; a manifest written before they were listed owns every
    geobrief page in places/."""
    if value is None:
        folder = outdir / PLACES_DIR
        return {page.name for page in folder.glob("*.html") if written_by_geobrief(page)}
    return {name for name in _names(value) if is_page_name(name)}


def _names(value: Any) -> list[str]:
    return [name for name in value if isinstance(name, str)] if isinstance(value, list) else []


def _is_relative(name: str) -> bool:
    """A plain relative POSIX path: no "..", no hidden part, not absolute."""
    parts = name.split("/")
    return all(part and not part.startswith(".") for part in parts)


def _is_entry(name: str, entry: Any) -> bool:
    """A manifest entry as geobrief writes it, for a page it could have named ``name``."""
    if not isinstance(entry, dict) or not isinstance(entry.get("hash"), str):
        return False
    page, record = entry.get("page"), entry.get("record")
    if not (isinstance(page, str) and could_name(name, page) and isinstance(record, dict)):
        return False
    return _typed(record, _RECORD) and record["page"] == page and _is_record(record)


def _is_record(record: Entry) -> bool:
    date, url = record["date"], record["url"]
    if date is not None and not _DAY.match(date):
        return False
    if url and not url.startswith(("https://", "http://")):  # never javascript:
        return False
    return all(_is_place(place) for place in record["places"])


def _is_place(place: Any) -> bool:
    if not (isinstance(place, dict) and _typed(place, _PLACE)):
        return False
    lat, lon = place["lat"], place["lon"]
    return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180


def _typed(data: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Every key of ``schema`` present with a value of its type (a bool is no number)."""
    return all(
        key in data and isinstance(data[key], kind) and not isinstance(data[key], bool)
        for key, kind in schema.items()
    )
