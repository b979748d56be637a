"""`geobrief batch` on 200 real news articles: articles per second, peak memory per
worker, and the no-change rerun.

    python bench/batch.py [--articles 200] [--workers 2] [--cluster]

The articles are the first documents of ../shared/eval/dev (LGL, then GeoVirus), written
as .txt files into a temporary folder (nothing is copied into the project). The cold run
starts from an empty site; the gazetteer index must already be built (`geobrief demo`).
Targets (issue 13, with the story's spaCy parse): at least 8 articles/s on this 2-core
machine, at most 500 MB per worker; (issue 6) a no-change rerun of 200 articles in at most
3 s. ``--cluster`` runs the same on
a Dask LocalCluster of ``--workers`` processes started here (``--scheduler``). Besides
the wall-clock rate it prints the CPU seconds of the batch and its workers per article,
and the rate that makes on that many idle cores: what a busy shared machine does not
inflate (local workers only).

Where the time goes (CPU per article in a warm process, 49 LGL dev articles it had not
seen, a busy machine): 0.25-0.27 s to brief and render a page, of which 0.14 s is the
print map (the static SVG locator map the page embeds for print, ``render.static``); it
was 0.33-0.36 s and 0.21-0.23 s before text sizes and outlines were cached per process,
the inset lost its axes, layer rows were read once per map and paths written compactly
(0.42 s and 0.25 s on a quieter machine before that). This benchmark, both on one busy
machine: 0.391 -> 0.318 s of CPU an article, startup included (5.1 -> 6.3 articles/s on
2 idle cores). 8 articles/s on 2 cores leaves 0.25 s per article: the page without the
print map takes about 0.11-0.14 s, so the budget is still out of reach while every page
draws one. What is left of the print map is mostly matplotlib's own work (shares of a
cProfile of those 49 maps): writing the SVG 32% (names over their halos 15%, the legend
10%), the map's axes 10% (half of it ticks it never shows), shaping text not seen before
4%, simplifying the coastlines for the frame 4-7%.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

RATE, WORKER_MB, RERUN_S = 8.0, 500.0, 3.0  # targets: articles/s, MB per worker, s
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def write_articles(folder: Path, count: int) -> None:
    written = 0
    for name in ("lgl.jsonl", "geovirus.jsonl"):
        for line in (DEV / name).read_text(encoding="utf-8").splitlines():
            if written == count:
                return
            doc = json.loads(line)
            (folder / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
            written += 1


def run(
    indir: Path, site: Path, workers: int, scheduler: str | None
) -> tuple[float, float, str, int, list[int]]:
    """Seconds, CPU seconds (user + system of the process and its workers; not a Dask
    cluster's), summary line, and peak RSS (KiB) of one `geobrief batch` process and of
    each of its worker processes."""
    before = _children_cpu()
    start = time.perf_counter()
    where = ["--scheduler", scheduler] if scheduler else ["--workers", str(workers)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "geobrief", "batch", str(indir), "-o", str(site), *where],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    watcher = PeakWatcher(proc.pid)
    watcher.start()
    out, _ = proc.communicate()
    seconds = time.perf_counter() - start
    watcher.stop()
    parent = watcher.peaks.pop(proc.pid, 0)
    return seconds, _children_cpu() - before, out.strip(), parent, sorted(watcher.peaks.values())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class PeakWatcher(threading.Thread):
    """Polls /proc for the peak RSS (VmHWM) of a process and of its children."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peaks, self.done = pid, {}, threading.Event()  # pid -> KiB

    def run(self) -> None:
        while not self.done.wait(0.1):
            for pid in [self.root, *_children(self.root)]:
                peak = _vm_hwm(pid)
                if peak:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0))

    def stop(self) -> None:
        self.done.set()
        self.join()


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _vm_hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _worker_peaks(address: str) -> list[int]:
    """Each Dask worker's peak RSS (KiB), asked of the worker itself."""
    from distributed import Client

    with Client(address) as client:
        found = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return sorted(found.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cluster", action="store_true", help="on a Dask LocalCluster")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, _cluster(args.cluster, args.workers) as address:
        indir, site = Path(tmp) / "in", Path(tmp) / "site"
        indir.mkdir()
        write_articles(indir, args.articles)
        cold, cpu, line, parent, workers = run(indir, site, args.workers, address)
        if address:  # the cluster's workers are not the batch process's children
            workers = _worker_peaks(address)
        rate = args.articles / cold
        where = f"a LocalCluster of {args.workers}" if address else f"{args.workers} workers"
        print(f"cold: {args.articles} articles, {where}: {cold:.1f} s, "
              f"{rate:.2f} articles/s (target {RATE:.0f}: ratio {rate / RATE:.2f})")
        if not address:  # what a quiet machine of that many cores would do
            quiet = args.workers * args.articles / cpu
            print(f"  CPU {cpu:.1f} s, {cpu / args.articles:.3f} s an article (startup included):"
                  f" {quiet:.2f} articles/s on {args.workers} idle cores "
                  f"(ratio {quiet / RATE:.2f})")
        print(f"  {line}")
        worst = max(workers, default=0) / 1024
        print(f"peak RSS per worker: {', '.join(f'{w / 1024:.0f}' for w in workers)} MB "
              f"(target {WORKER_MB:.0f}: ratio {worst / WORKER_MB:.2f}); the batch process itself: "
              f"{parent / 1024:.0f} MB")
        reruns = sorted(run(indir, site, args.workers, address)[0] for _ in range(3))
        print(f"no-change rerun: median {reruns[1]:.2f} s "
              f"(target {RERUN_S:.0f}: ratio {reruns[1] / RERUN_S:.2f})")


@contextlib.contextmanager
def _cluster(wanted: bool, workers: int) -> Iterator[str | None]:
    if not wanted:
        yield None
        return
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


if __name__ == "__main__":
    main()
