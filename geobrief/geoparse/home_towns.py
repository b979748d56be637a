"""A town's name read abroad, where the text's other places put it at home.

"The Dublin City Council voted on Monday ... Columbus officials said the state would share
the cost": the first readings put Columbus in Ohio and Dublin in Ireland. Ohio has a Dublin
of its own, and nothing else in the text points to Ireland (no other Irish place, no
"Irish", no "Ireland's prime minister"), so the Dublin is Ohio's. The same holds for Paris
beside Dallas, Athens beside Atlanta, Oxford beside Cincinnati. A capital with company
in its own country keeps it ("Dublin ... Cork", "Paris ... French officials"), and a name
only lies in a region where another of the text's names was read, not in any region of
its namesakes ("Athens and Rome" is not Georgia's pair: Rome was read in Italy). A helper
of ``namesakes.prefer_local_namesakes``.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Protocol

from geobrief.gazetteer.index import Candidate
from geobrief.geoparse.context import CONFIDENT, Choice
from geobrief.geoparse.wording import says_nation
from geobrief.models import Mention

HOME_TOWN = 10_000  # people a home namesake needs: a hamlet is no reason to leave Dublin


class Lookup(Protocol):
    """What the helper needs from the gazetteer."""

    def candidates(self, name: str) -> list[Candidate]: ...


def prefer_home_towns(
    mentions: list[Mention],
    gazetteer: Lookup,
    chosen: dict[int, Choice],
    names: Mapping[int, Choice],
    text: str,
) -> None:
    """Move to ``chosen`` (the readings kept as they are) every town of ``names`` (the
    first readings) that lies in a country no other name of the text is read in, where
    a namesake of HOME_TOWN people lies in a region another name was read in."""
    every = {**names, **chosen}
    held: dict[tuple[str, str], set[str]] = {}  # region -> the names read in it
    countries: dict[str, set[str]] = {}  # country -> the names read in it
    for j, choice in every.items():
        place, name = choice.candidate, mentions[j].name.casefold()
        countries.setdefault(place.country, set()).add(name)
        if place.admin1 and place.kind in ("city", "region"):
            held.setdefault((place.country, place.admin1), set()).add(name)
    for index, choice in names.items():
        place, mention = choice.candidate, mentions[index]
        name = mention.name.casefold()
        if index in chosen or place.kind != "city" or mention.form != "name":
            continue
        if countries[place.country] - {name} or says_nation(text, mention):
            continue  # "Dublin ... Cork": the country has company
        homes = {region for region, there in held.items()
                 if region[0] != place.country and there - {name}}
        home = largest_namesake(gazetteer, mention.name, regions=homes)
        if home is not None:
            chosen[index] = Choice(home, CONFIDENT)


def largest_namesake(
    gazetteer: Lookup, name: str, *, regions: Container[tuple[str, str]] | None = None,
    country: str | None = None,
) -> Candidate | None:
    """The most populous town called ``name`` (its main name) of HOME_TOWN people or more,
    in one of ``regions`` (country, admin1) or in ``country``: where a town read abroad
    goes home."""
    return max((c for c in gazetteer.candidates(name) if c.kind == "city" and c.primary
                and c.population >= HOME_TOWN
                and (regions is None or (c.country, c.admin1) in regions)
                and (country is None or c.country == country)),
               key=lambda c: c.population, default=None)
