"""Events: a sentence reporting something happening somewhere, placed and dated.

Each event word ("freed", "shot down", "exercise", "invasion") in a sentence that names
a place becomes one event. Its place is the nearest mention within the same clause,
preferring a city over a country, unless the clause says where by a possessive: in
"Poland shot down Russian drones over its territory" the place is Poland, the country
"its" refers to. Its countries are every country of the clause. The dateline says where
the story was filed, not where anything happened: it places no event.
"""

from __future__ import annotations

import bisect
import functools
import re

import geopandas as gpd
from shapely.geometry import Point

from geobrief.models import Article
from geobrief.read.dates import find_date, offset_date
from geobrief.read.sentences import split_sentences
from geobrief.story.located import Located, actors_before, within

EVENT_COLUMNS = [
    "type", "summary", "sentence", "country", "countries", "place", "place_id", "date",
    "geometry",
]
EVENT_WORDS: dict[str, str] = {
    "release": r"freed|frees|released|releases|release of|pardon\w*",
    "shoot-down": r"shot down|shoots down|shooting down|downed",
    "attack": r"attack\w*|strikes?|struck|bomb\w*|shell\w*|missiles? hit|killed",
    "exercise": r"exercises?|drills?|manoeuvres|maneuvers",
    "invasion": r"invasion|invaded|invade\w*",
    "talks": r"talks|negotiations?|summit|met (?:with|in|at)",
    "protest": r"protest\w*|demonstrat\w+|rall(?:y|ies)",
    "election": r"elections?|vote[sd]?|ballot",
    "disaster": r"earthquake|flood\w*|wildfire|hurricane|typhoon|cyclone|landslide|eruption",
    "outbreak": r"outbreak|epidemic|infect\w+|cases of",
}
_EVENT = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k.replace('-', '_')}>{v})" for k, v in EVENT_WORDS.items()) + r")\b",
    re.IGNORECASE,
)
# "over its territory", "in their own airspace": the event happened in the country the
# possessive refers to.
_OWN_GROUND = re.compile(
    r"\b(?:over|in|on|into|inside|within|across|entered|violated)\s+(?:its|their)\s+(?:own\s+)?"
    r"(?:territory|soil|airspace|land|territorial waters|waters)\b",
    re.IGNORECASE,
)
# "invasion of Ukraine", "attack on Kyiv": the event's target, right after its word.
_TARGET = re.compile(r"\s+(?:of|on|against|in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)
# "in Lima", "into Ukraine": a place after one of these is where something happens; one
# before a verb ("Moscow launched") names who acted.
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|over|into|across|inside|outside|on|off|onto|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\s(?:and on|a day after|after|before|while|but|as)\s")


class _Rows(list[dict[str, object]]):
    """The events found so far, with the keys :func:`_is_new` and :func:`_refers_back`
    look up (so that each looks at a set, not at every event)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: set[tuple[object, ...]] = set()
        self.kinds: set[object] = set()
        self.places: dict[object, set[object]] = {}  # sentence -> its events' place ids

    def append(self, row: dict[str, object]) -> None:
        super().append(row)
        self.keys.add(_event_key(row))
        self.kinds.add(row["type"])
        self.places.setdefault(row["sentence"], set()).add(row["place_id"])


def build_events(article: Article, located: list[Located]) -> gpd.GeoDataFrame:
    """Event features from every sentence with an event word and a place."""
    rows = _Rows()
    for start, end in split_sentences(article.text, article.body_start):
        in_sentence = [p for p in within(located, start, end) if p.mention.form != "dateline"]
        if not in_sentence:
            continue
        for match in _EVENT.finditer(article.text, start, end):
            if _refers_back(article.text, match, rows):
                continue
            row = _event_row(article, match, in_sentence, (start, end))
            if row is not None and _is_new(row, rows):
                rows.append(row)
    return gpd.GeoDataFrame(rows, columns=EVENT_COLUMNS, geometry="geometry", crs="EPSG:4326")


def _event_row(
    article: Article, match: re.Match[str], located: list[Located], sentence: tuple[int, int]
) -> dict[str, object] | None:
    clause = _clause(article.text, match, sentence)
    candidates = within(located, *clause)
    if not candidates:
        return None
    kind = _kind(match)
    place = _where(article.text, match, clause, candidates).place
    countries = sorted({pair.place.country for pair in candidates if pair.place.country})
    text = article.text[sentence[0] : sentence[1]]
    prefix = article.text[sentence[0] : match.start()]
    date = offset_date(prefix, article.date) or _sentence_date(text, article.date)
    return {
        "type": kind,
        "summary": f"{kind.replace('-', ' ').capitalize()}: {place.name}",
        "sentence": " ".join(text.split()),
        "country": place.country or None, "countries": countries,
        "place": place.name, "place_id": place.place_id, "date": date,
        "geometry": Point(round(place.lon, 5), round(place.lat, 5)),
    }


def _event_key(row: dict[str, object]) -> tuple[object, ...]:
    """Two reports of one type, place and date are one event (the first report stays);
    so are two event words about one place in one sentence ("an earthquake struck")."""
    return row["type"], row["place_id"], row["date"]


def _is_new(row: dict[str, object], rows: _Rows) -> bool:
    same_sentence = rows.places.get(row["sentence"], set())
    return row["place_id"] not in same_sentence and _event_key(row) not in rows.keys


def _refers_back(text: str, match: re.Match[str], rows: _Rows) -> bool:
    """"The release took place..." names an event already reported, not a new one."""
    kind = _kind(match)
    before = text[max(0, match.start() - 4) : match.start()].lower()
    return before == "the " and kind in rows.kinds


def _clause(text: str, match: re.Match[str], sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence around the event word, between clause breaks."""
    starts, ends = _clause_breaks(text, *sentence)
    before = bisect.bisect_right(ends, match.start())  # the breaks that end before the word
    after = bisect.bisect_left(starts, match.end())  # the first break after it
    start = ends[before - 1] if before else sentence[0]
    end = starts[after] if after < len(starts) else sentence[1]
    return start, end


# The date a sentence writes, found once for all of its event words.
_sentence_date = functools.lru_cache(maxsize=1)(find_date)


@functools.lru_cache(maxsize=1)
def _clause_breaks(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where the clause breaks of ``text[start:end]`` start and end (found once for all
    the event words of a sentence)."""
    breaks = [brk.span() for brk in _CLAUSE_BREAK.finditer(text, start, end)]
    return [s for s, _ in breaks], [e for _, e in breaks]


def _kind(match: re.Match[str]) -> str:
    return next(k for k, v in match.groupdict().items() if v).replace("_", "-")


def _where(
    text: str, match: re.Match[str], clause: tuple[int, int], candidates: list[Located]
) -> Located:
    """The event's place, by the first rule that finds one: the country a possessive
    refers to ("over its territory"); the event's target ("invasion of Ukraine"); the
    nearest place after a locative preposition ("into Ukraine", "in Lima"); the nearest
    place (a city before a country)."""
    ground = _OWN_GROUND.search(text, *clause)
    if ground is not None:
        referent = antecedent_country(text, candidates, ground.start())
        if referent is not None:
            return referent
    for pair in candidates:
        if pair.mention.start >= match.end() and _TARGET.fullmatch(
            text, match.end(), pair.mention.start
        ):
            return pair
    located = [p for p in candidates if _LOCATIVE.search(text, clause[0], p.mention.start)]
    return _nearest(located or candidates, match)


def antecedent_country(text: str, candidates: list[Located], position: int) -> Located | None:
    """The country a pronoun at ``position`` refers to: the first country the clause
    names as its subject ("Poland shot down drones from Belarus that had entered its
    airspace"), else the last country named before it by its name."""
    countries = [pair for pair in candidates if pair.place.kind == "country"]
    subjects = actors_before(text, countries, position)
    named = [p for p in countries if p.mention.end <= position and p.mention.form != "adjective"]
    return subjects[0] if subjects else (named[-1] if named else None)


def _nearest(candidates: list[Located], match: re.Match[str]) -> Located:
    def distance(pair: Located) -> tuple[int, int]:
        m = pair.mention
        gap = match.start() - m.end if m.end <= match.start() else m.start - match.end()
        return (0 if pair.place.kind != "country" else 1, abs(gap))

    return min(candidates, key=distance)
