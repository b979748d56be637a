"""Movements in the text as directed geodesic lines, from the parsed sentences.

Each motion verb or noun with a named goal or source (``story.motion``) is a movement:
"flew from Minsk to Vilnius", "heading to Vilnius after negotiations in Minsk", "fled
into Jordan". A movement whose start is not named starts where its mover last was: a
stopover on its way, a place it was "after talks in", its own country ("Greek aid
arrived in Adana"), the country that sent it ("Belarus has freed 52 prisoners and they
are on their way to Lithuania"), or the end of the trip told in the sentence just
before (by the same mover). When none of these tells it, the movement is kept without
a start: an arrival, a point at its end ("six doctors were flown to Sukkur"), never a
line from a guessed start. Who moved is the verb's subject, or the object of a verb that
moves something ("sent refugees into Chad"). A planned trip ("will fly to Paris") is
drawn as planned; a tried, failed, forbidden or denied one is not drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, Point

from geobrief.gazetteer.shapes import GEOD, distance_km
from geobrief.models import Place
from geobrief.story.departures import told_by_start
from geobrief.story.emigrants import homeland
from geobrief.story.ends import (
    continued,
    narrative_origin,
    neighbour_origin,
    sending_country,
    sentence_goal,
)
from geobrief.story.hosts import host_goal
from geobrief.story.joined_places import conjoined_places, trip_goals
from geobrief.story.located import Located, city_in
from geobrief.story.motion import AIMS, Movement, find_movements, joined_sources
from geobrief.story.movers import join_movers, mover, mover_names, who_moved
from geobrief.story.named_buildings import site_named
from geobrief.story.nationality_ends import home_goal, movers_country, nationality_origin
from geobrief.story.parse import Sentence, StoryParse
from geobrief.story.per_place import place_key
from geobrief.story.told_back import told_back
from geobrief.story.town_lies import contains
from geobrief.story.trip_status import only_aimed_at, route_status
from geobrief.story.unlisted_goals import unlisted_goal

ROUTE_COLUMNS = [
    "from", "to", "from_id", "to_id", "who", "sentence", "status", "length_km", "to_anchor",
    "geometry",
]
SNAP_KM = 600  # a country stands for its named city only if the city is this near its point
# "southern Sudan", "north-east Nigeria": a part of the country, not its named city
_COMPASS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern central".split()
)


def build_routes(
    story: StoryParse, places: list[Place], *, regions: Mapping[str, str] | None = None
) -> gpd.GeoDataFrame:
    """One route per origin and destination. A route reported twice names everyone who
    made it and keeps its first sentence; a made trip outranks a planned one. ``regions``:
    the region id of each town the gazetteer knows (no route from a region into its town)."""
    rows: dict[tuple[object, object], dict[str, object]] = {}
    one_end: dict[tuple[object, object], dict[str, object]] = {}  # start or end not told
    # sentence, goal (or a departure's start), the mover's names, status
    last: tuple[int, Located, frozenset[str], str] | None = None
    arrived = last  # the last trip told with its goal reached, kept as ``last`` is
    told: dict[str, str | None] = {}  # each goal: the status of the last trip told there
    ends: dict[int, frozenset[str]] = {}  # where each trip told so far starts and ends: its mover
    for index, sentence in story.parsed():
        for move in find_movements(sentence):
            status = route_status(move, headline=sentence.headline or index == 0)
            if move.goal is not None:  # "asked to visit Nanjing", "heading for Italy":
                told[move.goal.place.place_id] = (  # no made trip starts there
                    "planned" if only_aimed_at(sentence, move) else status)
            if status is None:
                continue
            if move.goal is None and move.goal_name is not None:  # "to St Brigid's church"
                goal = unlisted_goal(story, index, move.goal_name, move.source, places)
                move = replace(move, goal=goal)
            if move.goal is None:  # "Angolans expelled from Congo", or the sentence's
                move = replace(move, goal=home_goal(sentence, move) or host_goal(
                    sentence, move) or sentence_goal(sentence, move))
            if move.goal is None and move.source is not None:  # its arrival told before
                move = replace(move, goal=told_back(
                    story, arrived, index, mover(move.word), move, status))
            if move.goal is None:  # a departure, if its word says one ("fled Homs")
                if move.source is not None and told_by_start(move):
                    # the next trip of its mover goes on from there ("Many walked to Kosti")
                    last = (index, move.source, mover_names(mover(move.word)), status)
                    for source in (move.source, *joined_sources(sentence, move.word)):
                        move = replace(move, source=source)  # "from Punjab, and from Sindh"
                        _add_departure(one_end, story, sentence, move, status, places)
                continue
            who = mover(move.word)
            lemma = who.lemma_.lower() if who is not None else ""
            origin = move.source or move.path or move.prior or homeland(sentence, who, move)
            origin = origin or neighbour_origin(story, index, move)
            origin = origin or movers_country(sentence, who, move)
            origin = origin or sending_country(story, sentence, move)
            went_on = continued(story, last, index, who, status)  # not from the land it
            if went_on is None or not _around(went_on, move.goal, regions):  # is in: "fled
                origin = origin or went_on  # into Paraguay ... moved to Asuncion"
            others = {start for start, whose in ends.items() if lemma not in whose}
            origin = origin or narrative_origin(story, index, move, others, regions, who,
                                                {i for i, s in told.items() if s not in (
                                                    "made", status)})
            origin = origin or nationality_origin(sentence, move)
            names = mover_names(who)
            aimed = only_aimed_at(sentence, move)
            if not aimed:
                last = arrived = (index, move.goal, names, status)
            elif origin is not None:  # "a caravan heading for the US" is not there yet
                last = (index, origin, names, status)
            status = "planned" if aimed else status  # ... it is a trip to come
            ends[move.goal.mention.start] = names
            goals = trip_goals(sentence, move.goal, move.word)
            if origin is None:
                for end in goals:
                    _add_arrival(one_end, story, sentence, replace(move, goal=end), status, places)
                continue
            ends[origin.mention.start] = names
            joined = joined_sources(sentence, move.word) if origin is move.source else []
            for start in (origin, *conjoined_places(sentence, origin), *joined):
                for end in goals:
                    trip = replace(move, goal=end)
                    _add(rows, story, sentence, trip, start, status, places, regions)
    countries = {p.place_id: p.country for p in places}
    rows = {key: row for key, row in rows.items() if not _retold(row, rows, countries)}
    one_end = {key: row for key, row in one_end.items() if not _retold(row, one_end, countries)}
    # an arrival (or departure) told again with its other end is that route; a planned
    # trip hides no made arrival
    for end in ("to_id", "from_id"):  # arrivals, then departures ("fled Homs")
        made = {row[end] for row in rows.values() if row["status"] == "made"}
        reached = {row[end] for row in rows.values()}  # "sailed from Tobruk and was heading
        rows |= {  # for Italy": the departure is the start of that trip to come
            key: row for key, row in one_end.items() if row[end] is not None
            and row[end] not in (made if row["status"] == "made" and end == "to_id" else reached)
        }
    return gpd.GeoDataFrame(
        list(rows.values()), columns=ROUTE_COLUMNS, geometry="geometry", crs="EPSG:4326"
    )


def _add(
    rows: dict[tuple[object, object], dict[str, object]], story: StoryParse,
    sentence: Sentence, move: Movement, origin: Located, status: str, places: list[Place],
    regions: Mapping[str, str] | None,
) -> None:
    # a nationality ("Somali families") says the country only, not which of its towns
    start = origin.place if origin.mention.form == "adjective" else _snap(
        story, sentence, origin, places)
    if move.goal is None:
        return
    end = _snap(story, sentence, move.goal, places)
    if end is None or contains(start, end, regions) or contains(end, start):
        return
    named = origin in sentence.places and (start, end) == (origin.place, move.goal.place)
    row = _route_row(start, end, _text(story, sentence), who_moved(mover(move.word)), status)
    row["to_anchor"] = _anchor_of(end, places)
    row["headline"] = sentence.headline
    _merge(rows, (place_key(start), place_key(end)), row | {"named": named})


def _add_arrival(
    rows: dict[tuple[object, object], dict[str, object]], story: StoryParse,
    sentence: Sentence, move: Movement, status: str, places: list[Place],
) -> None:
    """A movement whose start the text does not tell ("was flown to Glasgow"): no line
    is drawn from a guessed start, only its end."""
    if move.goal is None or move.word.lemma_.lower() in AIMS:  # "was bound for Tulsa"
        return
    end = _snap(story, sentence, move.goal, places)
    row = _route_row(None, end, _text(story, sentence), who_moved(mover(move.word)), status)
    row["to_anchor"], row["headline"] = _anchor_of(end, places), sentence.headline
    # keyed by status (flown to Quetta, will go there) and name (two hospitals of a town)
    _merge(rows, (status, place_key(end)), row | {"named": True})


def _add_departure(
    rows: dict[tuple[object, object], dict[str, object]], story: StoryParse,
    sentence: Sentence, move: Movement, status: str, places: list[Place],
) -> None:
    """A movement whose end the text does not tell ("fled Homs"): only its start."""
    if move.source is None:
        return
    start = _snap(story, sentence, move.source, places)
    row = _route_row(start, None, _text(story, sentence), who_moved(mover(move.word)), status)
    _merge(rows, (place_key(start), status), row | {"named": True})


def _merge(
    rows: dict[tuple[object, object], dict[str, object]], key: tuple[object, object],
    row: dict[str, object],
) -> None:
    """Add ``row``, or fold it into the route already there: everyone who made it, made
    outranking planned, and the sentence that names both ends."""
    if key not in rows:
        rows[key] = row
        return
    rows[key]["who"] = join_movers(rows[key]["who"], row["who"])
    rows[key]["status"] = "made" if row["status"] == "made" else rows[key]["status"]
    if row["named"] and not rows[key]["named"]:
        rows[key]["sentence"], rows[key]["named"] = row["sentence"], True


def _retold(
    row: dict[str, object], rows: Mapping[object, dict[str, object]],
    countries: Mapping[str, str | None],
) -> bool:
    """A headline's trip to a country that the text then tells to a town of it from the
    same start, or with no start told in either ("Australia sends police to Solomon
    Islands", then "... to the Solomon Islands ... the capital, Honiara"; "Pope to visit
    Congo", then "will travel to Kinshasa"): one trip, drawn at the town. ``countries``:
    the country of each place id."""
    country = str(row["to_id"])
    if not row.get("headline") or not country.startswith("country:"):
        return False
    return any(not other.get("headline") and other["from_id"] == row["from_id"]
               and countries.get(str(other["to_id"])) == country.removeprefix("country:")
               for other in rows.values())


def _around(start: Located, goal: Located, regions: Mapping[str, str] | None) -> bool:
    """The start is a country or region the goal lies in, not the goal itself."""
    return start.place.place_id != goal.place.place_id and contains(
        start.place, goal.place, regions)


def _text(story: StoryParse, sentence: Sentence) -> str:
    return " ".join(story.article.text[sentence.start : sentence.end].split())


def _snap(story: StoryParse, sentence: Sentence, pair: Located, places: list[Place]) -> Place:
    """A country end moves to the city of it that its paragraph names ("on their way to
    Lithuania ... in Vilnius"; not to a Cairo of another paragraph), if near enough to
    stand for it (not Lebanon, Pa., for the US) and no part is told ("southern Sudan")."""
    place = pair.place
    if (site := site_named(sentence, pair)) is not None:  # "was taken to Hartford Hospital"
        return replace(place, name=site)
    if place.kind != "country" or _anchor_of(place, places) is not None:
        return place  # a town, or a place the gazetteer lacks: it stays where it is shown
    tokens = sentence.tokens_of(pair)
    if tokens and any(c.lower_ in _COMPASS for c in tokens[-1].children):
        return place
    city = city_in(places, place.country, story.paragraph_of(sentence))
    if city is None or geodesic_km(place, city) > SNAP_KM:
        return place
    return city


def _anchor_of(place: Place, places: list[Place]) -> str | None:
    """The place that an end the gazetteer lacks ("St Brigid's church") is shown at;
    None for a place of the gazetteer."""
    if any(p.place_id == place.place_id and p.name == place.name for p in places):
        return None
    return next((p.name for p in places if p.place_id == place.place_id), None)


def _route_row(
    origin: Place | None, destination: Place | None, sentence: str, who: str, status: str
) -> dict[str, object]:
    """A route's row; with one end only, that end as a point."""
    known = origin or destination
    assert known is not None
    both = origin is not None and destination is not None
    return {
        "from": origin.name if origin else None,
        "to": destination.name if destination else None,
        "from_id": origin.place_id if origin else None,
        "to_id": destination.place_id if destination else None,
        "who": who,
        "sentence": sentence,
        "status": status,
        "length_km": round(geodesic_km(origin, destination), 1) if both else None,
        "to_anchor": None,
        "geometry": (
            geodesic_line(origin, destination) if both else Point(known.lon, known.lat)
        ),
    }


def geodesic_km(a: Place, b: Place) -> float:
    """Great-circle (WGS84 geodesic) distance between two places in km."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def geodesic_line(a: Place, b: Place, *, step_km: float = 25.0) -> LineString:
    """The geodesic from ``a`` to ``b``, densified so it draws curved on a web map, and
    continuous across the date line: Auckland to Nuku'alofa runs from 174.8 to 184.8."""
    n = max(0, int(geodesic_km(a, b) // step_km) - 1)
    inner = GEOD.npts(a.lon, a.lat, b.lon, b.lat, n) if n else []
    coords = np.array([(a.lon, a.lat), *inner, (b.lon, b.lat)])
    coords[:, 0] = np.unwrap(coords[:, 0], period=360.0)
    return LineString([(round(x, 5), round(y, 5)) for x, y in coords])
