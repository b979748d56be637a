"""The month "last week" lies in, told relative to the article's date: it names no
single day, but an article of Monday 10 February 2025 that says "locusts invaded farms
last week" dates the invasion to "2025-02". When the days it may mean straddle two
months ("last week" on Tuesday 4 March), no date. "This week" and "next week" give
none: a week still under way or to come may hold a prospect, not a deed done.
"""

from __future__ import annotations

import datetime as dt


def week_month(phrase: str, today: dt.date) -> str | None:
    """The ISO month of "last week" said on ``today``, when every day it may mean lies
    in that month; None otherwise, and for any other phrase. "Last week" may be the
    calendar week before this one or the seven days before today: the span covers
    both."""
    if phrase != "last week":
        return None
    try:  # bounded: no week before 1 January of year 1
        first = today - dt.timedelta(days=today.weekday() + 7)
        last = today - dt.timedelta(days=1)
    except OverflowError:
        return None
    if (first.year, first.month) != (last.year, last.month):
        return None
    return f"{first.year:04d}-{first.month:02d}"
