"""Build a site of briefings from a folder of articles: incremental and parallel.

    build_site(indir, outdir) -> Summary

Each article (.txt, .md, .html) becomes ``SITE/<name>.html``; ``SITE/index.html`` lists
them with a map of every place sized by how many articles name it, and
``SITE/places/<id>.html`` lists the articles of each place. ``SITE/manifest.json`` keeps
each article's content hash, page and index record, and the geobrief version: a rerun
rebuilds only articles whose bytes changed (everything when the version did), and a
broken article is reported and skipped without stopping the others. An article's edits
file (``story.edits.yaml`` beside ``story.txt``, not itself an article) is part of its
hash, so a changed edits file rebuilds its article; the manifest names it and its hash.

The site owns only what its manifest says geobrief wrote: a SITE that holds other files,
or was built from another INDIR, is refused unless ``force`` (see
:mod:`geobrief.site.folders`), and only pages the manifest lists, and that are geobrief
pages, are ever deleted. A write that fails (a full disk) fails its article, which keeps
its old page; the index and manifest are then written only if they can be.

Articles are built by :mod:`geobrief.site.workers` (local processes or a Dask cluster);
only this process reads INDIR and writes SITE.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import closing, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from geobrief.errors import InputError, OutputError
from geobrief.pipeline import Config
from geobrief.read.edits import edits_beside, edits_bytes
from geobrief.read.ingest import check_size, read_bounded
from geobrief.render.writer import write_output, written_by_geobrief
from geobrief.resources import VERSION
from geobrief.site.folders import check_folders, check_site, find_articles, source_path
from geobrief.site.manifest import (
    INDEX,
    PLACES_DIR,
    Entry,
    Manifest,
    owned_files,
    read_manifest,
    write_manifest,
)
from geobrief.site.names import page_names
from geobrief.site.pages import write_index
from geobrief.site.workers import Job, run_jobs

__all__ = ["Summary", "build_site", "find_articles"]

Progress = Callable[[str], None]  # called with each article's name as it is done


@dataclass(frozen=True)
class Todo:
    """An article to build, before its bytes are read (they are read when it is sent to a
    worker, so that only the articles in flight are held in memory)."""

    name: str
    path: Path  # the real file, inside INDIR
    page: str
    digest: str
    config: Config
    edits: EditsFile | None = None

    def load(self) -> Job:
        data = read_bounded(self.path, self.name, self.config.max_bytes)
        edits, edits_name = (self.edits.data, self.edits.name) if self.edits else (None, "")
        return Job(self.name, data, self.page, self.digest, self.config, edits, edits_name)


@dataclass(frozen=True)
class EditsFile:
    """An article's edits file: its path relative to INDIR and its bytes."""

    name: str
    data: bytes

    def entry(self) -> Entry:
        """What the manifest records of it."""
        return {"file": self.name, "sha256": hashlib.sha256(self.data).hexdigest()}


@dataclass
class Summary:
    """What a run did."""

    built: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article, reason)
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"built {self.built}, unchanged {self.unchanged}, failed {len(self.failed)} "
            f"in {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class _Site:
    """SITE as a run sees it: its previous manifest, INDIR as seen from it (what the
    manifest records), and the files in it that geobrief did not write and keeps."""

    outdir: Path
    old: Manifest
    indir: str
    others: set[str]


