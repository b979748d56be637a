"""Score a name's candidate places: population, the text's countries and regions, the
name being the place's own, capital status, a qualifier right after the name (found by
``qualifier_of``), nearness to the document's other places. ``resolve`` keeps the best
convincing one."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping

from geobrief.gazetteer.index import Candidate
from geobrief.gazetteer.points import km_between
from geobrief.gazetteer.schema import ROMANIZED_APOSTROPHE
from geobrief.geoparse import lexicon
from geobrief.geoparse.context import Choice, Context
from geobrief.geoparse.namesakes import first_level
from geobrief.models import Mention

CONTEXT_BONUS = 2.0  # the candidate lies in a country the text names
REGION_BONUS = 2.0  # ... in a first-level region the text names
QUALIFIER_BONUS = 4.0  # ... in the region or country named right after it
PRIMARY_BONUS = 1.0  # the name is the candidate's main name, not an alternate
NEAR_BONUS = 2.0  # at most, for lying near the document's other places
NEAR_KM = 300.0  # the distance at which the nearness bonus has halved
# GeoNames' towns of 500 or more list a few uncounted ones (0), seats of a district:
# ranked among namesakes as that small, not as empty.
UNCOUNTED = 500
CAPITAL_BONUS = 0.5  # a country's capital: the best-known of its namesakes
Qualifier = tuple[str, str, bool]  # country, admin1 of a name's qualifier; after a comma?
QUALIFIER_GAP = 2  # characters between a name and its qualifier: ", "
# "Maga in Kebbi state", "Bogo in the north of Cebu province" is not: a name in a region.
_IN_REGION = re.compile(r" in (?:the )?(?:(?:neighbou?ring|nearby|(?:north|south)?(?:east|west)"
                        r"?(?:ern)?|north|south|central) )?")


def ranked(
    name: str, candidates: list[Candidate], context: Context, qualifier: Qualifier | None
) -> list[tuple[float, Candidate]]:
    """Candidates best first. Where some are called ``name`` itself (accents aside), the
    others, known by it only as an alternate name ("Minsk" for Mińsk Mazowiecki), take
    no bonus for lying among the text's other places: Warsaw beside Minsk is no reason
    to leave Belarus's capital."""
    own = {c.place_id for c in candidates if c.primary or _folded(c.name) == _folded(name)}
    # a name written as one place's main name ("Da Nang") gives no other the bonus for
    # being its main name without accents (the province Đà Nẵng)
    exact = any(c.primary and c.name.casefold() == name.casefold() for c in candidates)
    scored = [
        (score(c, context, qualifier, local=not own or c.place_id in own,
               primary=c.primary or (not exact and own_name(name, c))), c)
        for c in candidates
    ]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1].place_id))


def own_name(name: str, candidate: Candidate) -> bool:
    """``name`` is the candidate's main name, or that name as English writes it without
    its accents ("Bialowieza" for Białowieża, "Malaga" for Málaga); not a region's
    name that is also its city's ("Washington"), which the gazetteer keeps apart."""
    return candidate.primary or (
        name.casefold() != candidate.name.casefold()
        and _folded(candidate.name) == _folded(name))


# Letters that Unicode does not decompose into a base letter and an accent.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss",
                        "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


# "St. Cloud" is Saint Cloud, "Mt. Vernon" Mount Vernon, "Ft. Myers" Fort Myers.
_WRITTEN_SHORT = ((re.compile(r"\bst\.? "), "saint "), (re.compile(r"\bste\.? "), "sainte "),
                  (re.compile(r"\bmt\.? "), "mount "), (re.compile(r"\bft\.? "), "fort "))


def written_short(name: str) -> bool:
    """A name that starts with "St.", "Mt." or "Ft.", as English writes Saint Cloud; not
    a saint's of a first name ("St. John", "St. Joseph"), whose hospitals and churches
    ("St. John's ER visits") outnumber the towns."""
    folded = name.casefold()
    for short, _ in _WRITTEN_SHORT:
        if found := short.match(folded):
            return folded[found.end() :].split(" ")[0] not in lexicon.given_names()
    return False


def _folded(name: str) -> str:
    """``name`` without accents, nor a romanization's apostrophes ("Tskhinvali"), its
    "St." and "Mt." written out."""
    plain = ROMANIZED_APOSTROPHE.sub("", name.casefold().translate(_PLAIN))
    for short, word in _WRITTEN_SHORT:
        plain = short.sub(word, plain)
    decomposed = unicodedata.normalize("NFKD", plain)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def score(
    candidate: Candidate, context: Context, qualifier: Qualifier | None, *, local: bool = True,
    primary: bool | None = None,
) -> float:
    """``primary``: the name read is the candidate's own (``own_name``); by default, its
    main name."""
    primary = candidate.primary if primary is None else primary
    score = log_pop(candidate, floor=UNCOUNTED) + PRIMARY_BONUS * primary
    if candidate.country in context.countries:
        score += CONTEXT_BONUS
    if local and ((candidate.country, candidate.admin1) in context.regions or (
        first_level(candidate) and candidate.country in context.listed
    )):  # in a region the text names, or listed with other regions of its country
        score += REGION_BONUS
    if context.region_meant and first_level(candidate):
        score += QUALIFIER_BONUS
    if candidate.place_id in context.capitals:
        score += CAPITAL_BONUS
    if qualifier and candidate.country == qualifier[0]:
        score += QUALIFIER_BONUS if qualifier[1] in ("", candidate.admin1) else 0.0
    if context.anchor is not None and local:
        km = km_between(context.anchor, (candidate.lat, candidate.lon))
        score += NEAR_BONUS * NEAR_KM / (NEAR_KM + km)
    return score


def log_pop(candidate: Candidate, *, floor: int = 0) -> float:
    """The population's logarithm; a town GeoNames lists uncounted (0) counts as ``floor``."""
    return math.log10((candidate.population or floor) + 10)


def confidence(ranked: list[tuple[float, Candidate]], rank: int = 0) -> float:
    """Share of the chosen candidate in a softmax over scores (1.0 when unambiguous)."""
    chosen = ranked[rank][0]
    weights = [math.exp(score - chosen) for score, _ in ranked]
    return 1.0 / sum(weights)


def qualifier_of(
    mentions: list[Mention], index: int, chosen: Mapping[int, Choice], context: Context,
    text: str = "",
) -> Qualifier | None:
    """(country, admin1, said) of a region or country named right after: "Paris, Texas";
    said when a comma or "in" puts the name there ("the town of Maga in neighbouring
    Kebbi state")."""
    following = None if context.blind else chosen.get(index + 1)
    if following is None:
        return None
    gap = mentions[index + 1].start - mentions[index].end
    inside = bool(_IN_REGION.fullmatch(text[mentions[index].end : mentions[index + 1].start]))
    if inside and index + 2 < len(mentions):  # not "in North-Western Sydney": a longer name
        inside = mentions[index + 2].start - mentions[index + 1].end > 1
    if gap > QUALIFIER_GAP and not inside:
        return None
    place = following.candidate
    admin1 = place.admin1 if place.kind == "region" else ""
    return (place.country, admin1, gap == QUALIFIER_GAP or (inside and bool(admin1)))
