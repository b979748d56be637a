"""What a motion word's object tells: the place it names, for verbs whose object is left
or reached, and whether what is "delivered" is carried anywhere at all.

"fled Homs" and "visited the town of Nyala" name it in the object itself, "entered
Polish airspace" in the country whose ground it is; "visited the
Pewaukee monastery" in a town that qualifies it; "visited a farm in Limpopo" and "toured
a flooded village in Sindh" in a phrase on it (or on the verb, after it), which only a
visit or a tour reads so (a deal "reached in Doha" or a plea "entered in Fresno" went
nowhere); "fled fighting in Rakhine" and "escaped the war in Syria" in a phrase on the
happening fled, which is where the flight starts. "Delivered food to
Kassala" carried food there; "delivered a speech to parliament" carried nothing. Used by
``story.motion``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.movers import PEOPLE
from geobrief.story.phrases import PLACE_NOUNS, ROLE_PREPS, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Verbs whose object is a site at a place: "visited a hospital in Gaza", "toured a camp
# near Goma".
VISITS = frozenset({"visit", "tour"})
# Verbs whose object may be a happening left behind: "fled fighting in Rakhine".
_FLEES = frozenset({"flee", "escape"})
_AT = frozenset({"in", "at", "near", "outside"})
# A country's ground, named by its adjective or possessive: "entered Polish airspace",
# "crossed into Ukraine's territory" is the country.
_TERRITORY = frozenset({"territory", "airspace", "waters", "soil"})
# What one delivers that goes nowhere: "delivered a speech to parliament".
_UTTERED = frozenset(
    "speech address remark message statement verdict ruling judgment judgement sermon "
    "lecture report warning ultimatum blow performance baby".split()
)


def place_of_object(sentence: Sentence, obj: Token) -> Located | None:
    """The place an object names: itself, a town or site that qualifies it ("visited the
    Pewaukee monastery", "Moscow's Tretyakov Gallery"; not a country: "the US embassy"),
    the place after "of" a place noun ("visited the town of Nyala"), or, for a visit,
    the place the site is in ("visited a farm in Limpopo"), and for a flight from a
    happening, the place it happened in ("fled the fighting in Rakhine state")."""
    found = sentence.place_of(obj)
    if found is not None:
        return found
    visited = obj.head.lemma_.lower() in VISITS
    fled = obj.head.lemma_.lower() in _FLEES and _happening(obj)
    # "visited the parliament in Nairobi": the parse may hang the site's place on the verb
    later = [c for c in obj.head.children if c.i > obj.i] if visited or fled else []
    for child in [*obj.children, *later]:
        place = sentence.place_of(child)
        if place and child.head == obj and place.place.kind == "country" and (
                child.dep_ in ("amod", "compound", "poss") and obj.lemma_.lower() in _TERRITORY):
            return place
        if child.dep_ in ("compound", "poss") and place and place.place.kind != "country" and (
                child.head == obj) and not (  # "left a Las Vegas man dead"; still
                    obj.lemma_.lower() in PEOPLE and obj.head.lemma_.lower() == "leave"):
            # "evacuated Kherson residents to Mykolaiv" from Kherson
            return place if place.mention.form != "adjective" else None
        if child.dep_ != "prep" or not (
                (child.lower_ == "of" and obj.lemma_.lower() in PLACE_NOUNS and child.head == obj)
                or ((visited or fled) and child.lower_ in _AT)):
            continue
        found = next((sentence.place_of(g) for g in child.children
                      if g.dep_ == "pobj" and sentence.place_of(g) is not None), None)
        if found is None and fled:  # "in Rakhine state", "in the Darfur region of Sudan"
            found = best_place(sentence, phrase_places(sentence, child, stop=ROLE_PREPS))
        if found is not None:
            return found
    return None


def _happening(obj: Token) -> bool:
    """The object names a happening of the event lexicon ("fighting", "the war", "the
    violence"), not a place or a person ("fled the scene", "escaped his captors")."""
    return lexicon().noun_type(obj.lower_, obj.lemma_.lower()) is not None


def not_carried(obj: Token) -> bool:
    """What is delivered but not carried anywhere: words, a blow, a sum ("delivered a
    speech to parliament", "delivered $40 million to the counties")."""
    return obj.lemma_.lower() in _UTTERED or obj.pos_ == "NUM" or any(
        t.tag_ == "$" for t in obj.subtree)
