"""Movements in the text as directed geodesic lines, from the parsed sentences.

Each motion verb or noun with a named goal or source (``story.motion``) is a movement:
"flew from Minsk to Vilnius", "heading to Vilnius after negotiations in Minsk", "fled
into Jordan". A movement whose start is not named starts where its mover last was: a
stopover on its way, a place it was "after talks in", the country that sent it
("Belarus has freed 52 prisoners and they are on their way to Lithuania"), or the end
of the trip told in the sentence just before. Who moved is the verb's subject, or the object of a
verb that moves something ("sent refugees into Chad"). A planned trip ("will fly to
Paris") is drawn as planned; a tried, failed or denied one is not drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import geopandas as gpd
from shapely.geometry import LineString

from geobrief.located import Located, actors_before, city_in
from geobrief.models import Place
from geobrief.movers import PRONOUNS, join_movers, who_moved
from geobrief.shapes import GEOD, distance_km
from geobrief.story.motion import Movement, find_movements, mover
from geobrief.story.parse import Sentence, StoryParse
from geobrief.story.status import event_status

if TYPE_CHECKING:
    from spacy.tokens import Token

ROUTE_COLUMNS = [
    "from", "to", "from_id", "to_id", "who", "sentence", "status", "length_km", "geometry",
]
SNAP_KM = 600  # a country stands for its named city only if the city is this near its point
_ORIGIN_PREPS = frozenset({"of", "from"})
_NOT_MADE = frozenset({"try", "attempt", "fail", "refuse", "want", "hope", "seek", "threaten"})


def build_routes(story: StoryParse, places: list[Place]) -> gpd.GeoDataFrame:
    """One route per origin and destination. A route reported twice names everyone who
    made it and keeps its first sentence; a made trip outranks a planned one."""
    rows: dict[tuple[str, str], dict[str, object]] = {}
    last: tuple[int, Located, str] | None = None  # sentence, goal and mover of a trip
    for index, sentence in story.parsed():
        for move in find_movements(sentence):
            status = _route_status(move)
            who = mover(move.word)
            origin = move.source or move.path or move.prior
            origin = origin or _sending_country(story, sentence, move)
            origin = origin or _continued(last, index, who)
            origin = origin or _narrative_origin(story, index, move)
            if status is None or move.goal is None or origin is None:
                continue
            last = (index, move.goal, who.lemma_.lower() if who is not None else "")
            _add(rows, story, sentence, move, origin, status, places)
    return gpd.GeoDataFrame(
        list(rows.values()), columns=ROUTE_COLUMNS, geometry="geometry", crs="EPSG:4326"
    )


def _add(
    rows: dict[tuple[str, str], dict[str, object]], story: StoryParse, sentence: Sentence,
    move: Movement, origin: Located, status: str, places: list[Place],
) -> None:
    start = _snap(origin.place, places)
    if move.goal is None:
        return
    end = _snap(move.goal.place, places)
    if end is None or _contains(start, end) or _contains(end, start):
        return
    who = who_moved(mover(move.word))
    key = (start.place_id, end.place_id)
    text = " ".join(story.article.text[sentence.start : sentence.end].split())
    named = origin in sentence.places and (start, end) == (origin.place, move.goal.place)
    if key not in rows:
        rows[key] = _route_row(start, end, text, who, status)
        rows[key]["named"] = named
        return
    rows[key]["who"] = join_movers(rows[key]["who"], who)
    if status == "made":
        rows[key]["status"] = "made"
    if named and not rows[key]["named"]:  # the sentence naming both ends describes it
        rows[key]["sentence"], rows[key]["named"] = text, True


def _route_status(move: Movement) -> str | None:
    """"made" or "planned"; None for a trip tried, failed, denied or called off."""
    token = move.word
    for _ in range(3):
        if token.lemma_.lower() in _NOT_MADE:
            return None
        if token.dep_ not in ("xcomp", "conj") or token.head == token:
            break
        token = token.head
    status = event_status(move.word, dated=False)
    if status in ("happened", "ongoing"):
        return "made"
    return "planned" if status in ("planned", "scheduled") else None


def _continued(
    last: tuple[int, Located, str] | None, index: int, who: Token | None
) -> Located | None:
    """Where the trip told in the sentence just before ended, when this one goes on with
    the same mover ("she" or the same noun)."""
    if last is None or last[0] != index - 1:
        return None
    lemma = who.lemma_.lower() if who is not None else ""
    return last[1] if lemma in PRONOUNS or (lemma and lemma == last[2]) else None


def _narrative_origin(story: StoryParse, index: int, move: Movement) -> Located | None:
    """Where the story was before the trip: the last place named before the goal in its
    sentence, else the last place of the two sentences before it (by name, not by an
    adjective, and not the goal itself or a place around it)."""
    goal = move.goal
    if goal is None:
        return None
    here = story.sentences[index]
    before = [(here, p) for p in here.places if p.mention.end <= goal.mention.start]
    earlier = [(s, p) for s in story.sentences[max(0, index - 2) : index] for p in s.places]
    for candidates in (before, earlier):
        found = [
            p for s, p in candidates
            if _where_someone_was(s, p)
            and not _contains(p.place, goal.place) and not _contains(goal.place, p.place)
        ]
        if found:
            return found[-1]
    return None


def _where_someone_was(sentence: Sentence, pair: Located) -> bool:
    """A place named where the story was ("stopped in Gainesville", "Kisumu
    hospital"), not someone's origin ("a native of Mexico", "a couple from Leeds") nor
    an adjective ("Kenyan")."""
    tokens = sentence.tokens_of(pair)
    if pair.mention.form == "adjective" or not tokens:
        return False
    head = tokens[-1].head
    while sentence.place_of(head) is pair and head.head != head:
        head = head.head
    origin = head.dep_ == "prep" and head.lower_ in _ORIGIN_PREPS
    return not (origin and head.head.pos_ in ("NOUN", "PROPN", "PRON"))


def _sending_country(story: StoryParse, sentence: Sentence, move: Movement) -> Located | None:
    """A destination without a start: the country the sentence names as an actor before
    it, in another country ("Belarus has freed ... on their way to Lithuania")."""
    if move.goal is None:
        return None
    text = story.article.text
    actors = actors_before(text, sentence.places, move.goal.mention.start)
    others = [p for p in actors if p.place.country != move.goal.place.country]
    return others[-1] if others else None


def _snap(place: Place, places: list[Place]) -> Place:
    """A country endpoint moves to the city of that country the article names, if the
    city is near enough to stand for the country (not Lebanon, Pa., for the United States)."""
    city = city_in(places, place.country) if place.kind == "country" else None
    if city is None or geodesic_km(place, city) > SNAP_KM:
        return place
    return city


def _contains(outer: Place, inner: Place) -> bool:
    """A move into the country one is already in is no route (nor is one to oneself)."""
    return outer.place_id == inner.place_id or (
        outer.kind == "country" and outer.country == inner.country
    )


def _route_row(
    origin: Place, destination: Place, sentence: str, who: str, status: str
) -> dict[str, object]:
    return {
        "from": origin.name,
        "to": destination.name,
        "from_id": origin.place_id,
        "to_id": destination.place_id,
        "who": who,
        "sentence": sentence,
        "status": status,
        "length_km": round(geodesic_km(origin, destination), 1),
        "geometry": geodesic_line(origin, destination),
    }


def geodesic_km(a: Place, b: Place) -> float:
    """Great-circle (WGS84 geodesic) distance between two places in km."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def geodesic_line(a: Place, b: Place, *, step_km: float = 25.0) -> LineString:
    """The geodesic from ``a`` to ``b``, densified so it draws curved on a web map."""
    n = max(0, int(geodesic_km(a, b) // step_km) - 1)
    inner = GEOD.npts(a.lon, a.lat, b.lon, b.lat, n) if n else []
    coords = [(a.lon, a.lat), *inner, (b.lon, b.lat)]
    return LineString([(round(x, 5), round(y, 5)) for x, y in coords])
