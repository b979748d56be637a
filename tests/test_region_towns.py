"""A happening whose clause names a region and, in another phrase, one of its towns is at
the town ("In Bavaria, a flood destroyed dozens of homes in Passau"), on short sentences
written for the project; not at a town that only says where someone is from or describes
someone ("a pupil at a school in Passau"), nor at one named in a clause of its own."""

from __future__ import annotations

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In Bavaria, a flood destroyed dozens of homes in Passau on Monday.",
         [("disaster", "Passau")]),
        ("In British Columbia, a separate fire destroyed dozens of homes in West Kelowna.",
         [("fire", "West Kelowna")]),
        ("In Bavaria, police arrested a man from Passau on Monday.",
         [("arrest", "Bavaria")]),
        ("A flood hit Bavaria, and a man in Passau said it was the worst in years.",
         [("disaster", "Bavaria")]),
        ("Ann Lee, a pupil at a school in Passau, was crowned champion on Sunday at a chess "
         "tournament in Bavaria.", [("tournament", "Bavaria")]),
    ],
)
def test_a_happening_is_at_the_town_its_region_holds(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    layers = brief(text, Config(date=None), gazetteer=gazetteer).layers
    assert [(e["type"], e["place"]) for e in records(layers.events)] == found
