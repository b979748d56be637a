"""Build a batch's articles: here, in local worker processes, or on a Dask cluster.

A worker gets an article's bytes and returns its page's HTML and index record, so that
only the batch process reads INDIR and writes SITE. Local workers never outlive the
batch: stopped (an exception, Ctrl-C, or SIGTERM, taken as Ctrl-C while they run, so that
the pages built are kept), it terminates them; killed (``kill -9``), they notice that
their parent is gone and exit.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from geobrief.errors import GeobriefError, InputError, MissingDependencyError
from geobrief.pipeline import Config


@dataclass(frozen=True)
class Job:
    """One article to build: its path relative to INDIR, its bytes, its page name, how
    to brief it, and its edits file's bytes and path relative to INDIR (if it has one)."""

    name: str
    data: bytes
    page: str
    digest: str
    config: Config = field(default_factory=Config)
    edits: bytes | None = None
    edits_name: str = ""


Result = tuple[Job, "dict[str, Any] | None", "str | None", "str | None"]  # record, html, error
IN_FLIGHT = 4  # articles sent ahead per worker
PARENT_POLL = 1.0  # seconds between a worker's looks at its parent


def run_jobs(
    jobs: Iterator[Job], count: int, workers: int | None, scheduler: str | None
) -> Iterator[Result]:
    """Build ``count`` jobs: on a Dask cluster, in local worker processes, or (one worker
    or one job) here; yield (job, index record, page HTML, None) or (job, None, None, why)
    as each is done. At most IN_FLIGHT jobs per worker are sent ahead. Close the iterator
    (or let an exception through it) and the local workers are stopped at once."""
    if scheduler:
        yield from _run_on_cluster(jobs, scheduler)
        return
    workers = min(workers or os.cpu_count() or 1, max(count, 1))
    if workers == 1:
        yield from ((job, *build_article(job)) for job in jobs)
        return
    if multiprocessing.get_start_method() == "fork":
        _preload()
    with _local_pool(workers) as pool:
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


@contextmanager
def _local_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers are terminated, not waited for, when the batch stops:
    on an exception, and (in the main thread) on SIGTERM, taken as Ctrl-C meanwhile."""
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if main else None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker)
    try:
        yield pool
    except BaseException:
        _terminate(pool)
        raise
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
    pool.shutdown()


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _terminate(pool: ProcessPoolExecutor) -> None:
    if hasattr(pool, "terminate_workers"):  # Python 3.14+
        pool.terminate_workers()
        return
    processes = list((pool._processes or {}).values())  # before 3.14, only privately
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)


def _preload() -> None:
    """Load here, before the workers fork from this process, what each would load for
    its first article (spaCy's model, the given names and
    :func:`geobrief.render.warm.warm_up`; some 3 CPU seconds): once for the batch,
    shared, not once per worker. Not the gazetteer: each worker opens its own (a database
    connection must not cross a fork). Whatever fails here fails again, and is reported,
    in each article."""
    from geobrief.geoparse.lexicon import given_names
    from geobrief.read.language import load_english
    from geobrief.render.warm import warm_up

    with suppress(Exception):
        load_english()
        given_names()
        warm_up()


def _start_worker() -> None:
    """In each local worker: leave Ctrl-C and SIGTERM to the batch (which stops the
    workers itself), exit when the batch process is gone, open the gazetteer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _open_worker()


def _exit_with(parent: int) -> None:
    """Exit this process once its parent is gone (Linux reparents an orphan)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(1)


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
    """One article's (index record, page HTML, None), or (None, None, why it failed):
    whatever goes wrong with one article fails that article only."""
    from geobrief.pipeline import brief
    from geobrief.read.edits import parse_edits
    from geobrief.read.ingest import decode_article, parse_article
    from geobrief.render.page import render_page
    from geobrief.site.pages import article_record

    try:
        text = decode_article(job.data, job.name, max_bytes=len(job.data))  # size checked
        article = parse_article(text, source=job.name, date=job.config.date)
        edits = None if job.edits is None else parse_edits(job.edits, source=job.edits_name)
        briefing = brief(article, config=job.config, gazetteer=_open_worker(), edits=edits)
        html = render_page(briefing)
    except GeobriefError as exc:
        return None, None, str(exc)
    except (OSError, ValueError, ArithmeticError) as exc:  # bad data in this article only
        return None, None, f"{job.name}: {exc}"
    except Exception as exc:  # a fault of geobrief's, met on this article only
        return None, None, f"{job.name}: internal error ({type(exc).__name__}: {exc})"
    return article_record(briefing, job.page), html, None
