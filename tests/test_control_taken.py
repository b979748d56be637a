"""Ground taken is an attack where it lies: "rebels took control of a military base in
the town of Bunia", "seized control of Bunia"; control of a company or of a chamber is
no attack. Short texts written for the project."""

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
        ("Fighting flared in the east. Rebels took control of a military base in the town "
         "of Bunia on Monday.", [("attack", "Bunia")]),
        ("Rebels seized control of Bunia on Monday.", [("attack", "Bunia")]),
        ("Militants have taken control of the airport in Kismayo.", [("attack", "Kismayo")]),
        ("Prices rose. The investor took control of the company in Dublin.", []),
        ("Prices rose. Democrats gained control of the Senate in Washington.", []),
    ],
)
def test_taking_control_of_ground_is_an_attack(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found
