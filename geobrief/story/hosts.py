"""A goal told by the place that took the movers in: "Chad has received 200,000 refugees
fleeing Darfur", "Uganda hosts a million people who fled South Sudan", "Jordan has been
the recipient of families escaping the war in Syria". The place that receives, hosts or
shelters them is where they went. Used by ``story.routes`` for a movement with a start
and no goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.movers import mover

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.motion import Movement
    from geobrief.story.parse import Sentence

_RECEIVES = frozenset("receive host shelter welcome absorb accept admit".split())
_RECEIVER = frozenset({"recipient", "host", "home"})


def host_goal(sentence: Sentence, move: Movement) -> Located | None:
    """The place that is the subject of a verb of receiving the movers ("Chad received
    refugees fleeing ..."), or of being their "recipient" or "host"."""
    who = mover(move.word)
    if who is None or move.source is None:
        return None
    while who.dep_ == "pobj" and who.head.lower_ == "of" and who.head.head.pos_ in (
            "NOUN", "NUM") and who.head.head.lemma_.lower() not in _RECEIVER:
        who = who.head.head  # "thousands of families fleeing": the count is the object
    verb: Token | None = None
    if who.dep_ == "dobj" and _receives(who.head):
        verb = who.head
    elif who.dep_ == "pobj" and who.head.lower_ == "of" and (
            who.head.head.lemma_.lower() in _RECEIVER and who.head.head.dep_ == "attr"):
        verb = who.head.head.head  # "has been the recipient of refugees"
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    goal = sentence.place_of(subject) if subject is not None else None
    return goal if goal is not None and goal.place.place_id != move.source.place.place_id else None


def _receives(verb: Token) -> bool:
    """"received", "hosts", "took in" (not "took", the verb of a trip)."""
    lemma = verb.lemma_.lower()
    return lemma in _RECEIVES or (lemma == "take" and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children))
