"""A trip told over two sentences: its arrival first, then where it set out from.

News tells the end of a trip first and its start after: "A boat carrying 90 migrants
landed on Lampedusa on Sunday. They had sailed from Sfax three days earlier", "A plane
with 120 deportees landed in Tegucigalpa. The flight left Mesa, Arizona, at dawn", "The
minister arrived in Dakar on Monday. She flew in from Abidjan". The second sentence names
only the start; its end is the arrival just told, by the same mover (a pronoun, the same
noun, a stand-in, or the craft named again: "the flight" for "a plane"). Used by
``story.routes`` for a movement with a start and no goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.ends import continued
from geobrief.story.movers import VEHICLES
from geobrief.story.town_lies import contains

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.motion import Movement
    from geobrief.story.parse import StoryParse

# A craft the next sentence may name by another word: "a plane ... the flight".
_CRAFT = VEHICLES - {"road", "route", "highway"} | frozenset(
    "vessel aircraft airliner jetliner freighter tanker carrier dhow trawler".split()
)


def told_back(
    story: StoryParse, arrived: tuple[int, Located, frozenset[str], str] | None, index: int,
    who: Token | None, move: Movement, status: str,
) -> Located | None:
    """The goal of the arrival told in the sentence just before (``arrived``: its
    sentence, goal, the mover's names and status), when ``move`` (a start and no goal)
    is that trip's start told after it: same mover, same status, a start that is not
    the goal nor a place around or inside it ("landed in Lima. She had left Peru" is no
    trip)."""
    if arrived is None or arrived[0] != index - 1 or move.source is None or arrived[3] != status:
        return None
    goal, start = arrived[1].place, move.source.place
    if contains(goal, start) or contains(start, goal):
        return None
    if who is not None and who.lemma_.lower() in _CRAFT and arrived[2] & _CRAFT:
        return arrived[1]  # "a plane ... landed in Tegucigalpa. The flight left Mesa"
    return continued(story, arrived, index, who, status)
