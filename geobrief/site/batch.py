"""Build a site of briefings from a folder of articles: incremental and parallel.

    build_site(indir, outdir) -> Summary

Each article (.txt, .md, .html) becomes ``SITE/<name>.html``; ``SITE/index.html`` lists
them with a map of every place sized by how many articles name it, and
``SITE/places/<id>.html`` lists the articles of each place. ``SITE/manifest.json`` keeps
each article's content hash, page and index record, and the geobrief version: a rerun
rebuilds only articles whose bytes changed (everything when the version did), and a
broken article is reported and skipped without stopping the others.

Workers are separate processes, each opening the gazetteer index once: local ones
(``workers``), or a Dask cluster's (``scheduler``, e.g. "tcp://host:8786"). A worker gets
an article's bytes and returns its page's HTML; only this process reads INDIR and writes
SITE, so cluster workers need no shared disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from geobrief.errors import GeobriefError, InputError, MissingDependencyError
from geobrief.read.ingest import MAX_BYTES, check_size
from geobrief.render.output import write_atomic
from geobrief.resources import VERSION
from geobrief.site.names import page_names
from geobrief.site.pages import write_index

ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")
MANIFEST = "manifest.json"

Progress = Callable[[str], None]  # called with each article's name as it is done


@dataclass(frozen=True)
class Job:
    """One article to build: its path relative to INDIR, its bytes, its page name."""

    name: str
    data: bytes
    page: str
    digest: str


@dataclass(frozen=True)
class Todo:
    """An article to build, before its bytes are read (they are read when it is sent to a
    worker, so that only the articles in flight are held in memory)."""

    name: str
    path: Path
    page: str
    digest: str

    def load(self) -> Job:
        return Job(self.name, self.path.read_bytes(), self.page, self.digest)


Result = tuple[Job, "dict[str, Any] | None", "str | None", "str | None"]  # record, html, error
IN_FLIGHT = 4  # articles sent ahead per worker


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


def find_articles(indir: Path, skip: Path | None = None) -> list[str]:
    """Every article below ``indir`` (relative POSIX paths, sorted); hidden files and
    folders are left out, and so is ``skip`` (the site, when it lies inside INDIR)."""
    if not indir.is_dir():
        raise InputError(f"{indir}: not a folder of articles")
    skipped = skip.resolve() if skip is not None else None
    found = []
    for path in indir.rglob("*"):
        rel = path.relative_to(indir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if skipped is not None and path.resolve().is_relative_to(skipped):
            continue
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(rel.as_posix())
    return sorted(found)


def build_site(
    indir: Path,
    outdir: Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Summary:
    """Build (or bring up to date) the site of ``indir``'s articles in ``outdir``; an
    article file over ``max_bytes`` fails without being read."""
    started = time.perf_counter()
    articles = find_articles(indir, skip=outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    old = _read_manifest(outdir)
    names = page_names(articles)
    entries: dict[str, dict[str, Any]] = {}
    jobs: list[Todo] = []
    too_big = []
    for article in articles:
        try:
            check_size((indir / article).stat().st_size, article, max_bytes)
        except InputError as exc:
            too_big.append((article, str(exc)))
            continue
        digest = _hash(indir / article)
        entry = old.get(article)
        page = names[article]
        if entry and entry.get("hash") == digest and entry.get("page") == page and (
            outdir / page
        ).exists():
            entries[article] = entry
        else:
            jobs.append(Todo(article, indir / article, page, digest))
    summary = Summary(unchanged=len(entries), failed=too_big)
    if on_start is not None:
        on_start(len(jobs))
    try:
        loaded = (todo.load() for todo in jobs)
        for job, record, html, error in _run(loaded, len(jobs), workers, scheduler):
            if html is not None:
                write_atomic(outdir / job.page, html)
                entries[job.name] = {"hash": job.digest, "page": job.page, "record": record}
                summary.built += 1
            else:
                summary.failed.append((job.name, error or "failed"))
            if progress is not None:
                progress(job.name)
    except KeyboardInterrupt:
        # the pages built so far are kept and recorded, so the next run resumes; the old
        # index still links only pages that exist
        _write_manifest(outdir, entries)
        raise
    changed = bool(jobs) or entries.keys() != old.keys() or not (outdir / "index.html").exists()
    if changed:  # a rerun with nothing changed writes nothing
        _remove_stale(outdir, old, entries)
        write_index(outdir, [entries[a] for a in articles if a in entries])
        _write_manifest(outdir, entries)
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------- running the jobs


def _run(
    jobs: Iterator[Job], count: int, workers: int | None, scheduler: str | None
) -> Iterator[Result]:
    """Build ``count`` jobs: on a Dask cluster, in local worker processes, or (one worker
    or one job) here; yield (job, index record, page HTML, None) or (job, None, None, why)
    as each is done. At most IN_FLIGHT jobs per worker are sent ahead."""
    if scheduler:
        yield from _run_on_cluster(jobs, scheduler)
        return
    workers = min(workers or os.cpu_count() or 1, max(count, 1))
    if workers == 1:
        yield from ((job, *build_article(job)) for job in jobs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_open_worker) as pool:
        first = islice(jobs, workers * IN_FLIGHT)
        pending = {pool.submit(build_article, job): job for job in first}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                follower = next(jobs, None)
                if follower is not None:
                    pending[pool.submit(build_article, follower)] = follower
                yield (job, *future.result())


def _run_on_cluster(jobs: Iterator[Job], scheduler: str) -> Iterator[Result]:
    try:
        from distributed import Client
        from distributed import as_completed as cluster_completed
    except ImportError:
        raise MissingDependencyError(
            "--scheduler needs dask.distributed: pip install 'geobrief[cluster]'"
        ) from None
    try:
        client = Client(scheduler, timeout="5s")
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        ahead = IN_FLIGHT * max(len(client.scheduler_info()["workers"]), 1)
        running = cluster_completed(with_results=True)
        by_key: dict[Any, Job] = {}

        def send(job: Job) -> None:
            future = client.submit(build_article, job, pure=False)
            by_key[future.key] = job
            running.add(future)

        for job in islice(jobs, ahead):
            send(job)
        for future, result in running:
            future.release()  # the worker may drop the page it built
            follower = next(jobs, None)
            if follower is not None:
                send(follower)
            yield (by_key.pop(future.key), *result)


_GAZETTEER: Any = None  # each worker process opens the index once


def _open_worker() -> Any:
    global _GAZETTEER
    if _GAZETTEER is None:
        from geobrief.gazetteer.index import Gazetteer

        _GAZETTEER = Gazetteer.load()
    return _GAZETTEER


def build_article(job: Job) -> tuple[dict[str, Any] | None, str | None, str | None]:
    """One article's (index record, page HTML, None), or (None, None, why it failed)."""
    from geobrief.pipeline import brief
    from geobrief.read.ingest import decode_article, parse_article
    from geobrief.render.page import render_page
    from geobrief.site.pages import article_record

    try:
        text = decode_article(job.data, job.name, max_bytes=len(job.data))  # size checked
        article = parse_article(text, source=job.name)
        briefing = brief(article, gazetteer=_open_worker())
        html = render_page(briefing)
    except GeobriefError as exc:
        return None, None, str(exc)
    except (OSError, ValueError) as exc:  # bad data in this article only
        return None, None, f"{job.name}: {exc}"
    return article_record(briefing, job.page), html, None


# ---------------------------------------------------------------- the manifest


def _hash(path: Path) -> str:
    """The version and the file's bytes, hashed (read in blocks: nothing is kept)."""
    digest = hashlib.sha256(VERSION.encode())
    digest.update(b"\0")
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_manifest(outdir: Path) -> dict[str, dict[str, Any]]:
    """The previous run's entries; none when there is no manifest or another version."""
    path = outdir / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return {}
    articles = data.get("articles")
    return articles if isinstance(articles, dict) else {}


def _write_manifest(outdir: Path, entries: dict[str, dict[str, Any]]) -> None:
    data = {"version": VERSION, "articles": dict(sorted(entries.items()))}
    write_atomic(outdir / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1))


def _remove_stale(
    outdir: Path, old: dict[str, dict[str, Any]], entries: dict[str, dict[str, Any]]
) -> None:
    """Delete the pages of articles that are gone (only pages this tool wrote)."""
    kept = {entry["page"] for entry in entries.values()}
    for entry in old.values():
        page = str(entry.get("page", ""))
        if page and page not in kept and "/" not in page and page.endswith(".html"):
            (outdir / page).unlink(missing_ok=True)
