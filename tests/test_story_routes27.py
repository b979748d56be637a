"""Routes on sentences written for the project (round 27): one trip told twice, an
arrival or a departure and then the route with both ends, close together, in the lead
or by the same mover named otherwise, is one route (guards, from the review of a rule
withdrawn); a goal only headed for is no start of the next trip told ("heading for Italy
... taken to Malaga": the last test fails on 08c45eb)."""

from __future__ import annotations

import pytest
from conftest import trips

from geobrief.gazetteer.index import Gazetteer


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
