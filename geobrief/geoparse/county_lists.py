"""Names listed before a plural "counties" or "parishes": each is a county's name.

"fires burned 260 acres in Eastland and Callahan counties" names Eastland County and
Callahan County, not the towns Eastland and Callahan (Florida); "Sarpy and Lancaster
counties" names two counties the matcher finds no town for at all. Local news writes
its counties so whenever it names two or more. A helper of :mod:`toponyms`, run on the
mentions it has found: a listed name the gazetteer holds as "<name> County" (or
"<name> Parish") becomes a mention of that county, in place of whatever the name alone
matched. Not when every listed name is a state's ("Iowa and Nebraska counties": the
counties of two states).
"""

from __future__ import annotations

import re
from typing import Protocol

from geobrief.gazetteer.index import Candidate
from geobrief.models import Mention

# "Callahan", "Fort Bend", "St. Louis", "Prince George's"
_NAME = r"(?:St\. )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:['\u2019]s)?"
# "Eastland and Callahan counties", "Preble or Warren counties", "Camden, Charlton and
# Nassau counties": two or more names, the last before the plural.
_LIST = re.compile(
    rf"(?<![\w'\u2019])(?:{_NAME}, )*{_NAME},? (?:and|or|&) {_NAME} ([Cc]ounties|[Pp]arishes)\b"
)
_LISTED = re.compile(rf"{_NAME}(?=,? (?:and|or|&) |, | [Cc]ounties| [Pp]arishes)")
_SINGULAR = {"counties": "County", "parishes": "Parish"}


class Candidates(Protocol):
    def candidates(self, name: str) -> list[Candidate]: ...


def _a_state(name: str, gazetteer: Candidates) -> bool:
    """A country or a first-level region of the name ("Nevada", "Ohio"), not a town only."""
    return any(c.kind in ("country", "region") and c.name == name
               for c in gazetteer.candidates(name))


def listed_counties(text: str, mentions: list[Mention], gazetteer: Candidates) -> list[Mention]:
    """``mentions`` with every name listed before "counties" or "parishes" read as the
    county (or parish) of that name, where the gazetteer holds one."""
    counties: list[Mention] = []
    for found in _LIST.finditer(text):
        word = _SINGULAR[found.group(1).lower()]
        names = list(_LISTED.finditer(text, found.start(), found.end()))
        if all(_a_state(name.group().split()[-1], gazetteer) for name in names):
            continue  # "Iowa and Nebraska counties": the states' counties
        for name in names:
            start = name.start()
            if not gazetteer.candidates(f"{name.group()} {word}"):  # "Small Hitchcock"
                start += name.group().rfind(" ") + 1
                if start == name.start() or not gazetteer.candidates(
                        f"{text[start:name.end()]} {word}"):
                    continue
            listed = text[start:name.end()]
            counties.append(Mention(listed, start, name.end(), f"{listed} {word}"))
    if not counties:
        return mentions
    spans = [(c.start, c.end) for c in counties]
    kept = [m for m in mentions
            if not any(m.start < end and start < m.end for start, end in spans)]
    return sorted([*kept, *counties], key=lambda m: m.start)
