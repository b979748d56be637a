"""A happening placed at a region whose clause also names one of that region's towns is
at the town: "In Bavaria, a flood destroyed dozens of homes in Passau" happened in
Passau. The region is often told first, in its own phrase, to set the scene, and the
town only in the phrase of what was struck; both are the happening's, and the town is
the more specific. The town must lie in that region (the gazetteer's region of each
town) and be named where something is ("in", "at", "near" ...) or be what the verb struck
("a flood hit Passau"), not where someone is from ("a man from Passau", "a pupil at a
school in Passau"). So too a country's happening told all within one of its parts: "the
number infected in Australia has risen to 47, all in New South Wales" (``all_within``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from geobrief.story.clauses import clause_verb
from geobrief.story.located import TOWNS, Located
from geobrief.story.phrases import LOCATIVE, best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# Where something is, not whither: a goal is another happening's place.
_WHERE = LOCATIVE - {"into", "onto", "towards", "toward", "through"}
_OWN = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp"})
_WHOLLY = frozenset({"all", "both"})


def town_within(
    sentence: Sentence, trigger: Token, pair: Located | None,
    regions: Mapping[str, str] | None,
) -> Located | None:
    """The town of region ``pair`` that the trigger's clause places something in, if
    any; else ``pair``. ``regions``: the region id of each town the gazetteer knows."""
    if pair is None or pair.place.kind != "region" or not regions:
        return pair
    verb = clause_verb(trigger)
    region = pair.place.place_id
    for other in sentence.places:
        if other.place.kind not in TOWNS or regions.get(other.place.place_id) != region:
            continue
        tokens = sentence.tokens_of(other)
        struck = bool(tokens) and tokens[-1].dep_ == "dobj" and tokens[-1].head == verb
        if tokens and (struck or (_where(tokens[-1]) and _in_clause(tokens[-1], verb))):
            return other
    return pair


def _in_clause(name: Token, verb: Token) -> bool:
    """The name hangs on ``verb`` without crossing a clause of its own ("a flood hit
    Bavaria, and a man in Passau said") or a phrase that describes someone ("Ann Lee, a
    pupil at a school in Passau, won the Bavarian chess tournament")."""
    token = name
    while token != verb:
        if token.head == token or token.dep_ == "appos" or (
                token.pos_ in ("VERB", "AUX") and token.dep_ in _OWN):
            return False
        token = token.head
    return True


def _where(name: Token) -> bool:
    """The name is the object of a locative preposition: "homes in Passau"."""
    head = name
    while head.dep_ in ("compound", "appos", "conj") and head.head != head:
        head = head.head  # "in West Kelowna, B.C.", "in Passau and Deggendorf"
    return head.dep_ == "pobj" and head.head.lower_ in _WHERE


def all_within(sentence: Sentence, pair: Located | None) -> Located | None:
    """The part of country ``pair`` that its sentence says holds all of it ("..., all in
    New South Wales", "both in Kerala"); else ``pair``."""
    if pair is None or pair.place.kind != "country" or sentence.doc is None:
        return pair
    if any(t.lower_ in ("across", "throughout") for t in sentence.doc):
        return pair  # "protests broke out across India, but curfews only in Delhi"
    for prep in sentence.doc:
        if prep.dep_ == "prep" and prep.lower_ in _WHERE and any(
                c.lower_ in _WHOLLY for c in prep.children if c.dep_ == "advmod"):
            part = best_place(sentence, phrase_places(sentence, prep))
            if part is not None and part.place.kind != "country" and (
                    part.place.country == pair.place.country):
                return part
    return pair
