"""A happening whose clause ends in a colon and a list of places happened in each of
them ("hit by measles outbreaks: Kenya, Uganda and Rwanda"), even where a name in the
list is not on the map; a colon that opens anything else lends its places nothing.
Short texts written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    layers = brief(text, Config(date=dt.date(2026, 3, 4)), gazetteer=gazetteer).layers
    return [(str(e["type"]), str(e["place"])) for e in records(layers.events)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The following East African nations have all been hit by measles outbreaks: "
         "Kenya, Uganda, Tanzania and Rwanda.",
         [("outbreak", "Kenya"), ("outbreak", "Uganda"), ("outbreak", "Tanzania"),
          ("outbreak", "Rwanda")]),
        ("Three provinces have reported cases of bird flu: Hunan, Hubei and Anhui.",
         [("outbreak", "Hunan"), ("outbreak", "Hubei"), ("outbreak", "Anhui")]),
        ("Floods have struck four countries: Malawi, Zorbania, Mozambique and Zambia.",
         [("disaster", "Malawi"), ("disaster", "Mozambique"), ("disaster", "Zambia")]),
        ("Doctors fighting the outbreak had one wish: Kenya and Uganda must share vaccines.",
         []),
    ],
)
def test_a_happening_is_in_each_place_listed_after_its_colon(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found
