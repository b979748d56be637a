"""The focus country's borders: the shared boundary line with each neighbour the
article names, directly ("Poland") or as a group ("three NATO countries", "the Baltic
states")."""

from __future__ import annotations

import geopandas as gpd

from geobrief.gazetteer import shapes
from geobrief.models import Article, Place
from geobrief.story.alliances import neighbour_groups
from geobrief.story.country_groups import named_groups

BORDER_COLUMNS = ["a", "b", "a_name", "b_name", "groups", "length_km", "focus", "geometry"]


def build_borders(article: Article, countries: list[Place], focus: str | None) -> gpd.GeoDataFrame:
    """One feature per land border of the focus country with a neighbour the text names.

    ``a`` is the focus country. ``groups`` lists the neighbour's alliances that ``a`` is
    not in: Belarus–Latvia is tagged NATO and EU. ``length_km`` is geodesic, measured on
    the generalized line (shorter than official figures).
    """
    rows = []
    if focus is not None:
        named = {p.country for p in countries} | group_members(article.text, focus)
        for b in sorted(named & set(shapes.land_neighbours(focus))):
            rows.append(_border_row(focus, b))
    return gpd.GeoDataFrame(rows, columns=BORDER_COLUMNS, geometry="geometry", crs="EPSG:4326")


def group_members(text: str, focus: str) -> set[str]:
    """The focus country's neighbours in each group the text names as such."""
    members = {code for group in named_groups(text).values() for code in group}
    return members & set(shapes.land_neighbours(focus))


def _border_row(a: str, b: str) -> dict[str, object]:
    line = shapes.shared_boundary(a, b)
    return {
        "a": a, "b": b, "a_name": shapes.country_name(a), "b_name": shapes.country_name(b),
        "groups": neighbour_groups(a, b),
        "length_km": round(shapes.boundary_length_km(line), 1),
        "focus": True, "geometry": line,
    }
