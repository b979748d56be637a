"""Namesakes: which of a name's many places the rest of the text points to.

"Georgia" beside "Athens" is the US state if the largest US Athens lies in Georgia;
"Palestine" in a story about East Texas is the town. Helpers of ``resolve``.
"""

from __future__ import annotations

from typing import Protocol

from geobrief.gazetteer.index import Candidate
from geobrief.gazetteer.points import km_between

MIN_LOCAL_POPULATION = 10_000  # a hamlet named Cañada does not make "Canada" Mexican


class Lookup(Protocol):
    """What the helpers need from the gazetteer."""

    def candidates(self, name: str) -> list[Candidate]: ...


def regions_of(names: set[str], gazetteer: Lookup) -> set[tuple[str, str]]:
    """(country, admin1) of the regions where one of ``names`` (the text's other place
    names, not countries) has its country's largest namesake: "Athens" beside "Georgia"
    gives ("US", "GA"), for Athens, Georgia, is the largest US Athens."""
    regions = set()
    for other in names:
        largest: dict[str, Candidate] = {}
        for c in gazetteer.candidates(other):
            if c.kind == "city" and c.country not in largest:
                largest[c.country] = c  # candidates come largest first
        regions.update((c.country, c.admin1) for c in largest.values() if c.admin1)
    return regions


def local_namesake(
    candidates: list[Candidate],
    regions: set[tuple[str, str]],
    anchor: tuple[float, float] | None,
    near_km: float,
) -> Candidate | None:
    """The most populous region, or town of MIN_LOCAL_POPULATION, in one of ``regions``
    or within ``near_km`` of ``anchor`` (lat, lon), if any."""
    near = [
        c for c in candidates
        if (c.kind == "region" or c.population >= MIN_LOCAL_POPULATION)
        and ((c.country, c.admin1) in regions
             or (anchor is not None and km_between(anchor, (c.lat, c.lon)) < near_km))
    ]
    return max(near, key=lambda c: c.population, default=None)
