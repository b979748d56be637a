"""Trips told by putting people on a vehicle bound somewhere: "officials put 200
migrants on buses to Villahermosa", "the deportees were placed on a flight to Kabul",
"the families boarded a ferry to Mytilene". The vehicle's "to" phrase is the goal; who
was put on it moved (``movers.CAUSATIVE``), or who boarded it. Used by ``story.motion``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.movers import VEHICLES

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of putting someone on a vehicle, or of getting on one.
BOARDS = frozenset("put place load board bundle herd cram".split())
# Prepositions that put a mover on or in a vehicle: "by ferry", "on buses", "aboard a ship".
_ON = frozenset({"by", "on", "onto", "aboard", "into"})


def boards(token: Token) -> bool:
    """A verb of putting someone on a vehicle ("put them on buses"), or of boarding one
    ("boarded a ferry"); not "put pressure on the government"."""
    if token.lemma_.lower() not in BOARDS:
        return False
    if token.lemma_.lower() == "board" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in VEHICLES for c in token.children):
        return True
    return bool(vehicles(token)) and token.lemma_.lower() != "board"


def vehicles(word: Token) -> list[Token]:
    """The vehicles a motion word's phrases put its mover on: "by ferry to Sicily",
    "on a flight to Kabul", "aboard a ship to Mombasa"."""
    return [g for c in word.children if c.dep_ in ("agent", "prep") and c.lower_ in _ON
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in VEHICLES]
