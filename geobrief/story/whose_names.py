"""Place names that say whose someone or something is, not where anything happens.

The focus weighs each mention of a country (``roles.find_focus``); these mentions say
little about where the story is, so they weigh less than a plain name:

- a place inside another proper name: an airline, firm, club or newspaper named after a
  place ("a Malaysia Airlines jet crashed in Nepal", "Valparaiso Mining halted work in
  Peru", "Real Madrid fans were attacked in Buenos Aires", "Air France said"): the
  organisation acts far from the place its name holds (``in_a_name``);
- the nationality of people who are away from home by what they are: "Sudanese
  refugees crossed into Chad", "Honduran migrants pushed into Guatemala", "Spanish
  fans", "Japanese tourists": the adjective names the country they left, the one the
  story is not in (``away_from_home``);
- a person's home set off after their name: "said Amina Hassan, of Mombasa, who was
  visiting relatives in Garissa" (``someone_of``), where the place is who speaks;
- a capital or country that speaks for its government, or whose speaker is named:
  "Washington said", "Beijing warned", "Egypt condemned the attack in Gaza", "U.S.
  officials said" (``speaks``): where the speaker sits, as "analysts in Dallas said"
  (``roles.says_who``), not where anything happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Last words of organisation names that are often a place's name first: "Kenya Airways",
# "Valparaiso Mining", "the Jerusalem Post", "Leeds United".
_NAME_ENDS = frozenset(
    "airlines airline airways air aviation mining minerals motors bank holdings corp "
    "corporation inc ltd plc energy petroleum oil steel telecom post times herald tribune "
    "gazette journal chronicle united rovers wanderers athletic fc llc".split()
)
# First words of club and firm names whose last word is a place's: "Real Madrid", "Air
# France", "Bayern Munich", "Inter Milan", "Dynamo Kyiv".
_NAME_STARTS = frozenset(
    "real atletico atlético air inter dynamo dinamo sporting olympique racing bayern "
    "borussia deportivo".split()
)
# People who are, by what they are, away from the country their adjective names.
_AWAY = frozenset(
    "refugee migrant immigrant emigrant evacuee asylum-seeker seeker tourist pilgrim "
    "expatriate expat fan supporter holidaymaker".split()
)


# Verbs of a government speaking through its seat: "Moscow denied", "Kenya urged calm";
# not "China announced an outbreak", which reports news from home.
_SPEAKING = frozenset("say tell warn deny accuse condemn urge".split())


def in_a_name(tokens: list[Token]) -> bool:
    """The place's words (``tokens``) are part of a longer proper name: "Malaysia" in "a
    Malaysia Airlines jet", "Madrid" in "Real Madrid supporters"."""
    last = tokens[-1]
    head = last
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head is not head:
        head = head.head
        if head.lower_ in _NAME_ENDS:
            return True
    first = tokens[0]
    return any(
        c.dep_ == "compound" and c.i < first.i and c.pos_ == "PROPN" and c.lower_ in _NAME_STARTS
        for c in first.children
    )


def away_from_home(last: Token) -> bool:
    """The name or adjective (its last word ``last``) qualifies people who are away from
    it: "Sudanese refugees", "Venezuelan migrants", "the British tourists"."""
    return last.dep_ in ("amod", "compound", "nmod", "poss") and (
        last.head.lemma_.lower() in _AWAY)


def someone_of(last: Token) -> Token | None:
    """The person a place is set off after, with "of": "Ben Okafor, of Enugu, said" and
    "of Cedar Falls, Iowa" (the state apposed to the town) give "Okafor"; else None."""
    name = last
    while name.dep_ in ("appos", "conj") and name.head.pos_ == "PROPN" and name.head is not name:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "of" or prep.i == 0:
        return None
    if name.doc[prep.i - 1].text != ",":  # "the mayor of Enugu" is where she governs
        return None
    return prep.head


def speaks(last: Token) -> bool:
    """The place (its last word ``last``) is who speaks: the subject of a verb of saying,
    alone or joined to another ("Washington and Beijing warned"), or a name that
    qualifies that subject ("U.S. officials said")."""
    while last.dep_ == "conj" and last.head is not last:
        last = last.head
    if last.dep_ in ("compound", "amod", "poss", "nmod"):
        last = last.head
    return last.dep_ == "nsubj" and last.head.lemma_.lower() in _SPEAKING
