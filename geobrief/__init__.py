"""geobrief: turn a news article into an offline map briefing.

The Python API, in the manner of geopandas' ``read_file``::

    import geobrief
    briefing = geobrief.brief("story.txt", date="2025-09-11")  # a path (str or Path)
    briefing = geobrief.brief(text="VILNIUS (Reuters) - ...")  # or the article's text
    briefing                   # in Jupyter: headline, focus, counts and the offline map
    briefing.to_html("story.html")
    briefing = geobrief.brief("story.txt", edits="fixes.yaml")  # corrections (README)
    briefing.layers.borders.explore()
    article, places = geobrief.geoparse("story.txt")  # the places alone

:class:`Briefing` (``geobrief.render.briefing``) is the model of ``geobrief.models`` with
its rendering methods; :class:`Config` holds the options; the errors all subclass
:class:`GeobriefError` and a builtin (``InputError`` is a ``ValueError``). See
``docs/api.md``.

``import geobrief`` stays cheap: the pipeline (and with it geopandas, shapely and the
gazetteer) is imported when ``brief`` or ``geoparse`` first runs, folium and matplotlib
when a map is drawn. ``geobrief.geoparse`` is the function: the step folder of the same
name is imported by its full name (``from geobrief.geoparse.resolve import resolve``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The step folder first, so that the function defined below, not the folder, is what
# ``geobrief.geoparse`` names once this module has run (a submodule is bound to its
# package's name only when it is first imported).
from geobrief import geoparse as _geoparse_step  # noqa: F401
from geobrief.errors import (
    DataError,
    EditsError,
    GeobriefError,
    InputError,
    MissingDependencyError,
    OutputError,
)
from geobrief.models import Article, Layers, Mention, Place
from geobrief.read.ingest import MAX_BYTES
from geobrief.render.briefing import Briefing

if TYPE_CHECKING:
    from geobrief.pipeline import Config
    from geobrief.read.edits import Edits

    EditsArgument = str | os.PathLike[str] | Mapping[str, Any] | Edits | bool | None

    __version__: str

__all__ = [
    "Article", "Briefing", "Config", "DataError", "EditsError", "GeobriefError", "InputError",
    "Layers",
    "Mention", "MissingDependencyError", "OutputError", "Place", "__version__", "brief",
    "geoparse",
]


def brief(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | None = None,
    date: dt.date | str | None = None,
    tiles: str | None = None,
    resolver: str = "context",
    ner: bool = False,
    max_bytes: int = MAX_BYTES,
    edits: EditsArgument = None,
) -> Briefing:
    """Build the briefing of the article at ``path`` (a ``str`` is a path), or of ``text``.

    ``date`` (a ``datetime.date`` or an ISO string such as "2025-09-11") resolves "on
    Thursday" and the like; ``tiles`` adds an online tile layer ("OpenStreetMap");
    ``resolver="population"`` is the measured baseline; ``ner=True`` also fuses
    spaCy's named entities with the matcher; a file over ``max_bytes`` is refused.
    ``edits`` corrects what geobrief found: None (the default) applies the edits file
    beside the article (``story.edits.yaml`` for ``story.txt``) if there is one, False
    none, a path that file, a dict the edits themselves (as the YAML file would give
    them), or ``Edits`` from ``geobrief.read.edits.parse_edits``. A path that does not
    exist, an empty or unreadable article, or a bad option raises :class:`InputError`;
    bad edits raise :class:`EditsError` (one).
    """
    from geobrief import pipeline

    config = _config(date=date, tiles=tiles, resolver=resolver, ner=ner, max_bytes=max_bytes)
    if edits is False:
        config = replace(config, edits=False)
    return pipeline.brief(_source(path, text), config, edits=_edits(edits))


def geoparse(
    path: str | os.PathLike[str] | None = None,
    *,
    text: str | None = None,
    date: dt.date | str | None = None,
    resolver: str = "context",
    ner: bool = False,
    max_bytes: int = MAX_BYTES,
) -> tuple[Article, list[Place]]:
    """Read the article at ``path`` (or ``text``) and resolve its places, without the
    map layers: ``(article, places)``. Each :class:`Place` carries its mentions, whose
    ``start``/``end`` index ``article.text``. Options as for :func:`brief`."""
    from geobrief import pipeline

    config = _config(date=date, tiles=None, resolver=resolver, ner=ner, max_bytes=max_bytes)
    return pipeline.geoparse(_source(path, text), config)


def _edits(value: EditsArgument) -> Edits | None:
    """The edits ``brief`` was given: a file read, a mapping checked (None: none given)."""
    from geobrief.read.edits import Edits, parse_edits, read_edits

    if value is None or value is False:
        return None
    if isinstance(value, Edits):  # already read (parse_edits, read_edits)
        return value
    if isinstance(value, Mapping):
        return parse_edits(value)
    if isinstance(value, str | os.PathLike) and not isinstance(value, bool):
        return read_edits(Path(value))
    raise TypeError(f"edits= takes a path, a dict, Edits, False or None, not "
                    f"{type(value).__name__}")


def _source(path: str | os.PathLike[str] | None, text: str | None) -> Path | str:
    """The pipeline's source: a Path to read, or the text itself."""
    if (path is None) == (text is None):
        raise TypeError("give the article's path, or its text as text=..., not both")
    if text is not None:
        if not isinstance(text, str):
            raise TypeError(f"text= takes the article's text as a str, not {type(text).__name__}")
        return text
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"path takes a str or a pathlib.Path, not {type(path).__name__}")
    file = Path(path)
    try:
        found = file.exists()
    except (OSError, ValueError):  # too long, or a NUL: text passed as a path
        found = False
    if not found:
        shown = str(path) if len(str(path)) <= 80 else repr(str(path)[:60]) + "..."
        raise InputError(f"{shown}: no such file (for an article's text use text=...)")
    return file


def _config(*, date: dt.date | str | None, tiles: str | None, resolver: str, ner: bool,
            max_bytes: int) -> Config:
    """The options as the pipeline's Config, checked."""
    from geobrief.geoparse.resolve import RESOLVERS
    from geobrief.pipeline import Config

    if resolver not in RESOLVERS:
        raise InputError(f"resolver {resolver!r}: choose from {', '.join(RESOLVERS)}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise InputError(f"max_bytes {max_bytes!r}: give a positive number of bytes")
    return Config(date=_date(date), tiles=tiles, resolver=resolver, ner=bool(ner),
                  max_bytes=max_bytes)


def _date(value: dt.date | str | None) -> dt.date | None:
    """A date from a ``datetime.date`` (a datetime gives its date) or an ISO string."""
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(f"date {value!r} is not a date like 2025-09-11")


def __getattr__(name: str) -> Any:
    """``Config`` and ``__version__``, imported when first asked for (PEP 562)."""
    if name == "Config":
        from geobrief.pipeline import Config

        return Config
    if name == "__version__":
        from geobrief.resources import VERSION

        return VERSION
    raise AttributeError(f"module 'geobrief' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | {"Config", "__version__"})
