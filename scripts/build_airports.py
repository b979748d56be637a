"""Rebuild ``shapes/features/airports.csv``: the airports news names as places ("Dulles
airport", "Heathrow"), at GeoNames' own points.

Source: PyPI ``neobase`` 0.37 (Apache-2.0), file ``neobase/optd_por_public.csv``: the
OpenTravelData points of reference, each airport with its GeoNames feature (``geoname_id``,
feature code ``AIRP``, GeoNames' name and alternate names) and an importance, ``page_rank``
(traffic and connectivity). The point is GeoNames': ``geoname_lat``/``geoname_lon`` where
OpenTravelData keeps a point of its own beside it, else ``latitude``/``longitude``, which
it takes from GeoNames (``is_geonames`` = Y). Nothing but GeoNames' facts is written; the
rank only chooses which airports (``MIN_RANK``).

Names, each a form a text may use: GeoNames' name and English alternate names that say
"Airport" ("Heathrow Airport"); the same without the city served ("Dulles International
Airport"); "<core> Airport" ("Dulles Airport", "Ben Gurion Airport"); and, for the busiest
airports only, the short name GeoNames marks as such when it is a rare word, no first name
and no place's name ("Heathrow", "Schiphol"; never "Kennedy"). Left out: forms of generic
words only ("International Airport"), and any form that is or starts with a place's name
(a country, a region or a town of ``PLACE_POPULATION``): "Beirut airport" names Beirut and
"Vancouver International Airport" Vancouver, as annotated news corpora mark them.

Run from the repository root (the gazetteer index is built on first use)::

    pip install "neobase==0.37"
    python scripts/build_airports.py [--out FILE]

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "shapes" / "features" / "airports.csv"
COLUMNS = ["geonameid", "iata", "country", "admin1", "name", "lat", "lon", "names"]
MIN_RANK = 0.02  # about 1,100 airports: every one a news story may name
BARE_RANK = 0.1  # about 200: "Heathrow" alone names the airport
BARE_ZIPF = 3.5  # a bare core more common than this in English is a word or a surname
PLACE_POPULATION = 15_000  # a town this large owns its name: "Beirut airport" is Beirut
GENERIC = frozenset(
    "Airport International Intercontinental National Regional Municipal Metropolitan County"
    " City Field".split()
)
_SPACES = re.compile(r"\s+")


def read_rows() -> list[dict[str, str]]:
    """The current GeoNames airports of neobase's OpenTravelData file, by IATA code."""
    spec = importlib.util.find_spec("neobase")
    if spec is None or spec.origin is None:
        sys.exit("needs the PyPI package neobase 0.37: pip install 'neobase==0.37'")
    path = Path(spec.origin).parent / "optd_por_public.csv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="^"))
    return sorted(
        (r for r in rows if r["fcode"] == "AIRP" and r["is_geonames"] == "Y"
         and r["iata_code"] and not r["date_until"] and float(r["page_rank"] or 0) >= MIN_RANK),
        key=lambda r: (r["iata_code"], int(r["geoname_id"])),
    )


def written_names(row: dict[str, str]) -> list[tuple[str, bool]]:
    """GeoNames' name and its English (or unmarked) alternates, not historic ones, each with
    whether GeoNames marks it as the short name ("Heathrow")."""
    names = [(row["name"], False)]
    for entry in row["alt_name_section"].split("="):
        lang, _, rest = entry.partition("|")
        name, _, flags = rest.partition("|")
        if lang in ("en", "") and name and "h" not in flags:
            names.append((name, "s" in flags))
    cleaned = [(_SPACES.sub(" ", n.replace("\u2013", "-")).strip(), short) for n, short in names]
    return list(dict.fromkeys(cleaned))


def forms(row: dict[str, str], is_place: object, bare_ok: object) -> list[str]:
    """Every form of the airport's name a text may use (see the module docstring)."""
    cities = [c for c in re.split(r"[=,]", row["city_name_list"]) if c]
    found: list[str] = []
    busy = float(row["page_rank"]) >= BARE_RANK
    for name, short in written_names(row):
        words = name.split()
        if "Airport" not in words:
            if short and len(words) == 1 and busy and bare_ok(name):
                found.append(name)
            continue
        found.append(name)
        core = name
        for city in cities:
            core = core.removeprefix(city + " ")
        found.append(core)
        core = " ".join(w for w in core.split() if w not in ("Airport", "International"))
        if core and not is_place(core):
            found += [f"{core} Airport", f"{core} International Airport"]
    return [f for f in dict.fromkeys(found)
            if not GENERIC.issuperset(f.split()) and not f.isupper()
            and not _names_a_place(f, is_place)]


def _names_a_place(form: str, is_place: object) -> bool:
    """The form is, or starts with, a place's name ("Vancouver International Airport",
    "Bali Airport"): the place is what a text names there, as annotators mark it."""
    words = form.split()
    return any(is_place(" ".join(words[:n])) for n in range(1, min(len(words), 3) + 1))


def rows_out() -> list[list[str]]:
    import wordfreq

    from geobrief.gazetteer.index import Gazetteer
    from geobrief.geoparse import lexicon

    gazetteer = Gazetteer.load()

    def is_place(name: str) -> bool:  # a country, a region or a town of some size
        return any(c.kind in ("country", "region") or c.population >= PLACE_POPULATION
                   for c in gazetteer.candidates(name) if c.kind != "feature")

    def bare_ok(name: str) -> bool:
        return (name[:1].isupper() and name.lower() not in lexicon.given_names()
                and gazetteer.word_commonness(name) == 0
                and wordfreq.zipf_frequency(name, "en") < BARE_ZIPF and not is_place(name))

    out = []
    for row in read_rows():
        names = forms(row, is_place, bare_ok)
        if not names:
            continue
        lat = row["geoname_lat"] or row["latitude"]
        lon = row["geoname_lon"] or row["longitude"]
        out.append([row["geoname_id"], row["iata_code"], row["country_code"], row["adm1_code"],
                    row["name"], lat, lon, "|".join(names)])
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = rows_out()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"wrote {len(rows)} airports to {args.out}")


if __name__ == "__main__":
    main()
