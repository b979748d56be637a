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
"decision"; a local body that heard, discussed or debated something sat, a "meeting".
A judge or a court that rules ("a county judge denied the request") holds a "court"
happening; so does a jury that finds someone guilty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import VOTE, lexicon
from geobrief.story.kinds import agents
from geobrief.story.phrases import best_place, phrase_places
from geobrief.story.pointer_words import LOCAL_BODIES
from geobrief.story.warrants import warrants_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# "the assembly passed a law": a body that passes a bill or a law decides
_DECIDES = frozenset("approve authorize authorise reject adopt vote pass".split())
BODIES = LOCAL_BODIES | frozenset(
    "legislature legislator lawmaker senator parliament senate assembly congress cabinet"
    .split()
)
# People who hold a vote among themselves: "residents voted to approve a levy", "workers
# voted to strike" (a ballot, where one person's vote is no happening).
_ELECTORATES = frozenset("resident voter student member worker employee shareholder "
                         "stockholder citizen villager parishioner delegate".split())
# What a local body does only sitting together: "the city council heard a first reading",
# "commissioners discussed the levy", a meeting (not a legislature's weeks of debate).
_SITS = frozenset("hear discuss debate".split())
MEETING = "meeting"
_NO_SITTING = frozenset("nothing news word noise sound rumour rumor gunfire shot shots".split())


# A judge or a court that rules holds a court happening: "a county judge denied the
# request", "the high court dismissed the appeal", "a magistrate granted bail", "a
# jury found him guilty"; so does one that issues, decides or hears: "a Cebu City judge
# issued a protection order", "a Suffolk County jury concluded that ...", "the jury
# awarded her $2 million", "the high court struck down the law", "the judge set bail".
_RULES = frozenset(
    "deny reject dismiss grant rule order uphold overturn throw find issue conclude decide "
    "determine award impose reverse quash overrule vacate revoke block halt strike clear "
    "hear deliberate set approve accept refuse sign reduce".split()
)
_BENCH = frozenset("judge court magistrate tribunal jury justice".split())
COURT = "court"


def _on_the_bench(doer: Token) -> bool:
    """A judge, court or jury; not a Texas "county judge", who heads a county's
    government ("the county judge in Travis issued a burn ban")."""
    return doer.lemma_.lower() in _BENCH and not (
        doer.lemma_.lower() == "judge" and any(c.text == "county" for c in doer.children))


# What a court awards, unlike a festival's jury ("the Cannes jury awarded the Palme d'Or"):
# money ("$3 million"), damages, custody.
_AWARDED = frozenset("damage damages compensation custody restitution sum settlement cost "
                     "costs fee fees".split())


def _a_prize(verb: Token) -> bool:
    """"the jury in Venice awarded the Golden Lion": a prize given, no court's award
    (which is money, damages or custody)."""
    return verb.lemma_.lower() == "award" and not any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _AWARDED or c.like_num
                                             or c.pos_ == "NUM" or c.ent_type_ == "MONEY")
        for c in verb.children)


def decision_type(verb: Token) -> str | None:
    """"vote" or "decision" for a verb of deciding done by a governing body; "court"
    for a ruling by a judge or a court."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)
    # "a judge issued an arrest warrant": the arrest to come is the news, and a warrant
    # only issued is a prospect (``story.warrants``)
    if lemma in _RULES and any(_on_the_bench(d) for d in doers) and not (
            warrants_of(verb) or _a_prize(verb)):
        return COURT
    if lemma in _SITS and _once(verb) and any(_local(d) for d in doers) and not _told_of(verb):
        return MEETING
    if lemma == "vote" and verb.tag_ in ("VBD", "VBN") and _balloted(verb) and any(
            d.lemma_.lower() in _ELECTORATES and d.tag_ in ("NNS", "NNPS") for d in doers):
        return VOTE  # "students at Bowling Green State University voted to approve a fee"
    if lemma not in _DECIDES or not any(_a_body(d) for d in doers):
        return None
    return VOTE if lemma == "vote" else "decision"


def _balloted(verb: Token) -> bool:
    """A vote cast on a question: "voted to strike", "voted for the levy"; not an election
    ("voted out the ruling party"), a poll ("voted Cape Town the best city") nor "voted
    with their feet"."""
    return not any(c.dep_ in ("prt", "dobj", "oprd", "ccomp") for c in verb.children) and not any(
        t.lower_ == "feet" for t in verb.subtree)


def _once(verb: Token) -> bool:
    """Told of one sitting: done ("heard") or to come ("will discuss"); not a habit ("the
    council discusses the budget every spring")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)


def _local(doer: Token) -> bool:
    """A local body, or a county's or a city's assembly ("the Nairobi county assembly")."""
    return doer.lemma_.lower() in LOCAL_BODIES or (doer.lemma_.lower() == "assembly" and any(
        c.lower_ in ("county", "city", "municipal", "town") for c in doer.children))


def _a_body(doer: Token) -> bool:
    """A governing body, or its members ("senators"; not one senator adopting a dog)."""
    lemma = doer.lemma_.lower()
    return lemma in BODIES and (lemma != "senator" or doer.tag_ in ("NNS", "NNPS"))


def _told_of(verb: Token) -> bool:
    """What the body heard or discussed is news or a happening of its own ("heard the
    news of the fire", "discussed the cholera outbreak", "heard nothing"): no sitting."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in _NO_SITTING or lexicon().nouns.get(
        c.lemma_.lower(), MEETING) not in (MEETING, "presentation"))  # "heard a presentation"
               for c in verb.children)


def bench_place(sentence: Sentence, noun: Token) -> Located | None:
    """Where a court's ruling told by a noun was made: the place its court's own name
    gives ("a 2015 U.S. Supreme Court decision", "the Lagos High Court's ruling"), which
    the noun's own modifiers do not reach (the place qualifies the court, not the
    ruling)."""
    courts = [c for c in noun.children
              if c.dep_ in ("compound", "poss", "nmod") and c.lemma_.lower() in _BENCH]
    return next((found for c in courts
                 if (found := best_place(sentence, phrase_places(sentence, c)))), None)

