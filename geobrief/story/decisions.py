"""Decisions of a governing body: "Naperville trustees backed the new library", "the City
Council on Tuesday approved the bond sale", "commissioners voted to fire the
assessors".

A council, board or parliament that approves, rejects, passes or votes on something
("the assembly passed a law") is a decision, a happening of its own in local and
national news; the same verbs done by anyone else ("her parents approved", "residents
voted") are not one. Ratifying or vetoing is one whoever does it: the lexicon's
"decision" words. The body's place is where it sits ("the Leeds City Council", the
dateline's town).

The type is the plain word of the verb (STORY.md: a plain word where none of the ten map
types fits): a body that votes holds a "vote", whatever it votes for ("the board voted
6-1 to sell the depot"); one that approves, authorizes, rejects or adopts makes a
"decision". A judge or a court that rules ("a county judge denied the request")
holds a "court" happening; so does a jury that finds someone guilty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import VOTE
from geobrief.story.kinds import agents

if TYPE_CHECKING:
    from spacy.tokens import Token

# "the assembly passed a law": a body that passes a bill or a law decides
_DECIDES = frozenset("approve authorize authorise reject adopt vote pass".split())
BODIES = frozenset(
    "council councillor councilor trustee board commission commissioner supervisor "
    "selectman selectmen alderman aldermen legislature legislator lawmaker parliament "
    "senate assembly congress committee cabinet".split()
)


# A judge or a court that rules holds a court happening: "a county judge denied the
# request", "the high court dismissed the appeal", "a magistrate granted bail", "a
# jury found him guilty".
_RULES = frozenset("deny reject dismiss grant rule order uphold overturn throw find".split())
_BENCH = frozenset("judge court magistrate tribunal jury justice".split())
COURT = "court"


def decision_type(verb: Token) -> str | None:
    """"vote" or "decision" for a verb of deciding done by a governing body; "court"
    for a ruling by a judge or a court."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)
    if lemma in _RULES and any(d.lemma_.lower() in _BENCH for d in doers):
        return COURT
    if lemma not in _DECIDES or not any(d.lemma_.lower() in BODIES for d in doers):
        return None
    return VOTE if lemma == "vote" else "decision"
