"""A sentence that goes on with the happening told just before, naming no place.

News tells a happening in one sentence and what went with it in the next, pointing back
by a definite noun instead of naming the place again: "A bomb exploded outside a hotel
in Mogadishu. Hundreds attended the funeral of a driver who died in the blast";
"Reporters visited a mine in Kolwezi. During the visit, two of them were detained";
"Rebels stormed a checkpoint near Goma. A guard was also wounded in the gunfight". The
happenings of such a sentence are at the place of the happening it points back to
(STORY.md: the place may be named "in the sentence it points back to"). A sentence
that names a place of its own says where by it, and "the blast" with no blast told
in the sentence before points nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.pointer_words import POINTING, SITES
from geobrief.story.status import DRAWN

if TYPE_CHECKING:
    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence


def continued_place(
    sentence: Sentence, before: Sentence | None, rows: Sequence[dict[str, object]]
) -> Located | None:
    """The place of the happening that ``sentence`` points back to by a definite noun
    ("in the blast", "during the visit", "at the scene"): one that the sentence just
    before told (``rows``) at one place, named in ``before`` (the last sentence with
    places). None when the sentence names a place of its own, or points to nothing told
    just before, or to a happening told there at several places ("cases in Peru and
    Chile. The outbreak ..."), or only at a country (STORY.md: an event placed at a
    country needs its own sentence to name it)."""
    if sentence.doc is None or sentence.places or before is None or not before.places:
        return None
    last = [r for r in rows if r["status"] in DRAWN and not r["anchor"]
            and r["precision"] != "country"]
    if not last:
        return None
    words = lexicon()
    for token in sentence.doc:
        if token.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in POINTING for c in token.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "the scene of an accident" says which scene
        kind = words.noun_type(token.lower_, token.lemma_.lower())
        told = [r for r in last if token.lemma_.lower() in SITES or r["type"] == kind]
        if len({(r["place_id"], r["place"]) for r in told}) == 1:
            return _mention_of(before, told[0])
    return None


def _mention_of(sentence: Sentence, row: dict[str, object]) -> Located | None:
    """The sentence's mention of the place a happening was drawn at."""
    pairs = [*sentence.places, *([sentence.lead] if sentence.lead else [])]
    return next((p for p in pairs if p.place.place_id == row["place_id"]
                 and p.place.name == row["place"]), None)
