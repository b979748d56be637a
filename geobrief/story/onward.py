"""A trip's next leg told by a goal phrase joined to the first: "flew to Doha and then
to Kabul", "travelled by train to Lviv and then on to Przemysl", "will travel to Hanoi,
then to Vientiane". The second goal is reached from the first, not from where the trip
began (unlike "sent aid to Gaza and the West Bank", two goals of one start). Used by
``story.motion``, which makes each leg a movement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import ROLE_PREPS, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Words that put a second goal after the first: "and then to", "and later to", "and on to".
_NEXT = frozenset("then later afterwards subsequently eventually finally next on".split())


def onward_goals(sentence: Sentence, goal: Located | None) -> list[Located]:
    """The goals of the legs after a trip's ``goal``, in order; each leg starts where the
    one before it ended."""
    legs: list[Located] = []
    tokens = sentence.tokens_of(goal) if goal is not None else []
    prep = tokens[-1].head if tokens else None
    while prep is not None and prep.pos_ == "ADP" and prep.lower_ in ("to", "into"):
        # the parser hangs the next "to" on the first or on the verb
        prep = next((_onward(c) for c in (*prep.children, *prep.head.children)
                     if c.i > prep.i and _onward(c) is not None), None)
        place = best_place(sentence, phrase_places(sentence, prep, stop=ROLE_PREPS)) if (
            prep is not None) else None
        if place is None:
            break
        legs.append(place)
    return legs


def _onward(token: Token) -> Token | None:
    """The goal preposition of a next leg, told with a word of sequence: the "to" of
    "and then to Kabul", ", then to Quito", "and then on to Kabul", "and on to Kabul"."""
    sequenced = any(c.dep_ == "advmod" and c.lower_ in _NEXT for c in token.children)
    if token.lower_ in ("to", "into") and token.dep_ in ("prep", "conj") and sequenced:
        return token
    if token.lower_ == "on" and (sequenced or token.dep_ == "conj"):
        return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return None
