"""The dateline's place ("SPRINGFIELD, Ohio -- Two teens were robbed ..."): when a
happening the sentence places nowhere takes it. Not one that hangs on another happening
("attacked a convoy near Mopti, killing three"; "stormed the town, setting houses on
fire"), which takes that one's place or none, nor one in a sentence that names a place
of its own away from the dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.ends import in_locative
from geobrief.story.phrases import bearing_place, town_of

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence


def dateline_place(sentence: Sentence, kind: str) -> Located | None:
    """The dateline's place for a happening the sentence places nowhere; for an
    election, its country where the sentence names it ("CHISINAU - Moldova's ruling party
    won Sunday's election": a vote in all Moldova). None when there is no dateline or the
    sentence says where by a place of its own (``_elsewhere``); its country where the
    sentence places it in "the country" (``_countrywide``)."""
    lead = sentence.lead
    if lead is None or _elsewhere(sentence):
        return None
    if kind != "election" and not _countrywide(sentence):
        return lead
    return next((p for p in sentence.places if p.place.kind == "country"
                 and p.place.country == lead.place.country), sentence.lead_country or lead)


# Parts of a country a sentence may place a happening in: "in the country's south".
_PARTS = frozenset("north south east west northeast northwest southeast southwest centre "
                   "center interior".split())
_ACROSS = frozenset({"in", "across", "throughout", "around"})


def _countrywide(sentence: Sentence) -> bool:
    """"ADDIS ABABA, Ethiopia - a landslide killed 229 people in the country's south":
    the happening is in a part of the dateline's country, not in its town."""
    return any(t.lower_ in ("country", "nation") and any(c.lower_ == "the" for c in t.children)
               and ((t.dep_ == "poss" and t.head.lower_ in _PARTS)
                    or (t.dep_ == "pobj" and t.head.lower_ in _ACROSS
                        and t.head.head.pos_ == "VERB"))  # not "fears of unrest in the country"
               for t in sentence.doc)


def _elsewhere(sentence: Sentence) -> bool:
    """The sentence says where by a place of its own away from its dateline's, another
    town or country ("COLUMBUS, Ohio - missionaries kidnapped in Haiti have been freed",
    "BAGHDAD - ... heavy rain flooded seven villages south of Mosul"): the dateline is
    then where the reporter is, no guess for the happening. So does a town it names as
    such ("KHARTOUM - Rebels seized the town of Wad Madani after days of fighting": the
    fighting was not in Khartoum)."""
    lead = sentence.lead
    return lead is not None and any(
        (in_locative(sentence, p, goals=False) or _bearing_from(sentence, p)
         or _town_of(sentence, p))
        and p.place.place_id != lead.place.place_id
        and (p.place.country != lead.place.country or p.place.kind not in ("region", "country"))
        for p in sentence.places
    )


def _town_of(sentence: Sentence, pair: Located) -> bool:
    """The place is named as a town: "the town of Wad Madani", "the village of Kok-Tash"."""
    tokens = sentence.tokens_of(pair)
    of = tokens[-1].head if tokens else None
    return of is not None and town_of(of)


def hangs_on(token: Token, triggers: set[Token]) -> bool:
    """The trigger hangs on another: its head is one, or it is told in a participle
    clause of one ("stormed the town, setting houses on fire")."""
    if token.head != token and token.head in triggers:  # a sentence's root is its own head
        return True
    for above in token.ancestors:
        if above.dep_ == "advcl" and above.tag_ == "VBG":
            return above.head in triggers
    return False


def placed_apart(
    sentence: Sentence, rows: list[dict[str, object]], kind: str,
    regions: Mapping[str, str] | None,
) -> bool:
    """A happening of ``kind`` the sentence has placed already, away from the dateline's
    place: "PORT MORESBY - A landslide buried a village in Enga, and 300 are feared
    killed" tells of one landslide, in Enga; not "CARTHAGE, N.C. - ... killing eight in a
    North Carolina nursing home", where North Carolina holds the dateline's Carthage."""
    lead = sentence.lead
    return lead is not None and any(
        row["type"] == kind and row["place_id"] != lead.place.place_id
        and not (row["precision"] == "country" and row["country"] == lead.place.country)
        and (regions or {}).get(lead.place.place_id) != row["place_id"]
        for row in rows
    )


def _bearing_from(sentence: Sentence, pair: Located) -> bool:
    """The place is one a bearing is taken from: "south of Mosul", "20 km from Kabul"."""
    tokens = sentence.tokens_of(pair)
    prep = tokens[-1].head if tokens else None
    return prep is not None and prep.dep_ == "prep" and prep.lower_ in ("of", "from") and (
        bearing_place(sentence, prep.head) is not None)
