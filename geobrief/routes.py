"""Movements in the text ("from Minsk to Vilnius", "heading to Vilnius after talks in
Minsk") as directed geodesic lines."""

from __future__ import annotations

import re

import geopandas as gpd
from shapely.geometry import LineString

from geobrief.located import Located, city_in, within
from geobrief.models import Article, Place
from geobrief.sentences import split_sentences
from geobrief.shapes import GEOD, distance_km

ROUTE_COLUMNS = ["from", "to", "from_id", "to_id", "sentence", "length_km", "geometry"]
_MOTION = re.compile(
    r"\b(?:head\w*|on (?:their|its|his|her|the) way|travel\w*|fl(?:ew|y|ying|ies|ed|ee\w*)"
    r"|mov(?:e|ed|es|ing)|arriv\w+|return\w*|went|going|sent|transferr\w+|driv\w+|cross\w*"
    r"|deport\w*|evacuat\w+|march\w*|sail\w*|relocat\w+|bound|escort\w*|brought|taken"
    r"|drove|rode|walk\w*|ship(?:ped|ping|s)?|transport\w*|carr(?:y|ied|ying)|convoy)\b",
    re.IGNORECASE,
)
_TO = re.compile(r"\b(?:to|into|towards?|for|reached|reach)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(
    r"\b(?:from|left|leaving|departed|departing|after\s[\w\s]{0,40}?\bin)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def build_routes(article: Article, places: list[Place], located: list[Located]) -> gpd.GeoDataFrame:
    """One route per sentence that names both an origin and a destination of a movement."""
    rows = []
    for start, end in split_sentences(article.text, article.body_start):
        sentence = article.text[start:end]
        if not _MOTION.search(sentence):
            continue
        for pair in _movements(article.text, within(located, start, end), start):
            origin, destination = (_snap(p, places) for p in pair)
            if origin.place_id != destination.place_id:
                rows.append(_route_row(origin, destination, sentence))
    return gpd.GeoDataFrame(rows, columns=ROUTE_COLUMNS, geometry="geometry", crs="EPSG:4326")


def _movements(
    text: str, located: list[Located], sentence_start: int
) -> list[tuple[Place, Place]]:
    """(origin, destination) pairs of one sentence, in order: "from A to B, and from C
    to D" gives two; "heading to B after talks in A" gives (A, B)."""
    origins: list[Place] = []
    destinations: list[Place] = []
    for pair in located:
        before = text[max(sentence_start, pair.mention.start - 60) : pair.mention.start]
        if _TO.search(before):
            destinations.append(pair.place)
        elif _FROM.search(before):
            origins.append(pair.place)
    if len(origins) == 1:
        return [(origins[0], d) for d in destinations]
    return list(zip(origins, destinations, strict=False))


def _snap(place: Place, places: list[Place]) -> Place:
    """A country endpoint moves to the city of that country the article names, if any."""
    if place.kind != "country":
        return place
    return city_in(places, place.country) or place


def _route_row(origin: Place, destination: Place, sentence: str) -> dict[str, object]:
    return {
        "from": origin.name, "to": destination.name,
        "from_id": origin.place_id, "to_id": destination.place_id,
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
