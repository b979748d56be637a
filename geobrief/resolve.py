"""Resolve mentions to places: pick one gazetteer entry per name, or drop the name.

- Country forms ("Poland", "Polish", "U.S.") resolve to the country.
- The document's context is the set of countries it names plus the dateline's country.
- Every other name is resolved once per document ("one sense per document"): each
  candidate scores by population, by lying in a context country, and by the name being
  its main name. The best-scoring candidate that is convincing enough is kept: a name
  that is also a common English word ("God", "West", "Reading") or a first name ("Donald") needs a
  much larger place behind it than a rare name such as "Vilnius".
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from geobrief import lexicon
from geobrief.gazetteer import Candidate
from geobrief.models import Mention, Place

CONTEXT_BONUS = 2.0
PRIMARY_BONUS = 0.5
MIN_LOG_POP_IN_CONTEXT = 3.0
MIN_LOG_POP_ELSEWHERE = 4.2
COMMON_WORD_ZIPF = 3.0
GIVEN_NAME_PENALTY = 1.0


class Gazetteer(Protocol):
    """What resolution needs from the gazetteer."""

    def country_form(self, text: str) -> tuple[str, str] | None: ...
    def country(self, iso2: str) -> Candidate | None: ...
    def candidates(self, name: str) -> list[Candidate]: ...
    def word_commonness(self, name: str) -> float: ...


@dataclass(frozen=True)
class _Choice:
    candidate: Candidate
    confidence: float


def resolve(mentions: Iterable[Mention], gazetteer: Gazetteer) -> list[Place]:
    """Places in order of first mention; mentions that resolve to nothing are dropped."""
    mentions = list(mentions)
    chosen: dict[int, _Choice] = {}
    for index, mention in enumerate(mentions):
        country = _country_choice(mention, gazetteer)
        if country is not None:
            chosen[index] = country
    context = {c.candidate.country for c in chosen.values()}
    _resolve_dateline(mentions, gazetteer, context, chosen)
    context |= {c.candidate.country for c in chosen.values()}
    by_name: dict[str, _Choice | None] = {}
    for index, mention in enumerate(mentions):
        if index in chosen:
            continue
        key = mention.name.casefold()
        if key not in by_name:
            by_name[key] = _choose(mention.name, gazetteer, context)
        if by_name[key] is not None:
            chosen[index] = by_name[key]  # type: ignore[assignment]
    return _places(mentions, chosen)


def _country_choice(mention: Mention, gazetteer: Gazetteer) -> _Choice | None:
    form = gazetteer.country_form(mention.name)
    if form is None:
        return None
    country = gazetteer.country(form[0])
    return None if country is None else _Choice(country, 1.0)


def _resolve_dateline(
    mentions: list[Mention], gazetteer: Gazetteer, context: set[str], chosen: dict[int, _Choice]
) -> None:
    """The dateline names a city the story was filed from: take the likeliest one."""
    for index, mention in enumerate(mentions):
        if mention.form == "dateline" and index not in chosen:
            ranked = _ranked(gazetteer.candidates(mention.name), context)
            if ranked:
                chosen[index] = _Choice(ranked[0][1], _confidence(ranked))


def _choose(name: str, gazetteer: Gazetteer, context: set[str]) -> _Choice | None:
    ranked = _ranked(gazetteer.candidates(name), context)
    for _, candidate in ranked:
        if _log_pop(candidate) >= _required_log_pop(name, candidate, gazetteer, context):
            return _Choice(candidate, _confidence(ranked))
    return None


def _ranked(candidates: list[Candidate], context: set[str]) -> list[tuple[float, Candidate]]:
    scored = [(_score(c, context), c) for c in candidates]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1].place_id))


def _score(candidate: Candidate, context: set[str]) -> float:
    score = _log_pop(candidate)
    if candidate.country in context:
        score += CONTEXT_BONUS
    if candidate.primary:
        score += PRIMARY_BONUS
    return score


def _required_log_pop(
    name: str, best: Candidate, gazetteer: Gazetteer, context: set[str]
) -> float:
    base = MIN_LOG_POP_IN_CONTEXT if best.country in context else MIN_LOG_POP_ELSEWHERE
    base += max(0.0, gazetteer.word_commonness(name) - COMMON_WORD_ZIPF)
    if " " not in name and name.lower() in lexicon.given_names():
        base += GIVEN_NAME_PENALTY
    return base


def _log_pop(candidate: Candidate) -> float:
    return math.log10(candidate.population + 10)


def _confidence(ranked: list[tuple[float, Candidate]]) -> float:
    """Share of the top candidate in a softmax over scores (1.0 when unambiguous)."""
    top = ranked[0][0]
    weights = [math.exp(score - top) for score, _ in ranked]
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
