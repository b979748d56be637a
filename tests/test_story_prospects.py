"""Trips and happenings told as to come, on short sentences written for the project:
"is to travel to Kathmandu before flying on to Delhi" is a planned trip (both legs),
"is to make an official visit to Warsaw on Friday" a scheduled visit."""

from __future__ import annotations

import datetime as dt

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records

WEDNESDAY = dt.date(2026, 3, 4)


def trips(text: str, gazetteer: Gazetteer) -> list[tuple[object, object, object]]:
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    return sorted(((r["from"], r["to"], r["status"]) for r in records(layers.routes)),
                  key=str)


def happenings(text: str, gazetteer: Gazetteer) -> list[tuple[object, object, object]]:
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    return [(e["type"], e["place"], e["status"]) for e in records(layers.events)]


def test_a_trip_someone_is_to_make_is_planned(gazetteer: Gazetteer) -> None:
    text = "The prime minister is to travel to Kathmandu before flying on to Dhaka."
    assert trips(text, gazetteer) == [
        ("Kathmandu", "Dhaka", "planned"), (None, "Kathmandu", "planned")]


def test_a_visit_someone_is_to_make_on_a_day_is_scheduled(gazetteer: Gazetteer) -> None:
    text = "The president is to make an official visit to Warsaw on Friday."
    assert happenings(text, gazetteer) == [("visit", "Warsaw", "scheduled")]
    assert trips(text, gazetteer) == [(None, "Warsaw", "planned")]
