"""Resolve mentions to places: pick one gazetteer entry per name, or drop the name.

1. Country forms ("Poland", "Polish", "U.S.") resolve to the country.
2. The document's context: the countries it names, the dateline's country, and the
   first-level regions it names ("Ohio", "W.Va.").
3. Every other name is resolved once per document ("one sense per document"). Each
   candidate scores by population, by lying in a context country or region, by the
   name being its main name, by a qualifier right after it ("Charleston, W.Va."), and,
   in a second pass, by lying near the places already resolved (spatial coherence).
4. The best-scoring candidate that is convincing enough is kept: a name that is also a
   common English word ("God", "West", "Reading") or a first name ("Donald") needs a
   much larger place behind it than a rare name such as "Vilnius" does.
"""

from __future__ import annotations

import math
from collections import ChainMap, Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from geobrief.gazetteer.index import Candidate
from geobrief.geoparse import lexicon
from geobrief.geoparse.namesakes import km_between, local_namesake, regions_of
from geobrief.models import Mention, Place

CONTEXT_BONUS = 2.0  # the candidate lies in a country the text names
REGION_BONUS = 2.0  # ... in a first-level region the text names
QUALIFIER_BONUS = 4.0  # ... in the region or country named right after it
PRIMARY_BONUS = 1.0  # the name is the candidate's main name, not an alternate
NEAR_BONUS = 2.0  # at most, for lying near the document's other places
NEAR_KM = 300.0  # the distance at which the nearness bonus has halved
MIN_LOG_POP_IN_CONTEXT = 3.0
MIN_LOG_POP_ELSEWHERE = 4.2
COMMON_WORD_ZIPF = 3.0  # an ordinary English word ("reading") this frequent needs more
FREQUENT_NAME_ZIPF = 4.0  # so does any name this frequent in English ("Obama", "Hamas")
GIVEN_NAME_PENALTY = 1.0
ALTERNATE_PENALTY = 1.5  # an alternate name ("Stevens" for Elk Rapids) needs a larger place
CONFIDENT = 0.5  # a city resolved this surely puts its region in the context
QUALIFIER_GAP = 2  # characters between a name and its qualifier: ", "
RESOLVERS = ("context", "population")


class Gazetteer(Protocol):
    """What resolution needs from the gazetteer."""

    def country_form(self, text: str) -> tuple[str, str] | None: ...
    def country(self, iso2: str) -> Candidate | None: ...
    def candidates(self, name: str) -> list[Candidate]: ...
    def word_commonness(self, name: str) -> float: ...
    def commonness(self, name: str) -> float: ...


@dataclass(frozen=True)
class _Choice:
    candidate: Candidate
    confidence: float


@dataclass
class _Context:
    """What the document says about where it is."""

    countries: set[str] = field(default_factory=set)
    regions: set[tuple[str, str]] = field(default_factory=set)
    anchor: tuple[float, float] | None = None  # (lat, lon) of the places resolved so far
    blind: bool = False  # the population baseline: context is recorded but never used

    def add(self, candidate: Candidate) -> None:
        if self.blind:
            return
        self.countries.add(candidate.country)
        if candidate.kind == "region" and candidate.admin1:
            self.regions.add((candidate.country, candidate.admin1))


def resolve(
    mentions: Iterable[Mention], gazetteer: Gazetteer, *, resolver: str = "context"
) -> list[Place]:
    """Places in order of first mention; mentions that resolve to nothing are dropped.

    ``resolver="population"`` is the baseline kept for measurement: every name goes to
    its most populous candidate, ignoring the document's context.
    """
    mentions = list(mentions)
    chosen = {i: c for i, m in enumerate(mentions) if (c := _country_choice(m, gazetteer))}
    context = _Context(blind=resolver == "population")
    for choice in chosen.values():
        context.add(choice.candidate)
    names = _resolve_names(mentions, gazetteer, context, dict(chosen))
    if context.blind:
        return _places(mentions, chosen | names)
    context.anchor = _anchor(names.values())
    for choice in names.values():
        if choice.candidate.kind == "region":
            context.add(choice.candidate)
        elif choice.confidence >= CONFIDENT and choice.candidate.admin1:
            context.regions.add((choice.candidate.country, choice.candidate.admin1))
    _prefer_local_namesakes(mentions, gazetteer, context, chosen, names)
    chosen.update(_resolve_names(mentions, gazetteer, context, chosen))
    return _places(mentions, chosen)


