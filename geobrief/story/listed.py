"""Places listed after a colon that ends a happening's clause.

"Three countries have since reported dengue outbreaks: Peru, Bolivia and Ecuador."
tells one outbreak in each of the three; the parser hangs such a list anywhere (an
apposition, an adverb of the verb, a root of its own), so it is read from the tokens:
after the colon there must be nothing but places (or other names), commas and "and"/"or",
else the colon opens something else ("said in a statement: ...", "two causes: rain and
neglect").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

_JOINERS = frozenset({",", "and", "or", ".", ";"})


def listed_places(sentence: Sentence, trigger: Token) -> list[Located]:
    """The places listed after the first colon after ``trigger``, when the list is all
    that follows it and no place stands between the trigger and the colon."""
    if sentence.doc is None:
        return []
    colon = next((t for t in sentence.doc[trigger.i + 1:] if t.text == ":"), None)
    if colon is None or any(sentence.place_of(t) for t in sentence.doc[trigger.i:colon.i]):
        return []
    found: list[Located] = []
    for token in sentence.doc[colon.i + 1:]:
        pair = sentence.place_of(token)
        if pair is None:  # a name the gazetteer missed ("Cote d'Ivoire") is passed over
            if token.lower_ not in _JOINERS and token.pos_ != "PROPN":
                return []
        elif pair.mention.form == "adjective":
            return []
        elif pair not in found:
            found.append(pair)
    return found if len(found) > 1 else []
