"""When a happening took place: a date in its clause, or an offset from the article's
date ("a day after Poland shot down ...", "on the eve of a joint exercise").

The dates of a sentence are found once (``geobrief.read.dates``) and resolved against the
article's date (front matter, ``--date`` or a date the text states). A happening takes
the date written inside its own clause, nearest first; when its sentence has a single
date and the happening is not told in a clause of its own (a relative or adverbial
clause: "who was kidnapped in Gao was released on Monday"), that one.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from geobrief.read.dates import DateMention, find_dates, offset_date

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence, StoryParse

OFFSET_REACH = 50  # characters: an offset phrase stands just before the happening's word
# Clauses with a time of their own: a date outside them belongs to another happening.
_OWN_TIME = frozenset({"relcl", "acl", "advcl"})


def event_date(
    story: StoryParse, sentence: Sentence, trigger: Token, *, future: bool = False
) -> str | None:
    """The ISO date of the happening ``trigger`` reports, or None; ``future``: the
    happening is to come ("will visit on Saturday" is the coming Saturday)."""
    anchor = story.article.date
    text = story.article.text
    start = sentence.offset(trigger)
    prefix = text[max(sentence.start, start - OFFSET_REACH) : start].rsplit(",", 1)[-1]
    shifted = offset_date(prefix, anchor)
    if shifted is not None:
        return shifted
    dates = _sentence_dates(text[sentence.start : sentence.end], anchor, future)
    if not dates:
        return None
    verb = _clause_verb(trigger)
    tokens = list(verb.subtree)
    clause = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    inside = [d for d in dates if clause[0] <= d.start and d.end <= clause[1]]
    if inside:
        return min(inside, key=lambda d: abs(d.start - trigger.idx)).iso
    if verb.dep_ in _OWN_TIME:  # "who was kidnapped in Gao was released on Monday"
        return None
    return dates[0].iso if len(dates) == 1 else None


@functools.lru_cache(maxsize=256)
def _sentence_dates(text: str, anchor: object, future: bool) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, anchor, future=future))  # type: ignore[arg-type]


def _clause_verb(trigger: Token) -> Token:
    """The verb of the clause that holds the trigger (the trigger, if a verb)."""
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head
