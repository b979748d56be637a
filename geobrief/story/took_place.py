"""Words that tell a happening took place, though the clause around it tells of a plan:
the setting of an act done ("At a meeting in Nakuru on Monday, the traders agreed to
..."), a past modifier ("want to review the recent fire"), what a wanted act looks back
at ("want to review footage of the fire"), what one is to answer for ("is to die for the
stabbing") and a chance that was had ("had the opportunity to tour the school"). Read by
``story.status``. And the other way: a happening dated after the article's day has not
taken place yet (``dated_status``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PAST_WORDS = frozenset({"recent", "previous", "prior", "earlier", "past"})
_CHANCES = frozenset("opportunity chance privilege honor honour pleasure".split())
_SETTINGS = frozenset({"at", "during", "in"})
# Nouns that look back at a happening: "footage of the fire", "an inquiry into the
# shooting", "the victims of the attack" (not "a postponement of the election", "the
# details of the visit": what is still to come).
_LOOKING_BACK = frozenset(
    "footage video image photo picture review inquiry investigation probe aftermath "
    "victim survivor repeat cause scene site wreckage anniversary organiser organizer "
    "perpetrator".split())


# Verbs whose "for" tells what someone is punished, tried or thanked for: a deed done
# ("is scheduled to die for the stabbing of ...", "will be sentenced for the robbery").
_ANSWERED_FOR = frozenset(
    "die execute hang sentence punish jail imprison convict try fine blame sue charge "
    "indict prosecute arrest thank honor honour praise reward apologize apologise".split())


def took_place(trigger: Token, verb: Token) -> bool:
    """Whether the happening ``trigger`` tells took place though ``verb``, the verb it
    belongs to, tells of a plan."""
    return (_sets_the_scene(trigger, verb) or _told_as_past(trigger)
            or looked_back_at(trigger) or _answered_for(trigger))


def _answered_for(noun: Token) -> bool:
    """"is scheduled to die for the fatal stabbing of Wanda Snipes", "will be sentenced
    for the robbery": what one is to answer for was done."""
    return (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj"
            and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in _ANSWERED_FOR
            and not any(c.dep_ == "det" and c.lower_ in ("any", "every", "no", "each")
                        for c in noun.children))  # "punished for any attack": none yet


def _sets_the_scene(trigger: Token, verb: Token) -> bool:
    """A happening told before the clause as the setting of an act done ("At a meeting
    on Monday, the council agreed to ...", "During the visit, he refused to ..."); not
    one that sets an act to come ("At the talks, they are expected to ...", "Before the
    election, parties want to ...")."""
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj"
            and trigger.head.lower_ in _SETTINGS and trigger.head.head == verb
            and trigger.head.i < verb.i and verb.tag_ == "VBD")


def _told_as_past(noun: Token) -> bool:
    """"want to review the recent fire", "the previous visit"."""
    return any(c.dep_ == "amod" and c.lower_ in _PAST_WORDS for c in noun.children)


def looked_back_at(trigger: Token) -> bool:
    """What a noun of a plan or of a search under way looks back at: "want to review
    footage of the fire", "plan to question the organisers of a protest", "are studying
    the aftermath of the blast"."""
    about = trigger.head
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj"
            and about.lower_ in ("of", "into") and about.head.lemma_.lower() in _LOOKING_BACK)


def chance_taken(verb: Token) -> bool:
    """"had the opportunity to tour the school", "got the chance to meet him": the
    infinitive of a chance that was had tells what was done (not "will have the chance
    to", a prospect, nor "had no chance to", "never had the chance to")."""
    chance, had = verb.head, verb.head.head
    return (verb.dep_ == "acl" and chance.lemma_.lower() in _CHANCES
            and chance.dep_ == "dobj" and had.tag_ == "VBD"
            and not any(c.dep_ == "neg" for c in had.children)
            and not any(c.lower_ in ("no", "little") for c in chance.children))


def dated_status(status: str, date: str | None, article_date: dt.date | None) -> str:
    """A happening dated after the article's day has not happened yet: it is scheduled
    ("on the eve of a joint exercise")."""
    if status != "happened" or date is None or article_date is None:
        return status
    return "scheduled" if date > article_date.isoformat()[: len(date)] else status
