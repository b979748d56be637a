"""Dates written in a sentence, resolved against the article's date.

Returns ISO strings at the precision the text gives: "2022-02" for "February 2022",
"2025-08-22" for "August 22" in an article dated September 2025, "2025-09-11" for
"Thursday" in an article dated Thursday 11 September 2025, "2025-09-12" for "tomorrow"
("last week": a month, ``read.weeks``). Without the article's date, only dates written
out in full resolve: a weekday, "yesterday" or "August 22" alone give nothing. Years
beyond 1..9999 drop.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from geobrief.read.not_years import house_number, model_year
from geobrief.read.weeks import week_month

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# Month and weekday names are capitalised in news ("3 may have died" is no date).
_MONTH = r"(?P<month>" + "|".join(sorted((m.title() for m in _MONTHS), key=len, reverse=True))
_MONTH += r")\.?"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 0}
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(_NUMBERS) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>" + "|".join(d.title() for d in _WEEKDAYS) + r")"
_ON_DAY = r"(?:(?:" + "|".join(d.title() for d in _WEEKDAYS) + r"),?\s+)?"
_YEAR = r"(?P<year>(?:1[0-9]|20)\d{2})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("numeric", re.compile(
        r"\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})\b")),
    ("mdy", re.compile(r"\b" + _ON_DAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b")),
    ("dmy", re.compile(
        r"\b" + _ON_DAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b")),
    ("my", re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b")),
    ("md", re.compile(r"\b" + _ON_DAY + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:,\s*)?\d)")),
    ("dm", re.compile(r"\b" + _ON_DAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b")),
    ("month", re.compile(r"\b(?P<which>(?i:in|since|until|by|during|early|late|mid|last|next|"
                         r"this))[\s-]+" + _MONTH + r"(?!\w)(?!\s*,?\s*\d)")),
    ("weekday", re.compile(r"\b(?:(?P<which>(?i:last|next|this|on))\s+)?" + _WEEKDAY + r"\b")),
    ("ago", re.compile(r"\b" + _COUNT + r"\s+" + _UNIT + r"\s+ago\b", re.I)),
    ("relative", re.compile(
        # "overnight": the night before the article's day, not "overnight Tuesday"
        r"\b(?P<rel>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|"
        r"evening)|(?:last|this) week|"
        r"overnight(?!\s+(?:on\s+)?(?:[A-Z][a-z]+day|into|to|from)\b)|"
        r"last month|this month|last year|this year|next month|next year)\b", re.I)),
    # "since 1995, when two trains collided": the year the "when" clause tells of
    ("year", re.compile(
        r"(?:\b(?i:in|during|early|late|mid|of)\s+|\b(?i:early|late|mid)-|^\s*|"
        r"\b(?i:since|until)\s+(?=\d{4},?\s+when\b))" + _YEAR + r"\b")),
    # a year that qualifies a noun: "a 2007 confrontation", "the 2004 tsunami", "the 1967
    # Six-Day War"; not a street number ("the 1500 block of Main Street")
    ("qualifier", re.compile(r"\b(?:(?i:a|an|its|their)\s+(?P<year>(?:19|20)\d{2})(?=\s+[a-z])|"
                             r"(?i:the)\s+(?P<the>(?:19|20)\d{2})(?=\s+[A-Za-z]))(?!\s+block\b)")),
]
# "a day after <event>": <event> is a day before the anchor; "on the eve of <event>".
_OFFSET = re.compile(
    r"\b(?:(?:" + _COUNT + r"\s+(?P<unit>day|week)s?|the\s+(?P<the>day|week))\s+"
    r"(?P<dir>after|before)|(?P<eve>on\s+the\s+eve\s+of))\s+",
    re.I,
)

# "two days later", "the next day", "the following month": from the happening told before.
_LATER = re.compile(
    r"\b(?:" + _COUNT + r"\s+" + _UNIT + r"\s+later|the\s+(?:next|following)\s+"
    r"(?P<the>day|morning|week|month|year))\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date written in a text: its span there and its ISO value."""

    start: int
    end: int
    iso: str


