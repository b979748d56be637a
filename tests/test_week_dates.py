"""A week told relative to the article's day dates a happening to its month: in an
article of Monday 10 February 2025, "locusts invaded farms last week" happened in
February 2025. A week that may reach into two months gives no date, nor does a week
under way or to come. Sentences written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer
from geobrief.read.weeks import week_month


@pytest.mark.parametrize(
    ("text", "today", "date"),
    [
        # fails on main (no date): the week of 3-9 February
        ("Locust swarms invaded farms in Marsabit last week, officials said.",
         dt.date(2025, 2, 10), "2025-02"),
        # guard: a week that straddles February and March gives no month
        ("Locust swarms invaded farms in Marsabit last week, officials said.",
         dt.date(2025, 3, 4), None),
    ],
)
def test_last_week_dates_a_happening_to_its_month(
    text: str, today: dt.date, date: str | None, gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer, fields=("date",), date=today) == [(date,)]


@pytest.mark.parametrize(
    ("phrase", "today", "month"),
    [
        ("last week", dt.date(2025, 2, 10), "2025-02"),  # a Monday
        ("last week", dt.date(2025, 3, 4), None),
        ("last week", dt.date(2025, 6, 15), "2025-06"),  # a Sunday: 2 to 14 June
        ("last week", dt.date(2025, 6, 3), None),  # 26 May to 2 June
        # a week under way or to come may hold a prospect: no date
        ("this week", dt.date(2025, 6, 11), None),
        ("next week", dt.date(2025, 6, 11), None),
        ("the week", dt.date(2025, 6, 11), None),
        ("last week", dt.date.min, None),  # no week before year 1
    ],
)
def test_last_week_has_a_month_only_when_it_lies_in_one(
    phrase: str, today: dt.date, month: str | None
) -> None:
    assert week_month(phrase, today) == month
