"""GeoNames' own points for countries and first-level regions (``shapes/geonames/``).

GeoNames places every country (feature PCLI) and first-level region (ADM1) at a point of
its own; annotated news and GeoNames-based geoparsers use these points, so geobrief does
too: a ``place_id`` and its coordinates then agree. No registry package ships them; the
files are verbatim copies of public extractions of GeoNames' ``allCountries.txt``
(``shapes/geonames/README.md`` gives their provenance; GeoNames, CC BY 4.0).

- ``countries.csv``: iso2 -> GeoNames' point (235 countries and dependencies).
- ``admin1.tsv``: 3,871 ADM1 points with GeoNames' name (``source_locality_name``) and
  the GADM region the point falls in (``iso2``, ``gbif_name``), but no admin1 codes. They
  are joined to the project's regions (:func:`join_admin1`) by country and name: GeoNames'
  name first, then GADM's; exact words first ("Queensland"), then without administrative
  terms ("State of Queensland", "Arkhangelsk Oblast"); a row without a country, or whose
  GADM country is a neighbour's, by name alone when one region of that name lies near.

A region that no row joins keeps its Natural Earth point. Run
``python -m geobrief.gazetteer.build --joins`` for the join's report.
"""

from __future__ import annotations

import csv
import logging
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from geobrief.errors import DataError
from geobrief.gazetteer.forms import read_aliases
from geobrief.gazetteer.regions import GEONAMES_FILES, Region, admin1_regions, read_regions
from geobrief.resources import data_dir

log = logging.getLogger(__name__)

NEAR_KM = 300.0  # a join by name alone needs the region's own point this close
# Words that name the kind of region, not the region: "State of Queensland".
_TERMS = frozenset(
    """state province provincia provinsi region regione oblast voblast oblysy governorate
    prefecture department departamento district county municipality autonomous republic
    territory voivodeship kraj krai okrug muhafazat mohafazat wilayat velayat estado
    canton kanton comunidad parish division capital federal special city of the de del
    zizhiqu sheng shi la las los das do dos di du des le les and et""".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h",
                          "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}
                         | dict.fromkeys("'`\u2019\u02bc", ""))


@dataclass(frozen=True)
class Admin1:
    """One GeoNames ADM1 feature: its name, GADM's name and country for its point."""

    iso2: str
    name: str
    gadm_name: str
    lat: float
    lon: float


@dataclass
class Join:
    """Regions placed at GeoNames' points, and the rows that joined no region."""

    regions: list[Region]
    joined: int
    unjoined: list[Admin1]


def geonames_files() -> list[Path]:
    """The shipped files: ``countries.csv``, ``admin1.tsv``, ``regions_added.csv``."""
    return [data_dir("shapes") / "geonames" / name for name in GEONAMES_FILES]