def precision(iso: str) -> str:
    """"day", "month" or "year": how much of an ISO date is given."""
    return {4: "year", 7: "month"}.get(len(iso), "day")


def find_dates(text: str, anchor: dt.date | None, *, future: bool = False) -> list[DateMention]:
    """Every date written in ``text`` that resolves, in text order; overlapping
    matches keep the fuller form ("March 3, 2021", not "March 3"). ``future``: the text
    tells what is to come, so "on Saturday" or "in May" alone is the coming one, not
    the last."""
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(f.start < match.end() and match.start() < f.end for f in found):
                continue
            if kind == "qualifier" and model_year(text, match.end()):
                continue
            if kind in ("year", "qualifier") and house_number(text, match.end()):
                continue
            iso = _resolve(kind, match, anchor, future=future)
            if iso is not None:
                found.append(DateMention(match.start(), match.end(), iso))
    return sorted(found, key=lambda f: f.start)


def find_date(text: str, article_date: dt.date | None) -> str | None:
    """The first date written in ``text``, as an ISO string, or None."""
    dates = find_dates(text, article_date)
    return dates[0].iso if dates else None


def offset_date(prefix: str, article_date: dt.date | None) -> str | None:
    """"a day after <event>", "two days before <event>", "on the eve of <event>": the
    event's date from the anchor, when ``prefix`` (the text before the event's word)
    ends with such a phrase."""
    if article_date is None:
        return None
    matches = list(_OFFSET.finditer(prefix[-80:]))
    if not matches:
        return None
    match = matches[-1]
    if match["eve"]:
        return _shift(article_date, days=1)
    count = 1 if match["the"] else _NUMBERS.get(match["count"].lower(), 0) or _int(match["count"])
    days = count * (7 if (match["unit"] or match["the"] or "").lower() == "week" else 1)
    return _shift(article_date, days=-days if match["dir"].lower() == "after" else days)


def counts_on(text: str) -> bool:
    """``text`` counts on from a time told before: "Two days later,", "the next day"."""
    return _LATER.search(text) is not None


def later_date(sentence: str, before: str) -> str | None:
    """The date of a happening told "two days later", "the next day" or "a year later"
    after one dated ``before`` (ISO), when ``sentence`` counts so and ``before`` is as
    precise as the count (a day for days, a month for months); None otherwise."""
    match = _LATER.search(sentence)
    if match is None:
        return None
    count = 1 if match["the"] else _NUMBERS.get(match["count"].lower(), 0) or _int(match["count"])
    unit = (match["unit"] or match["the"]).lower()
    if unit == "year" and count:
        return f"{int(before[:4]) + count:04d}"
    if unit == "month" and count and len(before) >= 7:  # "a month later": that month
        months = int(before[:4]) * 12 + int(before[5:7]) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if len(before) != 10:
        return None
    days = count * (7 if unit == "week" else 1)
    return _shift(dt.date.fromisoformat(before), days=days) if days else None


def _int(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0


def shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days`` days, or None past the calendar's ends (years 1 and
    9999): every date computed from an article's date goes through here."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _shift(day: dt.date, *, days: int) -> str | None:
    moved = shift(day, days)
    return moved.isoformat() if moved else None


def _resolve(
    kind: str, match: re.Match[str], today: dt.date | None, *, future: bool = False
) -> str | None:
    groups = match.groupdict()
    month = _MONTHS.get((groups.get("month") or "").lower().rstrip("."), 0)
    if kind == "iso":
        return _safe_date(int(groups["year"]), int(groups["m"]), int(groups["d"]))
    if kind == "numeric":
        return _numeric(int(groups["a"]), int(groups["b"]), int(groups["year"]), groups["sep"])
    if kind in ("mdy", "dmy"):
        return _safe_date(int(groups["year"]), month, int(groups["day"]))
    if kind == "my":
        return f"{int(groups['year']):04d}-{month:02d}"
    if kind == "year":
        return groups["year"]
    if kind == "qualifier":
        return groups["year"] or groups["the"]
    if today is None:
        return None
    if kind in ("md", "dm"):
        return _nearest_year(month, int(groups["day"]), today)
    which = (groups.get("which") or "").lower()
    if kind == "weekday":
        return _weekday(groups["weekday"].lower(), which, today, future=future)
    if kind == "month":
        return _month_alone(month, which, today, future=future)
    if kind == "ago":
        return _ago(groups["count"].lower(), groups["unit"].lower(), today)
    return _relative(groups["rel"].lower(), today)


