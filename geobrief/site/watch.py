"""Keep a site up to date while articles arrive: poll INDIR, rebuild when it changed.

A change is acted on once INDIR has stayed the same for ``debounce`` seconds (a file
still being copied is not read half-written); each rebuild is :func:`build_site`, so only
the changed articles and the index are built. An article's edits file counts as part of
it: saving ``story.edits.yaml`` rebuilds ``story.txt``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from geobrief.pipeline import Config
from geobrief.read.edits import edits_beside
from geobrief.site.batch import Summary, build_site
from geobrief.site.folders import find_articles

Stat = tuple[int, int]  # mtime in ns, size
Snapshot = dict[str, tuple[Stat, Stat | None]]  # article -> its stat, its edits file's


def snapshot(indir: Path, site: Path | None = None) -> Snapshot:
    """What INDIR's articles and their edits files look like now (leaving out the site
    if it is inside)."""
    found: Snapshot = {}
    for article in find_articles(indir, skip=site):
        stat = _stat(indir / article)
        if stat is not None:  # else removed while we looked
            found[article] = (stat, _stat(edits_beside(indir / article)))
    return found


def _stat(path: Path) -> Stat | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def watch_site(
    indir: Path,
    outdir: Path,
    *,
    on_build: Callable[[Summary], None],
    workers: int | None = None,
    interval: float = 1.0,
    debounce: float = 0.5,
    keep_going: Callable[[], bool] = lambda: True,
    config: Config | None = None,
    force: bool = False,
) -> None:
    """Build the site now and after every settled change, while ``keep_going()``, each
    article briefed with ``config``. ``force`` is as for :func:`build_site`, for the
    first build: the later ones build a site that is by then this INDIR's (files put in
    it meanwhile are kept, not refused)."""
    built: Snapshot | None = None
    while keep_going():
        now = snapshot(indir, outdir)
        if now != built:
            time.sleep(debounce)
            if snapshot(indir, outdir) != now:
                continue  # still changing: wait until it settles
            on_build(build_site(indir, outdir, workers=workers, config=config, force=force))
            built, force = now, True
        time.sleep(interval)
