"""Where a warning or an advisory holds: the area it is "for" ("a tsunami warning was
issued for Honolulu", "a boil-water advisory for parts of Calgary", "a travel warning
for Kenya"), read by ``story.arguments`` when no locative phrase says. Not whom it is
aimed at: a people ("a warning for Britons travelling to Egypt"), what is someone's ("a
warning for Pakistan's economy"), nor a country warned over something ("FIFA issued a
warning for Nigeria over the conduct of its fans"): a bare "warning" for a country is
one of those, a "travel warning" or a "flood warning" for it is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence


def advised_place(sentence: Sentence, trigger: Token) -> Located | None:
    """The place of the "for" phrase of the warning, or of the verb that issues it."""
    holders = [trigger, trigger.head] if trigger.head.pos_ == "VERB" else [trigger]
    bare = not any(c.dep_ in ("compound", "amod", "nmod") for c in trigger.children)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            places = phrase_places(sentence, prep)
            found = best_place(sentence, [p for p in places if p.mention.form != "adjective"
                                          and not _whose(sentence, p)])
            if found is not None and not (bare and found.place.kind == "country"):
                return found
    return None


def _whose(sentence: Sentence, pair: Located) -> bool:
    """The place names whose the warned thing is: "Pakistan's economy"."""
    return any(t.dep_ == "poss" for t in sentence.tokens_of(pair))