def build_site(
    indir: Path,
    outdir: Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
    config: Config | None = None,
    force: bool = False,
) -> Summary:
    """Build (or bring up to date) the site of ``indir``'s articles in ``outdir``, each
    briefed with ``config`` (an article file over its ``max_bytes`` fails unread).
    ``force`` builds in a SITE holding other files (kept) or built from another INDIR
    (its pages replaced)."""
    started = time.perf_counter()
    articles = find_articles(indir, skip=outdir)
    seen_from_site = check_folders(indir, outdir)
    old = read_manifest(outdir)
    site = _Site(outdir, old, seen_from_site, check_site(outdir, old, seen_from_site, force=force))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot make the folder ({exc.strerror})") from None
    summary = Summary()
    entries, jobs = _plan(indir, site, articles, summary, config or Config())
    summary.unchanged = len(entries)
    if on_start is not None:
        on_start(len(jobs))
    try:
        _build(jobs, site, entries, summary, (workers, scheduler, progress))
    except KeyboardInterrupt:
        # the pages built so far are recorded, so the next run resumes (and, the run
        # marked incomplete, writes the index); the old index links only pages that exist
        with suppress(OSError):
            _save(site, {**old.entries, **entries}, old.places, complete=False)
        raise
    changed = bool(jobs) or entries.keys() != old.entries.keys() or not old.complete
    if changed or not (outdir / INDEX).exists():  # nothing changed: nothing written
        _finish(site, articles, entries, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _plan(
    indir: Path, site: _Site, articles: list[str], summary: Summary, config: Config
) -> tuple[dict[str, Entry], list[Todo]]:
    """The entries still good (article unchanged, page there) and the articles to build;
    an article that cannot be read (too big, a link out of INDIR) fails here, unread."""
    names = page_names(articles, avoid={name for name in site.others if "/" not in name})
    entries: dict[str, Entry] = {}
    jobs: list[Todo] = []
    for article in articles:
        try:
            path = source_path(indir, article)
            check_size(path.stat().st_size, article, config.max_bytes)
            edits = _edits(indir, article) if config.edits else None
            digest = _hash(path, config, edits)
        except (InputError, OSError) as exc:
            summary.failed.append((article, _why(exc, article)))
            continue
        entry, page = site.old.entries.get(article), names[article]
        if entry and entry["hash"] == digest and entry["page"] == page and (
            site.outdir / page
        ).exists():
            entries[article] = entry
        else:
            jobs.append(Todo(article, path, page, digest, config, edits))
    return entries, jobs


def _edits(indir: Path, article: str) -> EditsFile | None:
    """The article's edits file, if it has one (a link out of INDIR fails the article)."""
    name = edits_beside(PurePosixPath(article)).as_posix()
    if not os.path.lexists(indir / name):
        return None
    return EditsFile(name, edits_bytes(source_path(indir, name), name))


def _build(
    jobs: list[Todo], site: _Site, entries: dict[str, Entry], summary: Summary,
    how: tuple[int | None, str | None, Progress | None],
) -> None:
    """Build the jobs and write their pages as they come; a page that cannot be written
    fails its article, which keeps its old entry and page."""
    workers, scheduler, progress = how
    old = site.old.entries
    loaded = _load(jobs, summary, progress)
    with closing(run_jobs(loaded, len(jobs), workers, scheduler)) as results:
        for job, record, html, error in results:
            if html is None:
                summary.failed.append((job.name, error or "failed"))
            elif _write_page(site.outdir / job.page, html, job.name, summary):
                entries[job.name] = {"hash": job.digest, "page": job.page, "record": record}
                if job.edits is not None:
                    entries[job.name]["edits"] = EditsFile(job.edits_name, job.edits).entry()
                summary.built += 1
            elif job.name in old and (site.outdir / old[job.name]["page"]).exists():
                entries[job.name] = old[job.name]
            if progress is not None:
                progress(job.name)


def _load(todos: list[Todo], summary: Summary, progress: Progress | None) -> Iterator[Job]:
    """Each job with its bytes, read as it is sent; one that cannot be read fails."""
    for todo in todos:
        try:
            yield todo.load()
        except (InputError, OSError) as exc:
            summary.failed.append((todo.name, _why(exc, todo.name)))
            if progress is not None:
                progress(todo.name)


def _write_page(path: Path, html: str, name: str, summary: Summary) -> bool:
    try:
        write_output(path, html, regular_only=True)
    except OutputError as exc:
        summary.failed.append((name, str(exc)))
        return False
    return True


def _finish(site: _Site, articles: list[str], entries: dict[str, Entry], summary: Summary) -> None:
    """Write the index and place pages, delete stale pages, write the manifest. A write
    that fails is reported and ends the run there: the old manifest stays, so the next
    run redoes what this one could not."""
    outdir, old = site.outdir, site.old
    try:
        places = set(write_index(outdir, [entries[a] for a in articles if a in entries]))
        current = {entry["page"] for entry in entries.values()}
        stale = [*(old.pages - current), *(f"{PLACES_DIR}/{p}" for p in old.places - places)]
        for page in sorted(stale):
            if written_by_geobrief(outdir / page):  # never a file geobrief did not write
                (outdir / page).unlink()
        _save(site, entries, places, complete=True)
    except OSError as exc:
        summary.failed.append((str(outdir), _why(exc, str(outdir))))


def _save(site: _Site, entries: dict[str, Entry], places: set[str], *, complete: bool) -> None:
    """Write the manifest: these entries and place pages, and the other files kept (less
    any that a forced run has since replaced with its own)."""
    ours = owned_files((entry["page"] for entry in entries.values()), places)
    write_manifest(site.outdir, entries, indir=site.indir, places=places,
                   kept=site.others - ours, complete=complete)


def _why(exc: OSError | InputError, name: str) -> str:
    """A failure's one-line reason, naming the file."""
    if isinstance(exc, (InputError, OutputError)):
        return str(exc)
    return f"{exc.filename or name}: {exc.strerror or exc}"


def _hash(path: Path, config: Config, edits: EditsFile | None = None) -> str:
    """The version, the options that change a page (when not the defaults), the file's
    bytes (read in blocks: nothing is kept) and its edits file's, hashed."""
    digest = hashlib.sha256(VERSION.encode())
    options = replace(config, max_bytes=Config.max_bytes)
    if options != Config():
        digest.update(repr(options).encode())
    digest.update(b"\0")
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    if edits is not None:
        digest.update(b"\0edits\0" + edits.data)
    return digest.hexdigest()
