"""World regions and supranational unions: "Middle East", "West Africa", "the EU"; and
regions made of a country's first-level regions: "Darfur", "Java".

Read from the fact table ``geobrief/data/world_regions.json`` (names and members only).
Members come from ``country_converter``'s UN M49 regions and continents, from
``geobrief/data/alliances.json`` (the EU), or from the table itself. Each becomes a region
of no country (kind ``region``, code ``WORLD.<name>``, place id ``region:WORLD.West
Africa``) at the mean of its members' points (GeoNames' own country points), with their
summed population. Names written in capitals ("EU", "E.U.") are exact forms, matched only
as written.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Mapping
from pathlib import Path

from geobrief.gazetteer.regions import Region
from geobrief.resources import data_file

Point = tuple[float, float]


def world_regions(points: Mapping[str, Point], populations: Mapping[str, int]) -> list[Region]:
    """The table's regions whose members have points, in the table's order. ``points`` and
    ``populations`` are by ISO code for countries and by region code ("SD.47") for the
    first-level regions that make up a region inside one country ("Darfur": its country's
    region, at its members' mean point)."""
    with open(data_file("world_regions.json"), encoding="utf-8") as f:
        table = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    found = []
    for name, entry in table.items():
        members = sorted(_members(entry["members"]) & points.keys())
        if not members:
            continue
        lat, lon = mean_point([points[m] for m in members])
        names = entry["names"]
        exact = tuple(n for n in names if n.replace(".", "").isupper())
        others = tuple(n for n in names if n not in exact)
        population = sum(populations.get(m, 0) for m in members)
        countries = {m.split(".")[0] for m in members}
        iso2 = countries.pop() if len(countries) == 1 and "." in members[0] else ""
        found.append(Region(f"WORLD.{name}", iso2, "", "", name, others, exact,
                            round(lat, 4), round(lon, 4), population))
    return found


def _members(spec: str | list[str]) -> set[str]:
    """ISO codes of "un:Western Africa", "continent:Africa less un:Northern Africa plus
    SD", "alliance:EU", or a list of codes."""
    if isinstance(spec, list):
        return set(spec)
    members: set[str] = set()
    for sign, part in _terms(spec):
        group = _group(part)
        members = members - group if sign == "less" else members | group
    return members


def _terms(spec: str) -> list[tuple[str, str]]:
    words = spec.split()
    terms, sign, current = [], "plus", []
    for word in words:
        if word in ("plus", "less"):
            terms.append((sign, " ".join(current)))
            sign, current = word, []
        else:
            current.append(word)
    return [*terms, (sign, " ".join(current))]


def _group(part: str) -> set[str]:
    kind, _, value = part.partition(":")
    if kind == "alliance":
        with open(data_file("alliances.json"), encoding="utf-8") as f:
            return set(json.load(f)[value])
    if kind in ("un", "continent"):
        column = "UNregion" if kind == "un" else "continent"
        return {row["ISO2"] for row in _converter_rows() if row[column] == value}
    return {part}


def _converter_rows() -> list[dict[str, str]]:
    import country_converter

    path = Path(country_converter.__file__).parent / "country_data.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if not r["obsolete"]]


def mean_point(points: list[Point]) -> Point:
    """The mean direction of (lat, lon) points on the sphere (fine across the dateline)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
