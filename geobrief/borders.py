"""Borders between the countries an article mentions, as shared boundary lines."""

from __future__ import annotations

import itertools

import geopandas as gpd

from geobrief import shapes
from geobrief.alliances import neighbour_groups
from geobrief.models import Place

BORDER_COLUMNS = ["a", "b", "a_name", "b_name", "groups", "length_km", "focus", "geometry"]


def build_borders(countries: list[Place], focus: str | None) -> gpd.GeoDataFrame:
    """One feature per pair of mentioned countries that share a land border.

    ``a`` is the focus country when the pair includes it. ``groups`` lists the
    neighbour's (``b``'s) alliances that ``a`` is not in: Belarus–Latvia is
    tagged NATO and EU.
    ``length_km`` is geodesic, measured on the generalized line (shorter than
    official figures).
    """
    names = {p.country: p.name for p in countries}
    rows = []
    for a, b in itertools.combinations(sorted(names), 2):
        if b == focus:
            a, b = b, a
        line = shapes.shared_boundary(a, b)
        if line is None:
            continue
        rows.append({
            "a": a, "b": b, "a_name": names[a], "b_name": names[b],
            "groups": neighbour_groups(a, b),
            "length_km": round(shapes.boundary_length_km(line), 1),
            "focus": focus in (a, b), "geometry": line,
        })
    rows.sort(key=lambda r: (not r["focus"], r["a"], r["b"]))
    return gpd.GeoDataFrame(rows, columns=BORDER_COLUMNS, geometry="geometry", crs="EPSG:4326")