def country_points() -> dict[str, tuple[float, float]]:
    """GeoNames' point of each country by ISO alpha-2; empty if the file is missing."""
    try:
        with open(geonames_files()[0], encoding="utf-8", newline="") as f:
            return {r["iso_a2"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}
    except (DataError, OSError):
        return {}


def read_admin1() -> list[Admin1]:
    """The ADM1 rows, names repaired where the extraction double-encoded them."""
    try:
        with open(geonames_files()[1], encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except (DataError, OSError):
        return []
    return [
        Admin1(r["iso2"], repair(r["source_locality_name"]), r["gbif_name"],
               float(r["decimal_latitude"]), float(r["decimal_longitude"]))
        for r in rows
    ]  # fmt: skip


def repair(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 ("QuÃ©bec" -> "Québec"); other text unchanged."""
    raw = bytearray()
    for char in text:
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return text
            raw.append(ord(char))  # the five bytes cp1252 leaves undefined
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def name_keys(name: str) -> tuple[str, str]:
    """A name's two join keys: its folded words, and the same without administrative
    terms ("State of Queensland" -> "state of queensland", "queensland")."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    words = _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
    core = [w for w in words if w not in _TERMS] or words
    return " ".join(words), " ".join(core)


def first_levels(cities: dict[int, dict[str, Any]]) -> Join:
    """The regions of ``shapes/regions.csv`` and the UK's nations (placed by their GeoNames
    ``cities``), first-level ones at GeoNames' points where an ADM1 point joins them."""
    nations = admin1_regions(cities, read_aliases()["admin1"])
    rows = read_admin1()
    join = join_admin1(read_regions() + nations, rows)
    added = added_regions(cities)
    log.info("%d regions at GeoNames' points; %d of %d GeoNames ADM1 points joined none, "
             "%d of those added as regions", join.joined, len(join.unjoined), len(rows),
             len(added))
    join.regions += added
    return join


def added_regions(cities: dict[int, dict[str, Any]]) -> list[Region]:
    """The GeoNames first-level regions of ``regions_added.csv`` (built by
    ``scripts/build_geonames_regions.py``), with the population of their cities."""
    try:
        with open(geonames_files()[2], encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (DataError, OSError):
        return []
    population: dict[str, int] = defaultdict(int)
    for city in cities.values():
        population[f"{city['countrycode']}.{city['admin1code']}"] += int(city["population"])
    return [
        Region(r["id"], r["iso_a2"], r["admin1"], "", r["name"],
               tuple(r["alternates"].split("|")) if r["alternates"] else (), (),
               float(r["lat"]), float(r["lon"]), population[r["id"]])
        for r in rows
    ]  # fmt: skip


def join_report(join: Join) -> list[str]:
    """Lines: how many regions joined, then each GeoNames point that joined none."""
    lines = [f"{join.joined} regions at GeoNames' ADM1 points; {len(join.unjoined)} points"
             " joined none (country, GeoNames' name, GADM's name):"]
    for row in sorted(join.unjoined, key=lambda r: (r.iso2, r.name)):
        lines.append(f"  {row.iso2 or '--'}  {row.name}  ({row.gadm_name or '-'})")
    return lines


def join_admin1(regions: list[Region], rows: Iterable[Admin1]) -> Join:
    """``regions`` with GeoNames' point wherever a row joins them (first-level regions
    only: counties and continents keep theirs). A region claimed by several rows takes
    the surest claim; two equally sure claims leave it at its own point."""
    by_code = {r.code: r for r in regions if not r.admin2 and r.iso2}
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for region in by_code.values():
        for name in {region.name, *region.alternates}:
            for key in set(name_keys(name)):
                index[region.iso2, key].add(region.code)
                index["", key].add(region.code)
    claims: dict[str, list[tuple[int, Admin1]]] = defaultdict(list)
    unjoined = []
    for row in rows:
        found = _claim(row, index, by_code)
        if found is None:
            unjoined.append(row)
        else:
            claims[found[0]].append((found[1], row))
    points = {}
    for code, found in claims.items():
        best = min(rank for rank, _ in found)
        winners = [row for rank, row in found if rank == best]
        if len(winners) == 1:
            points[code] = winners[0]
        unjoined += [row for row in (r for _, r in found) if points.get(code) is not row]
    placed = [replace(r, lat=points[r.code].lat, lon=points[r.code].lon) if r.code in points
              else r for r in regions]  # fmt: skip
    return Join(placed, len(points), unjoined)


def _claim(
    row: Admin1, index: dict[tuple[str, str], set[str]], by_code: dict[str, Region]
) -> tuple[str, int] | None:
    """(region code, rank) of the region ``row`` names; a lower rank is a surer join:
    0-1 GeoNames' name, 2-3 GADM's (only for a region within NEAR_KM: it names where the
    point lies, not the feature), 4-5 the name alone, for a region near the point."""
    names = [(row.name, math.inf), (row.gadm_name, NEAR_KM)] if row.iso2 else []
    for field, (name, reach) in enumerate(names):
        for level in (0, 1):
            codes = index.get((row.iso2, name_keys(name)[level]), set()) if name else set()
            if len(codes) == 1 and _km(row, by_code[code := next(iter(codes))]) < reach:
                return code, 2 * field + level
    for level in (0, 1):  # no country, or a neighbour's: by name, if one such region is near
        near = [c for c in index.get(("", name_keys(row.name)[level]), set())
                if _km(row, by_code[c]) < NEAR_KM]
        if len(near) == 1:
            return near[0], 4 + level
    return None


def _km(row: Admin1, region: Region) -> float:
    return km_between((row.lat, row.lon), (region.lat, region.lon))


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between (lat, lon) points (haversine: precise enough
    to rank candidates, and fast)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
