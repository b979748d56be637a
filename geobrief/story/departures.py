"""Movements told by their start alone: "fled Homs", "arrived from Nairobi", "came to
this country from Germany" (a goal the map lacks).

A departure is drawn as a point at its start; the next trip of its mover goes on from
there. Used by ``story.routes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.motion import Movement

# Verbs whose source alone is a movement worth a mark: "fled Homs", "were expelled from
# Angola", "blasted off from Baikonur", "set out from Tapachula", "returned from a
# mission to Vietnam", "thousands travelled from Peru", "crossed the river from
# Guatemala", "sailed from Odesa", "trekked from Aleppo" (a trip, where "came from Peru"
# may only say where they are from).
_DEPARTS = frozenset(
    "leave flee depart escape evacuate exit quit emigrate expel deport blast lift return "
    "travel set airlift cross sail fly drive trek march".split()
)
_ARRIVALS = frozenset({"arrive", "land"})


def told_by_start(move: Movement) -> bool:
    """The movement, with a source and no goal on the map, is a departure from there:
    its word says so (``_departs``) or its mover went to a goal the map lacks."""
    return _departs(move.word) or _goes_off_map(move)


def _departs(word: Token) -> bool:
    """A movement whose start is told alone: its word says a departure ("fled Homs"),
    an arrival from there ("arrived from Nairobi", "flew in from Nairobi") or a way
    home from there ("was flown home from Mendoza": home is no place the text names)."""
    return word.lemma_.lower() in _DEPARTS | _ARRIVALS or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "back", "home")
        for c in word.children)


def _goes_off_map(move: Movement) -> bool:
    """A mover that went itself to a goal the map lacks ("came to this country from
    Germany"): the goal tells a trip, where "came from Germany" may only say where one
    is from; not a thing sent "from its base in Guam to the region"."""
    return move.goal_name is not None and not any(c.dep_ == "dobj" for c in move.word.children)
