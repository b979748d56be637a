"""Static map export of an article in new processes: median seconds per format.

    python bench/static_export.py [ARTICLE] [--runs 5] [--width 1200 --height 800 --dpi 150]
        [--theme light|dark]

Each run is a fresh `python -c` that imports geobrief, briefs the article and writes
``render_static`` PNG, SVG or PDF bytes as ``geobrief export`` does (headline, key,
inset and credit line included). Two figures per format: the whole process, and the
export alone (from the briefing to the bytes written; matplotlib's import is part of it,
as it is for a user), each as wall time and CPU time (user + system). The target, 3 s,
is for the export; CPU time is what a busy shared machine does not inflate. Defaults to
the reference article in ../shared/seeds. The gazetteer index must already be built (run
`geobrief demo` once).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
from pathlib import Path

from process import timed

REFERENCE = Path(__file__).resolve().parents[2] / "shared/seeds/000_16e347cf525e611e.txt"
TARGET_S = 3.0
CODE = """
import datetime as dt, sys, time
from pathlib import Path
from geobrief.pipeline import Config, brief
article, out, fmt, width, height, dpi, theme = sys.argv[1:]
briefing = brief(Path(article), Config(date=dt.date(2025, 9, 11)))
wall, cpu = time.perf_counter(), time.process_time()
from geobrief.render.static.map import render_static
from geobrief.render.static.style import Look
data = render_static(briefing, fmt, width=int(width), height=int(height), dpi=int(dpi),
                     look=Look(theme=theme))
Path(out).write_bytes(data)
Path(out + ".times").write_text(f"{time.perf_counter() - wall} {time.process_time() - cpu}")
"""


def run_once(
    article: Path, out: Path, fmt: str, size: tuple[int, int, int], theme: str
) -> tuple[float, float, float, float, int]:
    """Wall and CPU seconds of one process that briefs ``article`` and writes ``out``,
    wall and CPU seconds of its export alone, and its peak RSS (KiB)."""
    args = [sys.executable, "-c", CODE, str(article), str(out), fmt, *map(str, size), theme]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, rss = timed(args, f"static {fmt} export on {article}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    export_wall, export_cpu = map(float, Path(f"{out}.times").read_text().split())
    return seconds, cpu, export_wall, export_cpu, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=REFERENCE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    size = (args.width, args.height, args.dpi)
    print(f"article: {args.article}  size: {args.width}×{args.height} px at {args.dpi} dpi")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("png", "svg", "pdf"):
            out = Path(tmp) / f"map.{fmt}"
            run_once(args.article, out, fmt, size, args.theme)  # warm the OS cache; not counted
            results = [run_once(args.article, out, fmt, size, args.theme)
                       for _ in range(args.runs)]
            process, process_cpu, export, export_cpu = (
                statistics.median(r[k] for r in results) for k in range(4)
            )
            print(
                f"{fmt}: runs: {args.runs}  export median: {export:.2f} s wall, "
                f"{export_cpu:.2f} s CPU  ratio to target ({TARGET_S:.0f} s): "
                f"{export / TARGET_S:.2f} wall, {export_cpu / TARGET_S:.2f} CPU  |  whole "
                f"process median: {process:.2f} s wall, {process_cpu:.2f} s CPU  peak RSS: "
                f"{max(r[4] for r in results) / 1024:.0f} MB  "
                f"file: {out.stat().st_size / 1024:.0f} KB"
            )


if __name__ == "__main__":
    main()
