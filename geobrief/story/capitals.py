""""The capital": a country's capital the text names without its name.

"Protesters marched in the Haitian capital", "north of the capital of Chad", "fighting
reached the country's capital": the happening is placed in a capital city, though no
place name is written. Each such phrase becomes a story mention of that capital (its
word "capital"), so the events, routes and focus read it like any place name. The
country is, in this order, the one the phrase names (an adjective, "Chad's", "of
Chad"), else that of the nearest place named before it, else the country the article
names most. A capital the geoparser did not find becomes a place of the story's map with
no mention of its own (:func:`unnamed_places`): drawn, not counted as a name found.

Not a country's capital: a region's ("the state capital", "the capital of Sindh": the
phrase then names that region, "a raid east of the capital of Dagestan"
is in Dagestan), a capital named right after ("the capital, Nairobi", which
is its own mention), and money ("capital gains", "raised the capital").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Mention, Place
from geobrief.story.located import Located

# "the Haitian capital", "Chad's capital", "the country's capital", "its capital"; an
# owner starts a word and is short, so that a long run of letters is read once, not once
# from each of its letters
_CAPITAL = re.compile(
    r"(?:\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir)|(?<![\w.\-])(?P<owner>[\w.\-]{1,40})['\u2019]s)"
    r"\s+(?:(?P<adj>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)\s+)?(?P<word>capital(?: city)?)\b"
)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# What may stand before a bare "the capital": a preposition, or the sentence's start.
_BEFORE_BARE = re.compile(
    r"(?:^|\n\s*|[.!?\"\u201c]\s+|\b(?:in|at|near|to|into|from|of|outside|around|toward|towards|"
    r"across|through|throughout|on|off|within|inside|reached|entered|left|hit|struck|rocked|"
    r"shook|besieged|surrounded|stormed|and)\s+)$"
)
_MONEY = re.compile(
    r"\s+(?:punishment|gains?|markets?|investments?|expenditures?|spending|flows?|controls?|"
    r"letters?|offen[cs]es?|murders?|crimes?|cases?|charges?|budgets?|costs?|funds?|"
    r"requirements?|ratios?|assets?|goods|projects?|improvements?|stock|base|reserves?)\b"
)
_OWNERS = frozenset({"country", "nation", "kingdom", "republic"})
_GAP = re.compile(r",?\s+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


@dataclass
class _Named:
    """The text's place mentions by where they start and end, and the countries of those
    with one in text order: each lookup in one step, whatever the text's length."""

    located: list[Located]
    starts: dict[int, Located] = field(init=False)
    ends: dict[int, Located] = field(init=False)
    countries: list[tuple[int, str]] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = {p.mention.start: p for p in self.located}
        self.ends = {p.mention.end: p for p in self.located}
        self.countries = sorted((p.mention.end, p.place.country) for p in self.located
                                if p.place.country)

    def before(self, start: int, text: str) -> str:
        """The country of the nearest place named before ``start`` in its paragraph, else
        of the first named after it there ("... deployed across the capital. Two bombs
        exploded in Dhaka"), else of the nearest before it; "" if none."""
        index = bisect.bisect_right(self.countries, (start, "\uffff"))
        opens = text.rfind("\n\n", 0, start)
        closes = text.find("\n\n", start)
        closes = len(text) if closes < 0 else closes
        if index and self.countries[index - 1][0] > opens:
            return self.countries[index - 1][1]
        if index < len(self.countries) and self.countries[index][0] <= closes:
            return self.countries[index][1]
        return self.countries[index - 1][1] if index else ""


def capital_mentions(
    text: str, located: list[Located], places: list[Place], gazetteer: Gazetteer
) -> list[Located]:
    """Every "the capital" phrase of ``text`` with the capital it means, in text order:
    one of ``places``, or a new place with no mentions of its own."""
    found: list[Located] = []
    by_id = {p.place_id: p for p in places}
    named = _Named(located)
    for match in _CAPITAL.finditer(text):
        country = _country_of(text, match, named)
        if _names_itself(text, match, named):
            continue
        place = _region_of(text, match, named) if country is None else _capital_place(
            country or _most_named(places), by_id, gazetteer)
        if place is None:
            continue
        by_id.setdefault(place.place_id, place)
        start, end = match.span("word")
        mention = Mention(text[start:end], start, end, place.name, "name")
        found.append(Located(mention, place))
    return found


def unnamed_places(found: list[Located], places: list[Place]) -> list[Place]:
    """The places of ``found`` that are not among ``places``, once each."""
    known = {p.place_id for p in places}
    unnamed: dict[str, Place] = {}
    for pair in found:
        if pair.place.place_id not in known:
            unnamed.setdefault(pair.place.place_id, pair.place)
    return list(unnamed.values())


def _country_of(text: str, match: re.Match[str], named: _Named) -> str | None:
    """The country whose capital the phrase means; "" when only the context can tell;
    None when it is no country's capital (a region's, or money)."""
    end = match.end("word")
    if _MONEY.match(text, end):
        return None
    of = _OF.match(text, end)
    after = named.starts.get(of.end()) if of else None
    if after is not None:  # "the capital of Chad"; "the capital of Sindh" is a region's
        return after.place.country if after.place.kind == "country" else None
    for group in ("adj", "owner"):
        if match.group(group) is None:
            continue
        owner = named.ends.get(match.end(group))  # "South Sudan's capital"
        if owner is not None:
            return owner.place.country if owner.place.kind == "country" else None
        if group == "adj" or match.group("owner").lower() not in _OWNERS:
            return None  # "the state capital", "Ohio's capital" unresolved
    bare = (match.group("det") or "").lower() == "the" and not match.group("adj")
    if bare and not _BEFORE_BARE.search(text, max(0, match.start() - 40), match.start()):
        return None  # "raised the capital"
    return named.before(match.start(), text)


def _region_of(text: str, match: re.Match[str], named: _Named) -> Place | None:
    """"east of the capital of Dagestan": the region whose capital it is,
    named right after; the happening is in that region, its capital unnamed."""
    of = _OF.match(text, match.end("word"))
    after = named.starts.get(of.end()) if of else None
    return after.place if after is not None and after.place.kind == "region" else None


def _names_itself(text: str, match: re.Match[str], named: _Named) -> bool:
    """"the capital, Nairobi", "the capital Kabul": the capital's own name follows; not
    an owner that opens the next phrase ("north of the capital, Mali's army said")."""
    gap = _GAP.match(text, match.end("word"))
    after = named.starts.get(gap.end()) if gap is not None else None
    return after is not None and not _POSSESSIVE.match(text, after.mention.end)


def _most_named(places: list[Place]) -> str:
    """The country whose places the article names most often."""
    counts = Counter({p.country: 0 for p in places if p.country})
    for place in places:
        if place.country:
            counts[place.country] += len(place.mentions)
    return max(sorted(counts), key=lambda c: counts[c], default="")


def _capital_place(country: str, by_id: dict[str, Place], gazetteer: Gazetteer) -> Place | None:
    """The article's place for ``country``'s capital, or a new one from the gazetteer."""
    if not country:
        return None
    found = gazetteer.capital(country)
    if found is None:
        return None
    return by_id.get(found.place_id) or Place(
        found.place_id, found.name, "city", country, found.lat, found.lon,
        population=found.population,
    )
