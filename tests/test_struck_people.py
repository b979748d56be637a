"""A quake or storm told only through the people it struck is where they are: "people
in Padang were left homeless by the quake", "residents of Padang fled their homes after
the earthquake"; a man "of Chicago" arrested after a fire does not place the fire.
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
        ("Thousands of people in Padang were left homeless by the quake.",
         [("disaster", "Padang")]),
        ("Residents in Padang fled their homes after the earthquake.", [("disaster", "Padang")]),
        ("Residents of Padang fled their homes after the earthquake.", [("disaster", "Padang")]),
        ("Villagers of Bam slept outside after the quake.", [("disaster", "Bam")]),
        ("A man of Chicago was arrested after the fire.", []),
    ],
)
def test_a_disaster_is_where_the_people_it_struck_are(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found
