"""Trips and happenings told as to come or only possible, and how many a happening
struck, on short sentences written for the project: "is to travel to Kathmandu before
flying on to Delhi" is a planned trip (both legs), "is to pay a state visit to
Warsaw on Friday" a scheduled visit; a trip that only could be made ("the virus could
spread to Austria", "troops may be sent into the region") is no route, while one a "can"
only reports, or one told in a time clause ("could have spoiled after leaving Honduras"),
is still drawn; "an infection of cattle herds" is an outbreak, one of a man an infection."""

from __future__ import annotations

import datetime as dt

import pytest

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
    text = "The queen is to pay a state visit to Warsaw on Friday."
    assert happenings(text, gazetteer) == [("visit", "Warsaw", "scheduled")]
    assert trips(text, gazetteer) == [(None, "Warsaw", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Vets fear the disease could be carried from Hungary into Austria.",
        "Officials fear the disease might spread to Lusaka.",
        "Army troops may be sent into Tigray, the minister said.",
    ],
)
def test_a_trip_that_only_could_be_made_is_no_route(text: str, gazetteer: Gazetteer) -> None:
    assert trips(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Officials can confirm that the minister flew from Lima to Quito on Monday.",
         [("Lima", "Quito")]),
        ("The melons could have been spoiled after leaving Honduras on Monday.",
         [("Honduras", None)]),
    ],
)
def test_a_could_that_is_not_the_trips_leaves_it_drawn(
    text: str, ends: list[tuple[object, object]], gazetteer: Gazetteer
) -> None:
    assert [(start, end) for start, end, _ in trips(text, gazetteer)] == ends


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An infection of cattle herds with anthrax is spreading in Portugal.", "outbreak"),
        ("An infection of 40 people with cholera was reported in Malawi.", "outbreak"),
        ("An infection of a farmer with bird flu was reported in Cambodia.", "infection"),
    ],
)
def test_an_infection_of_many_is_an_outbreak(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert [h[0] for h in happenings(text, gazetteer)] == [kind]