def _nearest_year(month: int, day: int, today: dt.date) -> str | None:
    """A day and month without a year: the one nearest the article's date ("August 22"
    in September is last month's, "January 5" in late December next month's)."""
    found = [_safe_date(today.year + step, month, day) for step in (-1, 0, 1)]
    dated = [dt.date.fromisoformat(iso) for iso in found if iso is not None]
    if not dated:
        return None
    return min(dated, key=lambda d: (abs((d - today).days), d)).isoformat()


def _numeric(a: int, b: int, year: int, sep: str) -> str | None:
    """"23/03/2009" or "03/23/2009": the form a day over 12 shows; dots are day first,
    an undecidable slash is month first."""
    day_first = a > 12 or (sep == "." and b <= 12)
    return _safe_date(year, b, a) if day_first else _safe_date(year, a, b)


def _weekday(name: str, which: str, today: dt.date, *, future: bool = False) -> str | None:
    """The weekday ``name`` nearest the article's day: the last one, or the coming one
    in a text about the future, that day itself included (news names the day of
    publication by its weekday: "will vote on Thursday" in Thursday's paper is that
    day); after "next", the coming one after the article's day."""
    target = _WEEKDAYS[name]
    if which == "next":
        return _shift(today, days=(target - today.weekday() - 1) % 7 + 1)
    if future and which != "last":
        return _shift(today, days=(target - today.weekday()) % 7)
    back = (today.weekday() - target) % 7
    if which == "last" and back == 0:
        back = 7
    return _shift(today, days=-back)


def _month_alone(month: int, which: str, today: dt.date, *, future: bool) -> str | None:
    """"in January" without a year: the last January (this month included), or the
    coming one after "next" or in a text about the future; "last March" in March is a
    year ago."""
    ahead = which == "next" or (future and which != "last")
    if ahead:
        year = today.year + (month < today.month)
    else:
        year = today.year - (month > today.month or (which == "last" and month == today.month))
    return _month(year, month)


def _ago(count: str, unit: str, today: dt.date) -> str | None:
    number = _NUMBERS.get(count) or _int(count)
    if not number:
        return None
    if unit.startswith("day"):
        return _shift(today, days=-number)
    if unit.startswith("week"):
        return _shift(today, days=-7 * number)
    if unit.startswith("month"):
        index = today.year * 12 + today.month - 1 - number
        return _month(index // 12, index % 12 + 1)
    return _year(today.year - number)


def _relative(phrase: str, today: dt.date) -> str | None:
    if phrase in ("yesterday", "last night"):
        return _shift(today, days=-1)
    if phrase in ("today", "tonight", "this morning", "this afternoon", "this evening",
                  "overnight"):
        return today.isoformat()
    if phrase == "tomorrow":
        return _shift(today, days=1)
    if phrase in ("last month", "this month", "next month"):
        step = {"last month": -1, "this month": 0, "next month": 1}[phrase]
        index = today.year * 12 + today.month - 1 + step
        return _month(index // 12, index % 12 + 1)
    if phrase in ("last year", "this year", "next year"):
        return _year(today.year + {"last year": -1, "this year": 0, "next year": 1}[phrase])
    return week_month(phrase, today)  # "last week": its month, if any; "this week": none


def _month(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None


def _year(year: int) -> str | None:
    return f"{year:04d}" if 1 <= year <= 9999 else None


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except (ValueError, OverflowError):
        return None
