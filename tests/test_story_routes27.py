"""Routes on sentences written for the project (round 27): a trip with one end told
(an arrival, a departure) is hidden by a route with both ends only when the two are told
close together, as one trip told twice; another mover's trip to the same place, told
further on, is another trip (the first test fails on 107627c; the second is a guard). A
plane rerouted went where it was rerouted to, not from where it was only headed (the
third test fails on 08c45eb)."""

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
        ("Bakari fled Columbus last May. Police raided several homes. Officers arrested "
         "two men. The homes were searched. He later drove from Columbus to Atlanta.",
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
        ("The family fled Homs in March. They walked from Homs to the border and crossed "
         "into Lebanon.",
         [("Homs", "Lebanon", "made")]),
    ],
)
def test_guard_one_trip_told_twice_close_together_is_one_route(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sunday, the plane was headed to Bozeman, Mont., but rerouted suddenly to Butte.",
         [(None, "Butte", "made")]),
        ("The airline rerouted the flight from Denver to Butte.", [("Denver", "Butte", "made")]),
    ],
)
def test_a_rerouted_plane_went_where_it_was_rerouted_to(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == found
