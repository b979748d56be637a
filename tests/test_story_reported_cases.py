"""Cases "of" a disease reported somewhere: the parser hangs the report on the disease
("cases of cholera reported in Zambia"), and the place is still the cases'. Sentences
written for the project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on 8a1b7c8: the report's place was no place of the cases
        ("Aid groups said there have been cases of measles reported in Chad and Niger.",
         [("outbreak", "Chad"), ("outbreak", "Niger")]),
        ("Doctors said there have been cases of cholera recorded in Beira.",
         [("outbreak", "Beira")]),
        # guard: where a virus was first found is not where these cases are
        ("Cases of a virus first identified in Wuhan were reported in Italy.",
         [("outbreak", "Italy")]),
    ],
)
def test_cases_of_a_disease_reported_in_a_place_are_there(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
