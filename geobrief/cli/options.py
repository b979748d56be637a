"""Options shared by several commands, written once: the briefing options (passed on as a
``Config``), ``-q``/``-v``, ``--force``, ``--workers``, and the ARTICLE argument."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from geobrief.cli.messages import set_verbosity
from geobrief.geoparse.resolve import RESOLVERS
from geobrief.pipeline import Config
from geobrief.read.ingest import MAX_BYTES, iso_day

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]
INSTALL_CLUSTER = "pip install 'geobrief[cluster]'"


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return iso_day(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2025-09-11") from None


def _finite(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    if not math.isfinite(value):  # nan passes every range check
        raise click.BadParameter(f"{value!r} is not a number of MiB")
    return value


def article_argument(*, many: bool = False) -> Decorator:
    """ARTICLE (or ARTICLES...): a file, or ``-`` for standard input."""
    kind = click.Path(path_type=Path, allow_dash=True)
    if many:
        return click.argument("articles", nargs=-1, required=True, type=kind)
    return click.argument("article", type=kind)


def briefing_options(*, dated: bool = True) -> Decorator:
    """The options of every command that briefs articles, passed on as ``config``:
    ``--resolver``, ``--ner``, ``--max-mb``, and (``dated``: what draws a map and its
    events) ``--date``, ``--tiles`` and ``--no-edits``."""
    options = [
        click.option("--resolver", type=click.Choice(RESOLVERS), default="context",
                     show_default=True,
                     help="'population' ignores the text's context (a measured baseline)."),
        click.option("--ner", is_flag=True,
                     help="Also fuse spaCy's named entities with the matcher (slower)."),
        click.option("--max-mb", type=click.FloatRange(0.001, 1024), default=MAX_BYTES / 2**20,
                     show_default=True, callback=_finite,
                     help="Refuse article files larger than this many MiB."),
    ]
    if dated:
        options[:0] = [
            click.option("--date", callback=_parse_date, metavar="YYYY-MM-DD",
                         help="The article's date, for 'Thursday' or 'last month' (overrides "
                         "its front matter)."),
            click.option("--tiles", default=None, metavar="NAME",
                         help="Add an online tile layer (e.g. 'OpenStreetMap') under the "
                         "interactive map. Default: none, fully offline."),
            click.option("--no-edits", is_flag=True,
                         help="Ignore the edits file beside an article (story.edits.yaml "
                         "for story.txt)."),
        ]

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, resolver: str, ner: bool, max_mb: float,
                    date: dt.date | None = None, tiles: str | None = None,
                    no_edits: bool = False, **kwargs: Any) -> Any:
            config = Config(date=date, tiles=tiles, resolver=resolver, ner=ner,
                            max_bytes=int(max_mb * 2**20), edits=not no_edits)
            return func(*args, config=config, **kwargs)

        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def _verbosity(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """Record -q or -v (given before or after the command's name) and apply both."""
    flags = ctx.find_root().meta.setdefault("geobrief.verbosity", set())
    if value:
        flags.add(param.name)
    set_verbosity(quiet="quiet" in flags, verbose="verbose" in flags)


def message_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``-q``/``--quiet`` and ``-v``/``--verbose``, on the group and on every command."""
    func = click.option("-v", "--verbose", is_flag=True, expose_value=False,
                        callback=_verbosity, help="Log one line per pipeline step.")(func)
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_verbosity,
                        help="Print nothing but the output and errors (no 'wrote ...', "
                        "progress or warnings).")(func)


def force_option(what: str) -> Decorator:
    return click.option("--force", is_flag=True, help=what)


FORCE_FILE = force_option("Replace OUTPUT even if geobrief did not write it.")
FORCE_SITE = force_option("Build in a SITE that holds other files (they are kept) or was "
                          "built from another INDIR (its pages are replaced).")
EDITS_FILE = click.option(
    "--edits", "edits", type=click.Path(path_type=Path, dir_okay=False), default=None,
    metavar="FILE", help="Apply this edits file (YAML: README, 'Corrections') instead of the "
    "one beside ARTICLE.")
WORKERS = click.option("--workers", type=click.IntRange(1, 256), default=None,
                       help="Parallel worker processes [default: the number of cores].")
