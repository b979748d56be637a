"""Words that tell a happening took place, whatever the clause around it says: a setting
("At a recent meeting, the council agreed to ..."), a past modifier ("a recent
meeting", "the previous visit"), a chance that was had ("had the opportunity to tour
the school") and what a plan is about ("want to review footage of the fire"). Read by
``story.status``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PAST_WORDS = frozenset({"recent", "previous", "prior", "earlier", "past"})
_CHANCES = frozenset("opportunity chance privilege honor honour pleasure".split())
_ABOUT = frozenset({"of", "into", "about", "over"})
# "warned of the threat of an attack", "plans for a rally": what may come, not what was
_TO_COME = frozenset("threat risk danger fear possibility prospect chance likelihood plan "
                     "preparation date eve run-up start".split())


def sets_the_scene(trigger: Token, verb: Token) -> bool:
    """A happening told as the setting of the clause's act, before it ("At a meeting
    Monday, the council agreed to ...", "During the visit, he refused to ..."): it took
    place, whatever the act was; only a future tense moves it ("At next week's meeting,
    it will vote")."""
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj"
            and trigger.head.dep_ == "prep" and trigger.head.head == verb
            and trigger.head.i < verb.i)


def chance_taken(verb: Token) -> bool:
    """"had the opportunity to tour the school", "got the chance to meet him": the
    infinitive of a chance that was had tells what was done (not "will have the chance
    to", a prospect)."""
    chance = verb.head
    return (verb.dep_ == "acl" and chance.lemma_.lower() in _CHANCES
            and chance.dep_ == "dobj" and chance.head.tag_ == "VBD")


def told_about(trigger: Token) -> bool:
    """A happening a noun is about, in what someone plans or wants: "want to review
    footage of the fire", "plan to question the organisers of a protest", "called for an
    inquiry into the shooting": the plan is the review, the fire took place. Not what
    may come ("the threat of an attack", "the date of the vote")."""
    about = trigger.head
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj"
            and about.lower_ in _ABOUT and about.head.pos_ == "NOUN"
            and about.head.lemma_.lower() not in _TO_COME)
