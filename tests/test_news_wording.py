"""Wordings of wire news, on short sentences written for the project: a year that names
another happening ("the anniversary of the 2019 protests") does not date this one; a verb
joined by "and" to a verb that stops things ("blocked the highway and clashed with
police") still happened; a killing told after a quake is the quake's, even where the
parse gives the quake's "magnitude" as a subject too; crowds that marched through a city
protested; floodwaters are a flood; "in protest of Charter Amendment 2" names no place."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief


def happenings(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str, str | None]]:
    """Type, place, status and date of each drawn happening, in order."""
    briefing = brief(text, Config(date=dt.date(2025, 10, 22)), gazetteer=gazetteer)
    return [(str(e["type"]), str(e["place"]), str(e["status"]),
             e["date"] if isinstance(e["date"], str) else None)
            for e in briefing.layers.events.to_dict("records")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thousands marked the anniversary of the 2019 protests in Santiago on Saturday.",
         [("celebration", "Santiago", "happened", "2025-10-18")]),
        ("Farmers blocked a highway and clashed with police near Cusco on Monday.",
         [("attack", "Cusco", "happened", "2025-10-20")]),
        ("The storm struck two weeks after a magnitude 6.4 earthquake hit the north of "
         "Sumatra, killing 50 people in the town of Medan.",
         [("disaster", "Sumatra", "happened", "2025-10-08"),
          ("disaster", "Medan", "happened", None)]),
        ("Crowds marched through central Santiago on Tuesday.",
         [("protest", "Santiago", "happened", "2025-10-21")]),
        ("Floodwaters rose rapidly in Dhaka overnight.",
         [("disaster", "Dhaka", "happened", None)]),
        ("Students in Eugene march in protest of Charter Amendment 2.",
         [("protest", "Eugene", "happened", None)]),
    ],
)
def test_what_happened_where_and_when(
    text: str, found: list[tuple[str, str, str, str | None]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
