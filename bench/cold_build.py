"""Cold `geobrief build` of an article in new processes: median seconds and peak memory.

    python bench/cold_build.py [ARTICLE] [--runs 5]

Defaults to the reference article in ../shared/seeds. The gazetteer index must already
be built (run `geobrief demo` once); its one-time build is not part of the figure.
Targets (issue 13, with the story's spaCy parse): at most 2.5 s, 400 MB.

Besides wall seconds it prints CPU seconds (user + system, the build's second process
included), which a busy shared machine inflates less, and the load average: `build`
renders the page in a second process, forked before the parse, only while the load is
below the number of cores (``geobrief.cli.renderer``), so on a saturated machine the
figure is the one-process build. Issue 13's figures (main, quiet machine, before the
second process): 4.87 s, 267 MB. CPU time on the critical path, measured on a busy
machine (the parse in one process, the page's imports in the other): about 4.2 s against
5.0-6.4 s in one process; the budget is out of reach while spaCy's import and model load
(~1.2 s), folium (~0.5 s), matplotlib (~0.45 s) and geopandas (~0.5 s) are all needed.
Peak RSS is the larger process's: the parsing one, about 262 MB; the second peaks near
185 MB, the part it had at the fork shared with the first. perf6 (the attribute ruler's
patterns indexed, the print map's axes without ticks, font heights cached; load 2.6-2.9):
4.83 -> 4.43 s, CPU 4.83 -> 4.41 s, 300 MB; the imports and the model's load are still
most of it.

perf7, CPU seconds per step of the two-process build (busy machine, load 4-6): before
the fork, Python and ``geobrief.cli``'s imports (geopandas, pandas, numpy, pyproj,
click; all needed by the parse too) 0.95 s; then the parsing process: spaCy's import
0.66 s and its model's load 0.61 s (vocab 0.19, tokenizer 0.17, the config 0.10), the
briefing 0.70 -> 0.32 s; meanwhile the page process imports and loads what rendering
needs, 1.3 s; then it renders the page, 1.0 -> 0.41 s (the print map 0.33 of it, first
costs about 0.06). What went: reading the country shapes through pyogrio and GDAL (0.46
s in each process that needs them; now a derived copy in the cache folder,
``gazetteer.shape_cache``, 0.03 s) and the page's lazy work after the briefing came
(the countries' label points, matplotlib's pyplot and path effects; now done while the
parse runs). The critical path, 0.95 + 2.0 + 1.0 = 3.95 s of CPU, is now 0.95 + 1.63 +
0.41 = 3.0 s: 1.2 times the budget on an idle pair of cores, which the imports and the
model alone (2.2 s) nearly fill. Same session, load 3.6-5.1 (so mostly the one-process
build): main 6.82 / 12.06 s, CPU 6.41 / 6.30 s, 271 MB; perf7 5.67 / 8.19 s, CPU 5.22 /
5.44 s, 251 MB.

perf8: the given names from a derived list in the cache folder
(``geoparse.lexicon.names_of``: 62 -> 15 ms), and PyYAML and the edits files' escape
pattern (50 ms) left until an edits file is read. The parse side in one process
(``geobrief.cli``'s imports, spaCy, the model, the names, the briefing; CPU seconds, load
3.8-4.0, main and perf8 alternately, three runs each): 2.39-2.51 -> 2.28-2.40, the
imports 0.89-0.97 -> 0.83-0.90. The critical path on idle cores is now about 0.88 +
0.63 + 0.62 + 0.26 + 0.39 = 2.8 s of CPU, 1.1 times the budget, and 2.1 s of it is
imports and the model's load. Measured and not kept: the pipeline from a pickled copy
(0.69-0.73 s against 0.60-0.65 s from its package: unpickling rebuilds the tokenizer's
special cases and compiles its patterns again, as ``from_disk`` does). Of spaCy's
import (0.63 s), thinc with confection and pydantic is some two fifths (``-X
importtime``), and they and every pipe's module come with ``spacy/__init__`` and
``spacy.pipeline``: not to be left out without patching spaCy.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
from pathlib import Path

from process import timed

TARGET_S, TARGET_MB = 2.5, 400.0
REFERENCE = Path(__file__).resolve().parents[2] / "shared/seeds/000_16e347cf525e611e.txt"


def run_once(article: Path, out: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (KiB) of one `python -m geobrief build`
    process (its second process included)."""
    args = [sys.executable, "-m", "geobrief", "build", str(article), "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, rss = timed(args, f"geobrief build on {article}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, rss


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
    seconds = [s for s, _, _ in results]
    peak_mb = max(rss for _, _, rss in results) / 1024
    print(f"article: {args.article}")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"runs: {args.runs}  median: {statistics.median(seconds):.2f} s  "
          f"min: {min(seconds):.2f} s  max: {max(seconds):.2f} s  "
          f"CPU median: {statistics.median(c for _, c, _ in results):.2f} s")
    print(f"peak RSS: {peak_mb:.0f} MB  page: {size / 1024:.0f} KB")
    print(f"ratio to target ({TARGET_S} s, {TARGET_MB:.0f} MB): "
          f"{statistics.median(seconds) / TARGET_S:.2f}, {peak_mb / TARGET_MB:.2f}")


if __name__ == "__main__":
    main()
