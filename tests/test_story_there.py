""""There" points to a place its own sentence named before it, else to the sentence
before; never to who speaks or where someone came from. Sentences written for the
project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fails on d27aee3: "there" was read as Beni, the place of the sentence before
        ("Ebola killed two people in Beni on Monday.\n\nIn neighbouring Uganda, health "
         "workers began screening travellers in Kasese district after 12 cases were "
         "confirmed there.", [("outbreak", "Beni"), ("outbreak", "Kasese")]),
        # guard: an origin before "there" is not where it points
        ("A landslide buried homes in Pokhara on Sunday.\n\nRescuers from Kathmandu reached "
         "the village of Sarangkot, where three bodies were found there.",
         [("disaster", "Pokhara"), ("death", "Pokhara")]),
    ],
)
def test_there_points_to_the_nearest_place_where_something_was(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
