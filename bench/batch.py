"""`geobrief batch` on 200 real news articles: articles per second, peak memory per
worker, and the no-change rerun.

    python bench/batch.py [--articles 200] [--workers 2] [--cluster]

The articles are the first documents of ../shared/eval/dev (LGL, then GeoVirus), written
as .txt files into a temporary folder (nothing is copied into the project). The cold run
starts from an empty site; the gazetteer index must already be built (`geobrief demo`).
Targets (issue 6): at least 4 articles/s on this 2-core machine, at most 400 MB per
worker, a no-change rerun of 200 articles in at most 3 s. ``--cluster`` runs the same on
a Dask LocalCluster of ``--workers`` processes started here (``--scheduler``).
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
import time
from collections.abc import Iterator
from pathlib import Path

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


def run(indir: Path, site: Path, workers: int, scheduler: str | None) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) of the largest process (parent or worker), summary line."""
    start = time.perf_counter()
    where = ["--scheduler", scheduler] if scheduler else ["--workers", str(workers)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "geobrief", "batch", str(indir), "-o", str(site), *where],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    out, _ = proc.communicate()
    seconds = time.perf_counter() - start
    # the largest of this script's waited-for descendants: the batch process and its
    # workers (each is reaped by its parent, whose own figure then includes it)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak, out.strip()


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
        cold, peak, line = run(indir, site, args.workers, address)
        rate = args.articles / cold
        where = f"a LocalCluster of {args.workers}" if address else f"{args.workers} workers"
        print(f"cold: {args.articles} articles, {where}: {cold:.1f} s, "
              f"{rate:.2f} articles/s (target 4: ratio {rate / 4:.2f})")
        print(f"  {line}")
        reruns = sorted(run(indir, site, args.workers, address)[0] for _ in range(3))
        print(f"no-change rerun: median {reruns[1]:.2f} s (target 3: ratio {reruns[1] / 3:.2f})")
    if address:  # the cluster's worker processes are reaped only now
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"peak RSS of the largest process: {peak / 1024:.0f} MB (target 400: "
          f"ratio {peak / 1024 / 400:.2f})")


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
