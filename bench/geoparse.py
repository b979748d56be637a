"""Warm in-process geoparsing (recognition + resolution) of one article: median and peak.

    python bench/geoparse.py [ARTICLE] [--runs 200]

Defaults to the reference article in ../shared/seeds. Prints the median and the 90th
percentile per call, the ratio to the 5 ms target, and the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse.resolve import resolve
from geobrief.geoparse.toponyms import find_mentions
from geobrief.read.ingest import read_article

REFERENCE = Path(__file__).resolve().parents[2] / "shared/seeds/000_16e347cf525e611e.txt"
TARGET_MS = 5.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=REFERENCE)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    gazetteer = Gazetteer.load()
    article = read_article(args.article)
    places = resolve(find_mentions(article, gazetteer), gazetteer)  # warm caches
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        resolve(find_mentions(article, gazetteer), gazetteer)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    p90 = statistics.quantiles(times, n=10)[-1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"article: {args.article} ({len(article.text)} characters, {len(places)} places)")
    print(f"runs: {args.runs}  median: {median:.2f} ms  p90: {p90:.2f} ms  "
          f"ratio to {TARGET_MS:.0f} ms target: {median / TARGET_MS:.2f}")
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
