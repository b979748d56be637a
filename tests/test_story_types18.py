"""Event types fixed on the pooled audit's type confusions, checked on sentences written
for the project, from several regions:

- a charge the prosecution lays ("county prosecutors charged a man with ...", "was
  charged by the district attorney's office") is a step in court; police charging a
  suspect stays an arrest (``story.cases_of``);
- a country's first case of a disease stays an outbreak (the disease has reached it),
  unless the sentence pins the case on one person ("its first case of mpox, in a
  34-year-old trader"): then it is that person's infection;
- a home invasion (a break-in while the occupants are home) is a robbery, not a theft
  (``data/event_lexicon.json``, ``retype``), a rollover a crash (not a debt's), and a
  purse- or bag-snatching a theft;
- a visit told by a participle on another happening ("was injured while visiting Chiang
  Mai", "a hiker visiting Kathmandu was arrested") only says where that happening came to
  the person: it is that happening there, not a visit (``story.while_there``).
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

happenings = partial(drawn, fields=("type", "place"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Prosecutors in Nairobi charged a county clerk on Tuesday with embezzling funds.",
         [("court", "Nairobi")]),
        ("Hamilton County prosecutors charged two brothers on Friday with arson.",
         [("court", "Hamilton County")]),
        ("The teenager was charged by the district attorney's office in Tulsa on Monday.",
         [("court", "Tulsa")]),
    ],
)
def test_a_charge_the_prosecution_lays_is_a_court_case(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: an arrest."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police in Leeds charged a man with burglary on Friday.", [("arrest", "Leeds")]),
        ("Officers in Cebu charged a driver with reckless driving.", [("arrest", "Cebu")]),
    ],
)
def test_guard_police_charging_a_suspect_stays_an_arrest(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ghana reported its first case of mpox on Monday, in a 34-year-old trader.",
         [("infection", "Ghana")]),
        ("Chile confirmed its first case of the virus in a nurse on Friday.",
         [("infection", "Chile")]),
        ("Vietnam announced its first case of bird flu this year in a boy of six.",
         [("infection", "Vietnam")]),
    ],
)
def test_a_first_case_pinned_on_one_person_is_an_infection(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: an outbreak."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ghana reported its first case of mpox on Monday.", [("outbreak", "Ghana")]),
        ("Peru and Bolivia each confirmed their first case of the virus.",
         [("outbreak", "Peru"), ("outbreak", "Bolivia")]),
        ("Chile confirmed its first cases of the virus in three nurses on Friday.",
         [("outbreak", "Chile")]),
    ],
)
def test_guard_a_first_case_of_no_one_person_stays_an_outbreak(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two men were arrested after a home invasion in Pietermaritzburg on Sunday.",
         [("robbery", "Pietermaritzburg")]),
        ("Nobody was hurt in the Brisbane home invasion.", [("robbery", "Brisbane")]),
    ],
)
def test_a_home_invasion_is_a_robbery(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: a theft."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A cyclist was injured while visiting Chiang Mai on Sunday.",
         [("injury", "Chiang Mai")]),
        ("A hiker visiting Kathmandu was arrested by police on Monday.",
         [("arrest", "Kathmandu")]),
        ("She contracted malaria while visiting Mombasa last year.",
         [("infection", "Mombasa")]),
        ("Two tourists were robbed while visiting Nairobi.", [("robbery", "Nairobi")]),
    ],
)
def test_a_visit_that_tells_where_a_happening_came_to_someone_is_that_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: a visit."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The minister, visiting Lima, met the president on Tuesday.", [("visit", "Lima")]),
        ("The president visited Dhaka on Monday.", [("visit", "Dhaka")]),
    ],
)
def test_guard_a_visit_of_its_own_or_with_a_meeting_stays_a_visit(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rollover near Toowoomba injures teenage driver.", [("crash", "Toowoomba")]),
        ("Two men were hurt in a single-vehicle rollover outside Regina.",
         [("crash", "Regina")]),
        ("A rollover on the highway near Kisumu killed two people on Sunday.",
         [("crash", "Kisumu")]),
    ],
)
def test_a_rollover_is_a_crash(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: an injury, or nothing."""
    assert happenings(text, gazetteer) == found


def test_guard_a_debt_rollover_is_no_happening(gazetteer: Gazetteer) -> None:
    assert happenings("The bank agreed a debt rollover in Athens on Friday.", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Teenager held over daylight purse-snatching in Nairobi.", [("theft", "Nairobi")]),
        ("A bag-snatching in central Lima left a tourist injured.", [("theft", "Lima")]),
    ],
)
def test_a_snatching_is_a_theft(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: an arrest, or nothing."""
    assert happenings(text, gazetteer) == found
