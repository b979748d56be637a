"""Cases counted in a "with" phrase beside the place a copula names are there: "Kerala
is the worst affected state, with 120 cases". Sentences written for the project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The state of Bavaria has been the hardest hit, with 1,312 infections.",
         [("outbreak", "Bavaria")]),
        ("Queensland is the second, with 61 infections.", [("outbreak", "Queensland")]),
        ("Kerala is the worst affected state, with 120 cases and four deaths.",
         [("outbreak", "Kerala")]),
    ],
)
def test_a_count_beside_a_place_is_there(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_a_place_that_may_be_the_worst_hit_places_nothing(gazetteer: Gazetteer) -> None:
    """Guard: a hedged copula says what may be."""
    assert happenings("Lagos could be the worst hit, with 300 cases.", gazetteer) == []
