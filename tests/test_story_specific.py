"""A country told first gives way to a town in it that the happening's object names:
"In Mali, militants attacked a checkpoint outside Mopti" is in Mopti. Sentences written
for the project."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on b351f4f: the country of the fronted phrase was taken
        ("In neighbouring Mali, suspected militants attacked a checkpoint outside Mopti "
         "overnight.", [("attack", "Mopti")]),
        ("In Somalia, gunmen stormed a hotel in Kismayo on Friday.", [("attack", "Kismayo")]),
        ("In Kenya, police arrested two traders near Busia.", [("arrest", "Busia")]),
        # guard: a town of another country (Tororo is Ugandan) is no part of the one told
        ("In Kenya, police arrested two traders near Tororo.", [("arrest", "Kenya")]),
    ],
)
def test_a_town_the_object_names_is_more_specific_than_the_country(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
