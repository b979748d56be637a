"""Namesakes: which of a name's many places the rest of the text points to.

"Georgia" beside "Athens" is the US state if the largest US Athens lies in Georgia;
"Palestine" in a story about East Texas is the town; "New York" is the city unless the
text says the state ("New York state", "upstate New York", "the governor of New York",
"Albany, New York", or a list of states); "Congo" is the Democratic Republic of the
Congo, as news writes it, unless the text names the Republic of the Congo more
(``settle_shared_names``). Helpers of ``resolve``; "Eastern Congo", which is no
region of Rwanda, is ``geoparse.foreign_names``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Protocol

from geobrief.gazetteer.forms import shared_names
from geobrief.gazetteer.index import Candidate
from geobrief.gazetteer.points import km_between
from geobrief.geoparse.context import CONFIDENT, Choice, Context
from geobrief.geoparse.home_towns import prefer_home_towns
from geobrief.geoparse.wording import says_nation, says_state, says_town
from geobrief.models import Mention

MIN_LOCAL_POPULATION = 10_000  # a hamlet named Cañada does not make "Canada" Mexican
CITY_SHARE = 0.05  # a region yields to its city of the same name this large (New York)
LIST_GAP = 6  # characters between two names of a list: ", ", " and ", ", and "
# "Nigeria's Niger state", "Mexico's Sinaloa": a possessive between two names is no list
# ("Niger and Chad") but says the second lies in the first
_POSSESSIVE = re.compile(r"['\u2019]s ")


class Lookup(Protocol):
    """What the helpers need from the gazetteer."""

    def candidates(self, name: str) -> list[Candidate]: ...


class CountryLookup(Protocol):
    """The gazetteer's countries, by ISO alpha-2 code."""

    def country(self, iso2: str) -> Candidate | None: ...


def regions_of(readings: Mapping[str, Candidate], gazetteer: Lookup) -> set[tuple[str, str]]:
    """(country, admin1) of the regions the text's other place names (name -> its first
    reading; not countries) point to: where a name has its country's largest namesake
    ("Athens" beside "Georgia" gives ("US", "GA"), for Athens, Georgia, is the largest US
    Athens), or a namesake of MIN_LOCAL_POPULATION in the country of its first reading
    ("Gainesville", first read as Florida's, has one in Georgia too, so in a US story
    "Georgia" can be the state). One look-up per name."""
    regions = set()
    read_in = {reading.country for reading in readings.values()}
    for other, reading in readings.items():
        largest: dict[str, Candidate] = {}
        for c in gazetteer.candidates(other):
            if c.kind != "city":
                continue
            largest.setdefault(c.country, c)  # candidates come largest first
            if c.country == reading.country and c.population >= MIN_LOCAL_POPULATION:
                regions.add((c.country, c.admin1))
        # a hamlet abroad points nowhere: "La Paz" and "Trinidad" read in Bolivia give no
        # US state for "Peru", though the largest US La Paz, a village, is in Indiana
        regions.update((c.country, c.admin1) for c in largest.values()
                       if c.country in read_in or c.population >= MIN_LOCAL_POPULATION)
    return {region for region in regions if region[1]}


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


def first_level(candidate: Candidate) -> bool:
    """A first-level region ("region:US.OH"), not a county ("region:US.KY.Laurel County")."""
    return candidate.kind == "region" and candidate.place_id.count(".") == 1


def region_meant(text: str, mentions: list[Mention], index: int, lookup: Lookup) -> bool:
    """The text says a first-level region: "New York state", "the state of Washington",
    "upstate New York", "New York's governor", or "Albany, New York" (the name qualifies
    the name before it, a city in that region)."""
    mention = mentions[index]
    if says_state(text, mention):
        return True
    previous = mentions[index - 1] if index else None
    if previous is None or text[previous.end : mention.start] != ", ":
        return False
    regions = {(c.country, c.admin1) for c in lookup.candidates(mention.name) if first_level(c)}
    return any((c.country, c.admin1) in regions
               for c in lookup.candidates(previous.name) if c.kind == "city")


