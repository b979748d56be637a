"""``geobrief batch`` and ``geobrief watch``: a site of briefings from a folder of
articles, each briefed with the same options as ``geobrief build``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geobrief.cli.messages import notice, quiet, warn
from geobrief.cli.options import (
    FORCE_SITE,
    INSTALL_CLUSTER,
    WORKERS,
    briefing_options,
    message_options,
)
from geobrief.errors import printable
from geobrief.pipeline import Config

if TYPE_CHECKING:
    from geobrief.site.batch import Summary


@click.command()
@click.argument("indir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "site", type=click.Path(path_type=Path), required=True,
              help="The site folder: one page per article, index.html, places/.")
@WORKERS
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help=f"Run the articles on a Dask cluster ({INSTALL_CLUSTER}).")
@FORCE_SITE
@briefing_options()
@message_options
def batch(
    indir: Path, site: Path, workers: int | None, scheduler: str | None, force: bool,
    config: Config,
) -> None:
    """Build a briefing for every article in a folder, plus an index; only what changed.

    Example: geobrief batch articles/ -o site/ --workers 2
    """
    from geobrief.site.batch import build_site
    from geobrief.site.progress import progress_bar

    if scheduler and workers:
        warn("--workers does nothing with --scheduler (the cluster's workers build)")
    with progress_bar(shown=not quiet()) as (on_start, advance):
        summary = build_site(
            indir, site, workers=workers, scheduler=scheduler, progress=advance,
            on_start=on_start, config=config, force=force,
        )
    report(summary)
    if summary.failed:
        sys.exit(1)


@click.command()
@click.argument("indir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "site", type=click.Path(path_type=Path), required=True,
              help="The site folder, as for batch.")
@WORKERS
@click.option("--interval", type=click.FloatRange(0.1, 3600), default=1.0, show_default=True,
              help="Seconds between looks at INDIR.")
@FORCE_SITE
@briefing_options()
@message_options
def watch(
    indir: Path, site: Path, workers: int | None, interval: float, force: bool, config: Config
) -> None:
    """Rebuild the site whenever articles are added or changed, until Ctrl-C.

    Example: geobrief watch articles/ -o site/
    """
    from geobrief.site.folders import check_folders, find_articles
    from geobrief.site.watch import watch_site

    find_articles(indir)  # a missing folder is an error now, not at the first look
    check_folders(indir, site)
    notice(f"watching {indir} (Ctrl-C to stop)")
    try:
        watch_site(indir, site, on_build=report, workers=workers, interval=interval,
                   config=config, force=force)
    except KeyboardInterrupt:
        notice("stopped")


def report(summary: Summary) -> None:
    """A run's failures, one error line each (even with -q), then its summary line."""
    for _, reason in summary.failed:
        click.echo(printable(f"geobrief: failed: {reason}"), err=True)
    notice(summary.line())
