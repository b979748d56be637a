"""A strike told by a stand-in ("Another hit a school in Sumy") is the happening of the
weapon or storm told just before it: an attack with no named doer is still an attack,
and a second tornado a disaster; "it struck a chord" strikes nothing. Short texts
written for the project."""

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
        ("One rocket struck a market in Kharkiv. Another hit a school in Sumy on Tuesday.",
         [("attack", "Kharkiv"), ("attack", "Sumy")]),
        ("A tornado destroyed homes in Joplin. Another struck Tulsa on Monday.",
         [("disaster", "Joplin"), ("disaster", "Tulsa")]),
        ("The bombing shocked the nation. It struck a chord in Paris.", []),
    ],
)
def test_a_standin_that_strikes_is_the_happening_told_before(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found
