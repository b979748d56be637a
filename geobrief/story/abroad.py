"""Votes cast abroad: one election, in the country that holds it.

"Moldovans voted at polling stations in Italy, Germany and Romania in the presidential
election": the stations abroad are where expatriates cast their ballots, not three
elections. A happening placed at polling stations in a country, when the sentence names
another country outside that phrase ("Moldovans", "Moldova's election"), is the vote of
that other country. The words that name where a vote is cast are shared with
``story.triggers`` ("polling stations were opened" tells of the vote, not an opening),
and so is what a vote puts in or out of office ("Malawi voted in a new president",
"voters in Lima voted out the mayor": an election, whoever voted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

_VOTING = frozenset({"poll", "polling", "voting", "ballot", "precinct"})
# Who or what a vote puts in or out of office.
_OFFICES = frozenset(
    "government president premier minister leader party mayor governor parliament "
    "administration coalition incumbent candidate".split()
)


def voted_into_office(verb: Token) -> bool:
    """"voted in a new government", "voted out the mayor", "voted the premier out": an
    election; not "voted in favour" nor "voted in the council chamber"."""
    if verb.lemma_.lower() != "vote":
        return False
    outs = [c for c in verb.children if c.lower_ in ("in", "out") and c.dep_ in ("prt", "prep")]
    held = [g for c in outs for g in c.children if g.dep_ == "pobj"]
    held += [c for c in verb.children if c.dep_ == "dobj"] if outs else []
    return any(n.lemma_.lower() in _OFFICES for n in held)


def for_voting(noun: Token | None) -> bool:
    """"the polls", "polling stations", "voting booths": where a vote is cast."""
    return noun is not None and (noun.lemma_.lower() in _VOTING or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _VOTING for c in noun.children))


def voters_home(sentence: Sentence, pair: Located) -> Located | None:
    """The country whose vote is cast at the polling stations ``pair`` is in: a country
    the sentence names outside that phrase; None when ``pair`` is no polling place
    abroad."""
    tokens = sentence.tokens_of(pair)
    if not tokens or not pair.place.country:
        return None
    station = next((a for a in tokens[0].ancestors if for_voting(a)), None)
    if station is None:
        return None
    inside = {t.i for t in station.subtree}
    for token in sentence.doc or ():
        other = sentence.place_of(token)
        if (other is not None and token.i not in inside and other.place.kind == "country"
                and other.place.country != pair.place.country):
            return other
    return None