def yields_to_city(region: Candidate, candidates: list[Candidate]) -> bool:
    """A first-level region named like a city inside it of CITY_SHARE of its people: the
    name means the city unless the text says otherwise ("New York")."""
    return first_level(region) and any(
        c.kind == "city" and (c.country, c.admin1) == (region.country, region.admin1)
        and c.population >= CITY_SHARE * region.population
        for c in candidates
    )


def named_like_its_region(name: str, city: Candidate, lookup: Lookup) -> bool:
    """A city known by the name of the first-level region it lies in: "New York" (New York
    City), "Quebec" (Quebec City)."""
    return city.kind == "city" and any(
        first_level(c) and (c.country, c.admin1) == (city.country, city.admin1)
        for c in lookup.candidates(name)
    )


def listed_countries(
    mentions: list[Mention], index: int, first: Mapping[str, Candidate], text: str
) -> frozenset[str]:
    """Countries of the first-level regions that the first reading (``first``, by name)
    found right before or after the name, as in a list ("Oregon, Washington and Idaho"),
    and the country whose possessive the name follows (``owner_country``)."""
    countries = set()
    for j in listed_beside(mentions, index, text):
        found = first.get(mentions[j].name.casefold())
        if found and first_level(found):
            countries.add(found.country)
    return frozenset(countries)


def owner_country(
    text: str, mentions: list[Mention], index: int, chosen: Mapping[int, Choice]
) -> frozenset[str]:
    """The country whose possessive the name follows: "Nigeria's Niger state", "Mexico's
    Sinaloa" (a part of that country, as a listed region is one of its country's)."""
    owner = chosen.get(index - 1) if index else None
    if owner is None or owner.candidate.kind != "country":
        return frozenset()
    if not _POSSESSIVE.fullmatch(text, mentions[index - 1].end, mentions[index].start):
        return frozenset()
    return frozenset((owner.candidate.country,))


def listed_beside(mentions: list[Mention], index: int, text: str) -> list[int]:
    """Indexes of the other names right before and after the name, as in a list."""
    beside = []
    name = mentions[index].name.casefold()
    for j in (index - 1, index + 1):
        if 0 <= j < len(mentions) and mentions[j].name.casefold() != name:
            a, b = sorted((mentions[index], mentions[j]), key=lambda m: m.start)
            if b.start - a.end <= LIST_GAP and not _POSSESSIVE.fullmatch(text, a.end, b.start):
                beside.append(j)
    return beside


def stated_region(
    candidates: list[Candidate], listed: frozenset[str], *, meant: bool
) -> Candidate | None:
    """The most populous first-level region among ``candidates`` that the text states:
    any, if the words around say a region (``meant``), else one of a country whose
    regions are ``listed`` beside the name."""
    states = [c for c in candidates if first_level(c) and (meant or c.country in listed)]
    return max(states, key=lambda c: c.population, default=None)


def county_states(names: set[str], lookup: Lookup) -> dict[str, tuple[str, str]]:
    """Names of counties that lie in one state only, with that state (country, admin1):
    "Edgar County" -> ("US", "IL"); "Washington County" (thirty states) is no evidence."""
    found = {}
    for name in names:
        candidates = lookup.candidates(name)
        if candidates and all(c.kind == "region" and not first_level(c) for c in candidates):
            states = {(c.country, c.admin1) for c in candidates}
            if len(states) == 1:
                found[name.casefold()] = states.pop()
    return found


