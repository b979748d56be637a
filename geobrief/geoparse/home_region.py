"""A second look at the text's places: a name moves to the region most of them lie in.

Resolution reads each name against the other names' *first* readings, which follow
population: in a local Nebraska story, "Battle Creek" and "Norfolk" are first read in
Michigan and England, so "Wayne" beside them becomes Wayne, Michigan. Read again against
the *second* readings (Battle Creek and Norfolk now in Nebraska), Wayne is Wayne,
Nebraska. A rereading is kept only where it moves a name into the region that most of
the text's other names now lie in, and that at least MIN_NAMES of them do: two towns
read in California do not move "Richmond" out of the Virginia the text names, and a
theatre named Webster beside Queens does not move Hartford to New York. A helper of
``resolve``.
"""

from __future__ import annotations

from collections.abc import Mapping

from geobrief.geoparse.context import Choice
from geobrief.models import Mention

MIN_NAMES = 3  # other names, each read in the region, that make it the text's home


def keep_rereadings(
    mentions: list[Mention], readings: Mapping[int, Choice], rereadings: Mapping[int, Choice]
) -> dict[int, Choice]:
    """``readings`` with each read name's rereading where that moves it into the text's
    home region as the other names give it (``home_region``)."""
    holds = _holdings(mentions, readings)
    kept = dict(readings)
    for i, choice in rereadings.items():
        before = readings.get(i)
        place = choice.candidate
        if before is None or before.candidate.place_id == place.place_id:
            continue  # it moves names; finding them is the first readings' work
        if _home(holds, mentions[i].name) == (place.country, place.admin1):
            kept[i] = choice
    return kept


def home_region(
    mentions: list[Mention], readings: Mapping[int, Choice], names: tuple[str, ...]
) -> tuple[str, str] | None:
    """The region (country, admin1) that more of the text's names other than ``names``
    lie in than any other, and at least MIN_NAMES of them; None if there is none."""
    return _home(_holdings(mentions, readings), *names)


def _holdings(
    mentions: list[Mention], readings: Mapping[int, Choice]
) -> dict[tuple[str, str], dict[str, None]]:
    """The names (casefolded) each region holds, in text order (a set's order would
    vary between runs)."""
    holds: dict[tuple[str, str], dict[str, None]] = {}
    for i in sorted(readings):
        place = readings[i].candidate
        if place.admin1 and place.kind in ("city", "region"):
            holds.setdefault((place.country, place.admin1), {})[mentions[i].name.casefold()] = None
    return holds


def _home(holds: dict[tuple[str, str], dict[str, None]], *names: str) -> tuple[str, str] | None:
    left_out = {name.casefold() for name in names}
    counts = sorted(((sum(n not in left_out for n in held), region)
                     for region, held in holds.items()), reverse=True)
    if not counts or counts[0][0] < MIN_NAMES or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]
