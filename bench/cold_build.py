"""Cold `geobrief build` of an article in new processes: median seconds and peak memory.

    python bench/cold_build.py [ARTICLE] [--runs 5]

Defaults to the reference article in ../shared/seeds. The gazetteer index must already
be built (run `geobrief demo` once); its one-time build is not part of the figure.
Targets (issue 13, with the story's spaCy parse): at most 2.5 s, 400 MB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from process import timed

TARGET_S, TARGET_MB = 2.5, 400.0
REFERENCE = Path(__file__).resolve().parents[2] / "shared/seeds/000_16e347cf525e611e.txt"


def run_once(article: Path, out: Path) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one `python -m geobrief build` process."""
    args = [sys.executable, "-m", "geobrief", "build", str(article), "-o", str(out)]
    return timed(args, f"geobrief build on {article}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=REFERENCE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "page.html"
        run_once(args.article, out)  # warm the OS file cache; not counted
        results = [run_once(args.article, out) for _ in range(args.runs)]
        size = out.stat().st_size
    seconds = [s for s, _ in results]
    peak_mb = max(rss for _, rss in results) / 1024
    print(f"article: {args.article}")
    print(f"runs: {args.runs}  median: {statistics.median(seconds):.2f} s  "
          f"min: {min(seconds):.2f} s  max: {max(seconds):.2f} s")
    print(f"peak RSS: {peak_mb:.0f} MB  page: {size / 1024:.0f} KB")
    print(f"ratio to target ({TARGET_S} s, {TARGET_MB:.0f} MB): "
          f"{statistics.median(seconds) / TARGET_S:.2f}, {peak_mb / TARGET_MB:.2f}")


if __name__ == "__main__":
    main()
