"""Resolve mentions to places: pick one gazetteer entry per name, or drop the name.

1. Country forms ("Poland", "Polish", "U.S.") resolve to the country.
2. The document's context: the countries it names, the dateline's country, and the
   first-level regions it names ("Ohio", "W.Va.").
3. Every other name is resolved once per document ("one sense per document"). Each
   candidate scores by population, by lying in a context country or region, by the
   name being its main name, by being a national capital, by a qualifier right after
   it ("Charleston, W.Va.") or words that say a region ("New York state"), and, in a
   second pass, by lying in the regions of the document's *other* names or near their
   places (``context.Context.without``: a name's first reading never supports itself),
   and in a third against their second readings, kept where that moves a name into the
   region most of the text's places lie in (``home_region``). A region named like its
   own large city ("New York") yields to it unless the text says the region (``namesakes``).
4. The best-scoring candidate that is convincing enough is kept: a name that is also a
   common English word ("God", "West", "Reading") or a first name ("Donald") needs a
   much larger place behind it than a rare name such as "Vilnius" does, unless the
   place lies in a region the text's other places are in ("Paris" beside Texas towns),
   and a little less after a locative preposition ("police in Reading"). A town of a
   region the text names needs only 500 people; one qualified by its region ("East
   Bank, W.Va."), an airport or the only county of its name ("Avoyelles Parish")
   nothing; the world's only town of a rare name less after "in" ("in Tipperary").
5. Last, a lone town read abroad in US local news goes home (``us_local``: "Councilman").
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from geobrief.gazetteer.index import Candidate
from geobrief.geoparse import lexicon
from geobrief.geoparse.context import Choice, Context, located_names, priced_in
from geobrief.geoparse.county_towns import settle_county_towns
from geobrief.geoparse.foreign_names import drop_foreign_names
from geobrief.geoparse.home_region import keep_rereadings
from geobrief.geoparse.namesakes import (
    county_states,
    listed_countries,
    named_like_its_region,
    owner_country,
    prefer_local_namesakes,
    region_meant,
    settle_shared_names,
    yields_to_city,
)
from geobrief.geoparse.ranking import (
    NEAR_KM,
    UNCOUNTED,
    Qualifier,
    confidence,
    log_pop,
    own_name,
    qualifier_of,
    ranked,
    written_short,
)
from geobrief.geoparse.us_local import move_us_local_towns
from geobrief.geoparse.wording import township_names
from geobrief.models import Mention, Place

MIN_LOG_POP_IN_CONTEXT = 3.0
MIN_LOG_POP_ELSEWHERE = 4.2
MIN_LOG_POP_LOCAL = 2.7  # a town of 500 (GeoNames cities500) in a region the text names
# The only place in the world of its name, which is rare in English (below this zipf)
# and no first name, after a locative preposition ("in Tipperary", "near Cahir"): a town
# of about 3,000 needs no country named beside it. Not "Arab", "Cox" or "Trooper" (towns
# of 6,000 to 8,000), nor a brand in a list ("sold as Lucerne, Hillandale, ...").
MIN_LOG_POP_UNIQUE = 3.5
UNIQUE_NAME_ZIPF = 3.0
PHRASE_ZIPF = 0.5  # per word after the first: a phrase's zipf is its rarest word's ("Grand Ledge")
COMMON_WORD_ZIPF = 3.0  # an ordinary English word ("reading") this frequent needs more
LOCATIVE_RELIEF = 1.5  # ... zipf less when the text says "in Reading", "from Split"
FREQUENT_NAME_ZIPF = 4.0  # so does any name this frequent in English ("Obama", "Hamas")
GIVEN_NAME_PENALTY = 1.0
ALTERNATE_PENALTY = 1.5  # an alternate name ("Stevens" for Elk Rapids) needs a larger place
RESOLVERS = ("context", "population")


class Gazetteer(Protocol):
    """What resolution needs from the gazetteer."""

    def country_form(self, text: str) -> tuple[str, str] | None: ...
    def country(self, iso2: str) -> Candidate | None: ...
    def capitals(self) -> frozenset[str]: ...
    def region_form(self, text: str) -> Candidate | None: ...
    def candidates(self, name: str) -> list[Candidate]: ...
    def word_commonness(self, name: str) -> float: ...
    def commonness(self, name: str) -> float: ...


def resolve(
    mentions: Iterable[Mention],
    gazetteer: Gazetteer,
    *,
    resolver: str = "context",
    text: str = "",
) -> list[Place]:
    """Places in order of first mention; mentions that resolve to nothing are dropped.

    ``text`` is the article's text (the mentions' offsets index it): the words around a
    name can say a region is meant ("New York state"). ``resolver="population"`` is the
    baseline kept for measurement: every name to its most populous candidate, blind."""
    mentions = list(mentions)
    chosen = {i: c for i, m in enumerate(mentions) if (c := _country_choice(m, gazetteer))}
    context = Context(blind=resolver == "population")
    context.located_names = located_names(text, mentions)
    context.townships = township_names(text, mentions)
    for choice in chosen.values():
        context.add(choice.candidate)
    if not context.blind:
        context.countries |= priced_in(text)  # "a £25,000 car": the United Kingdom
        context.capitals = gazetteer.capitals()
    names = _resolve_names(mentions, gazetteer, context, dict(chosen), text)
    if context.blind:
        return _places(mentions, chosen | names)
    context.support = {mentions[i].name.casefold(): c for i, c in sorted(names.items())}
    context.read_dollars(text, chosen.values(), names.values())  # "a $765,000 package"
    context.counties = county_states({m.name for m in mentions}, gazetteer)
    prefer_local_namesakes(mentions, gazetteer, context, (chosen, names), text, NEAR_KM)
    fixed = dict(chosen)  # countries, and country names read as towns ("a Lebanon woman")
    second = _resolve_names(mentions, gazetteer, context, fixed, text)
    # once more against the second readings: "Wayne" beside Nebraska's Norfolk, which the
    # first reading put in England; kept where it moves a name to the text's home region
    context.support = {mentions[i].name.casefold(): c for i, c in sorted(second.items())}
    third = _resolve_names(mentions, gazetteer, context, fixed, text)
    chosen.update(keep_rereadings(mentions, fixed | second, third))
    settle_shared_names(mentions, chosen, gazetteer)  # "Congo": which of the two
    drop_foreign_names(mentions, chosen, text)  # "Eastern Congo", "Peruvian Andes"
    settle_county_towns(mentions, chosen, gazetteer)  # "Paris ... Henry County": Tennessee
    move_us_local_towns(mentions, chosen, gazetteer, text)  # "Athens Councilman Ray Ortiz"
    return _places(mentions, chosen)


def _country_choice(mention: Mention, gazetteer: Gazetteer) -> Choice | None:
    form = gazetteer.country_form(mention.name)
    if form is None:
        return None
    country = gazetteer.country(form[0])
    return None if country is None else Choice(country, 1.0)


def _resolve_names(
    mentions: list[Mention], gazetteer: Gazetteer, context: Context, fixed: dict[int, Choice],
    text: str,
) -> dict[int, Choice]:
    """Choices for every mention not in ``fixed``, one per name (and qualifier).

    Right to left, so that a qualifier is resolved before the name it qualifies
    ("CHARLESTON, W.Va."). A dateline is taken to name a place: it needs only as
    large a place as a name in a country the text names.
    """
    chosen: dict[int, Choice] = {}
    by_key: dict[tuple, Choice | None] = {}
    first = {name: choice.candidate for name, choice in context.support.items()}
    located = context.located_names
    for index in reversed(range(len(mentions))):
        mention = mentions[index]
        if index in fixed:
            continue
        qualifier = qualifier_of(mentions, index, ChainMap(chosen, fixed), context, text)
        listed = listed_countries(mentions, index, first, text) | owner_country(
            text, mentions, index, ChainMap(chosen, fixed))
        meant = bool(text) and region_meant(text, mentions, index, gazetteer)
        key = (mention.name.casefold(), qualifier, mention.form == "dateline", listed, meant)
        if key not in by_key:
            around = context.without(mention.name) if context.support else replace(context)
            around.listed, around.region_meant = listed, meant
            around.located = key[0] in located
            around.township = key[0] in context.townships
            by_key[key] = _choose(mention.name, gazetteer, around, qualifier, dateline=key[2])
        if (choice := by_key[key]) is not None:
            chosen[index] = choice
    return chosen


def _choose(
    name: str,
    gazetteer: Gazetteer,
    context: Context,
    qualifier: Qualifier | None,
    *,
    dateline: bool = False,
) -> Choice | None:
    everything = gazetteer.candidates(name)
    features = [c for c in everything if c.kind == "feature"]
    if features:  # a feature keeps a name no country, region or sizeable town shares
        everything = features
    candidates = [c for c in everything if c.kind != "country"
                  and (context.region_meant or c.country in context.listed
                       or not yields_to_city(c, everything))]
    if qualifier is not None and qualifier[2] and qualifier[1]:  # "Dublin, Ohio", "Maga in
        # Kebbi state": a town of that country or none ("the Americas in Alaska" is no town)
        candidates = [c for c in candidates
                      if c.country == qualifier[0] or c.kind not in ("city", "feature")]
    scored = ranked(name, candidates, context, qualifier)
    for rank, (_, candidate) in enumerate(scored):
        if _qualified(candidate, qualifier) or _convincing(
            name, candidate, gazetteer, context, dateline=dateline, unique=len(everything) == 1
        ):
            return Choice(candidate, confidence(scored, rank))
    return None


def _qualified(candidate: Candidate, qualifier: Qualifier | None) -> bool:
    """A town in the region named right after it ("East Bank, W.Va."): the text says
    where it is, however small."""
    return (qualifier is not None and qualifier[2] and candidate.kind == "city"
            and bool(qualifier[1]) and (candidate.country, candidate.admin1) == qualifier[:2])


def _convincing(
    name: str,
    candidate: Candidate,
    gazetteer: Gazetteer,
    context: Context,
    *,
    dateline: bool,
    unique: bool = False,
) -> bool:
    """Large enough for its name; a region named by an ordinary word ("Central",
    "Western": provinces of Kenya) only in a country the text names; a township's town in
    a state the text names, if any. A region's exact form ("EU", "W.Va."), a feature's
    name ("Dulles Airport") and the only county of its name ("Tensas Parish") need no more."""
    if candidate.kind == "feature" or gazetteer.region_form(name) == candidate or (
            unique and candidate.kind == "region" and name.endswith((" County", " Parish"))):
        return True
    in_context = dateline or candidate.country in context.countries
    generic = candidate.kind == "region" and gazetteer.word_commonness(name) > 0
    if generic and not in_context:
        return False
    local = (candidate.country, candidate.admin1) in context.regions  # among the text's places
    if context.township and context.named_regions and (  # "Jerome Township" beside Ohio
        candidate.country, candidate.admin1) not in context.named_regions:  # is not Idaho's
        return False  # (``wording.township_names``)
    required = _required_log_pop(
        name, candidate, gazetteer, in_context=in_context, local=local,
        located=context.located, unique=unique,
    )
    return log_pop(candidate, floor=UNCOUNTED) >= required


def _required_log_pop(
    name: str,
    best: Candidate,
    gazetteer: Gazetteer,
    *,
    in_context: bool,
    local: bool,
    located: bool = False,
    unique: bool = False,
) -> float:
    """How large a place ``name`` needs. A name frequent in English only through a larger
    namesake ("Paris") or a first name is no obstacle for a place among the text's own
    ("Paris, Texas", ``local``); an ordinary word ("Reading") still is, a little less so
    where the text puts it after a locative preposition ("police in Reading", ``located``),
    where a first name is no obstacle either ("the city of Saida").
    The world's only place of a name (``unique``), rare in English and no first name,
    needs no country named beside it where the text says "in Cahir"."""
    base = MIN_LOG_POP_IN_CONTEXT if in_context else MIN_LOG_POP_ELSEWHERE
    given = " " not in name and name.lower() in lexicon.given_names()
    rare = gazetteer.commonness(name) < UNIQUE_NAME_ZIPF + PHRASE_ZIPF * name.count(" ")
    if unique and located and not given and best.kind == "city" and rare:
        base = min(base, MIN_LOG_POP_UNIQUE)
    if local:
        base = MIN_LOG_POP_LOCAL
    frequency = max(
        gazetteer.word_commonness(name) - COMMON_WORD_ZIPF,
        0.0 if local else gazetteer.commonness(name) - FREQUENT_NAME_ZIPF,
    )
    base += max(0.0, frequency - (LOCATIVE_RELIEF if located else 0.0))
    if given and not local and not located:
        base += GIVEN_NAME_PENALTY
    # its own name unaccented after a locative ("near Bialowieza"), "St. Cloud" anywhere
    own = best.primary or ((located or written_short(name)) and own_name(name, best))
    if not own and not named_like_its_region(name, best, gazetteer):
        base += ALTERNATE_PENALTY
    return base


def _places(mentions: list[Mention], chosen: dict[int, Choice]) -> list[Place]:
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
