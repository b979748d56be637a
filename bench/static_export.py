"""Static map export of an article in new processes: median seconds per format.

    python bench/static_export.py [ARTICLE] [--runs 5] [--width 1200 --height 800 --dpi 150]

Each run is a fresh `python -c` that imports geobrief, briefs the article and writes
``render_static`` PNG or SVG bytes: matplotlib's import is part of the figure, as it is
for a user. Defaults to the reference article in ../shared/seeds. The gazetteer index
must already be built (run `geobrief demo` once). The target is 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from process import timed

REFERENCE = Path(__file__).resolve().parents[2] / "shared/seeds/000_16e347cf525e611e.txt"
TARGET_S = 3.0
CODE = """
import datetime as dt, sys
from pathlib import Path
from geobrief.pipeline import Config, brief
from geobrief.render.static.map import render_static
article, out, fmt, width, height, dpi = sys.argv[1:]
briefing = brief(Path(article), Config(date=dt.date(2025, 9, 11)))
data = render_static(briefing, fmt, width=int(width), height=int(height), dpi=int(dpi))
Path(out).write_bytes(data)
"""


def run_once(article: Path, out: Path, fmt: str, size: tuple[int, int, int]) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one process that briefs ``article`` and writes ``out``."""
    args = [sys.executable, "-c", CODE, str(article), str(out), fmt, *map(str, size)]
    return timed(args, f"static {fmt} export on {article}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=REFERENCE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()
    size = (args.width, args.height, args.dpi)
    print(f"article: {args.article}  size: {args.width}×{args.height} px at {args.dpi} dpi")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("png", "svg"):
            out = Path(tmp) / f"map.{fmt}"
            run_once(args.article, out, fmt, size)  # warm the OS file cache; not counted
            results = [run_once(args.article, out, fmt, size) for _ in range(args.runs)]
            seconds = [s for s, _ in results]
            median = statistics.median(seconds)
            peak_mb = max(rss for _, rss in results) / 1024
            print(
                f"{fmt}: runs: {args.runs}  median: {median:.2f} s  min: {min(seconds):.2f} s  "
                f"max: {max(seconds):.2f} s  peak RSS: {peak_mb:.0f} MB  "
                f"file: {out.stat().st_size / 1024:.0f} KB  "
                f"ratio to target ({TARGET_S:.0f} s): {median / TARGET_S:.2f}"
            )


if __name__ == "__main__":
    main()
