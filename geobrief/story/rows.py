"""Reading a layer's rows: each layer is a GeoDataFrame (see :class:`geobrief.models.Layers`),
and the roles, the timeline and every drawer read it the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd


def records(frame: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Rows with a geometry, as dicts; NaN (pandas' missing value) becomes None.

    Read column by column: ``DataFrame.to_dict("records")`` goes row by row through
    pandas' indexing, and the page reads the layers some forty times."""
    names = [str(name) for name in frame.columns]
    columns = [frame[name].tolist() for name in names]
    rows = (
        {key: None if isinstance(v, float) and v != v else v
         for key, v in zip(names, values, strict=True)}
        for values in zip(*columns, strict=True)
    )
    return [row for row in rows if row.get("geometry") is not None]


def column_values(frame: gpd.GeoDataFrame, column: str) -> set[str]:
    """The non-empty values of ``column`` as strings (none when the frame lacks it)."""
    return {str(value) for value in frame[column].dropna() if value} if column in frame else set()


def as_list(value: Any) -> list[str]:
    """A list-valued cell as strings; a missing one (None or NaN) as []."""
    if value is None or isinstance(value, float):
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def shown_at(anchor: str) -> str:
    """What an event's summary or a route's end adds for a place the gazetteer lacks,
    drawn at ``anchor``."""
    return f"(not in the gazetteer; shown at {anchor})"
