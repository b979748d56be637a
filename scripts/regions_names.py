"""A region's names: GeoNames' English admin1 names (joined through cities1000) beside
Natural Earth's, and which of Natural Earth's looser names to keep as alternates.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import geopandas as gpd
import numpy as np
import pandas as pd

JOIN_DEGREES = 0.1  # a cities1000 row matches the cities500 city of its name this close
ADMIN_TERMS = frozenset(
    "autonomous capital central city county department district eastern governorate great"
    " greater island islands lower municipality north northern oblast prefecture province"
    " region republic saint south southern state territory upper west western".split()
)  # words that say what kind of region, not which one


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def join_cities(rows: list[dict[str, str]], cities: pd.DataFrame) -> list[int | None]:
    """Index into ``cities`` of each cities1000 row's city: same country and folded name,
    nearest within JOIN_DEGREES; None when there is none."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, cc, name in zip(cities.index, cities["cc"], cities["name"], strict=True):
        by_name[cc, _fold(name)].append(index)
    lat, lon = cities["lat"].to_numpy(), cities["lon"].to_numpy()
    found: list[int | None] = []
    for row in rows:
        options = by_name.get((row["cc"], _fold(row["name"])), [])
        y, x = float(row["lat"]), float(row["lon"])
        gaps = [max(abs(lat[i] - y), abs(lon[i] - x)) for i in options]
        best = int(np.argmin(gaps)) if gaps else -1
        found.append(options[best] if gaps and gaps[best] < JOIN_DEGREES else None)
    return found


def admin1_names(rows: list[dict[str, str]], joined: list, cities: pd.DataFrame) -> dict:
    """GeoNames' English admin1 name per (country, code): the name most of the code's
    joined cities1000 rows give, when at least two rows and most of them agree."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row, index in zip(rows, joined, strict=True):
        if index is not None and row["admin1"]:
            votes[cities["cc"][index], cities["admin1"][index]][row["admin1"]] += 1
    names = {}
    for key, counter in votes.items():
        (name, count), total = min(counter.items(), key=lambda kv: (-kv[1], kv[0])), counter.total()
        if count >= 2 and count > total / 2:
            names[key] = name
    return names


def _mojibake(text: str) -> bool:
    """UTF-8 read as Windows-1252 ("KÄ±rÅŸehir")."""
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except UnicodeError:
        return False


def _stems(text: str) -> set[str]:
    """First four letters of the words that are not administrative terms."""
    words = re.findall(r"[^\W\d_]+", _fold(text))
    return {w[:4] for w in words if len(w) >= 4 and w not in ADMIN_TERMS}


def region_names(region: pd.Series, geonames_name: str) -> tuple[str, list[str]]:
    """(display name, alternates) from GeoNames' admin1 name and Natural Earth's names.

    The display name is GeoNames' ("Bavaria" for "Bayern") unless that is an acronym
    ("NCT") or Natural Earth's is the same with accents or without a term ("Québec",
    "Zhejiang" for "Zhejiang Sheng").
    Natural Earth's ``gn_name``, ``woe_name`` and ``woe_label`` often name a parent or a
    neighbour ("Andalucía" for Málaga): they count only when a word of theirs shares its
    first four letters with a word of a trusted name (administrative terms aside)."""
    ne_name, gn = str(region["name"]), geonames_name
    name = ne_name if not gn or gn.isupper() or _fold(ne_name) in _fold(gn) else gn
    stems = _stems(ne_name) | _stems(gn)
    loose = (region["gn_name"], region["woe_name"], str(region["woe_label"]).split(",")[0])
    names = {ne_name, gn} | {n for n in loose if n and not _mojibake(n) and _stems(n) & stems}
    return name, sorted({n.strip() for n in names} - {name, ""})


def geonames_names(regions: gpd.GeoDataFrame, codes: list[str], names: dict) -> list[str]:
    """GeoNames' admin1 name of each coded region, unless it is the Natural Earth name of
    another region of the country: GeoNames' names of 2016 miss later splits and
    renumberings ("Northern" for Muchinga, split off Northern in 2011)."""
    owners = Counter((cc, _fold(n)) for cc, n in zip(regions["cc"], regions["name"], strict=True))
    found = []
    for cc, ne_name, code in zip(regions["cc"], regions["name"], codes, strict=True):
        gn = names.get((cc, code), "") if code else ""
        taken = _fold(gn) != _fold(ne_name) and owners[cc, _fold(gn)] > 0
        found.append("" if taken else gn)
    return found
