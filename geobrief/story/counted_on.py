"""Happenings dated by counting on from the time told before: "Cameroon began releasing
water from the Lagdo dam on Sunday. Two days later, the water flooded 40 villages" is
the Tuesday. The count runs from the last time the text told before it: the date the
nearest sentence wrote, or the last dated happening when none wrote one since (the
sentence before may tell its time without a happening the story draws).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.read.dates import counts_on, find_dates, later_date
from geobrief.story.timing import date_precision

if TYPE_CHECKING:
    from geobrief.story.parse import StoryParse
    from geobrief.story.repeats import Row


def dated_later(story: StoryParse, rows: list[Row]) -> list[Row]:
    """"A bomb exploded on 12 March 2011. Two days later, police arrested three men": a
    happening with no date of its own, in a sentence that counts days from the time told
    before, takes that day plus the count."""
    last: Row | None = None
    for row in rows:
        index = int(row["index"])  # type: ignore[call-overload]
        if row["date"] is None and counts_on(str(row["sentence"])) and (
                before := _told_before(story, index, last)):
            row["date"] = later_date(str(row["sentence"]), before)
            row["date_precision"] = date_precision(row["date"])  # type: ignore[arg-type]
        if row["date"] is not None:
            last = row
    return rows


def _told_before(story: StoryParse, index: int, last: Row | None) -> str | None:
    """The time a count in sentence ``index`` runs from: the last date written in the
    nearest sentence before it, back to the last dated happening's sentence (exclusive),
    else that happening's date; None when the happening is told in the same sentence."""
    floor = -1 if last is None else int(last["index"])  # type: ignore[call-overload]
    if floor >= index:
        return None
    text = story.article.text
    for at in range(index - 1, floor, -1):
        sentence = story.sentences[at]
        dates = find_dates(text[sentence.start : sentence.end], story.article.date)
        if dates:
            return dates[-1].iso
    return None if last is None else str(last["date"])
