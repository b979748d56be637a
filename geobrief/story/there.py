"""What "there" points to: a place its own sentence named before it ("began a
vaccination campaign in Tete province after 37 cases were confirmed there"), else a place
where the sentence before says something was ("Floods hit Sylhet. Aid workers said three
people died there"). Not a place that only says who speaks ("aid workers in Dhaka said
three people died there" points back past Dhaka), nor one that only qualifies a noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.named_buildings import name_head
from geobrief.story.phrases import PLACE_NOUNS, best_place
from geobrief.story.roles import says_who

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

_WHERE_PREPS = frozenset("in at near outside off inside within into".split())


def there_place(before: Sentence, trigger: Token, own: Sentence) -> Located | None:
    """The place "there" in the trigger's clause stands for ("cases were reported there",
    not "infected by his girlfriend there"), or None when the clause has no "there"."""
    there = next((t for t in trigger.doc if t.lower_ == "there" and t.dep_ == "advmod"
                  and t.head in (trigger, trigger.head)), None)
    if there is None:
        return None
    first = [p for p in [*_there_places(own, about=False), *_buildings_of_verbs(own)]
             if own.tokens_of(p)[-1].i < there.i and not says_who(own, p)]
    return best_place(own, first) if first else best_place(before, _there_places(before))


def _there_places(before: Sentence, *, about: bool = True) -> list[Located]:
    """What "there" may point to: the places where the sentence says something was ("in
    Kano", "to Lagos"), else, with ``about``, the places it names as what it is about;
    never one that only qualifies a noun ("found guilty in Ohio, said the Dayton
    prosecutor, Ann Kerr ... jailed there": not Dayton)."""
    tops = [(pair, _phrase_top(before, pair)) for pair in before.places]
    where = [pair for pair, top in tops if top is not None and _is_where(top)]
    return where or [pair for pair, top in tops if about and top is not None and (
        top.dep_ not in ("compound", "nmod", "poss", "amod"))]


def _buildings_of_verbs(sentence: Sentence) -> list[Located]:
    """Places whose names begin a building's where a verb happened ("were attacked at
    Kisumu County Referral Hospital by relatives of a woman who had died there"); not
    where a speaker is ("doctors at Dhaka Medical College Hospital said ... there")."""
    found = []
    for pair in sentence.places:
        tokens = sentence.tokens_of(pair)
        head = name_head(tokens[-1]) if tokens else None
        if head is not None and head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPS and (
                head.head.head.pos_ == "VERB"):
            found.append(pair)
    return found


def _phrase_top(sentence: Sentence, pair: Located) -> Token | None:
    """The word that joins a place's phrase to the clause: up through its own name, the
    kind of place it is ("in Tete province"), apposition, "and", "of" and a possessive
    ("in Kenya's capital, Nairobi")."""
    tokens = sentence.tokens_of(pair)
    if not tokens:
        return None
    top = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[-1])
    while top.head != top and (top.dep_ in ("appos", "conj") or (
            top.dep_ in ("compound", "amod") and top.head.lower_ in PLACE_NOUNS) or (
            top.dep_ == "poss" and top.head.dep_ == "pobj") or (
            top.dep_ == "pobj" and top.head.lower_ == "of")):
        top = top.head.head if top.dep_ == "pobj" else top.head
    return top


def _is_where(top: Token) -> bool:
    head = top.head
    return top.dep_ == "pobj" and (head.lower_ in _WHERE_PREPS or (
        head.lower_ == "to" and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() not in ("accord", "according", "due")))
