"""Movements in the text as directed geodesic lines: "from Minsk to Vilnius", "heading to
Vilnius after talks in Minsk", and a destination alone ("Belarus has freed 52 prisoners
and they are on their way to Lithuania": the origin is the place the sentence named
before it). Each route says who moved, when the text says so."""

from __future__ import annotations

import re
from dataclasses import dataclass

import geopandas as gpd
from shapely.geometry import LineString

from geobrief.gazetteer.shapes import GEOD, distance_km
from geobrief.models import Article, Place
from geobrief.read.sentences import split_sentences
from geobrief.story.located import Located, actors_before, city_in, within
from geobrief.story.movers import who_moved

ROUTE_COLUMNS = ["from", "to", "from_id", "to_id", "who", "sentence", "length_km", "geometry"]
_MOTION = re.compile(
    r"\b(?:head\w*|on (?:their|its|his|her|the) way|travel\w*|fl(?:ew|y|ying|ies|ed|ee\w*)"
    r"|mov(?:e|ed|es|ing)|arriv\w+|return\w*|went|going|sent|transferr\w+|driv\w+|cross\w*"
    r"|deport\w*|evacuat\w+|march\w*|sail\w*|relocat\w+|bound|escort\w*|brought|taken"
    r"|drove|rode|walk\w*|ship(?:ped|ping|s)?|transport\w*|carr(?:y|ied|ying)|convoy)\b",
    re.IGNORECASE,
)
_TO = re.compile(
    r"\b(?:to|into|towards?|reached|reach|(?:bound|head\w*|left|leav\w+|depart\w*|sail\w*)\s+for)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
MOTION_REACH = 80  # a destination's motion verb starts at most this many characters before it
_FROM = re.compile(
    r"\b(?:from|left|leaving|departed|departing|after\s[\w\s]{0,40}?\bin)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
SNAP_KM = 600  # a country stands for its named city only if the city is this near its point
_NEGATION_BEFORE = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class _Move:
    origin: Located
    destination: Located
    verb: tuple[int, int]  # the motion word that leads to the destination


def build_routes(article: Article, places: list[Place], located: list[Located]) -> gpd.GeoDataFrame:
    """One route per origin and destination. A route reported twice names everyone who
    made it, and keeps the first sentence that names both its ends (else the first)."""
    rows: dict[tuple[str, str], dict[str, object]] = {}
    naming: set[tuple[str, str]] = set()  # routes whose sentence names both ends
    for start, end in split_sentences(article.text, article.body_start):
        sentence = article.text[start:end]
        in_sentence = [p for p in within(located, start, end) if p.mention.form != "dateline"]
        for move in _movements(article.text, in_sentence, (start, end)):
            origin = _snap(move.origin.place, places)
            destination = _snap(move.destination.place, places)
            if _contains(origin, destination) or _contains(destination, origin):
                continue
            who = who_moved(article.text, move.verb, move.destination.mention.start, start)
            key = (origin.place_id, destination.place_id)
            named = (origin, destination) == (move.origin.place, move.destination.place)
            if key not in rows:
                rows[key] = _route_row(origin, destination, sentence, who)
            else:
                rows[key]["who"] = _join(rows[key]["who"], who)
            if named and key not in naming:  # the sentence naming both ends describes it
                naming.add(key)
                rows[key]["sentence"] = " ".join(sentence.split())
    return gpd.GeoDataFrame(
        list(rows.values()), columns=ROUTE_COLUMNS, geometry="geometry", crs="EPSG:4326"
    )


def _movements(text: str, located: list[Located], sentence: tuple[int, int]) -> list[_Move]:
    """The movements of one sentence, in order: "from A to B, and from C to D" gives two;
    "heading to B after talks in A" gives A → B; "X ... on their way to B" gives X → B."""
    origins: list[Located] = []
    destinations: list[tuple[Located, tuple[int, int]]] = []
    for pair in located:
        before = text[max(sentence[0], pair.mention.start - 60) : pair.mention.start]
        if _TO.search(before):
            verb = _motion_before(text, pair, located, sentence[0])
            if verb is not None and pair.mention.form != "adjective":
                destinations.append((pair, verb))
        elif _FROM.search(before):
            origins.append(pair)
    if not origins:
        found = [(_implied_origin(text, located, d), d, v) for d, v in destinations]
        return [_Move(o, d, v) for o, d, v in found if o is not None]
    if len(origins) == 1:
        return [_Move(origins[0], d, v) for d, v in destinations]
    return [_Move(o, d, v) for o, (d, v) in zip(origins, destinations, strict=False)]


def _motion_before(
    text: str, destination: Located, located: list[Located], sentence_start: int
) -> tuple[int, int] | None:
    """Where the motion word leading to ``destination`` starts: the last one shortly
    before it that is not part of a place's name ("Cross Lanes") and not negated ("has
    not travelled to Mexico")."""
    start = max(sentence_start, destination.mention.start - MOTION_REACH)
    verbs = [
        m
        for m in _MOTION.finditer(text, start, destination.mention.start)
        if not any(p.mention.start <= m.start() < p.mention.end for p in located)
    ]
    if not verbs or _NEGATION_BEFORE.search(text, sentence_start, verbs[-1].start()):
        return None
    return verbs[-1].span()


def _implied_origin(text: str, located: list[Located], destination: Located) -> Located | None:
    """A destination without a "from": the movement starts at the last place before it
    that the sentence names as an actor ("Belarus has freed ... on their way to
    Lithuania"), in another country."""
    actors = actors_before(text, located, destination.mention.start)
    others = [pair for pair in actors if pair.place.country != destination.place.country]
    return others[-1] if others else None


def _join(first: object, second: str) -> str:
    """"52 prisoners" and "A U.S. led delegation" -> "52 prisoners and a U.S. led delegation"."""
    second = re.sub(r"^(A|An|The)\b", lambda m: m.group().lower(), second) if first else second
    names = [n for n in (str(first or ""), second) if n]
    return " and ".join(dict.fromkeys(names))


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


def _route_row(origin: Place, destination: Place, sentence: str, who: str) -> dict[str, object]:
    return {
        "from": origin.name,
        "to": destination.name,
        "from_id": origin.place_id,
        "to_id": destination.place_id,
        "who": who,
        "sentence": " ".join(sentence.split()),
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
