"""The article's date as its own text states it, when no front matter or ``--date`` does.

Three places say when a news text was written: a byline ("Published Tuesday, 4 June
2024", "Updated: March 24, 2009"), the head of the article (a byline or dateline with
a full date: "By A. Writer, March 24, 2009", "KYIV, Sept. 11, 2025 (Reuters) -") and a
photo caption, which names the weekday ("... in Palencia, Spain, Monday March 23,
2009."). Only full dates (day, month and year) count; the first found in that order wins.
"""

from __future__ import annotations

import datetime as dt
import re

from geobrief.read.dates import find_dates

HEAD_CHARS = 300  # a byline or dateline sits in the article's first lines
_BYLINE = re.compile(
    r"\b(?:Published|Posted|Updated|Last updated|Last modified|Dated|Filed|Date)\b"
    r"\s*(?:on\s*)?:?\s*",
    re.IGNORECASE,
)
# Words that open a clause before a date: "On June 1, 2011, ...", "Yesterday, May 2, ...".
_TELLING = frozenset({"on", "since", "until", "till", "from", "yesterday", "today", "as", "in"})
_WEEKDAY_NAMED = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\S"
)


def stated_date(text: str, body_start: int = 0) -> dt.date | None:
    """The article's date from its byline, head or a caption; None when it states none."""
    for match in _BYLINE.finditer(text, body_start):
        found = _full_date_at(text, match.end())
        if found is not None:
            return found
    head = text[body_start : body_start + HEAD_CHARS]
    for mention in find_dates(head, None):
        if len(mention.iso) == 10 and not _in_running_text(head, mention.start):
            return _as_date(mention.iso)
    for match in _WEEKDAY_NAMED.finditer(text, body_start):
        found = _full_date_at(text, match.start())
        if found is not None:
            return found
    return None


def _in_running_text(head: str, start: int) -> bool:
    """A date a sentence tells ("the mill was built in Leeds on May 4, 1884", "On June 1,
    2011, a man ...", "said on 3 March 2010 that"), not a byline's or a dateline's ("Jane
    Roe Staff Writer May 4, 2011", "jroe@courier.com May 4, 2011", "KYIV, Sept. 11, 2025"):
    the word before it is a lower-case word or opens a clause."""
    words = head[:start].split()
    if not words:
        return False
    word = words[-1].strip(",;:()\"'“”")
    return "@" not in word and (word.islower() or word.lower() in _TELLING)


def _full_date_at(text: str, start: int) -> dt.date | None:
    """A full date written right at ``start``."""
    window = text[start : start + 40]
    dates = find_dates(window, None)
    if dates and dates[0].start == 0 and len(dates[0].iso) == 10:
        return _as_date(dates[0].iso)
    return None


def _as_date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None
