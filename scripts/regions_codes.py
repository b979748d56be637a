"""Which GeoNames admin1 code a Natural Earth region is: locate every GeoNames city in a
region, then keep the code most of the region's cities share, when the two agree.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

MATCH_SHARE = 0.8  # a code is kept when this share of its cities and the region's agree
NEAR_DEGREES = 0.25  # a city outside every (simplified) polygon joins the nearest one this close


def _alpha2(value: str) -> str:
    return value if len(value) == 2 and value.isalpha() and value.isupper() else ""


def locate_cities(regions: gpd.GeoDataFrame, cities: pd.DataFrame) -> pd.Series:
    """Each city's region, or -1: the region it lies in if that is in the city's country,
    else its country's nearest region within NEAR_DEGREES (coasts are simplified).

    Sets ``regions["cc"]``, the region's country: Natural Earth's ``iso_a2``, unless most
    of the cities inside have another GeoNames country whose admin1 code the region then
    passes (:func:`admin1_code`; Crimea is Ukrainian in GeoNames, and in geobrief)."""
    points = shapely.points(cities["lon"].to_numpy(), cities["lat"].to_numpy())
    city_idx, region_idx = shapely.STRtree(regions.geometry.values).query(points, "within")
    first = pd.Series(region_idx).groupby(city_idx).min()
    inside = pd.Series(-1, index=cities.index)
    inside[first.index] = first.to_numpy()
    groups, by_code = dict(list(cities.groupby(inside))), code_groups(cities)
    ne_codes = map(_alpha2, regions["iso_a2"])
    regions["cc"] = [_country(ne, groups.get(i), by_code) for i, ne in enumerate(ne_codes)]
    region_cc = regions["cc"].to_numpy()
    located = inside.where((inside >= 0) & (region_cc[inside] == cities["cc"]), -1)
    for cc, group in cities[located < 0].groupby("cc"):
        own = np.flatnonzero(region_cc == cc)
        if len(own):
            tree = shapely.STRtree(regions.geometry.to_numpy()[own])
            found = tree.query_nearest(points[group.index], max_distance=NEAR_DEGREES)
            located[group.index[found[0]]] = own[found[1]]
    return located


def code_groups(cities: pd.DataFrame) -> dict[tuple[str, str], pd.DataFrame]:
    """The cities of each (country, admin1 code)."""
    return dict(list(cities.groupby(["cc", "admin1"])))


def _country(ne_code: str, inside: pd.DataFrame | None, by_code: dict) -> str:
    if inside is None or not len(inside):
        return ne_code
    voted = _mode(inside["cc"])
    if voted == ne_code or (ne_code and not admin1_code(inside[inside["cc"] == voted], by_code)):
        return ne_code
    return voted


def _mode(values: pd.Series) -> str:
    """The most frequent value; the first in sort order among equals."""
    return str(values.value_counts().sort_index().idxmax())


def admin1_code(mine: pd.DataFrame, by_code: dict[tuple[str, str], pd.DataFrame]) -> str:
    """The GeoNames admin1 code of the region whose cities are ``mine`` (one country), or "".

    Candidates: the code most of them have by population, then by number. One is kept
    when MATCH_SHARE of the region's cities have it, by number or by population (the
    simplified outline of the City of Minsk takes in 11 villages of Minsk Oblast), and
    MATCH_SHARE of the code's cities lie in the region, by number, or by population if at
    least half by number (Kagoshima's small islands fall off the simplified coast;
    Barcelona holds 84% of Catalonia's people but 43% of its towns)."""
    coded = mine[~mine["admin1"].isin(["", "00"])]  # 00: GeoNames for "no admin1"
    if not len(coded):
        return ""
    by_pop = coded.groupby("admin1")["pop"].sum()
    for code in dict.fromkeys([str(by_pop.idxmax()), _mode(coded["admin1"])]):
        hits = coded[coded["admin1"] == code]
        theirs = by_code[coded["cc"].iloc[0], code]
        share = len(hits) / len(mine), _share(hits, mine)
        caught = len(hits) / len(theirs), _share(hits, theirs)
        if max(share) >= MATCH_SHARE and (
            caught[0] >= MATCH_SHARE or (caught[1] >= MATCH_SHARE and caught[0] >= 0.5)
        ):
            return code
    return ""


def _share(part: pd.DataFrame, whole: pd.DataFrame) -> float:
    total = whole["pop"].sum()
    return float(part["pop"].sum() / total) if total else 0.0


def admin1_codes(regions: gpd.GeoDataFrame, cities: pd.DataFrame, located: pd.Series) -> list:
    """Each region's admin1 code (:func:`admin1_code`) from the cities located in it."""
    groups, by_code = dict(list(cities.groupby(located))), code_groups(cities)
    return [admin1_code(groups[i], by_code) if i in groups else "" for i in regions.index]
