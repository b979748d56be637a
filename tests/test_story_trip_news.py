"""Trips told the ways wire stories tell them, on sentences written for the project: a
convoy that left one town "bound for" another (a trip there to come); a climber "flown
home" from a town (home is no place the text names); a ferry "that was due to sail" but
was cancelled; the travellers a rule is about ("all passengers arriving from ... will be
screened"); a visit to a site "in" a place; aid "delivered to" a town; a soldier who
"defected to" a country; a headline's trip to a country that the story then tells to its
capital; a convoy "blocked from entering" a country; a start told "after a journey from"
it; workers "airlifted out of" a town; flights that "operate twice a week" (a service);
a trip told in the simple present with its time (to come) or how often (a habit)."""

from __future__ import annotations

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


def trips(text: str, gazetteer: Gazetteer) -> list[tuple[object, object, object]]:
    layers = brief(text, gazetteer=gazetteer).layers
    return sorted(((r["from"], r["to"], r["status"]) for r in records(layers.routes)),
                  key=str)


def test_a_departure_bound_for_a_town_is_a_trip_there_to_come(gazetteer: Gazetteer) -> None:
    """Nothing says the convoy got to Kampala yet: the trip there is one to come."""
    text = ("A convoy of 40 trucks carrying maize left Mombasa on Monday bound for Kampala, "
            "the World Food Programme said.")
    assert trips(text, gazetteer) == [("Mombasa", "Kampala", "planned")]


def test_flown_home_from_a_town_leaves_the_town(gazetteer: Gazetteer) -> None:
    text = ("A New Zealand climber who broke his leg was flown home from Mendoza on "
            "Saturday, park rangers said.")
    assert trips(text, gazetteer) == [("Mendoza", None, "made")]


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


def test_a_visit_to_a_site_goes_to_the_place_it_is_in(gazetteer: Gazetteer) -> None:
    assert trips("Police visited a farm in Limpopo on Tuesday.", gazetteer) == [
        (None, "Limpopo", "made")]
    assert trips("The prime minister visited flood victims in Sukkur on Tuesday.",
                 gazetteer) == [(None, "Sukkur", "made")]


def test_aid_delivered_to_a_town_goes_there(gazetteer: Gazetteer) -> None:
    assert trips("Aid agencies delivered 300 tonnes of food to Kassala on Monday.",
                 gazetteer) == [(None, "Kassala", "made")]


def test_defecting_to_a_country_is_a_trip(gazetteer: Gazetteer) -> None:
    text = "A North Korean soldier defected to South Korea on Friday, Seoul said."
    assert trips(text, gazetteer) == [("North Korea", "South Korea", "made")]


def test_a_headline_trip_to_a_country_is_the_story_s_trip_to_its_capital(
    gazetteer: Gazetteer,
) -> None:
    text = ("Pope to visit Congo\n"
            "VATICAN CITY — Pope Leo will travel to Kinshasa on January 31, the Vatican "
            "said on Tuesday.")
    assert trips(text, gazetteer) == [(None, "Kinshasa", "planned")]


def test_a_trip_someone_was_kept_from_is_no_trip(gazetteer: Gazetteer) -> None:
    kept = ["Border guards blocked the convoy from entering Ukraine on Friday.",
            "Several airlines stopped flying to Kabul last month."]
    assert [trips(text, gazetteer) for text in kept] == [[], []]


def test_guard_a_trip_kept_up_is_a_trip(gazetteer: Gazetteer) -> None:
    """Guard (passes before and after): "kept flying to" goes on flying there (relief
    planes: an airline that flies to Kabul is a service, ``story.rule_trips``)."""
    assert trips("Relief planes kept flying to Kabul last month.", gazetteer) == [
        (None, "Kabul", "made")]


def test_a_journey_told_after_the_arrival_gives_its_start(gazetteer: Gazetteer) -> None:
    told = ["A Red Crescent convoy reached Aleppo on Thursday after a two-day journey "
            "from Damascus.",
            "The team returned to Lima on Sunday after a tour of Chile."]
    assert [trips(text, gazetteer) for text in told] == [
        [("Damascus", "Aleppo", "made")], [("Chile", "Lima", "made")]]


def test_airlifted_out_of_a_town_leaves_the_town(gazetteer: Gazetteer) -> None:
    text = "Aid workers were airlifted out of Malakal on Monday as fighting spread."
    assert trips(text, gazetteer) == [("Malakal", None, "made")]


def test_a_service_is_no_trip(gazetteer: Gazetteer) -> None:
    text = "Malakal was calm on Monday. Direct flights to Paris operate twice a week."
    assert trips(text, gazetteer) == []


def test_guard_counted_flights_are_trips(gazetteer: Gazetteer) -> None:
    """Guard (passes before and after): counted flights that landed flew there."""
    assert trips("Two flights from Dubai landed in Kabul on Monday.", gazetteer) == [
        ("Dubai", "Kabul", "made")]


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        # fail on main (only a departure from Australia, from Mexico)
        ("Fiji has confirmed a swine flu infection, in a woman who came back from "
         "Australia last week, the health ministry said.", ("Australia", "Fiji", "made")),
        ("New Zealand reported a case of measles in a man who had travelled from Mexico.",
         ("Mexico", "New Zealand", "made")),
    ],
)
def test_a_traveller_in_a_countrys_report_came_to_that_country(
    text: str, trip: tuple[str, str, str], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == [trip]


def test_a_traveller_back_in_no_countrys_report_only_left(gazetteer: Gazetteer) -> None:
    """A guard (passes on main too): no country reports, so no goal is guessed."""
    assert trips("The minister returned from Paris on Monday.", gazetteer) == [
        ("Paris", None, "made")]


def test_fleeing_one_town_for_another_goes_there(gazetteer: Gazetteer) -> None:
    """Fails on fa3c27b: "for" after "fled" was no goal, as it is after "left"."""
    text = "Thousands of residents have fled Djibo for Kaya since the siege began."
    assert trips(text, gazetteer) == [("Djibo", "Kaya", "made")]


def test_entering_a_countrys_airspace_goes_into_the_country(gazetteer: Gazetteer) -> None:
    """Fails on 8ee3018: the ground named by a country's adjective was no goal."""
    text = ("Lithuanian air defences shot down two drones that entered Lithuanian airspace "
            "from Belarus overnight.")
    assert trips(text, gazetteer) == [("Belarus", "Lithuania", "made")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a trip told in the simple present with its time is one to come; told with how
        # often, a habit (both fail on 656d8dc: drawn as made)
        ("Officials in Charleston met on Monday. The team flies to Atlanta on Friday.",
         [(None, "Atlanta", "planned")]),
        ("Officials in Charleston met on Monday. Every summer she drives to Denver.", []),
        ("Officials in Charleston met on Monday. Every Friday she flies to Atlanta.", []),
        # without either it is going on (a guard)
        ("Cholera spread in Malakal. The outbreak comes as refugees return to Juba.",
         [(None, "Juba", "made")]),
    ],
)
def test_a_trip_told_in_the_present(
    gazetteer: Gazetteer, text: str, found: list[tuple[object, object, object]]
) -> None:
    assert trips(text, gazetteer) == found
