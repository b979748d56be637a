"""When and what a wire story's happenings were, on sentences written for the project
from several regions: a dateline whose day comes before its month ("LIMA, 3 March
2025 -") is no happening's date; "overnight" is the night before the article's day; a
day and month after a date written in full take its year when the article has no date
of its own; "Two days later" counts on from the time told before, not from the day it
was reported ("..., officials said on Wednesday"). A tanker that overturned and exploded
blew up in an accident, not an attack, and a truck that ran off the road and overturned
crashed (a verb joined by "and" shares its subject); gunmen storming or seizing a named
hotel or a school attacked it; a landslide that buried a village is no funeral.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer

FIELDS = ("type", "place", "date")
THURSDAY = dt.date(2025, 9, 11)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main: the dateline's date, or no date, was the happening's
        ("YEREVAN, 11 September 2025 - Soldiers exchanged fire near the village of Sotk on "
         "Tuesday, the defence ministry said.", [("attack", "Sotk", "2025-09-09")]),
        ("DHAKA, 11 September 2025 - A fire gutted a jute mill in Narayanganj on Monday "
         "night, fire officials said.", [("fire", "Narayanganj", "2025-09-08")]),
        ("A drone struck a police post near the Armenian town of Jermuk overnight.",
         [("attack", "Jermuk", "2025-09-11")]),
        # guards: the day it was reported is the night's; a weekday after "overnight" is
        # the night's own day
        ("Floods swept through villages near Sukkur overnight, officials said on Thursday.",
         [("disaster", "Sukkur", "2025-09-11")]),
        ("Rebels shelled the town of Goma overnight Tuesday.",
         [("attack", "Goma", "2025-09-09")]),
        # a guard: a day-first date with its year, in a sentence of its own
        ("Gunmen ambushed a convoy near Mopti on 2 September 2025.",
         [("attack", "Mopti", "2025-09-02")]),
    ],
)
def test_a_wire_storys_happening_takes_its_own_day(
    text: str, found: list[tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer, fields=FIELDS, date=THURSDAY) == found


def test_a_day_and_month_take_the_year_written_before_them(gazetteer: Gazetteer) -> None:
    # fails on main: without the article's date, "on February 9" had no year
    text = ("On March 14, 2019, a bomb exploded at a market in Quetta, and on February 9, "
            "gunmen attacked a bus in Peshawar.")
    assert happenings(text, gazetteer, fields=FIELDS, date=None) == [
        ("attack", "Quetta", "2019-03-14"), ("attack", "Peshawar", "2019-02-09")]


def test_no_year_is_taken_for_a_date_told_before_the_one_written_in_full(
    gazetteer: Gazetteer,
) -> None:
    # a guard: the day and month come before the year, and stay without one
    text = ("On February 9, gunmen attacked a bus in Peshawar, and on March 14, 2019, a bomb "
            "exploded at a market in Quetta.")
    assert happenings(text, gazetteer, fields=FIELDS, date=None) == [
        ("attack", "Peshawar", None), ("attack", "Quetta", "2019-03-14")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fails on main: the day the agency reported it, not two days after Sunday
        ("Engineers began releasing water from the Kainji dam on Sunday. Two days later, "
         "the water flooded 30 villages near Jebba, the emergency agency said on Thursday.",
         [("disaster", "Jebba", "2025-09-09")]),
        # a guard: counted from the happening told before
        ("A bomb exploded at a market in Maiduguri on Monday. Two days later, police "
         "arrested three men in Kano.",
         [("attack", "Maiduguri", "2025-09-08"), ("arrest", "Kano", "2025-09-10")]),
    ],
)
def test_two_days_later_counts_on_from_the_time_told_before(
    text: str, found: list[tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer, fields=FIELDS, date=THURSDAY) == found


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # fail on main: an attack, no attack, a funeral, or no happening
        ("A fuel tanker overturned and exploded on the highway near Morogoro on Saturday.",
         {"crash", "explosion"}),
        ("Gunmen stormed the Hotel Sahel in Niamey on Friday night.", {"attack"}),
        ("Militants seized a boarding school near Kontagora on Monday.", {"attack"}),
        ("A pickup truck ran off the road and overturned near Odessa on Friday.", {"crash"}),
        ("A landslide buried much of the village of Tabuk in Kalinga province overnight, "
         "killing 14 people, officials said on Monday.", {"disaster"}),
        # guards: a kidnapping, and a burial
        ("Rebels seized two aid workers near Bunia on Monday.", {"kidnapping"}),
        ("Relatives buried the victims in Kandahar on Sunday.", {"funeral"}),
    ],
)
def test_who_did_it_types_the_happening(
    text: str, types: set[str], gazetteer: Gazetteer
) -> None:
    assert {str(t) for (t,) in happenings(text, gazetteer, fields=("type",))} == types
