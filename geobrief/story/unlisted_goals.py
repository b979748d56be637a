"""Movements to a place the gazetteer lacks: "the cortege made its way to St Brigid's
church", "the patient was airlifted to Camp Bastion".

The goal phrase names a place by a capitalised name the geoparser left unresolved
(recognised as for happenings, ``story.unlisted``). The route keeps that name as its
end, shown at the place that holds it: a place of its own phrase ("the Maranon River in
northern Peru"), else the place written right after the same name earlier in the
article ("the Mercy Memorial Hospital in Leeds", then "airlifted to Mercy Memorial"), else a
place its sentence names by name before it (not where the movement starts), else the
last place named in the two sentences before it in its paragraph, else, for someone
taken to a hospital or a jail, the local story's own town ("TULSA, Okla. -- ..." or the
town it names most as where: ``local_seat``); not a place in a clause that says who
someone is, nor where a firm is based ("a firm based in Houston"). With no such place,
no route: a line to a guessed point is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geobrief.story.located import Located
from geobrief.story.phrases import best_place, phrase_places
from geobrief.story.roles import names_where
from geobrief.story.site_names import name_tokens
from geobrief.story.unlisted import as_located, named
from geobrief.story.unlisted_shown import home_town

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.models import Place
    from geobrief.story.parse import Sentence, StoryParse


def unlisted_goal(
    story: StoryParse, index: int, obj: Token, source: Located | None, places: list[Place]
) -> Located | None:
    """The place the goal object ``obj`` of a movement in sentence ``index`` names, when
    the gazetteer lacks it: its name at its anchor; the article's place of that name if
    another mention of it was resolved; None when it names no such place or has no
    anchor. ``places``: the article's places (for the local story's town)."""
    sentence = story.sentences[index]
    tokens = name_tokens(sentence, obj)
    if not tokens:
        return None
    found = named(story, sentence, tokens)
    if isinstance(found, Located):
        return found
    anchor = _anchor(story, index, (found.start, tokens[-1], found.name), source)
    if anchor is None and _taken_in(obj):  # "was taken to UMass Memorial Medical Center"
        anchor = home_town(story, places)
    return None if anchor is None else as_located(replace(found, anchor=anchor))


# After a name, the rest of it and the place it is in: "(Mercy Memorial) Hospital in Leeds".
_REST_AND_PLACE = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*)*,?\s+(?:in|at|near)\s+")


def _told_before(story: StoryParse, index: int, name: str) -> Located | None:
    """The place written right after the same name earlier in the article ("the Mercy
    Memorial Hospital in Leeds", then "was airlifted to Mercy Memorial"): the name is
    there, wherever the sentences between have been."""
    text = story.article.text
    for before in story.sentences[:index]:
        for told in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)",
                                text[before.start : before.end]):
            rest = _REST_AND_PLACE.match(text, before.start + told.end())
            place = rest and next(
                (p for p in before.places if p.mention.start == rest.end()), None)
            if place:
                return place
    return None


def _anchor(
    story: StoryParse, index: int, name: tuple[int, Token, str], source: Located | None
) -> Located | None:
    """Where the name that starts at ``name[0]``, with its head word ``name[1]`` and
    written ``name[2]``, is shown (see the module's docstring)."""
    here = story.sentences[index]
    start, head, written = name
    own = best_place(here, phrase_places(here, head))  # "the Maranon River in northern Peru"
    if own is not None:
        return own
    told = _told_before(story, index, written)
    if told is not None:
        return told
    before = [p for p in _where(here) if p.mention.end <= start and p != source]
    if before:
        return before[-1]
    for before in story.paragraph_before(index):
        named = _where(before)
        if named:
            return named[-1]
    return None


# Who is taken to a hospital or a jail in a local story stays in its town: "was taken to
# UMass Memorial Medical Center", "was transported to the Titus County Jail"; not one flown
# or sent ("flown to Landstuhl Regional Medical Center", "sent to Guantanamo Bay").
_TAKEN_IN = frozenset("take transport rush transfer bring drive carry admit book".split())
_HOLDS = frozenset("hospital center centre clinic infirmary jail".split())


def _taken_in(goal: Token) -> bool:
    verb = goal.head.head if goal.dep_ == "pobj" else goal.head
    return verb.lemma_.lower() in _TAKEN_IN and goal.lemma_.lower() in _HOLDS


def _where(sentence: Sentence) -> list[Located]:
    """The places a sentence names by name, but not in a clause that tells who someone
    is ("the funeral of the officer shot dead in Craigavon", "a man who lives in Leeds")."""
    return [
        p for p in sentence.places if names_where(sentence, p) and not any(
            a.dep_ in ("acl", "relcl") for t in sentence.tokens_of(p)[-1:] for a in t.ancestors
        )
    ]
