"""Dates written in a sentence, resolved against the article's date.

Returns ISO strings at the precision the text gives: "2022-02" for "February 2022",
"2025-08-22" for "August 22" in an article dated September 2025, "2025-09-11" for
"Thursday" in an article dated Thursday 11 September 2025.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(_MONTH + r"\s+" + _DAY + r",?\s+(?P<year>\d{4})\b", re.I)),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>\d{4})\b", re.I)),
    ("my", re.compile(r"\b" + _MONTH + r"\s+(?P<year>\d{4})\b", re.I)),
    ("md", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b", re.I)),
    ("weekday", re.compile(r"\b(?:on|last|this)\s+" + _WEEKDAY + r"\b", re.I)),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|last month|last week|last year)\b", re.I)),
    ("year", re.compile(r"\bin\s+(?P<year>(?:19|20)\d{2})\b")),
]
# Phrases that place an event relative to the article's own day.
_OFFSETS = {"a day after": -1, "the day after": -1, "on the eve of": 1, "a day before": 1}


def find_date(text: str, article_date: dt.date | None) -> str | None:
    """The first date written in ``text``, as an ISO string, or None."""
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        resolved = _resolve(kind, match, article_date)
        if resolved is not None:
            return resolved
    return None


def offset_date(prefix: str, article_date: dt.date | None) -> str | None:
    """"a day after <event>": the event is the day before the article's day."""
    if article_date is None:
        return None
    lowered = prefix.lower()
    for phrase, days in _OFFSETS.items():
        if phrase in lowered[-60:]:
            shifted = shift(article_date, days)
            return shifted.isoformat() if shifted else None
    return None


def _resolve(kind: str, match: re.Match[str], today: dt.date | None) -> str | None:
    groups = match.groupdict()
    month = _MONTHS.get((groups.get("month") or "").lower().rstrip("."), 0)
    if kind in ("mdy", "dmy"):
        return _safe_date(int(groups["year"]), month, int(groups["day"]))
    if kind == "my":
        return f"{int(groups['year']):04d}-{month:02d}"
    if kind == "year":
        return groups["year"]
    if today is None:
        return None
    if kind == "md":
        year = today.year if month <= today.month else today.year - 1
        return _safe_date(year, month, int(groups["day"]))
    if kind == "weekday":
        back = (today.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7
        day = shift(today, -back)
        return day.isoformat() if day else None
    return _relative(groups["rel"].lower(), today)


def _relative(phrase: str, today: dt.date) -> str | None:
    if phrase == "today":
        return today.isoformat()
    if phrase in ("yesterday", "last week"):
        day = shift(today, -1 if phrase == "yesterday" else -7)
        return day.isoformat() if day else None
    if phrase == "last month":
        day = shift(today.replace(day=1), -1)
        return f"{day.year:04d}-{day.month:02d}" if day else None
    return f"{today.year - 1:04d}" if today.year > dt.MINYEAR else None


def shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days`` days, or None past the calendar's ends (years 1 and
    9999): every date computed from an article's date goes through here."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
