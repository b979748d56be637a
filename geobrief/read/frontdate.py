"""The date an article's front matter gives, in the forms people write it.

Accepted, with a weekday before and a time of day after allowed and ignored:

- ISO 8601: ``2025-01-30``, ``2025-01-30T10:00:00Z``, ``2025-01-30 10:00+02:00`` (the
  day as written, never moved to another time zone), and ``2025/01/30``;
- the month in words, English: ``January 30, 2025``, ``Jan. 30, 2025``, ``Jan 30 2025``,
  ``30 January 2025``, ``30th of Jan. 2025``, ``Thursday, January 30, 2025``, and
  ``Thu, 30 Jan 2025 10:00:00 +0000`` (RFC 2822, as feeds write it).

Refused: day and month both in digits before the year (``30/01/2025``, ``01/30/2025``,
``30.01.2025``), whose reading depends on the writer's country, and any form without a
year (its reading would depend on today's date). The result never depends on today's
date or on the machine's locale.
"""

from __future__ import annotations

import datetime as dt
import re

_NAMES = ("january february march april may june july august september october november "
          "december").split()
MONTHS = {name: number for number, name in enumerate(_NAMES, 1)}
MONTHS |= {name[:3]: number for number, name in enumerate(_NAMES, 1)} | {"sept": 9}

_WEEKDAY = r"(?:(?:[a-z]+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
_TIME = r"(?:(?:,?\s+(?:at\s+)?|T)\d{1,2}[:.]\d{2}\b.*)?"  # "10:00:00 +0000", "10.30 am GMT"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[a-z]+)\.?"
_YEAR = r"(?P<year>\d{4})"
_FORMS = [
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})(?:[T ].*)?"),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, re.I),
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _TIME, re.I),
]
_NUMERIC = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}(?:\s.*)?")
WRITE = "write 2025-01-30 or 30 January 2025"


def front_date(value: str) -> dt.date:
    """The day ``value`` names; ValueError, with the reason as its message (continuing
    "front matter date '...' "), for anything else."""
    text = " ".join(value.split())
    if _NUMERIC.fullmatch(text):
        raise ValueError(f"is ambiguous (day or month first?): {WRITE}")
    for form in _FORMS:
        match = form.fullmatch(text)
        if match is None:
            continue
        month = match["month"]
        number = int(month) if month.isdigit() else MONTHS.get(month.lower())
        if number is None:
            break  # "Smarch 30, 2025"
        try:
            return dt.date(int(match["year"]), number, int(match["day"]))
        except ValueError:
            raise ValueError("is not a real date") from None
    raise ValueError(f"is not a date: {WRITE}")
