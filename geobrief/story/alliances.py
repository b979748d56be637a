"""Alliance membership (NATO, EU, CSTO) from the fact table ``data/alliances.json``."""

from __future__ import annotations

import functools
import json

from geobrief.resources import data_file


@functools.cache
def memberships() -> dict[str, dict[str, int]]:
    """Alliance name -> {ISO alpha-2: accession year}."""
    raw = json.loads(data_file("alliances.json").read_text(encoding="utf-8"))
    return {name: members for name, members in raw.items() if not name.startswith("_")}


def alliances_of(iso2: str) -> list[str]:
    """The alliances a country belongs to, sorted by name."""
    return sorted(name for name, members in memberships().items() if iso2 in members)


def neighbour_groups(a: str, b: str) -> list[str]:
    """The alliances of neighbour ``b`` that ``a`` is not in.

    Belarus–Poland gives ["EU", "NATO"]; Poland–Germany and Belarus–Russia give none.
    """
    return sorted(set(alliances_of(b)) - set(alliances_of(a)))
