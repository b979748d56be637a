"""Where a recall is issued: where the firm or the regulator that recalls is.

"The Brisbane company voluntarily recalled its frozen berries", "Kenya's drug regulator
has recalled a batch of cough syrup", "a toy maker in Shenzhen has issued a recall",
"Harvest Valley Foods, a company based in Fresno, recalled 2,000 cans": the recall
comes from the recaller's seat, told by a word before it, a phrase or a clause on it
(a firm's base, which elsewhere only tells who acted). Where the goods are recalled
from ("from shops in Belgium and France") is told by the verb's own phrase and comes
first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.doers import doers_of
from geobrief.story.object_places import modifier_place
from geobrief.story.phrases import locative_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# The verbs a noun recall is the object of: "issued a recall", "announced a recall".
_ISSUES = frozenset({"issue", "announce", "order", "launch", "initiate", "expand"})


def recaller_place(sentence: Sentence, trigger: Token) -> Located | None:
    """The seat of who recalled ("the Brisbane company recalled": Brisbane; "a toy
    maker in Shenzhen issued a recall": Shenzhen); None when none is told."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in _ISSUES:
            return None
        verb = trigger.head
    goods = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for told in (phrase_places(sentence, c, stop=frozenset()) for g in goods
                 for c in g.children if c.dep_ == "prep" and c.lower_ == "from"):
        if told:  # "recalled its peanut butter from shops in Belgium": there
            return told[0]
    for doer in doers_of(verb):
        for who in (doer, *(c for c in doer.children if c.dep_ == "appos")):
            found = (sentence.place_of(who) or modifier_place(sentence, who, adjectives=True)
                     or locative_place(sentence, who, static=True) or next(
                         (p for c in who.children if c.dep_ in ("acl", "relcl")
                          for p in [locative_place(sentence, c, static=True)]
                          if p is not None), None))
            if found is not None:
                return found
    return None
