"""Happenings the story missed on real local and outbreak news, on sentences written for
the project, from several regions:

- a denial reaches only the happening it names: a judge who "dismissed a lawsuit over a
  raid" or a group that "denied involvement in the bombing" does not undo the raid or
  the bombing (``story.denials``); "denied that the raid took place" still does;
- a local authority acts where it serves also through a second verb joined by "and"
  ("Lagos police questioned the driver and then arrested him"), through the state it
  puts someone into ("was taken into custody by Winnipeg police") and as a district
  attorney (``story.local_agents``);
- cases of a disease that "were from" a town are cases in that town
  (``story.clauses.copula_place``);
- a judge or a court that rules ("a Cook County judge denied the request") holds a court
  happening where the bench sits, not where the crime it rules on was.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

happenings = partial(drawn, fields=("type", "place", "status"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A judge in Nairobi dismissed a lawsuit over a police raid on a market in Mombasa.",
         [("court", "Nairobi", "happened"), ("raid", "Mombasa", "happened")]),
        ("The separatist group denied involvement in the bombing of a bus depot in Quetta.",
         [("attack", "Quetta", "happened")]),
        ("Prosecutors rejected complaints about the floods in Porto Alegre.",
         [("disaster", "Porto Alegre", "happened")]),
    ],
)
def test_a_denial_does_not_undo_what_its_object_is_about(
    text: str, found: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied that the raid in Mombasa took place.",
        "The ministry rejected reports of an attack in Quetta.",
    ],
)
def test_guard_a_denial_of_the_happening_itself_still_denies_it(
    text: str, gazetteer: Gazetteer
) -> None:
    """Guard: passes before and after; the happening denied stays off the map."""
    assert happenings(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The suspect was taken into custody by Winnipeg police after a traffic stop.",
         [("arrest", "Winnipeg", "happened")]),
        ("On Friday the Hobart police interviewed witnesses and cordoned off two properties.",
         [("closure", "Hobart", "happened")]),
        ("Lagos police questioned the driver and then arrested him.",
         [("arrest", "Lagos", "happened")]),
        ("On Monday the Fulton County District Attorney indicted three city officials.",
         [("court", "Fulton County", "happened")]),
    ],
)
def test_a_local_authority_acts_where_it_serves(
    text: str, found: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nine of the cholera cases recorded this week were from Kisumu.",
         [("outbreak", "Kisumu", "happened")]),
        ("Two of the new dengue cases are from Lautoka, the ministry said.",
         [("outbreak", "Lautoka", "happened")]),
    ],
)
def test_cases_from_a_town_are_cases_there(
    text: str, found: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_guard_a_visitor_from_a_town_is_no_case_there(gazetteer: Gazetteer) -> None:
    """Guard: an origin stays an origin for a happening that is no case of a disease."""
    assert happenings("The three tourists injured in the crash in Cusco were from Lima.",
                      gazetteer) == [("crash", "Cusco", "happened")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A Cook County judge on Tuesday denied a request by the developer to reopen the site.",
         [("court", "Cook County", "happened")]),
        ("A court in Karachi indicted two men over a bombing in Quetta.",
         [("court", "Karachi", "happened"), ("attack", "Quetta", "happened")]),
    ],
)
def test_a_ruling_is_a_court_happening_where_the_court_sits(
    text: str, found: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    """A judge or court that denies, dismisses, grants or upholds holds a court
    happening (``story.decisions``), placed where the bench sits, not at the crime its
    ruling is about."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In Cork, her parents denied the report on Monday.", []),
        ("The appeals court in Lyon upheld the conviction of a former mayor.",
         [("court", "Lyon", "happened")]),
    ],
)
def test_guard_rulings_told_before_and_denials_by_others(
    text: str, found: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    """Guard (passes before and after): a denial by anyone but a bench is no ruling; a
    court named with its town was a court happening already, and stays one (not two)."""
    assert happenings(text, gazetteer) == found
