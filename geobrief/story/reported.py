"""Where a report sets what it reports: "In the Indian state of Jammu and Kashmir,
authorities say at least 1,300 people died" (the deaths are in Jammu and Kashmir). A
state or province written before the reporters sets the scene of the whole sentence; a
town there is most often where they speak ("In Washington, the Pentagon said a strike
killed ...", "In Geneva, the WHO said ..."), and a place after them ("officials in Kabul
said ...") only says where they are (``story.roles.says_who``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import best_place, phrase_places
from geobrief.story.roles import SAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

_SETTING = frozenset({"in", "at"})


def report_setting(sentence: Sentence, verb: Token) -> Located | None:
    """The region fronted before the reporters, for a happening in what they report:
    ``verb`` heads the happening's clause, the report's complement ("authorities say
    1,300 people are known to have died": "known" and "died" alike)."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_.lower() not in SAYS:
        return None
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
    places = [p for c in said.children if c.dep_ == "prep" and c.lower_ in _SETTING
              and subject is not None and c.i < subject.i for p in phrase_places(sentence, c)
              if p.place.kind == "region"]
    return best_place(sentence, places) if places else None