def _prefer_local_namesakes(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    context: _Context,
    chosen: dict[int, _Choice],
    names: dict[int, _Choice],
) -> None:
    """"Georgia" in a story about Atlanta is the US state, "Palestine" in an East Texas
    story the town: a country's name goes to a same-named place in a region the text
    names, or near its other places, when nothing else in the text points to the country
    (no "Georgian", no "Tbilisi")."""
    named_regions = regions_of({mentions[j].name for j in names}, gazetteer)
    # how many choices lie in each country, and under each name: the evidence for a
    # country is a choice there under another name (kept in step as choices change)
    by_name = Counter((c.candidate.country, mentions[j].name) for j, c in (chosen | names).items())
    by_country = Counter(c.candidate.country for c in (chosen | names).values())
    for index, mention in enumerate(mentions):
        choice = chosen.get(index)
        if choice is None or mention.form != "name":
            continue
        country = choice.candidate.country
        if by_country[country] > by_name[country, mention.name]:
            continue  # evidence for the country
        supported = context.regions | named_regions
        local = local_namesake(
            gazetteer.candidates(mention.name), supported, context.anchor, NEAR_KM
        )
        if local is not None and local.country != country:
            chosen[index] = _Choice(local, CONFIDENT)
            by_name[country, mention.name] -= 1
            by_country[country] -= 1
            by_name[local.country, mention.name] += 1
            by_country[local.country] += 1
            context.add(local)


def _country_choice(mention: Mention, gazetteer: Gazetteer) -> _Choice | None:
    form = gazetteer.country_form(mention.name)
    if form is None:
        return None
    country = gazetteer.country(form[0])
    return None if country is None else _Choice(country, 1.0)


def _resolve_names(
    mentions: list[Mention], gazetteer: Gazetteer, context: _Context, fixed: dict[int, _Choice]
) -> dict[int, _Choice]:
    """Choices for every mention not in ``fixed``, one per name (and qualifier).

    Right to left, so that a qualifier is resolved before the name it qualifies
    ("CHARLESTON, W.Va."). A dateline is taken to name a place: it needs only as
    large a place as a name in a country the text names.
    """
    chosen: dict[int, _Choice] = {}
    by_key: dict[tuple[str, tuple[str, str] | None, bool], _Choice | None] = {}
    for index in reversed(range(len(mentions))):
        mention = mentions[index]
        if index in fixed:
            continue
        qualifier = _qualifier(mentions, index, ChainMap(chosen, fixed), context)
        key = (mention.name.casefold(), qualifier, mention.form == "dateline")
        if key not in by_key:
            by_key[key] = _choose(mention.name, gazetteer, context, qualifier, dateline=key[2])
        if (choice := by_key[key]) is not None:
            chosen[index] = choice
    return chosen


def _qualifier(
    mentions: list[Mention], index: int, chosen: Mapping[int, _Choice], context: _Context
) -> tuple[str, str] | None:
    """(country, admin1) of a region or country named right after: "Paris, Texas"."""
    following = None if context.blind else chosen.get(index + 1)
    if following is None:
        return None
    if mentions[index + 1].start - mentions[index].end > QUALIFIER_GAP:
        return None
    place = following.candidate
    return (place.country, place.admin1 if place.kind == "region" else "")


