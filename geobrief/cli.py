"""Command-line interface: each command parses arguments and calls one library function."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from geobrief.errors import GeobriefError, InputError, printable
from geobrief.geoparse.resolve import RESOLVERS
from geobrief.models import Briefing
from geobrief.pipeline import Config, brief, geoparse
from geobrief.read.ingest import MAX_BYTES, iso_day
from geobrief.render.output import FORMATS, Size, export_data, places_record
from geobrief.render.writer import refuse_foreign, write_output
from geobrief.resources import VERSION

if TYPE_CHECKING:
    from geobrief.site.batch import Summary

DEMO_ARTICLE = "belarus-prisoners.txt"


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


MAX_MB_OPTION = click.option(
    "--max-mb", type=click.FloatRange(0.001, 1024), default=MAX_BYTES / 2**20, show_default=True,
    callback=_finite, help="Refuse article files larger than this many MiB.",
)
FORCE_SITE_OPTION = click.option(
    "--force", is_flag=True, help="Build in a SITE that holds other files (they are kept) or "
    "was built from another INDIR (its pages are replaced).",
)


def megabytes(value: float) -> int:
    return int(value * 2**20)


WORKERS_OPTION = click.option(
    "--workers", type=click.IntRange(1, 256), default=None,
    help="Parallel worker processes [default: the number of cores].",
)


def briefing_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that builds a briefing, passed on as ``config``."""

    @functools.wraps(func)
    def wrapper(*args: Any, date: dt.date | None, tiles: str | None, resolver: str,
                ner: bool, max_mb: float, **kwargs: Any) -> Any:
        config = Config(date=date, tiles=tiles, resolver=resolver, ner=ner,
                        max_bytes=megabytes(max_mb))
        return func(*args, config=config, **kwargs)

    for option in reversed([
        click.option("--date", callback=_parse_date, metavar="YYYY-MM-DD",
                     help="The article's date, for resolving 'Thursday' or 'last month'."),
        click.option("--tiles", default=None, metavar="NAME",
                     help="Add an online tile layer (e.g. 'OpenStreetMap'). Default: none."),
        click.option("--resolver", type=click.Choice(RESOLVERS), default="context",
                     show_default=True,
                     help="'population' ignores the text's context (a measured baseline)."),
        click.option("--ner", is_flag=True,
                     help="fuse spaCy named entities (pip install 'geobrief[ner]')"),
        MAX_MB_OPTION,
    ]):
        wrapper = option(wrapper)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(VERSION, prog_name="geobrief")
@click.option("-v", "--verbose", is_flag=True, help="Log one line per pipeline step.")
def cli(verbose: bool) -> None:
    """Turn news articles into offline map briefings."""
    handler = logging.StreamHandler()
    handler.setFormatter(_PrintableFormatter("geobrief: %(message)s"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])


class _PrintableFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Where to write the HTML page.")
@click.option("--force", is_flag=True,
              help="Overwrite OUTPUT even if it is not a page geobrief wrote.")
@briefing_options
def build(article: Path, output: Path, force: bool, config: Config) -> None:
    """Build one self-contained HTML briefing.

    Example: geobrief build story.txt -o story.html
    """
    if not force:
        refuse_foreign(output)
    write_page(brief(article, config), output)
    click.echo(printable(f"wrote {output}"))


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True, help="json: one input; jsonl: one line per input.")
@briefing_options
def places(articles: tuple[Path, ...], fmt: str, config: Config) -> None:
    """List the places each article mentions, with their mentions.

    Example: geobrief places story.txt --format json
    """
    if fmt == "json" and len(articles) > 1:
        raise InputError("--format json takes one article; use --format jsonl for several")
    from geobrief.gazetteer.index import Gazetteer

    gazetteer = Gazetteer.load()
    for path in articles:
        article, found = geoparse(path, config, gazetteer=gazetteer)
        record = places_record(article.source, found)
        if fmt == "table":
            click.echo(_table(record))
        else:
            click.echo(json.dumps(record, ensure_ascii=False, indent=1 if fmt == "json" else None))


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help="geojson: the layers; json: the whole briefing model; fragment: the interactive "
    "map as an HTML snippet; png, svg: a static locator map.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True)
@click.option("--width", type=click.IntRange(200, 8000), default=1200, show_default=True,
              help="png/svg width in pixels.")
