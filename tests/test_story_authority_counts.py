"""A count an authority gives is in the place it speaks for: "Malawi's health ministry
said cases had risen to 412" is an outbreak in Malawi. One person's fate told by an
official ("an Egyptian official said two crew drowned") is not placed by the official.
Sentences written for the project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on 99d7bf5 (no place)
        ("Malawi's health ministry said on Tuesday that measles cases had risen to 412.",
         [("outbreak", "Malawi")]),
        ("Peruvian health officials said the number of dengue cases rose to 52.",
         [("outbreak", "Peru")]),
    ],
)
def test_an_authority_places_the_count_it_gives(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        # guards: pass on 99d7bf5 too
        "An Egyptian official said two crew members drowned when their ship sank.",
        "A British expert said cases had risen sharply.",
    ],
)
def test_no_authority_or_no_count_places_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer) == []
