"""A derived copy of a bundled shapes file in geobrief's cache folder, so that a new
process reads its country shapes without pyogrio and GDAL.

Reading ``countries.geojson`` through pyogrio costs a new process about 0.45 s of CPU
(GDAL's import and drivers, then the parse); the same frame from this copy takes about
25 ms: the columns as numpy arrays and the geometries as WKB, in an uncompressed
``.npz`` read without pickle, in ``shapes/`` under :func:`geobrief.resources.cache_dir`.

A copy holds the SHA-256 of the GeoJSON it was made from and is used only while that
file has the same digest, so an edited or reinstalled shapes file is read afresh. A copy
is written (atomically) only when it gives back the very frame it was made from: the
same columns, dtypes, index, values, CRS and WKB bytes. A missing, stale or unreadable
copy is made again from the GeoJSON; a folder that cannot be written only means reading
the GeoJSON each time.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from geobrief.resources import cache_dir, store_in_cache

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the layout of the arrays changes

Reader = Callable[[Path], gpd.GeoDataFrame]


def cached_frame(source: Path, read: Reader) -> gpd.GeoDataFrame:
    """The frame ``read(source)`` gives, from the derived copy when it is current."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    copy = cache_dir() / "shapes" / f"{source.stem}-v{FORMAT}.npz"
    try:
        frame = _load(copy, digest)
    except Exception as exc:  # any damage to a derived file: make it again
        log.info("%s is unreadable (%s); making it again", copy, exc)
        frame = None
    if frame is not None:
        return frame
    frame = read(source)
    _store(copy, digest, frame)
    return frame


def _load(copy: Path, digest: str) -> gpd.GeoDataFrame | None:
    """The frame in ``copy`` if it exists and was made from a file of ``digest``."""
    if not copy.is_file():
        return None
    with np.load(copy, allow_pickle=False) as arrays:
        if str(arrays["digest"]) != digest:
            log.info("%s is stale; making it again", copy)
            return None
        return _frame({name: arrays[name] for name in arrays.files})


def _frame(arrays: dict[str, np.ndarray]) -> gpd.GeoDataFrame:
    """A GeoDataFrame from the arrays :func:`_arrays` made."""
    index = pd.Index(arrays["index"])
    columns = {str(name): arrays[f"col:{name}"] for name in arrays["columns"]}
    raw, offsets = arrays["wkb"].tobytes(), arrays["offsets"].tolist()
    geometry = shapely.from_wkb([raw[a:b] for a, b in itertools.pairwise(offsets)])
    crs = CRS.from_wkt(str(arrays["crs"]))
    return gpd.GeoDataFrame(
        columns, index=index, geometry=gpd.GeoSeries(geometry, index=index), crs=crs
    )


def _arrays(frame: gpd.GeoDataFrame, digest: str) -> dict[str, np.ndarray]:
    """The frame as plain arrays (no Python objects, so no pickle to read them)."""
    names = [name for name in frame.columns if name != frame.geometry.name]
    wkb = shapely.to_wkb(frame.geometry.to_numpy())
    arrays = {
        "digest": np.array(digest),
        "index": np.array(frame.index.tolist()),
        "columns": np.array(names),
        "crs": np.array(frame.crs.to_wkt()),
        "wkb": np.frombuffer(b"".join(wkb), dtype=np.uint8),
        "offsets": np.cumsum([0, *map(len, wkb)]),
    }
    for name in names:
        values = frame[name].to_numpy()
        arrays[f"col:{name}"] = np.array(values.tolist()) if values.dtype == object else values
    return arrays


def _same(first: gpd.GeoDataFrame, second: gpd.GeoDataFrame) -> bool:
    """Whether two frames are identical: columns, dtypes, index, values, CRS, WKB bytes."""
    geometry = first.geometry.name
    return (
        first.columns.tolist() == second.columns.tolist()
        and first.dtypes.tolist() == second.dtypes.tolist()
        and second.geometry.name == geometry
        and first.index.equals(second.index)
        and first.index.dtype == second.index.dtype
        and first.index.name == second.index.name
        and first.drop(columns=geometry).equals(second.drop(columns=geometry))
        and first.crs == second.crs
        and bool(np.array_equal(shapely.to_wkb(first.geometry.to_numpy()),
                                shapely.to_wkb(second.geometry.to_numpy())))
    )


def _store(copy: Path, digest: str, frame: gpd.GeoDataFrame) -> None:
    """Write the copy atomically, if the frame survives the round trip; never raise for a
    folder that cannot be written."""
    try:
        arrays = _arrays(frame, digest)
        if not _same(_frame(arrays), frame):
            log.info("the shapes in %s do not survive a copy; not cached", copy.name)
            return
    except (TypeError, ValueError, shapely.errors.GEOSException) as exc:
        log.info("the shapes in %s cannot be copied (%s); not cached", copy.name, exc)
        return
    store_in_cache(copy, lambda out: np.savez(out, **arrays))
