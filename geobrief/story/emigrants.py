"""Where an emigrant set out from, told as where they are originally from.

"Amir, originally from Aleppo, emigrated to Germany in 2015", "a native of Lagos who
emigrated to Canada in 1999": for a verb of leaving one's country, the place the mover
is originally from is the start of that move. For any other trip it stays an origin only
("a native of Mexico was brought to New Milford", "originally from Laos, moved to
Perth": no route from Mexico or Laos). Used by
``story.routes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import ROLE_PREPS, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.motion import Movement
    from geobrief.story.parse import Sentence

# Verbs of leaving one's country to live in another ("moved to Perth" may be a move
# within it, told apart from the origin).
_SETTLES = frozenset("emigrate immigrate migrate defect".split())


def homeland(sentence: Sentence, who: Token | None, move: Movement) -> Located | None:
    """The place ``who`` is "originally from" or "a native of", when the movement is
    their leaving it for another country."""
    if who is None or move.word.lemma_.lower() not in _SETTLES:
        return None
    holders = [who, *(c for c in who.children if c.dep_ == "appos")]
    holders += [who.head] if who.dep_ == "appos" else []
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            originally = prep.lower_ == "from" and any(
                c.dep_ == "advmod" and c.lower_ == "originally" for c in prep.children)
            native = prep.lower_ == "of" and holder.lemma_.lower() == "native"
            if originally or native:  # "from Cameroon in Africa": Cameroon
                places = phrase_places(sentence, prep, stop=ROLE_PREPS)
                return best_place(sentence, [p for p in places if p.place.country] or places)
    return None
