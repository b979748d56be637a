"""A part of the world set beside a country by apposition ("in Kenya, east Africa")
says where the country lies: the happening is in the country, not in a part of the world
(which no event is drawn at). Sentences written for the project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # all fail on 7df51a5: the happening was placed in the part of the world, and
        # so dropped
        ("A Dutch aid worker was confirmed as the first case of measles in Kenya, "
         "east Africa.", [("outbreak", "Kenya")]),
        ("A teacher has become the second confirmed case of dengue in Laos, Southeast Asia.",
         [("infection", "Laos")]),
        ("Fighting broke out in Mali, West Africa, on Tuesday.", [("attack", "Mali")]),
    ],
)
def test_a_country_before_its_part_of_the_world_is_the_place(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
