"""Phrases that name a group of countries: alliances ("three NATO countries", "its EU
neighbours") and geographic groups ("the Baltic states", "Gulf states").

Alliance members come from ``data/alliances.json``, geographic groups and their
phrasings from ``data/country_groups.json``; both files name their sources.
"""

from __future__ import annotations

import functools
import json
import re

from geobrief.resources import data_file
from geobrief.story.alliances import memberships

_ALLIANCE_NAMES = {"NATO": "NATO", "EU": "EU", "European Union": "EU", "CSTO": "CSTO"}
_ALLIANCE_NOUNS = r"(?:member\s+)?(?:countries|states|members|nations|neighbou?rs|allies)"


@functools.cache
def _geographic() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Group name -> (members, phrasings)."""
    raw = json.loads(data_file("country_groups.json").read_text(encoding="utf-8"))
    return {
        name: (frozenset(group["members"]), tuple(group["phrases"]))
        for name, group in raw.items()
        if not name.startswith("_")
    }


@functools.cache
def _pattern() -> re.Pattern[str]:
    """One pattern: ``alliance`` captures an alliance's name, ``g<i>`` the phrase of the
    i-th geographic group."""
    alliances = "|".join(re.escape(name) for name in _ALLIANCE_NAMES)
    parts = [rf"\b(?P<alliance>{alliances})\s+{_ALLIANCE_NOUNS}\b"]
    for i, (_, phrases) in enumerate(_geographic().values()):
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        parts.append(rf"(?P<g{i}>\b(?:{alternatives})\b)")
    return re.compile("|".join(parts))


def named_groups(text: str) -> dict[str, frozenset[str]]:
    """Every group of countries the text names as a group, with its members.

    >>> sorted(named_groups("Belarus shares borders with three NATO countries"))
    ['NATO']
    >>> sorted(named_groups("the Baltic states")["Baltic states"])
    ['EE', 'LT', 'LV']
    """
    names = list(_geographic())
    found: dict[str, frozenset[str]] = {}
    for match in _pattern().finditer(text):
        if match.group("alliance"):
            alliance = _ALLIANCE_NAMES[match.group("alliance")]
            found[alliance] = frozenset(memberships()[alliance])
            continue
        index = next(int(k[1:]) for k, v in match.groupdict().items() if v and k != "alliance")
        found[names[index]] = _geographic()[names[index]][0]
    return found
