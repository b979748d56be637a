"""Where a copula says a happening was: "Kisumu was the scene of violent protests",
"five villages in Crimea have been the site of a mass cull", "the stadium in Nairobi
was the venue for a rally": the place the subject is or is in.

Used by ``story.arguments`` for a noun trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import best_place
from geobrief.story.sitting_bodies import own_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# The nouns for where a happening took place.
_SCENES = frozenset({"scene", "site", "venue", "setting", "location", "stage"})


def scene_place(sentence: Sentence, noun: Token) -> Located | None:
    """The place of the subject a copula in the past makes the scene of the happening
    ``noun`` names; not one that may have been ("could have been the scene of"), one
    denied, nor one told in the present ("is the site of the talks next week": to come)."""
    of = noun.head
    scene = of.head
    if noun.dep_ != "pobj" or of.lower_ not in ("of", "for") or scene.lemma_.lower() not in (
            _SCENES) or scene.dep_ != "attr":
        return None
    verb = scene.head
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBD", "VBN") or any(
            c.tag_ == "MD" for c in verb.children):  # told as past, not "is the site of"
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "neg" for c in verb.children) or any(
            c.lower_ in ("neither", "nor") for c in subject.children):
        return None  # "Neither Kampala nor Entebbe was the scene of the blast"
    own = sentence.place_of(subject)
    if own is not None and own.mention.form != "adjective":
        return own
    return best_place(sentence, [p for p in own_places(sentence, subject)
                                 if p.mention.form != "adjective"])
