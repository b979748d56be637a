"""A town and the county it lies in, both named: which namesakes the pair means.

"A Lebanon woman was charged ... she will go before a judge in Wilson County":
Lebanon, Tennessee, in Wilson County, Tennessee; not the country Lebanon, and not
another Wilson County that the county's name alone might pick. Local news names its town
and county and seldom its state. When a town's name has exactly one namesake in a state
where the text's county has a namesake of its own, near it, the pair is that town and
that county; of several such pairs, the one in the state where the text's other names
are ("Dublin ... Franklin County ... Columbus": Ohio, not Indiana or Virginia); and never
a pair outside the region most of the text's other names lie in (``home_region``). A
helper of ``resolve``, run after the other namesake rules.
"""

from __future__ import annotations

from typing import Protocol

from geobrief.gazetteer.index import Candidate
from geobrief.gazetteer.points import km_between
from geobrief.geoparse.context import CONFIDENT, Choice
from geobrief.geoparse.home_region import home_region
from geobrief.geoparse.namesakes import first_level
from geobrief.models import Mention

NEAR_KM = 80.0  # a town this near its county's point may lie in it (counties are large)


class Candidates(Protocol):
    def candidates(self, name: str) -> list[Candidate]: ...


def settle_county_towns(
    mentions: list[Mention], chosen: dict[int, Choice], gazetteer: Candidates
) -> None:
    """Re-choose a town and a county named in one text as the one pair of namesakes
    that lie together, when the choices made so far do not."""
    # in text order: of two towns that would move one county, the later one decides,
    # the same in every run (a set's order changes with the process's hash seed)
    counties = dict.fromkeys(m.name for i, m in enumerate(mentions)
                             if i in chosen and _is_county(chosen[i].candidate))
    towns = dict.fromkeys(m.name for i, m in enumerate(mentions) if i in chosen
                          and chosen[i].candidate.kind == "city" and m.form == "name")
    for county in counties:
        options = [c for c in gazetteer.candidates(county) if _is_county(c)]
        for town in towns:
            if _together(_choice(mentions, chosen, town), _choice(mentions, chosen, county)):
                continue
            pairs = [(t, c) for t in gazetteer.candidates(town) if t.kind == "city" and t.primary
                     for c in options if (t.country, t.admin1) == (c.country, c.admin1)
                     and km_between((t.lat, t.lon), (c.lat, c.lon)) <= NEAR_KM]
            if len(pairs) > 1:  # "Dublin ... Franklin County": Ohio's, Indiana's or
                # Virginia's pair; the one in a state where another of the text's names is
                pairs = [p for p in pairs if _held(mentions, chosen, (town, county), p[0])]
            if len(pairs) != 1:
                continue
            home = home_region(mentions, chosen, (town, county))
            if home not in (None, (pairs[0][0].country, pairs[0][0].admin1)):
                continue  # a pair elsewhere does not take them from where the text's
                # other places are (Toledo and Richland County in a story set in Ohio)
            for i, mention in enumerate(mentions):
                if i in chosen and mention.name in (town, county):
                    chosen[i] = Choice(pairs[0][mention.name == county], CONFIDENT)


def _is_county(candidate: Candidate) -> bool:
    return candidate.kind == "region" and not first_level(candidate)


def _choice(mentions: list[Mention], chosen: dict[int, Choice], name: str) -> Candidate:
    return next(chosen[i].candidate for i, m in enumerate(mentions)
                if i in chosen and m.name == name)


def _held(
    mentions: list[Mention], chosen: dict[int, Choice], pair: tuple[str, str], town: Candidate
) -> bool:
    """Another name of the text than the pair's (a town, a county, the state itself) is
    chosen in the town's state."""
    return any(m.name not in pair and (chosen[i].candidate.country, chosen[i].candidate.admin1)
               == (town.country, town.admin1) for i, m in enumerate(mentions) if i in chosen)


def _together(town: Candidate, county: Candidate) -> bool:
    return (town.country, town.admin1) == (county.country, county.admin1) and km_between(
        (town.lat, town.lon), (county.lat, county.lon)) <= NEAR_KM
