"""Routes on sentences written for the project (round 27): a trip with one end told
(an arrival, a departure) is hidden by a route with both ends when the two are told close
together, when the lead tells it or when one mover makes both; another mover's trip to
the same place, told further on, is another trip (the first test fails on 107627c; the
second is a guard, from the review). A goal only headed for is no start of the next trip
told ("heading for Italy ... taken to Malaga": the third test fails on 08c45eb)."""

from __future__ import annotations

import pytest
from conftest import trips

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maria Lopez flew from Madrid to Lima on Monday. The school board met on Tuesday. "
         "Parents asked questions. The principal answered them. Two other teachers "
         "travelled to Lima in March.",
         [("Madrid", "Lima", "made"), (None, "Lima", "made")]),
        ("The storm hit Ohio on Monday. Roads were closed. Hundreds of residents fled "
         "Columbus on Tuesday. Crews restored power. Officials met. Shops reopened. A convoy "
         "of trucks later drove from Columbus to Atlanta.",
         [("Columbus", "Atlanta", "made"), ("Columbus", None, "made")]),
    ],
)
def test_another_trip_to_the_same_place_told_further_on_is_kept(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maria Lopez flew from Madrid to Lima on Monday. She arrived in Lima at noon.",
         [("Madrid", "Lima", "made")]),
        ("Pope Francis arrived in Baghdad on Friday. He was greeted by officials. Crowds "
         "lined the streets. Security was tight. The pope flew from Rome to Baghdad.",
         [("Rome", "Baghdad", "made")]),
        ("Maria Lopez arrived in Lima on Monday. The school board met on Tuesday. Parents "
         "asked questions. The principal answered them. Maria Lopez had flown from Madrid "
         "to Lima.",
         [("Madrid", "Lima", "made")]),
        ("The family fled Homs in March. They walked from Homs to the border and crossed "
         "into Lebanon.",
         [("Homs", "Lebanon", "made")]),
    ],
)
def test_guard_one_trip_told_twice_close_together_is_one_route(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == found


def test_a_goal_only_headed_for_is_no_start(gazetteer: Gazetteer) -> None:
    text = "Migrants heading for Italy were intercepted and taken to Malaga."
    assert trips(text, gazetteer) == [(None, "Málaga", "made")]
