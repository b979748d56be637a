"""A happening's date told when the text tells it again, a sentence or two on, without
a place: "A cyclist was robbed near a park in Peoria. Officers want to trace a man
seen after the June 4 robbery" is a robbery on June 4; "A school janitor was arrested
after a break-in at a pharmacy in Joliet. He was arrested late Friday, June 6" an
arrest on June 6.

A headline or a lead often names the place and the next sentences the day, often
without naming the place again (so those are parsed here, ``_parsed``). The later
word is the same happening when it is the same word or one made from it, in the same
paragraph, within three sentences, names no place of its own (a place would make it a
happening of its own, and ``story.repeats`` merges one told at the same place), is not
told as another one ("a second robbery", "the first case", "an earlier arrest") nor
counted with others ("cases reported so far in 2005"), and happened or goes on (a court
date to come is not the day of the arrest), nor the object of a verb of telling
("announced the indictment Tuesday": the announcement's day). Only a day is lent: a year
or a month told a few sentences on is background ("over a dispute that began in
May 2014"), and not to a report that tells a year of its own ("in the mid-1990s").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geobrief.read.language import load_english
from geobrief.story.arguments import event_place
from geobrief.story.clauses import clause_verb
from geobrief.story.gerunds import nominal_gerunds
from geobrief.story.parse import MAX_SENTENCE
from geobrief.story.status import event_status
from geobrief.story.timing import date_precision, event_date
from geobrief.story.triggers import Trigger, find_triggers

if TYPE_CHECKING:
    from geobrief.story.parse import Sentence, StoryParse
    from geobrief.story.repeats import Row

_STEM = 4  # letters a word and the word made from it share ("robbed", "robbery")
_DAY = len("2026-03-04")  # the retelling gives the day; a year or month tells background
RETOLD_WITHIN = 3  # sentences after the undated report: a lead's details
_UNDATED = frozenset({"happened", "ongoing"})
# Verbs that tell of a happening: their day is the telling's ("announced the indictment
# Tuesday", "declared the outbreak an emergency on March 26").
_TELLING = frozenset("say tell report announce declare confirm state add claim note reveal "
                     "disclose return unveil".split())
# A time of its own that the date reader does not resolve: "in the mid-1990s", "in 1994".
_OWN_YEAR = re.compile(r"\b(?:1[89]|20)\d(?:\d|0s)\b")
# Words that tell another happening of the same kind, not this one again.
_ANOTHER = frozenset({"another", "first", "second", "third", "last", "new", "separate",
                      "similar", "previous", "prior", "earlier", "other", "further", "fresh"})


def retold_dates(story: StoryParse, rows: list[Row]) -> list[Row]:
    """Give each undated happening the date of its retelling in the next sentences."""
    for row in rows:
        if row["date"] is not None or row["status"] not in _UNDATED:
            continue
        if _OWN_YEAR.search(str(row["sentence"])):  # "was sentenced ... in the mid-1990s"
            continue
        date = _retold_date(story, row)
        if date is not None:
            row["date"], row["date_precision"] = date, date_precision(date)
    return rows


def _retold_date(story: StoryParse, row: Row) -> str | None:
    first = int(row["index"])  # type: ignore[call-overload]
    for index in range(first + 1, min(first + 1 + RETOLD_WITHIN, len(story.sentences))):
        if not story.same_paragraph(first, index):
            return None
        sentence = _parsed(story, index)
        for trigger in find_triggers(sentence) if sentence is not None else ():
            if not _same_kind(row, trigger) or _another(trigger) or _counted(trigger):
                continue
            if _told_of(trigger):
                continue
            if event_place(sentence, trigger.token, trigger.type) is not None:
                continue  # a happening placed in its own sentence is its own row
            status = event_status(trigger.token, dated=True)
            date = event_date(story, sentence, trigger.token)
            if date is not None and len(date) == _DAY and status in _UNDATED:
                return date
    return None


def _parsed(story: StoryParse, index: int) -> Sentence | None:
    """Sentence ``index`` parsed: the story parses only sentences that name a place, and
    the one that tells the day often names none ("She was arrested Wednesday"). A copy,
    so that the other layers see the sentences they saw before."""
    sentence = story.sentences[index]
    if sentence.doc is not None or sentence.end - sentence.start > MAX_SENTENCE:
        return sentence if sentence.doc is not None else None
    doc = load_english()(story.article.text[sentence.start : sentence.end].replace("\n", " "))
    nominal_gerunds(doc)
    return replace(sentence, doc=doc)


def _same_kind(row: Row, trigger: Trigger) -> bool:
    """The same word, or one made from it ("robbed", "a robbery"; "died of flu" is an
    infection, "later died" a death): one type holds many happenings ("sentenced" and
    "pleaded guilty" are both court)."""
    word, lemma = str(row["trigger"]).lower().split()[0], trigger.token.lemma_.lower()
    stem = word[:_STEM] if len(word) >= _STEM else word
    return trigger.token.lower_ == word or lemma.startswith(stem) or (
        len(lemma) >= _STEM and word.startswith(lemma))


def _told_of(trigger: Trigger) -> bool:
    """A noun that a verb of telling takes: "announced the indictment Tuesday"."""
    token = trigger.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = clause_verb(token)
    return verb.lemma_.lower() in _TELLING


def _counted(trigger: Trigger) -> bool:
    """"polio cases reported so far in 2005", "arrests this year": a plural noun counts
    many happenings, not this one."""
    return trigger.token.tag_ in ("NNS", "NNPS")


def _another(trigger: Trigger) -> bool:
    """"a second robbery", "another arrest", "an earlier death"."""
    return any(c.dep_ in ("det", "amod", "advmod") and c.lower_ in _ANOTHER
               for c in trigger.token.children)
