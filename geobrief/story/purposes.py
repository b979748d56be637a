"""A goal told inside the purpose of a trip: "samples were sent for testing in Atlanta",
"the boy was flown for treatment at a hospital in Riyadh", "a specimen was shipped for
analysis at a laboratory in Weybridge". The place where the testing or treatment is done
is where the thing or person was sent. Used by ``story.motion`` for a movement whose
own phrases name no goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import ROLE_PREPS, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# What a sample or a patient is sent somewhere for.
_PURPOSES = frozenset(
    "analysis testing test tests examination confirmation sequencing treatment care surgery "
    "operation diagnosis study checks check".split()
)
_SENDS = frozenset("send ship fly take transfer airlift bring rush dispatch forward".split())


def purpose_goal(sentence: Sentence, word: Token) -> Located | None:
    """The place in the "for testing in X" phrase of a verb of sending ``word``."""
    if word.lemma_.lower() not in _SENDS:
        return None
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"):
        if not any(c.dep_ == "pobj" and c.lemma_.lower() in _PURPOSES for c in prep.children):
            continue
        # "for analysis at a laboratory in Atlanta": the parser hangs the "at" phrase on the
        # purpose or on the verb, after it
        wheres = [c for p in prep.children for c in p.children if c.dep_ == "prep"]
        wheres += [c for c in word.children if c.dep_ == "prep" and c.i > prep.i]
        for where in (c for c in wheres if c.lower_ in ("in", "at")):
            found = best_place(sentence, phrase_places(sentence, where, stop=ROLE_PREPS))
            if found is not None:
                return found
    return None
