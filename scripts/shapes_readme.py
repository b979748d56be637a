"""``shapes/README.md``: where the files came from, their licence, how they were made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shapes_geometry import (
    BACKGROUND_DECIMALS,
    BACKGROUND_MIN_ISLAND_KM2,
    BACKGROUND_TOLERANCE,
    DECIMALS,
    TOLERANCE,
)
from shapes_source import NE_VERSION, SOURCE_DIST, SOURCE_FILE, SOURCE_MODULE, SOURCE_VERSION

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


def kilobytes(size: int) -> str:
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
        countries_size=kilobytes(sizes["countries.geojson"]),
        background_size=kilobytes(sizes["background.geojson"]),
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