@click.option("--height", type=click.IntRange(200, 8000), default=None,
              help="png/svg height in pixels [default: 800]; the map's height in a "
              "fragment [default: 480].")
@click.option("--dpi", type=click.IntRange(50, 600), default=150, show_default=True,
              help="png/svg resolution: text and lines scale with it.")
@briefing_options
def export(
    article: Path, fmt: str, output: Path, width: int, height: int | None, dpi: int, config: Config
) -> None:
    """Export the briefing's map for reports.

    Example: geobrief export story.txt --format png -o story.png --width 1600 --dpi 200
    """
    size = Size(width, height, dpi)
    write_output(output, export_data(brief(article, config), fmt, size))
    click.echo(printable(f"wrote {output}"))


@cli.command()
@click.argument("indir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "site", type=click.Path(path_type=Path), required=True,
              help="The site folder: one page per article, index.html, places/.")
@WORKERS_OPTION
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Run the articles on a Dask cluster (pip install 'geobrief[cluster]').")
@MAX_MB_OPTION
@FORCE_SITE_OPTION
def batch(
    indir: Path, site: Path, workers: int | None, scheduler: str | None, max_mb: float,
    force: bool,
) -> None:
    """Build a briefing for every article in a folder, plus an index; only what changed.

    Example: geobrief batch articles/ -o site/ --workers 2
    """
    from geobrief.site.batch import build_site
    from geobrief.site.progress import progress_bar

    with progress_bar() as (on_start, advance):
        summary = build_site(
            indir, site, workers=workers, scheduler=scheduler, progress=advance,
            on_start=on_start, max_bytes=megabytes(max_mb), force=force,
        )
    report(summary)
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("indir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "site", type=click.Path(path_type=Path), required=True,
              help="The site folder, as for batch.")
@WORKERS_OPTION
@click.option("--interval", type=click.FloatRange(0.1, 3600), default=1.0, show_default=True,
              help="Seconds between looks at INDIR.")
@FORCE_SITE_OPTION
def watch(indir: Path, site: Path, workers: int | None, interval: float, force: bool) -> None:
    """Rebuild the site whenever articles are added or changed, until Ctrl-C.

    Example: geobrief watch articles/ -o site/
    """
    from geobrief.site.folders import check_folders, find_articles
    from geobrief.site.watch import watch_site

    find_articles(indir)  # a missing folder is an error now, not at the first look
    check_folders(indir, site)
    click.echo(printable(f"watching {indir} (Ctrl-C to stop)"))
    try:
        watch_site(indir, site, on_build=report, workers=workers, interval=interval,
                   force=force)
    except KeyboardInterrupt:
        click.echo("stopped")


@cli.command()
@click.option("-o", "--output", type=click.Path(path_type=Path),
              default=Path("geobrief-demo.html"), show_default=True)
def demo(output: Path) -> None:
    """Build the bundled sample article into a briefing page.

    Example: geobrief demo -o demo.html
    """
    from geobrief.resources import data_dir

    source = data_dir("seeds") / DEMO_ARTICLE
    write_page(brief(source), output)
    click.echo(printable(f"wrote {output} from the sample article {source.name}"))


def report(summary: Summary) -> None:
    """A batch run's failures, one line each on stderr, then its summary line."""
    for _, reason in summary.failed:
        click.echo(printable(f"geobrief: failed: {reason}"), err=True)
    click.echo(summary.line())


def write_page(briefing: Briefing, output: Path) -> None:
    """Render the briefing page and write it atomically."""
    from geobrief.render.page import render_page

    write_output(output, render_page(briefing))


def _table(record: dict[str, Any]) -> str:
    lines = [printable(record["source"])]
    for p in record["places"]:
        lines.append(
            f"  {p['name']:<28} {p['kind']:<8} {p['country']:<3} "
            f"{p['lat']:>9.4f} {p['lon']:>10.4f}  x{p['mentions']}"
        )
    return "\n".join(lines)


def main() -> None:
    """Entry point: run the CLI; report errors in one line, never a traceback."""
    try:
        code = cli.main(standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("geobrief: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        _fail(f"{exc.format_message()} (see --help)", exc.exit_code)
    except GeobriefError as exc:
        _fail(str(exc))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}")
    sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, status: int = 1) -> None:
    click.echo(printable(f"geobrief: error: {message}"), err=True)
    sys.exit(status)
