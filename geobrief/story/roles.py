"""The article's focus and every place's role in its story.

focus        the focus country (most weight) and the focus place (its most central city)
destination  where a route ends
neighbour    a country that shares a drawn border with the focus country
actor        where an event happened, a country taking part in one, or where a route starts
mentioned    everything else

A place takes the first role in that order that fits it. The focus country is where the
happenings are: three per event placed in it, two per made route's end in it and one per
its start (a planned trip's ends count only as the mentions they are), then one per
mention by name (two for the dateline, whose state adds nothing: "SPRINGFIELD, Ill.
--"; two for a name or adjective that qualifies a body acting on its own ground:
"Georgian border police", "a Kenyan court", or for the place the article's first
sentence says its happening is in: "Youth choir wins gold in Austria") and a half per
adjective or demonym, or per name that only qualifies who acts ("American" advisers,
"U.S. troops" abroad, "Brazilian firefighters" fighting fires in Chile, a "Springfield
doctor" or "Sheffield youth choir" a home paper follows abroad, a firm "based in
Houston", "analysts in Dallas said"), or of a country named only as whose an
organisation is ("Norway's aid agency", ``owners.py``), or that speaks for its
government ("Washington said", "Egypt condemned"), or is the home set off after a
person's name ("Amina Hassan, of Mombasa, said"). Nothing is weighed for
a place inside another name ("a Malaysia Airlines jet", "Real Madrid") or the country
people who are away by what they are have left ("Sudanese refugees", ``whose_names.py``).
An event in a country named in passing (in one sentence only, past the headline and
lead) counts as one more mention: a comparison or a backdrop ("a similar outbreak hit
Chile last year", "doctors who served in the Peru epidemic"); so does a scheduled one,
which has not happened yet. A visit that is both an event and a route's end in one
sentence is weighed as the event only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

import geopandas as gpd

from geobrief.models import Place
from geobrief.story.owners import at_home, name_words, named_only_as_owner
from geobrief.story.rows import as_list, column_values, records
from geobrief.story.whose_names import (
    ACTORS,
    QUALIFIERS,
    acts_abroad,
    away_from_home,
    home_set_off,
    in_a_name,
    qualifies_travellers,
    says_where,
    speaks,
    tells_whose,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence, StoryParse

ROLES = ("focus", "destination", "neighbour", "actor", "mentioned")
# role -> (fill colour, legend label). The map and the page legend both read this.
ROLE_STYLES: dict[str, tuple[str, str]] = {
    "focus": ("#e3a33b", "Focus of the story"),
    "destination": ("#2a9d8f", "Destination of a movement"),
    "neighbour": ("#b8a68a", "Neighbour of the focus country"),
    "actor": ("#8a6bb1", "Where events happen, or who takes part"),
    "mentioned": ("#9a9a9a", "Also mentioned"),
}
DATELINE_WEIGHT = 2
EVENT_WEIGHT = 3
PASSING_EVENT_WEIGHT = 1
# The sentences that open a story: a headline and its lead, or a lead and the next.
OPENING = 2
_SHORT_LINE = 60  # characters: "By Jane Doe", "Updated March 3, 2009"
ROUTE_WEIGHTS = {"from_id": 1, "to_id": 2}
ADJECTIVE_WEIGHT = 0.5
NOT_HERE_WEIGHT = 0.0  # "Sudanese refugees" in Chad, "a Malaysia Airlines jet" in Nepal
AT_HOME_WEIGHT = 2
_NEVER = 10**12  # the first mention of a place the text never names ("the capital")
# "based in Houston", "a Houston-based firm", "a U.S.-owned pipeline": where an
# organisation sits, or whose it is, not where it acts.
_BASED = frozenset({"base", "headquarter", "own", "run", "flag"})
_BASED_WORDS = frozenset({"based", "headquartered", "owned", "run", "flagged"})
# "Analysts in Dallas said": where a speaker is, not where what they tell happened.
SAYS = frozenset("say tell add announce warn estimate predict expect note claim".split())


def find_focus(
    places: list[Place], events: gpd.GeoDataFrame, routes: gpd.GeoDataFrame | None = None,
    *, weights: Mapping[int, float] | None = None, passing: frozenset[str] = frozenset(),
    owners: frozenset[int] = frozenset(),
) -> str | None:
    """The country the article is most about (ISO alpha-2), or None when it names none.
    ``weights``: the weight of a mention by its start, where its sentence says more
    than its form (``mention_weights``); ``passing``: the countries named in passing,
    whose events weigh less (``passing_countries``); ``owners``: the starts of mentions
    that only say whose an organisation is (``owners.organisation_names``): a country
    named only so weighs an adjective per mention. Ties go to the country mentioned first.
    """
    weight: Counter[str] = Counter()
    weights = {**(weights or {}), **_dateline_regions(places)}
    for place in places:
        if place.country:  # a continent is in no country
            weight[place.country] += _mention_weight(place, weights)
    for country in named_only_as_owner(places, owners):
        weight[country] = ADJECTIVE_WEIGHT * sum(
            len(p.mentions) for p in places if p.country == country)
    for event in records(events):
        country = event.get("country")
        if country and country in weight:
            # a happening still to come, like one told in passing, weighs a mention
            aside = country in passing or event.get("status") == "scheduled"
            weight[country] += PASSING_EVENT_WEIGHT if aside else EVENT_WEIGHT
    countries = {p.place_id: p.country for p in places}
    # "visited Prague on Monday" is an event and a route's end: one happening, weighed once
    told = {(e.get("sentence"), str(e.get("place_id"))) for e in records(events)}
    for route in records(routes) if routes is not None else []:
        if route.get("status") == "planned":  # a trip still to be made is no happening
            continue
        for end, end_weight in ROUTE_WEIGHTS.items():
            country = countries.get(str(route.get(end)))
            if country and (route.get("sentence"), str(route.get(end))) not in told:
                weight[country] += end_weight
    if not weight:
        return None
    first = {p.country: min(m.start for m in p.mentions)
             for p in reversed(places) if p.country and p.mentions}
    return max(weight, key=lambda c: (weight[c], -first.get(c, 0)))


def _dateline_regions(places: list[Place]) -> dict[int, float]:
    """The state or country a dateline writes right after its town ("SPRINGFIELD, Ill.
    --", "NAIROBI, Kenya -") weighs nothing: the dateline weighs already, and its region
    only says where the town lies."""
    ends = {m.end for p in places for m in p.mentions if m.form == "dateline"}
    return {m.start: NOT_HERE_WEIGHT for p in places if p.kind in ("region", "country")
            for m in p.mentions if any(0 < m.start - end <= 2 for end in ends)}


def find_focus_place(
    places: list[Place], focus: str | None, events: gpd.GeoDataFrame, routes: gpd.GeoDataFrame
) -> Place | None:
    """The most central place that is not a country: by mentions, dateline, events and
    route ends; in the focus country when it has one. Ties go to the first mentioned."""
    weight = Counter(
        [str(e.get("place_id")) for e in records(events)]
        + [str(r.get(end)) for r in records(routes) for end in ("from_id", "to_id")]
    )
    candidates = [p for p in places if p.kind != "country"]
    candidates = [p for p in candidates if p.country == focus] or candidates
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda p: (
            _mention_weight(p) + weight[p.place_id],
            -min((m.start for m in p.mentions), default=_NEVER),
        ),
    )


def assign_roles(
    places: list[Place],
    focus: str | None,
    focus_place: Place | None,
    layers: dict[str, gpd.GeoDataFrame],
) -> None:
    """Set ``role`` on every place from the focus and the ``borders``, ``routes`` and
    ``events`` layers."""
    destinations = column_values(layers["routes"], "to_id")
    neighbours = column_values(layers["borders"], "b")
    actors = (
        column_values(layers["events"], "place_id")
        | {c for e in records(layers["events"]) for c in as_list(e.get("countries"))}
        | column_values(layers["routes"], "from_id")
    )
    for place in places:
        is_country = place.kind == "country"
        if place is focus_place or (is_country and place.country == focus):
            place.role = "focus"
        elif place.place_id in destinations:
            place.role = "destination"
        elif is_country and place.country in neighbours:
            place.role = "neighbour"
        elif place.place_id in actors or (is_country and place.country in actors):
            place.role = "actor"
        else:
            place.role = "mentioned"


def mention_weights(story: StoryParse) -> dict[int, float]:
    """Mentions whose phrase changes their weight, by start: a place inside another name
    or whose people are away ("Air France", "Honduran migrants") counts nothing; a name
    or adjective that qualifies police, a court or border guards counts as a dateline,
    unless its sentence places them in another country (``acts_abroad``); a name that
    only qualifies who acts ("U.S. troops", "Israel's envoy", "a Texas company", "a
    Springfield doctor": ``qualifies_travellers``), speaks ("Moscow denied"), or tells
    where they are based or speak (``says_who``) as an adjective; the place the first
    sentence says its happening is in or at (``says_where``) as a dateline."""
    found: dict[int, float] = {}
    for sentence, pair, last in name_words(story):
        qualifies = last.dep_ in QUALIFIERS
        if away_from_home(last) or in_a_name(sentence.tokens_of(pair)):
            found[pair.mention.start] = NOT_HERE_WEIGHT  # "Sudanese refugees", "Air France"
        elif qualifies and at_home(last.head):  # "Brazilian firefighters" in Chile: abroad
            abroad = acts_abroad(sentence, pair)
            found[pair.mention.start] = ADJECTIVE_WEIGHT if abroad else AT_HOME_WEIGHT
        elif (qualifies and last.head.lower_ in ACTORS) or _says_who(last, speakers=True) or (
                tells_whose(sentence, last)) or speaks(last) or qualifies_travellers(last):
            found[pair.mention.start] = ADJECTIVE_WEIGHT  # "Washington said"
        elif sentence is story.sentences[0] and says_where(last):  # "wins gold in Austria"
            found[pair.mention.start] = DATELINE_WEIGHT
    return found


def passing_countries(story: StoryParse) -> frozenset[str]:
    """The countries the article names (by any place of theirs) in one sentence only, and
    not in its opening: a happening there is told in passing, beside the story. A short
    line after the headline that names no place (a byline, a date) is not part of the
    opening's count."""
    seen: dict[str, set[int]] = {}
    for index, sentence in enumerate(story.sentences):
        for pair in (*sentence.places, *([sentence.lead] if sentence.lead else [])):
            if pair.place.country:
                seen.setdefault(pair.place.country, set()).add(index)
    named: set[int] = set().union(*seen.values())
    counted = [i for i, s in enumerate(story.sentences)
               if i == 0 or i in named or s.end - s.start >= _SHORT_LINE]
    opening = counted[OPENING - 1] if len(counted) >= OPENING else len(story.sentences)
    return frozenset(c for c, found in seen.items() if len(found) == 1 and min(found) > opening)


def names_where(sentence: Sentence, pair: Located) -> bool:
    """The place is named by name, and not as where an organisation is based ("a firm
    based in Houston", ``says_who``); "police in Lagos said" tells where."""
    return pair.mention.form == "name" and not says_who(sentence, pair, speakers=False)


def names_whose(sentence: Sentence, pair: Located) -> bool:
    """The place qualifies who acts ("a Houston firm's pipeline leaks in the Niger
    Delta", "a Dallas team"): it says nothing of where a place the text lacks lies."""
    last = sentence.tokens_of(pair)[-1:]
    return bool(last) and (qualifies_travellers(last[0]) or (
        last[0].dep_ in QUALIFIERS and last[0].head.lower_ in ACTORS))


def says_who(sentence: Sentence, pair: Located, *, speakers: bool = True) -> bool:
    """The place only tells who acts, not where anything happens: an organisation's base
    or owner ("based in Houston", "a Houston-based firm", "U.S.-owned"), a ship's flag
    ("a tanker under the flag of Panama sank off Crete", "a Malta-flagged freighter",
    "flying the Liberian flag"), or with
    ``speakers`` where a speaker is ("analysts in Houston and Dallas said"; "police in
    Lagos said" often tells where, too), or a person's home set off after their name
    ("claimed the life of Robin Okafor, 32, of Enugu"). Not someone's origin otherwise:
    "a blood sample of a man from Kinshasa" tells where."""
    tokens = sentence.tokens_of(pair) if sentence.doc is not None else []
    return bool(tokens) and (_says_who(tokens[-1], speakers=speakers)
                             or home_set_off(sentence, tokens[-1]))


def _says_who(name: Token, *, speakers: bool) -> bool:
    while name.dep_ == "conj":
        name = name.head
    if name.lower_.rpartition("-")[2] in _BASED_WORDS:  # "U.S.-owned" as one token
        return True
    if name.dep_ in ("npadvmod", "compound"):  # "a Houston-based firm"; not "a Busan base"
        return name.head.pos_ in ("VERB", "ADJ") and name.head.lemma_ in _BASED
    if _flag(name) or (name.dep_ == "pobj" and name.head.lower_ == "of" and _flag(name.head)):
        return True  # "the Liberian flag", "under the flag of Panama"
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    owner = prep.head
    speaker = owner.dep_ == "nsubj" and owner.pos_ in ("NOUN", "PROPN") and (
        owner.head.lemma_ in SAYS)
    based = owner.pos_ == "VERB" and owner.lemma_ in _BASED  # not "the naval base in Busan"
    return based or (speakers and speaker)


def _flag(word: Token) -> bool:
    """``word`` qualifies a flag: "the Panamanian flag", "the flag of Malta"."""
    return word.dep_ in ("amod", "compound", "prep") and word.head.lemma_.lower() == "flag"


def _mention_weight(place: Place, weights: Mapping[int, float] | None = None) -> float:
    return sum(
        (weights or {}).get(m.start, _FORM_WEIGHT.get(m.form, 1.0)) for m in place.mentions
    )


_FORM_WEIGHT = {"dateline": DATELINE_WEIGHT, "adjective": ADJECTIVE_WEIGHT}


