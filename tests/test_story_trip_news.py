"""Trips told the ways wire stories tell them, on sentences written for the project: a
ferry "that was due to sail" but was cancelled makes no trip, nor do the travellers a
rule is about ("all passengers arriving from ... will be screened")."""

from __future__ import annotations

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


def trips(text: str, gazetteer: Gazetteer) -> list[tuple[object, object, object]]:
    layers = brief(text, gazetteer=gazetteer).layers
    return sorted(((r["from"], r["to"], r["status"]) for r in records(layers.routes)),
                  key=str)


def test_a_sailing_that_was_cancelled_is_no_trip(gazetteer: Gazetteer) -> None:
    text = "A ferry that was due to sail from Goma to Bukavu on Friday was cancelled."
    assert trips(text, gazetteer) == []


def test_the_travellers_a_rule_is_about_make_no_trip(gazetteer: Gazetteer) -> None:
    ruled = ["All passengers arriving from Wuhan will be screened at Bangkok airport.",
             "Anyone travelling from Lagos to London must show a negative test.",
             "The minister said all people coming into Zambia from Angola will be watched."]
    assert [trips(text, gazetteer) for text in ruled] == [[], [], []]


def test_guard_counted_or_past_arrivals_are_trips(gazetteer: Gazetteer) -> None:
    """Guard (passes before and after): a counted group, or a past verb, did arrive."""
    text = "All 40 passengers arriving from Wuhan were screened at Bangkok airport."
    assert trips(text, gazetteer) == [("Wuhan", "Bangkok", "made")]