def prefer_local_namesakes(
    mentions: list[Mention],
    gazetteer: Lookup,
    context: Context,
    choices: tuple[dict[int, Choice], dict[int, Choice]],
    text: str,
    near_km: float,
) -> None:
    """"Georgia" in a story about Atlanta, or listed with other states, or after "Blakely,"
    is the US state; "Palestine" in an East Texas story the town: a country's name goes to
    a same-named place in a region the text names, or near its other places, when nothing
    else in the text points to the country (no "Georgian", no "Tbilisi"). ``choices`` are
    the countries chosen so far (updated here) and the other names' first readings; a
    town read abroad moves home the same way (``home_towns``)."""
    chosen, names = choices
    # the evidence for a country is a choice there under another name: counted once, and
    # kept in step as choices change (a scan per mention was quadratic)
    every = chosen | names
    by_name = Counter((c.candidate.country, mentions[j].name) for j, c in every.items())
    by_country = Counter(c.candidate.country for c in every.values())
    homes: set[tuple[str, str]] | None = None
    for index, mention in enumerate(mentions):
        choice = chosen.get(index)
        if choice is None or mention.form != "name":
            continue
        country = choice.candidate.country
        evidence = by_country[country] > by_name[country, mention.name]
        countries = [j for j in listed_beside(mentions, index, text) if j in chosen]
        if evidence or countries or says_nation(text, mention):
            continue  # "Niger and Chad": a country listed with countries
        if homes is None:  # once per text: the regions the other names point to
            others = {mentions[j].name: c.candidate for j, c in names.items()}
            homes = regions_of(others, gazetteer)
        owner = owner_country(text, mentions, index, chosen)
        local = _local_place(mentions, index, gazetteer, context, homes, (text, near_km),
                             owner=owner)
        if local is not None and local.country != country:
            chosen[index] = Choice(local, CONFIDENT)
            context.add(local)
            for key, step in (((country, mention.name), -1), ((local.country, mention.name), 1)):
                by_name[key] += step
                by_country[key[0]] += step
    prefer_home_towns(mentions, gazetteer, chosen, names, text)  # "Dublin ... Columbus"


def _local_place(
    mentions: list[Mention],
    index: int,
    gazetteer: Lookup,
    context: Context,
    homes: set[tuple[str, str]],
    where: tuple[str, float],
    *,
    owner: frozenset[str] = frozenset(),
) -> Candidate | None:
    """The state the text states for the name ("Blakely, Georgia", a list of states, a
    region of the country ``owner`` whose possessive it follows), else
    its namesake in a region the text names, or one the other names point to (``homes``),
    or near the text's other places; where the words say a town ("a Lebanon woman",
    "the Cuba Village Board", ``says_town``), any."""
    (text, near_km), name = where, mentions[index].name
    # a place known by the country's name only as an alternate ("Albania" for Albany, New
    # York) is no namesake that could be meant
    candidates = [c for c in gazetteer.candidates(name) if c.primary]
    first = {key: c.candidate for key, c in context.support.items()}
    meant = bool(text) and region_meant(text, mentions, index, gazetteer)
    listed = listed_countries(mentions, index, first, text) | owner
    stated = stated_region(candidates, listed, meant=meant)
    if stated is not None:
        return stated
    around = context.without(name)
    found = local_namesake(candidates, around.regions | homes, around.anchor, near_km)
    if found is None and any(says_town(text, m) for m in mentions if m.name == name):
        # "a Lebanon woman" lives in a town, and so does every "Lebanon" of the text: the
        # largest namesake in a country of the text's other places, else any
        own = {c.country for c in candidates if c.kind == "country"}
        found = max((c for c in candidates if c.kind != "country"), default=None,
                    key=lambda c: (c.country in around.countries - own, c.population))
    return found


def settle_shared_names(
    mentions: list[Mention], chosen: dict[int, Choice], gazetteer: CountryLookup
) -> None:
    """A short name two countries share ("Congo") is, in place, the other country
    (``gazetteer.forms.shared_names``) when the text's other names point there more:
    "the Republic of Congo ... the government of Congo", or "Brazzaville ... Congo"."""
    shared = shared_names()
    bare = [i for i in chosen if mentions[i].form == "name" and mentions[i].name in shared]
    if not bare:
        return
    support = Counter(c.candidate.country for i, c in chosen.items() if i not in bare)
    for i in bare:
        other = gazetteer.country(shared[mentions[i].name])
        if other is not None and support[other.country] > support[chosen[i].candidate.country]:
            chosen[i] = Choice(other, 1.0)
