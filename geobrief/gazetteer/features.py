"""Features that news names as places: airports ("Dulles airport", "Heathrow").

``shapes/features/airports.csv`` holds about 1,100 airports at GeoNames' own points, each
with the forms of its name a text may use (``scripts/build_airports.py`` makes it from the
OpenTravelData file that the PyPI package ``neobase`` ships; ``shapes/features/README.md``
gives the provenance). In the index an airport is a place of kind ``feature`` with its
GeoNames id (place id ``geonames:<id>``), country and admin1 code, and no population: its
names are specific enough ("Ben Gurion Airport") to need none.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geobrief.errors import DataError
from geobrief.resources import data_dir

AIRPORTS_FILE = Path("features") / "airports.csv"


@dataclass(frozen=True)
class Feature:
    """One row of ``shapes/features/airports.csv``."""

    geonameid: int
    country: str
    admin1: str
    name: str
    lat: float
    lon: float
    names: tuple[str, ...]


def airports_path() -> Path:
    """Where the airports table lives (raises DataError when ``shapes/`` is missing)."""
    return data_dir("shapes") / AIRPORTS_FILE


def read_features() -> list[Feature]:
    """The airports of ``shapes/features/airports.csv``; none if the file is missing."""
    try:
        path = airports_path()
    except DataError:
        return []
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return [
            Feature(int(row["geonameid"]), row["country"], row["admin1"], row["name"],
                    float(row["lat"]), float(row["lon"]), tuple(row["names"].split("|")))
            for row in csv.DictReader(f)
        ]


def feature_rows(features: list[Feature]) -> Iterator[tuple]:
    """Rows of the ``places`` table (id, name, kind, country, admin1, lat, lon,
    population, code)."""
    for f in features:
        yield (f.geonameid, f.name, "feature", f.country, f.admin1, f.lat, f.lon, 0, None)


def feature_keys(
    features: list[Feature], clean_key: Callable[[str], str | None]
) -> Iterator[tuple[tuple[str, int], int]]:
    """((key, place), is_primary) for every form of every feature's name; the GeoNames
    name is primary."""
    for f in features:
        main = clean_key(f.name)
        for key in {clean_key(n) for n in f.names} - {None}:
            yield (str(key), f.geonameid), int(key == main)
