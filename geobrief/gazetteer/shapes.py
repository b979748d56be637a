"""Country shapes from Natural Earth 1:10m admin-0, as bundled in ``shapes/``.

``shapes/countries.geojson`` holds one feature per country, keyed by ISO 3166-1 alpha-2
(``iso_a2``); ``shapes/background.geojson`` is a coarse copy for the map's background.
Both are built by ``scripts/build_shapes.py`` (see ``shapes/README.md``) with
``shapely.coverage_simplify``, so two neighbours share one identical edge and
:func:`shared_boundary` is an exact line, not a sliver.

The loaders are cached: every caller gets the same GeoDataFrame, which must not be
mutated (``.copy()`` it first). A new process reads them from a derived copy in the
cache folder (:mod:`geobrief.gazetteer.shape_cache`), without pyogrio and GDAL.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import geopandas as gpd
import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from geobrief.errors import DataError
from geobrief.gazetteer.shape_cache import cached_frame
from geobrief.resources import data_dir

log = logging.getLogger(__name__)

COUNTRIES_FILE = "countries.geojson"
BACKGROUND_FILE = "background.geojson"
GEOD = Geod(ellps="WGS84")  # the WGS84 ellipsoid: every geodesic length in geobrief
_LINEAR = ("LineString", "MultiLineString")


def _shapes_file(name: str) -> Path:
    path = data_dir("shapes") / name
    if not path.is_file():
        raise DataError(f"shapes file {path} is missing; rebuild it with scripts/build_shapes.py")
    return path


def _read_collection(path: Path) -> gpd.GeoDataFrame:
    """A GeoJSON FeatureCollection written by build_shapes.py, indexed by iso_a2: from
    its derived copy in the cache folder (:mod:`geobrief.gazetteer.shape_cache`, ~25 ms)
    when that is current, else read with :func:`_read_geojson`."""
    return cached_frame(path, _read_geojson)


def _read_geojson(path: Path) -> gpd.GeoDataFrame:
    """Read a shapes file through pyogrio (GDAL): about 0.45 s of CPU for countries.geojson
    in a new process (GDAL's import included), where ``json`` plus
    ``shapely.from_geojson`` takes about 330 ms and ``shapely.geometry.shape`` about 480 ms.
    """
    from pyogrio.errors import DataLayerError, DataSourceError

    try:
        frame = gpd.read_file(path, engine="pyogrio")
    except (DataSourceError, DataLayerError, ValueError) as exc:
        raise DataError(f"shapes file {path} could not be read: {exc}") from exc
    if "iso_a2" not in frame.columns or frame.crs is None or frame.crs.to_epsg() != 4326:
        raise DataError(f"shapes file {path} is not a geobrief shapes file")
    if "pop_est" in frame.columns:
        frame["pop_est"] = frame["pop_est"].astype("int64")
    return frame.set_index("iso_a2", drop=False).rename_axis(None)


@cache
def load_countries() -> gpd.GeoDataFrame:
    """All countries, EPSG:4326, indexed by ``iso_a2`` (which is also a column).

    Columns: ``iso_a2``, ``iso_a3``, ``adm0_a3``, ``name``, ``name_long``, ``continent``,
    ``label_lat``, ``label_lon``, ``pop_est``, ``point_lat``, ``point_lon``, ``geometry``.
    Cached and shared between callers: do not mutate it.
    """
    frame = _read_collection(_shapes_file(COUNTRIES_FILE))
    log.debug("loaded %d country shapes", len(frame))
    return frame


@cache
def load_background() -> gpd.GeoDataFrame:
    """Coarse country outlines for the map background: ``iso_a2``, ``name``, ``geometry``.

    EPSG:4326, indexed by ``iso_a2``; cached and shared: do not mutate it.
    """
    frame = _read_collection(_shapes_file(BACKGROUND_FILE))
    log.debug("loaded %d background shapes", len(frame))
    return frame


def country_shape(iso_a2: str) -> BaseGeometry | None:
    """The (Multi)Polygon of one country by alpha-2 code (any case), None if unknown."""
    countries = load_countries()
    code = iso_a2.strip().upper()
    return countries.geometry.at[code] if code in countries.index else None


def country_at(lat: float, lon: float) -> str | None:
    """The alpha-2 code of the country whose shape holds the point, None at sea (or on a
    coast the simplified shapes leave out)."""
    countries = load_countries()
    hits = countries.sindex.query(shapely.Point(lon, lat), predicate="intersects")
    return str(countries["iso_a2"].iloc[min(hits)]) if len(hits) else None


def country_name(iso_a2: str) -> str:
    """The Natural Earth name of a country by alpha-2 code, the code itself if unknown."""
    return str(load_countries()["name"].get(iso_a2.strip().upper(), iso_a2))


def boundary_between(first: BaseGeometry, second: BaseGeometry) -> shapely.MultiLineString | None:
    """The line two polygons share (merged, linear parts only), None if they share none."""
    touching = shapely.intersection(first.boundary, second.boundary)
    lines = [part for part in shapely.get_parts(touching) if part.geom_type in _LINEAR]
    if not lines:
        return None
    merged = shapely.line_merge(shapely.union_all(lines))
    parts = [part for part in shapely.get_parts(merged) if not part.is_empty and part.length > 0]
    return shapely.MultiLineString(parts) if parts else None


def shared_boundary(a: str, b: str) -> shapely.MultiLineString | None:
    """The border line of two countries given as alpha-2 codes.

    None when either code is unknown or the two do not share a line (countries that
    touch only at a point do not share a border).
    """
    first, second = country_shape(a), country_shape(b)
    if first is None or second is None or a.strip().upper() == b.strip().upper():
        return None
    return boundary_between(first, second)


def boundary_length_km(geom: BaseGeometry) -> float:
    """Geodesic length in km on the WGS84 ellipsoid (a polygon counts its perimeter).

    Measured on generalized lines, so borders come out shorter than official figures.
    """
    return GEOD.geometry_length(geom) / 1000.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic (WGS84) distance between two points in km."""
    return float(GEOD.inv(lon1, lat1, lon2, lat2)[2]) / 1000.0


@cache
def land_neighbours(iso_a2: str) -> tuple[str, ...]:
    """Alpha-2 codes of the countries that share a border line with ``iso_a2``, sorted."""
    shape = country_shape(iso_a2)
    if shape is None:
        return ()
    countries = load_countries()
    nearby = countries.index[countries.sindex.query(shape, predicate="intersects")]
    return tuple(sorted(c for c in nearby if shared_boundary(iso_a2, c) is not None))
