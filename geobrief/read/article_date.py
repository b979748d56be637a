"""The article's date as its own text states it, when no front matter or ``--date`` does.

Three places say when a news text was written: a byline ("Published Tuesday, 4 June
2024", "Updated: March 24, 2009"), the head of the article (a byline or dateline with
a full date: "By A. Writer, March 24, 2009", "KYIV, Sept. 11, 2025 (Reuters) -") and a
photo caption, which names the weekday and ends with the date ("... near Burgos, Spain,
Friday May 8, 2015."). Only full dates (day, month and year) count; the first found in
that order wins. A weekday's date that a sentence tells ("passed away Sunday, June 7,
2015, at his farm", "a memorial will be held Saturday, June 13, 2015 at noon") is a
happening's, and a label's date that names what it dates ("Image date: 6/15/2015") is
not the article's.
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
# A caption's date ends it: a full stop, a bracket ("(AP Photo/...)") or the line's end.
_CAPTION_END = re.compile(r"\s*(?:[.)(]|\n|$)")
# Words before a weekday that make its date a told happening's ("Last Saturday, March 5").
_TOLD_DAY = frozenset({"last", "next", "this", "that", "every", "each"})


def stated_date(text: str, body_start: int = 0) -> dt.date | None:
    """The article's date from its byline, head or a caption; None when it states none."""
    for match in _BYLINE.finditer(text, body_start):
        if match.group().lower().startswith("date") and _labels_other(text, match.start()):
            continue
        found = _full_date_at(text, match.end())
        if found is not None:
            return found
    head = text[body_start : body_start + HEAD_CHARS]
    for mention in find_dates(head, None):
        if len(mention.iso) == 10 and not _in_running_text(head, mention.start):
            return _as_date(mention.iso)
    for match in _WEEKDAY_NAMED.finditer(text, body_start):
        if _in_running_text(text, match.start(), _TOLD_DAY):
            continue
        found = _full_date_at(text, match.start(), ending=True)
        if found is not None:
            return found
    return None


def _labels_other(text: str, start: int) -> bool:
    """"Scan date:", "Photo date:", "Release date:": a date label with a word before it
    on its line that names what the date is of."""
    line = text[text.rfind("\n", 0, start) + 1 : start].split()
    return bool(line) and line[-1][-1:].isalpha()


def _in_running_text(head: str, start: int, telling: frozenset[str] = frozenset()) -> bool:
    """A date a sentence tells ("the mill was built in Leeds on May 4, 1884", "On June 1,
    2011, a man ...", "said on 3 March 2010 that"), not a byline's or a dateline's ("Jane
    Roe Staff Writer May 4, 2011", "jroe@courier.com May 4, 2011", "KYIV, Sept. 11, 2025"):
    the word before it is a lower-case word or opens a clause."""
    words = head[:start].split()
    if not words:
        return False
    word = words[-1].strip(",;:()\"'“”")
    return "@" not in word and (word.islower() or word.lower() in _TELLING | telling)


def _full_date_at(text: str, start: int, *, ending: bool = False) -> dt.date | None:
    """A full date written right at ``start``; ``ending``: one that ends its sentence."""
    window = text[start : start + 40]
    dates = find_dates(window, None)
    if not dates or dates[0].start != 0 or len(dates[0].iso) != 10:
        return None
    if ending and not _CAPTION_END.match(text, start + dates[0].end):
        return None
    return _as_date(dates[0].iso)


def _as_date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None
