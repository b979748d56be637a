"""Routes on wire-style sentences written for the project (round 18): samples sent to a
laboratory whose name holds a wider place went to the town it lies in ("to the
Pan-African Virus Laboratory at Entebbe"); a goal phrase whose first body is no place
goes to the place joined to it ("to the FAO and Kenya"); a continent told after a
person's home town is no start ("originally from Laos in Asia"); a spread only
predicted or feared is none; and "you come to places like Ohio" is about anyone.
Each test failed on main but the ones marked as guards."""

from __future__ import annotations

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


def trips(text: str, gazetteer: Gazetteer) -> list[tuple[object, object, object]]:
    layers = brief(text, gazetteer=gazetteer).layers
    return sorted(((r["from"], r["to"], r["status"]) for r in records(layers.routes)),
                  key=str)


def test_samples_go_to_the_town_of_a_laboratory_named_for_a_region(
    gazetteer: Gazetteer,
) -> None:
    text = ("Swabs from the dead chickens were flown to the Pan-African Virus Laboratory "
            "at Entebbe on Tuesday.")
    assert trips(text, gazetteer) == [(None, "Entebbe", "made")]


def test_a_hospital_named_for_a_country_lies_in_its_town(gazetteer: Gazetteer) -> None:
    text = "The wounded miners were taken to the Kenya National Hospital in Nairobi."
    assert trips(text, gazetteer) == [(None, "Nairobi", "made")]


def test_a_body_joined_to_a_country_leaves_the_country_as_goal(gazetteer: Gazetteer) -> None:
    text = "Officials in Lima said blood samples were shipped to the WHO and Brazil last week."
    assert [(to, status) for _, to, status in trips(text, gazetteer)] == [("Brazil", "made")]


def test_a_continent_after_a_home_town_is_no_start(gazetteer: Gazetteer) -> None:
    text = "The engineer, originally from Laos in Asia, moved to Perth in 2004."
    assert trips(text, gazetteer) == [(None, "Perth", "made")]


def test_a_spread_only_predicted_is_none(gazetteer: Gazetteer) -> None:
    text = "Scientists in Quito predict that the beetle will spread into Colombia within a decade."
    assert trips(text, gazetteer) == []


def test_a_move_only_feared_is_none(gazetteer: Gazetteer) -> None:
    text = "Residents of Bamako fear that the militants will move into Mopti after the rains."
    assert trips(text, gazetteer) == []


def test_anyone_who_comes_is_no_trip(gazetteer: Gazetteer) -> None:
    text = ('"You come to places like Ohio and you see how angry people are," the senator '
            "told reporters.")
    assert trips(text, gazetteer) == []


def test_guard_you_who_flew_made_a_trip(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "you flew" tells a trip that was made."""
    text = '"You flew to Accra last May and met the minister," the lawyer told Mensah.'
    assert trips(text, gazetteer) == [(None, "Accra", "made")]


def test_guard_a_town_in_its_state_is_still_the_start(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): a stay in a town named with its state starts the trip."""
    text = "After a week in Ashford, Kent, the couple drove to Dover."
    assert trips(text, gazetteer) == [("Ashford", "Dover", "made")]
