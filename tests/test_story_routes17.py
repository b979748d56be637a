"""Routes on wire-style sentences written for the project (round 17): a flight from a
happening ("fled the violence in Tigray") starts where it happened; a trip a judge
"ordered" is one to come, and one the law only "requires" or someone only "hopes" to make
is none (the tagger reads "hopes" as "hop"); a nationality in "after talks with Thai
officials" is not where the traveller set out; and cold air moving south is weather, no
route (but "air cargo" moves).
Each test failed on main but the two marked as guards."""

from __future__ import annotations

from conftest import trips

from geobrief.gazetteer.index import Gazetteer


def test_fleeing_a_war_in_a_region_leaves_the_region(gazetteer: Gazetteer) -> None:
    text = ("Thousands of people have fled the violence in Tigray since November, aid "
            "agencies said.")
    assert trips(text, gazetteer) == [("Tigray", None, "made")]


def test_a_trip_a_judge_ordered_is_one_to_come(gazetteer: Gazetteer) -> None:
    text = ("A judge in Columbus ordered the defendant sent to a prison hospital in Toledo "
            "for evaluation.")
    assert {status for _, _, status in trips(text, gazetteer)} == {"planned"}


def test_a_trip_only_hoped_for_is_none(gazetteer: Gazetteer) -> None:
    text = "Dr Mele now works in Auckland and hopes to return to Suva next year."
    assert trips(text, gazetteer) == []


def test_a_trip_the_law_only_requires_is_none(gazetteer: Gazetteer) -> None:
    text = "State law requires that the boy be sent to a juvenile centre in Richmond."
    assert trips(text, gazetteer) == []


def test_guard_a_move_someone_was_required_to_make_was_made(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "was required to move" tells a move that was made."""
    text = ("The bakery was required to move its ovens from Dayton to Toledo, and it "
            "reopened there in May.")
    assert trips(text, gazetteer) == [("Dayton", "Toledo", "made")]


def test_guard_air_cargo_is_no_weather(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "air" is weather as the mover, not in "air cargo"."""
    text = "Three tonnes of air cargo were flown from Nairobi to Amsterdam on Monday."
    assert trips(text, gazetteer) == [("Nairobi", "Amsterdam", "made")]


def test_whom_a_traveller_met_is_not_where_she_set_out(gazetteer: Gazetteer) -> None:
    text = "After talks with Thai officials, she flew to Vientiane on Friday."
    assert trips(text, gazetteer) == [(None, "Vientiane", "made")]


def test_cold_air_moving_south_is_weather(gazetteer: Gazetteer) -> None:
    text = "Arctic air moved down from Manitoba into Minnesota on Tuesday, forecasters said."
    assert trips(text, gazetteer) == []