def _choose(
    name: str,
    gazetteer: Gazetteer,
    context: _Context,
    qualifier: tuple[str, str] | None,
    *,
    dateline: bool = False,
) -> _Choice | None:
    ranked = [(s, c) for s, c in _ranked(gazetteer.candidates(name), context, qualifier)
              if c.kind != "country"]  # a country is only ever named by its country forms
    for rank, (_, candidate) in enumerate(ranked):
        if _convincing(name, candidate, gazetteer, context, dateline=dateline):
            return _Choice(candidate, _confidence(ranked, rank))
    return None


def _convincing(
    name: str, candidate: Candidate, gazetteer: Gazetteer, context: _Context, *, dateline: bool
) -> bool:
    """Large enough for its name; a region named by an ordinary word ("Central",
    "Western": provinces of Kenya) only in a country the text names."""
    in_context = dateline or candidate.country in context.countries
    generic = candidate.kind == "region" and gazetteer.word_commonness(name) > 0
    if generic and not in_context:
        return False
    required = _required_log_pop(name, candidate, gazetteer, in_context=in_context)
    return _log_pop(candidate) >= required


def _ranked(
    candidates: list[Candidate], context: _Context, qualifier: tuple[str, str] | None
) -> list[tuple[float, Candidate]]:
    scored = [(_score(c, context, qualifier), c) for c in candidates]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1].place_id))


def _score(candidate: Candidate, context: _Context, qualifier: tuple[str, str] | None) -> float:
    score = _log_pop(candidate) + PRIMARY_BONUS * candidate.primary
    if candidate.country in context.countries:
        score += CONTEXT_BONUS
    if (candidate.country, candidate.admin1) in context.regions:
        score += REGION_BONUS
    if qualifier and candidate.country == qualifier[0]:
        score += QUALIFIER_BONUS if qualifier[1] in ("", candidate.admin1) else 0.0
    if context.anchor is not None:
        km = km_between(context.anchor, (candidate.lat, candidate.lon))
        score += NEAR_BONUS * NEAR_KM / (NEAR_KM + km)
    return score


def _required_log_pop(
    name: str, best: Candidate, gazetteer: Gazetteer, *, in_context: bool
) -> float:
    base = MIN_LOG_POP_IN_CONTEXT if in_context else MIN_LOG_POP_ELSEWHERE
    base += max(
        0.0,
        gazetteer.word_commonness(name) - COMMON_WORD_ZIPF,
        gazetteer.commonness(name) - FREQUENT_NAME_ZIPF,
    )
    if " " not in name and name.lower() in lexicon.given_names():
        base += GIVEN_NAME_PENALTY
    if not best.primary:
        base += ALTERNATE_PENALTY
    return base


def _anchor(choices: Iterable[_Choice]) -> tuple[float, float] | None:
    """The median point of the confidently resolved cities and regions."""
    points = [(c.candidate.lat, c.candidate.lon) for c in choices if c.confidence >= 0.5]
    if not points:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _log_pop(candidate: Candidate) -> float:
    return math.log10(candidate.population + 10)


def _confidence(ranked: list[tuple[float, Candidate]], rank: int = 0) -> float:
    """Share of the chosen candidate in a softmax over scores (1.0 when unambiguous)."""
    chosen = ranked[rank][0]
    weights = [math.exp(score - chosen) for score, _ in ranked]
    return 1.0 / sum(weights)


def _places(mentions: list[Mention], chosen: dict[int, _Choice]) -> list[Place]:
    places: dict[str, Place] = {}
    for index, mention in enumerate(mentions):
        choice = chosen.get(index)
        if choice is None:
            continue
        c = choice.candidate
        place = places.get(c.place_id)
        if place is None:
            place = places[c.place_id] = Place(
                place_id=c.place_id, name=c.name, kind=c.kind,  # type: ignore[arg-type]
                country=c.country, lat=c.lat, lon=c.lon,
                population=c.population, confidence=choice.confidence,
            )
        place.mentions.append(mention)
    return list(places.values())
