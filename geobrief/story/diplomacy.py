"""A meeting of two states' people is talks.

"Indian Foreign Minister Rao met Chinese Defence Minister Li in Vientiane", "Kenyan
President Ruto met with his Tanzanian counterpart in Arusha": each side of the meeting
is named with its own country, and the two differ, so it is diplomacy, which the map
shows as talks. "The mayor met residents of Eastwood" (no country on the mayor's side)
and "Leeds councillors met officials from York" (one country) stay meetings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from geobrief.story.word_roles import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence
    from geobrief.story.triggers import Trigger

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Prepositions of where the meeting was, which the parse may hang on a side.
_WHERE = frozenset({"in", "at", "near", "on", "outside", "inside"})


def as_talks(sentence: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` with each meeting between two states' people typed as talks (in the
    same order)."""
    return [replace(t, type="talks", weak=False) if t.type == "meeting" and _between_states(
        sentence, t.token) else t for t in triggers]


def _between_states(sentence: Sentence, verb: Token) -> bool:
    """``verb`` is "met" with a subject and someone met, each named with one country,
    not the same one."""
    if verb.lemma_.lower() != "meet":
        return False
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += prep_objects(verb, "with")
    sides = [_countries(sentence, [c for c in verb.children if c.dep_ in _SUBJECTS]),
             _countries(sentence, met)]
    return all(len(side) == 1 for side in sides) and sides[0] != sides[1]


def _countries(sentence: Sentence, people: list[Token]) -> set[str]:
    """The countries of the places named in ``people``'s phrases ("Russian Foreign
    Minister Lavrov": Russia), not where they met ("Lavrov in Brussels")."""
    found = set()
    for person in people:
        where = {w.i for c in person.children if c.dep_ == "prep" and c.lower_ in _WHERE
                 for w in c.subtree}
        for word in (w for w in person.subtree if w.i not in where):
            pair = sentence.place_of(word)
            if pair is not None and pair.place.country:
                found.add(pair.place.country)
    return found
