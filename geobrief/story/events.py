"""Events: happenings the article places somewhere, typed, dated and with a status.

A happening is a noun or verb of the event lexicon (``story.event_lexicon``) in a parsed
sentence (``story.parse``); its place is its locative argument (``story.arguments``):
"a tourist from Spain was injured in a blast in Bali" is an attack in Bali. Its status
(``story.status``) says whether it happened: only happened, ongoing and scheduled ones
are drawn; planned, cancelled and denied ones are found but left off the map. A date
written in the happening's clause, or an offset from the article's date ("a day after
Poland shot down ..."), dates it, and "two days later" counts from the happening
dated before; a repeat of a happening in a later sentence merges into the first report
and lends it its date. One sentence reports one happening per
place: a death or an injury gives way to the attack that caused it. A happening at a
place the gazetteer lacks keeps that place's name and is shown at the place that holds
it (``story.unlisted``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

import geopandas as gpd
from shapely.geometry import Point

from geobrief.models import is_world_part
from geobrief.story.abroad import voters_home
from geobrief.story.actors import pointed_place
from geobrief.story.arguments import event_place
from geobrief.story.consequences import is_set_off
from geobrief.story.continued import continued_place
from geobrief.story.counted_on import dated_later
from geobrief.story.counted_with import is_counted_with, told_worst_hit
from geobrief.story.datelined import dateline_place, hangs_on, placed_apart
from geobrief.story.diplomacy import as_talks
from geobrief.story.disease_spread import found_disease
from geobrief.story.event_lexicon import lexicon
from geobrief.story.examples import among_many, one_between
from geobrief.story.joined_places import (
    conjoined_places,
    coordinated_places,
    counted_places,
    gapped_places,
)
from geobrief.story.listed import listed_places
from geobrief.story.located import Located
from geobrief.story.named_buildings import site_named
from geobrief.story.parse import Sentence, StoryParse
from geobrief.story.per_place import OUTRANKS, clauses, one_per_place, place_key
from geobrief.story.region_towns import all_within, town_within
from geobrief.story.repeats import Row, is_new, refine
from geobrief.story.retold_dates import retold_dates
from geobrief.story.sitting_bodies import body_place
from geobrief.story.standins import standin_triggers
from geobrief.story.status import DRAWN, event_status
from geobrief.story.story_deaths import as_told, story_deaths
from geobrief.story.timing import date_precision, event_date, is_timed
from geobrief.story.took_place import dated_status
from geobrief.story.triggers import Trigger, find_triggers
from geobrief.story.unlisted import as_located, unlisted_place
from geobrief.story.unlisted_shown import mark_unlisted
from geobrief.story.while_there import as_circumstances

if TYPE_CHECKING:
    from spacy.tokens import Token

EVENT_COLUMNS = [
    "type", "summary", "sentence", "trigger", "status", "country", "countries", "place",
    "place_id", "precision", "date", "date_precision", "anchor", "geometry",
]
_EARLIER = frozenset({"previous", "prior", "earlier"})
_NEW_WORDS = frozenset({"new", "second", "third", "fresh", "separate", "another", "further",
                        *_EARLIER})
PRECISION = {"city": "place", "feature": "place", "region": "region", "country": "country"}


def build_events(
    story: StoryParse, *, regions: Mapping[str, str] | None = None
) -> gpd.GeoDataFrame:
    """The events layer: every drawn happening, one row each. ``regions``: the region
    id of each town, so that a happening told in a region and then in a town of it is
    one happening, at the town. A happening told only at a part of the world ("across
    Africa", "in West Africa", "throughout Asia") is no located event: it is left out."""
    rows = [as_told(row) for row in find_events(story, regions=regions)
            if row["status"] in DRAWN and not _world_region(row)]
    return gpd.GeoDataFrame(rows, columns=EVENT_COLUMNS, geometry="geometry", crs="EPSG:4326")


def _world_region(row: Row) -> bool:
    """A continent or a part of the world."""
    return is_world_part(str(row["place_id"]), row["country"])


def find_events(story: StoryParse, *, regions: Mapping[str, str] | None = None) -> list[Row]:
    """Every happening with a place, drawn or not, in order of first report."""
    rows: list[Row] = []
    before: Sentence | None = None
    last: list[Row] = []  # the happenings the sentence before told
    for index, sentence in story.parsed():
        told = {str(r["type"]) for r in rows}
        triggers = story_deaths(as_circumstances(as_talks(sentence, find_triggers(sentence))),
                                [str(r["type"]) for r in rows])
        previous = story.sentences[index - 1] if index else None
        triggers += standin_triggers(  # "Another hit a school"
            sentence, previous, triggers, story.article.text)
        tokens = {t.token for t in triggers}
        went_on = continued_place(sentence, before, [  # "died in the blast"
            r for r in last if r["index"] == index - 1])
        found: list[Row] = []
        for trigger in triggers:  # the strong first: a weak one ("drowned after their boat
            # capsized off Libya") takes the dateline only if none of them was placed, and
            # one of a type placed already only where that place holds the dateline's
            led = not hangs_on(trigger.token, tokens) and not (trigger.weak and found) and (
                not placed_apart(sentence, found, trigger.type, regions))
            found += _event_rows(story, (index, sentence), trigger, told, (before, went_on),
                                 led=led, regions=regions)
        before = sentence if sentence.places else before
        # a repeat placed only by its clause tells where the one before was, no more
        refining = [r for r in found if r["refines"]]
        for row in refining:
            refine(rows, row)
        last = one_per_place([r for r in found if not r["refines"]])
        for row in last:
            row["region"], row["index"] = (regions or {}).get(str(row["place_id"])), index
            row["headline"] = sentence.headline
            if is_new(rows, row):
                rows.append(row)
    return dated_later(story, retold_dates(story, rows))


def _event_rows(
    story: StoryParse, at: tuple[int, Sentence], trigger: Trigger, told: set[str],
    before: tuple[Sentence | None, Located | None], *, led: bool = True,
    regions: Mapping[str, str] | None = None,
) -> list[Row]:
    """The happening ``trigger`` reports, once per place ("in Nebraska and Iowa" is two, and
    "one died in Mecca, the other in Medina"); none when it has no place. "The attack" after
    an attack was told is that attack again unless its own phrase names a place; "there" is
    the place the sentence before named, and "in the blast" the place of the blast it told
    (``before``: the last sentence with places, and that place); the dateline's place only
    when ``led``: not for a
    trigger that hangs on another ("attacked a convoy near Mopti, killing three"), nor in a
    sentence that says where by a place of its own ("kidnapped in Haiti ... have been
    freed"). A place the gazetteer lacks as the trigger's own argument ("toured Pangandaran,
    West Java") is kept by its name, shown at the place that holds it (``story.unlisted``)."""
    index, sentence = at
    repeat = trigger.type in told and _is_definite(trigger.token)
    found = unlisted_place(story, index, sentence, trigger.token, trigger.type, regions)
    unlisted = None if isinstance(found, Located) else found
    pair = found if isinstance(found, Located) else as_located(found) if found else event_place(
        sentence, trigger.token, trigger.type, own_only=repeat)
    pair = town_within(sentence, trigger.token, pair, regions)  # "In Bavaria, ... in Passau"
    pair = all_within(sentence, pair)  # "47 in Australia, all in New South Wales"
    refines = repeat and pair is None
    if refines:  # "The paraglider attack hit a crowd in Sagaing": may say where it was
        pair = event_place(sentence, trigger.token, trigger.type)
    listed = listed_places(sentence, trigger.token) if pair is None and not repeat else []
    pair = listed[0] if listed else pair  # "hit by epidemics: Mali, Niger and Chad"
    if pair is None and not repeat and before[0] is not None:  # "there", "the attack occurred"
        pair = pointed_place(story.article.text, before[0], trigger.token, sentence) or before[1]
    if pair is None and not repeat:  # "The board approved the plan": where it sits
        earlier = story.sentences[index - 1::-1] if index else []  # not [-1::-1]: all
        pair = body_place(earlier, story.article.text, trigger.token, trigger.type,
                          seat=story.seat)
    if pair is None and not repeat and led:  # "SPRINGFIELD, Ohio -- Two teens ..."
        pair = dateline_place(sentence, trigger.type)
    if pair is None or (found_disease(trigger.token, trigger.type) and not pair.place.country):
        return []
    status = event_status(trigger.token, dated=True)
    date = event_date(story, sentence, trigger.token, future=status == "scheduled")
    if status == "scheduled" and date is None and not is_timed(story, sentence, trigger.token):
        status = "planned"  # a happening to come, not dated: a prospect (``event_status``)
    status = dated_status(status, date, story.article.date)
    if trigger.type == "election" and (home := voters_home(sentence, pair)) is not None:
        pair = home  # "voted at polling stations in Italy and Germany": abroad, one vote
    places = [(pair, trigger), *((p, trigger) for p in conjoined_places(sentence, pair))]
    for other in coordinated_places(sentence, pair):  # "in Nepal, as well as in Bhutan"
        places += [(p, trigger) for p in (other, *conjoined_places(sentence, other))]
    if among_many(sentence, pair) or one_between(sentence, pair):  # "16 states, including"
        places = places[:1]
    places += [(p, trigger) for p in gapped_places(sentence, trigger.token)]  # "the other in"
    places += [(p, trigger) for p in listed[1:]]
    if trigger.type in ("outbreak", "infection"):  # "13 cases, three in Texas, one in Ohio"
        places += [(p, replace(trigger, type=_count_type(n))) for p, n in counted_places(
            sentence, trigger.token)]
    unique: dict[tuple[str, str], tuple[Located, Trigger]] = {}
    for pair_, told_as in places:
        unique.setdefault(place_key(pair_.place), (pair_, told_as))  # the first told wins
    rows = [_event_row(story, sentence, t, p, date, status) for p, t in unique.values()]
    for row in rows:  # "in Texas and New Mexico", "half of the cases": parts of a happening
        row["parts"] = len(rows) > 1 or _partitive(trigger.token)
        row["refines"] = refines
    return rows if unlisted is None else [mark_unlisted(row, unlisted) for row in rows]


def _count_type(count: Token) -> str:
    """One case is an infection, more an outbreak."""
    return "infection" if count.lower_ in ("one", "1", "a", "single") else "outbreak"


def _event_row(
    story: StoryParse, sentence: Sentence, trigger: Trigger, pair: Located, date: str | None,
    status: str,
) -> Row:
    place = pair.place
    place = replace(place, name=site_named(sentence, pair) or place.name)  # "at X Hospital"
    # a place from the dateline: the sentence as written, dateline first
    start = min(sentence.start, pair.mention.start) if pair is sentence.lead else sentence.start
    text = story.article.text[start : sentence.end]
    return {
        "type": trigger.type,
        "summary": f"{trigger.type.replace('-', ' ').capitalize()}: {place.name}",
        "sentence": " ".join(text.split()),
        "trigger": _trigger_text(trigger),
        "status": status,
        "country": place.country or None,
        "countries": _clause_countries(sentence, trigger, pair),
        "place": place.name, "place_id": place.place_id,
        "precision": PRECISION.get(place.kind, "place"),
        "date": date, "date_precision": date_precision(date), "anchor": None,
        "geometry": Point(round(place.lon, 5), round(place.lat, 5)),
        "weak": trigger.weak, "at": sentence.offset(trigger.token),
        "outranks": trigger.type in OUTRANKS and (
            trigger.type != "kidnapping" or trigger.token.dep_ == "conj"),
        "new": _is_indefinite(trigger.token), "adjective": pair.mention.form == "adjective",
        "definite": _is_definite(trigger.token) or _told_just_before(trigger.token),
        "earlier": _told_as_earlier(trigger.token), "set_off": is_set_off(trigger.token),
        "clauses": clauses(trigger.token),
    }


def _is_definite(token: object) -> bool:
    """"the attack", "the blast": a happening told before, unless it names its own place."""
    children = getattr(token, "children", ())
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children)


