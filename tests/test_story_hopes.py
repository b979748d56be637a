"""A hope is a prospect, not a happening: the tagger reads "hopes" as the verb "hop", so
the status step must know the verb by its word too. Sentences written for the project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        # all fail on 7df51a5 (drawn as a visit made, a meeting scheduled, a reopening)
        "The minister hopes to visit Fiji in March.",
        "The president hopes to meet the king in Amman next month.",
        "Officials hoped to reopen the port in Beira on Monday.",
    ],
)
def test_a_hoped_for_happening_is_not_drawn(text: str, gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer) == []


def test_a_happening_beside_a_hope_is_still_drawn(gazetteer: Gazetteer) -> None:
    """Guard: the hope does not reach a happening told in its own clause."""
    text = "Floods killed 12 people in Sylhet, and officials hope to reopen schools soon."
    assert happenings(text, gazetteer) == [("disaster", "Sylhet")]
