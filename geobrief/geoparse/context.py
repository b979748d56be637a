"""What a document says about where it is: the countries and regions it names, what each
name's first reading suggests, and the words around a name. Used by ``resolve``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from geobrief.gazetteer.index import Candidate

CONFIDENT = 0.5  # a city resolved this surely puts its region and country in the context
AGREEING = 2  # ... as do this many names first read in one region, however unsurely


@dataclass(frozen=True)
class Choice:
    """The place chosen for a name, and how surely (a softmax share of the scores)."""

    candidate: Candidate
    confidence: float


@dataclass
class Context:
    """What the document says about where it is: the countries and regions it names, and
    what each name's first reading suggests (``support``, by name)."""

    countries: set[str] = field(default_factory=set)
    regions: set[tuple[str, str]] = field(default_factory=set)
    listed: frozenset[str] = frozenset()  # countries of the regions listed beside a name
    region_meant: bool = False  # the words around the name say a region ("New York state")
    capitals: frozenset[str] = frozenset()  # place ids of the countries' capitals
    anchor: tuple[float, float] | None = None  # (lat, lon) of the other places resolved
    blind: bool = False  # the population baseline: context is recorded but never used
    support: dict[str, Choice] = field(default_factory=dict)
    counties: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> its state

    def add(self, candidate: Candidate) -> None:
        if self.blind:
            return
        self.countries.add(candidate.country)
        if candidate.kind == "region" and candidate.admin1:
            self.regions.add((candidate.country, candidate.admin1))

    def without(self, name: str) -> Context:
        """The context as the document's other names give it: a name's own first reading
        never supports itself ("Mansfield" read in Texas does not put Texas in context)."""
        others = [c for key, c in self.support.items() if key != name.casefold()]
        local = Context(set(self.countries), set(self.regions), blind=self.blind,
                        capitals=self.capitals)
        shared = Counter((c.candidate.country, c.candidate.admin1) for c in others)
        for choice in others:
            place = choice.candidate
            if place.kind == "region":
                local.add(place)
            elif place.admin1 and (choice.confidence >= CONFIDENT
                                   or shared[place.country, place.admin1] >= AGREEING):
                local.regions.add((place.country, place.admin1))
                local.countries.add(place.country)
        for key, state in self.counties.items():
            if key != name.casefold():  # "Edgar County" puts Illinois in context
                local.regions.add(state)
                local.countries.add(state[0])
        local.anchor = anchor(others)
        return local


def anchor(choices: Iterable[Choice]) -> tuple[float, float] | None:
    """The median point of the confidently resolved cities and regions."""
    points = [(c.candidate.lat, c.candidate.lon) for c in choices if c.confidence >= CONFIDENT]
    if not points:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]
