"""Routes on wire-style sentences written for the project (round 18): samples sent to a
laboratory whose name holds a wider place went to the town it lies in ("to the West
Africa Reference Laboratory at Dakar"); a goal phrase whose first body is no place
goes to the place joined to it ("to the FAO and Kenya"); a continent told after a
person's home town is no start ("originally from Laos in Asia"); a spread only
predicted or feared is none; "you come to places like Ohio" is about anyone; "came to
this country from Poland" is a trip from Poland; experts "were deployed in Liberia"
went there; a chase is a trip.
Each test failed on main but the ones marked as guards."""

from __future__ import annotations

from conftest import trips

from geobrief.gazetteer.index import Gazetteer


def test_samples_go_to_the_town_of_a_laboratory_named_for_a_region(
    gazetteer: Gazetteer,
) -> None:
    text = "Blood samples were flown to the West Africa Reference Laboratory at Dakar on Tuesday."
    assert trips(text, gazetteer) == [(None, "Dakar", "made")]


def test_guard_a_hospital_named_for_a_country_lies_in_its_town(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): the town inside the phrase was already the goal."""
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


def test_a_trip_to_a_country_left_unnamed_starts_where_it_came_from(
    gazetteer: Gazetteer,
) -> None:
    text = "Her grandfather came to this country from Poland in 1921, the family said."
    assert trips(text, gazetteer) == [("Poland", None, "made")]


def test_guard_a_ship_sent_to_an_unnamed_region_is_no_departure(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): a thing sent "from its base in Guam to the region"."""
    text = "The navy sent a cruiser from its base in Guam to the region on Monday."
    assert trips(text, gazetteer) == []


def test_guard_someone_from_a_town_made_no_trip(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "came from Poland" alone may say where one is from."""
    text = "Her grandfather came from Poland, the family said."
    assert trips(text, gazetteer) == []


def test_experts_deployed_in_a_country_went_there(gazetteer: Gazetteer) -> None:
    text = "About 40 field epidemiologists were deployed in Liberia last week."
    assert trips(text, gazetteer) == [(None, "Liberia", "made")]


def test_guard_troops_deployed_in_a_country_are_there(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "the troops deployed in Mali" says where they are."""
    text = "The 12,000 peacekeepers deployed in Mali lack helicopters, the report said."
    assert trips(text, gazetteer) == []


def test_a_chase_into_a_state_goes_there(gazetteer: Gazetteer) -> None:
    text = "The suspect led troopers on a chase into Arkansas before he was caught."
    assert [to for _, to, _ in trips(text, gazetteer)] == ["Arkansas"]