def _told_as_earlier(token: Token) -> bool:
    """"a previous outbreak", "two prior cases", "a previous outbreak killed 300": a
    happening before the one the text tells."""
    words = [token, *(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(c.dep_ == "amod" and c.lower_ in _EARLIER for w in words for c in w.children)


def _partitive(token: Token) -> bool:
    """"half of the illnesses", "the bulk of the cases", "six of the deaths", "measles
    clusters in Ontario", "second, with 61 cases", the cases of "the area worst affected":
    a part of a happening told before."""
    if token.lemma_.lower() == "cluster" or is_counted_with(token) or told_worst_hit(token):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in (
        "nsubj", "nsubjpass") and (head.head.pos_ == "NUM" or head.head.lemma_.lower() in (
            "half", "bulk", "majority", "most", "many", "some", "third", "quarter", "all"))


def _told_just_before(token: Token) -> bool:
    """"This is Canada's fifth case": the happening the text has just told."""
    verb = token.head
    return token.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in verb.children)


def _is_indefinite(token: Token) -> bool:
    """"a recent cholera epidemic", "another outbreak", "a new attack": a happening not
    told before, unless at the very same place."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        or (c.dep_ == "amod" and c.lower_ in _NEW_WORDS)
        for c in token.children
    )


def _trigger_text(trigger: Trigger) -> str:
    """The trigger with its particle: "shot down", "set free"."""
    token = trigger.token
    phrasal = lexicon().phrasal
    particle = [c.text for c in token.children if c.dep_ == "prt"] or list(dict.fromkeys(
        c.text for c in token.children if f"{token.lemma_.lower()} {c.lower_}" in phrasal))
    return " ".join([token.text, *particle])


def _clause_countries(sentence: Sentence, trigger: Trigger, pair: Located) -> list[str]:
    """The countries the happening's clause names (its place's first): who took part."""
    head = trigger.token if trigger.token.pos_ == "VERB" else trigger.token.head
    countries = {pair.place.country} if pair.place.country else set()
    for token in head.subtree:
        found = sentence.place_of(token)
        if found is not None and found.place.country:
            countries.add(found.place.country)
    return sorted(countries)
