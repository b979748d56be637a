""""His home", "her address": the town the text gave as where that person lives.

"Sean Doyle (24), of Mill Lane, Clonmel, is accused ... He was held after officers
searched his address": the arrest is in Clonmel. Each such phrase becomes a story
mention of the last town named as someone's home in its sentence or the one before
("of Clonmel", "living in Cowley Road, Littlemore, Oxford", "a resident of Leeds"),
so events and routes read it like a name. A town named otherwise (where something
happened, "at Main Street, Tipperary") is not a home.

Not a home named before: one named right after ("his home in Leeds" is its own
mention), a home of another sort ("his home town", "their home country", "her home
ground", "his home office"), and a home someone goes to ("gardai entered his address",
"she returned to her home"): a walk to a door is no trip between places of the map.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from geobrief.story.located import TOWNS, Located, TextOrder, named_again

# The words for where someone lives: "her home was burglarized" happened at it.
DWELLINGS = ("home", "house", "address", "residence", "flat", "apartment")
_HOME = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?"
    rf"(?P<word>{'|'.join(DWELLINGS)})\b(?![\-\w])"
)
# A time after "in" or "on" ("a raid on her home in March", "his house in 2009"): no place.
_TIME = "|".join([*calendar.month_name[1:], *calendar.day_name]) + r"|1[5-9]\d\d|20\d\d"
# "his home town", "their home country", "his home in Leeds": no home told before.
_NOT_AFTER = re.compile(
    r"\s+(?:town|city|village|country|state|nation|province|region|county|district|soil|"
    r"ground|team|side|crowd|fans|office|secretary|minister|affairs|front|page|game|games|"
    r"match|matches|club|rule|run|runs|plate|port|base|world|planet|arrest|confinement|"
    r"detention)\b|\s+(?:in|at|on|of|near|outside)\s+(?!(?:" + _TIME + r")\b)[A-Z0-9]"
    r"|,?\s+[A-Z][a-z]"
)
# Where someone lives, up to the town: "of 412 Birch Lane, Reading", "living in
# Cowley Road, Littlemore, Oxford", "a resident of Leeds".
_LIVES_AT = re.compile(
    r"\b(?:of|living in|lives in|lived in|resident of|residents of|native of|home in)\s+"
    r"(?:[A-Z0-9][\w.'\-]*,?\s+){0,6}$"
)
# "a Rochester man", "the Leeds couple": a person named by the town they live in.
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_PERSON_AFTER = re.compile(
    r"\s+(?:man|woman|couple|family|teen(?:ager)?|boy|girl|resident|homeowner)\b")
# "gardai entered his address", "she returned to her home": a walk to a door, not a trip
# between places of the map; the home is read only where something happens at it.
_MOVED_TO = re.compile(
    r"\b(?:enter(?:ed|s|ing)?|went|go(?:es|ing)?|return(?:ed|s|ing)?|drove|came|com(?:e|es|ing)|"
    r"arrived|walked|ran|fled|headed|taken|brought|sent|rushed|back)"
    r"(?:\s+(?:back\s+)?(?:to|into|at|home\s+to))?\s+$"
)


def home_mentions(text: str, spans: list[tuple[int, int]], located: TextOrder) -> list[Located]:
    """Every "his home" phrase in the sentences ``spans`` of ``text`` that names a town
    told as someone's home, with that town, in text order."""

    def keep(match: re.Match[str]) -> Callable[[Located], bool] | None:
        moved = _MOVED_TO.search(text, max(0, match.start() - 30), match.start())
        if _NOT_AFTER.match(text, match.end()) or moved is not None:
            return None
        return lambda pair: pair.place.kind in TOWNS and _lives_at(text, pair)

    return named_again(text, spans, located, _HOME, keep)


def _lives_at(text: str, pair: Located) -> bool:
    """The town is named as where someone lives: "of Leeds", "a Rochester man"."""
    start = pair.mention.start
    return _LIVES_AT.search(text, max(0, start - 80), start) is not None or (
        _A_BEFORE.search(text, max(0, start - 4), start) is not None
        and _PERSON_AFTER.match(text, pair.mention.end) is not None)
