"""What is only likely has not happened: "outbreaks are likely to spread to Uganda" is
no route, "the storm is likely to hit Florida" and "clashes are likely to erupt in Goma"
no event; nor is a trip only offered or proposed a route; but fighting "unlikely to end"
goes on, and a trip someone "was able to" make was made. Short texts written for the project."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records

WEDNESDAY = dt.date(2026, 3, 4)


def story_of(text: str, gazetteer: Gazetteer) -> tuple[list[tuple[str, str]], list[str]]:
    """Type and place of each event, and 'from -> to' of each route."""
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    events = [(str(e["type"]), str(e["place"])) for e in records(layers.events)]
    routes = [f"{r['from']} -> {r['to']}" for r in records(layers.routes)]
    return events, routes


@pytest.mark.parametrize(
    ("text", "events", "routes"),
    [
        ("Officials met in Nairobi on Monday. \"Outbreaks are likely to spread to Uganda "
         "in the next weeks,\" they said.", [("meeting", "Nairobi")], []),
        ("The storm is likely to hit Florida on Monday.", [], []),
        ("Clashes are likely to erupt in Goma this week.", [], []),
        ("Fighting is unlikely to end in Goma soon.", [("attack", "Goma")], []),
        ("Rebels were able to flee to Uganda.", [], ["None -> Uganda"]),
        # only offered or proposed: nobody decided the trip
        ("A neighbour offered to drive the widow from Bristol to Leeds.", [], []),
        ("The club proposed moving its ground to Bath.", [], []),
    ],
)
def test_a_likely_happening_is_not_one(
    text: str, events: list[tuple[str, str]], routes: list[str], gazetteer: Gazetteer
) -> None:
    assert story_of(text, gazetteer) == (events, routes)
