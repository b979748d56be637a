"""Where a movement starts, told by who sent it rather than by the verb's "from" phrase.

"The virus was brought to Bavaria by wild birds from Russia": the carrier came from
Russia, and so did what it brought. "Chile deported three Peruvians": the state that
expels is where the expelled leave from. "A shipment of rice from Vietnam reached
Manila": what moved came from where its own phrase says (goods and craft, not people:
"refugees from Syria" tells whose they are, not where a trip began).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.movers import CAUSATIVE, PEOPLE
from geobrief.story.phrases import ROLE_PREPS, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

_EXPELS = frozenset({"expel", "deport", "extradite", "repatriate"})


def carrier_source(sentence: Sentence, word: Token) -> Located | None:
    """Where the carrier of a passive causative came from: "the virus was brought to
    Bavaria by wild birds from Russia" (what the carrier brought came with it)."""
    if word.lemma_.lower() not in CAUSATIVE:
        return None
    carriers = [g for c in word.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj"]
    places = [p for carrier in carriers for c in carrier.children
              if c.dep_ == "prep" and c.lower_ == "from"
              for p in phrase_places(sentence, c, stop=ROLE_PREPS)]
    return best_place(sentence, places)


def expelling_state(sentence: Sentence, word: Token) -> Located | None:
    """The state or town that expels is where the expelled leave from: "Chile deported
    three Peruvians", "Ankara expelled the envoy" (a subject by name, not "Chilean
    police")."""
    if word.lemma_.lower() not in _EXPELS:
        return None
    for child in word.children:
        place = sentence.place_of(child) if child.dep_ == "nsubj" else None
        if place is not None and place.mention.form != "adjective":
            return place
    return None


def cargo_source(sentence: Sentence, word: Token) -> Located | None:
    """Where the thing that moved came from, by its own "from" phrase: "a shipment of rice
    from Vietnam reached Manila", "the flight from Dubai landed in Kabul"; not people's."""
    movers = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")
              and c.pos_ in ("NOUN", "NUM") and c.lemma_.lower() not in PEOPLE]
    for mover in movers:  # "thousands of gallons of pear juice from Israel"
        movers += [g for c in mover.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in PEOPLE]
    places = [p for mover in movers for c in mover.children
              if c.dep_ == "prep" and c.lower_ == "from"
              for p in phrase_places(sentence, c, stop=ROLE_PREPS)]
    return best_place(sentence, places)
