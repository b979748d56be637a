"""Where a trip starts and whether it is one, on short sentences written for the
project: a prisoner held in a town named with its state starts from the town, not the
state that only says where the town lies; drones "capable of reaching" a city make no
trip there; volunteers who "flew for Poland" served it and went nowhere; pilgrims who
"travelled from Peru" left Peru, wherever they went; people Chile deported left Chile."""

from __future__ import annotations

from conftest import trips

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


def test_a_trip_starts_in_the_town_not_in_the_state_written_after_it(
    gazetteer: Gazetteer,
) -> None:
    text = ("The suspect, 41, is now held at the county jail in Lima, Ohio, and will be "
            "returned to Franklin County next week.")
    assert trips(text, gazetteer) == [("Lima", "Franklin County", "planned")]


def test_a_place_only_within_reach_is_no_trip(gazetteer: Gazetteer) -> None:
    assert trips("The army has drones capable of reaching Tallinn.", gazetteer) == []
    assert trips("The families were unable to return to Aleppo.", gazetteer) == []
    assert trips("The envoy was not able to reach Goma because of car trouble.", gazetteer) == []
    assert trips("The families were able to return to Aleppo in May.", gazetteer) == [
        (None, "Aleppo", "made")]


def test_flying_for_a_country_is_serving_it(gazetteer: Gazetteer) -> None:
    assert trips("Dozens of volunteers flew for Poland during the war.", gazetteer) == []
    assert trips("The squad flew out for Spain on Monday.", gazetteer) == [
        (None, "Spain", "made")]


def test_travelling_from_a_place_with_no_goal_told_is_a_departure(
    gazetteer: Gazetteer,
) -> None:
    text = "Some 9,000 pilgrims travelled from Peru, which shut its border later, to join them."
    assert trips(text, gazetteer) == [("Peru", None, "made")]


def test_the_state_that_expels_is_where_the_expelled_leave_from(gazetteer: Gazetteer) -> None:
    starts = {trip[0] for trip in trips("Chile deported four Bolivians on Tuesday.", gazetteer)}
    assert starts == {"Chile"}
    assert trips("Chilean police deported four men on Tuesday.", gazetteer) == []


def test_someone_due_to_travel_is_the_one_who_moves(gazetteer: Gazetteer) -> None:
    layers = brief("The Pope is due to fly to Kinshasa on Tuesday.", gazetteer=gazetteer).layers
    assert [(r["to"], r["who"], r["status"]) for r in records(layers.routes)] == [
        ("Kinshasa", "The Pope", "planned")]


def test_a_trip_joined_by_and_to_an_accusation_or_a_failure_was_made(
    gazetteer: Gazetteer,
) -> None:
    # the accusing, trying and failing are the first verb's; the second verb is an act
    # of its own
    assert trips("Separatist officials accuse the army of massing troops near the border, "
                 "and say they have evacuated children from Gori.", gazetteer) == [
        ("Gori", None, "made")]
    found = trips("The pilot failed to land in Kabul and returned to Doha.", gazetteer)
    assert [(end, status) for _, end, status in found] == [("Doha", "made")]
    assert trips("They want to fly to Paris and drive to Lyon.", gazetteer) == []  # a guard


def test_an_affiliation_told_in_a_relative_clause_is_no_start(gazetteer: Gazetteer) -> None:
    text = ("The two men, who prosecutors say worked for Russian intelligence, fled to "
            "Belarus after the blast.")
    assert trips(text, gazetteer) == [(None, "Belarus", "made")]


def test_what_a_thing_is_used_or_built_for_is_no_trip(gazetteer: Gazetteer) -> None:
    assert trips("An explosion damaged a railway line near Lublin, a route used to ship aid "
                 "to Ukraine.", gazetteer) == []
    assert trips("A port built to export grain to Egypt opened in Odesa.", gazetteer) == []


def test_fighting_that_reaches_a_town_is_no_trip(gazetteer: Gazetteer) -> None:
    assert trips("Fighting reached El Obeid on Saturday.", gazetteer) == []
    assert trips("Troops reached El Obeid on Saturday.", gazetteer) == [  # a guard
        (None, "El Obeid", "made")]


def test_the_town_right_after_a_goal_with_no_place_is_the_goal(gazetteer: Gazetteer) -> None:
    # the parser hangs "in Jalalabad" on the verb, not on "hospitals"
    text = ("An earthquake struck eastern Afghanistan. Helicopters flew injured villagers "
            "from remote valleys to hospitals in Jalalabad.")
    assert [(end, status) for _, end, status in trips(text, gazetteer)] == [
        ("Jalālābād", "made")]


def test_who_said_they_would_travel_is_the_mover(gazetteer: Gazetteer) -> None:
    text = ("A landslide buried a village in Papua New Guinea.\n\n"
            "Prime Minister James Marape said he would travel to Enga on Monday.")
    layers = brief(text, gazetteer=gazetteer).layers
    assert [(r["to"], r["who"]) for r in records(layers.routes)] == [
        ("Enga", "Prime Minister James Marape")]


def test_where_the_people_a_boat_carried_are_from_is_no_start(gazetteer: Gazetteer) -> None:
    text = ("At least 61 migrants drowned when their boat capsized off Libya on Wednesday. "
            "The boat had left Sabratha on Tuesday night carrying about 120 people, mostly "
            "from Nigeria, Gambia and Senegal, and was heading for the Italian island of "
            "Lampedusa.")
    assert {start for start, _, _ in trips(text, gazetteer)} == {"Şabrātah"}


def test_teams_from_abroad_came_from_there(gazetteer: Gazetteer) -> None:
    # a guard for the rule above: only a share ("mostly from") is where people are from
    assert trips("Firefighters from Cyprus and Italy arrived in Athens on Sunday.", gazetteer) == [
        ("Cyprus", "Athens", "made"), ("Italy", "Athens", "made")]


def test_a_quake_that_left_a_town_in_ruins_made_no_trip(gazetteer: Gazetteer) -> None:
    assert trips("The quake left Kathmandu in ruins on Saturday.", gazetteer) == []


def test_a_trip_a_denial_reports_was_not_made(gazetteer: Gazetteer) -> None:
    """"denied reports that ...": what the reports tell is denied, a trip or an attack."""
    text = "The army denied claims that its soldiers had crossed into Rwanda."
    assert trips(text, gazetteer) == []
    text = "Officials in Kinshasa denied reports that rebels had attacked Goma."
    assert records(brief(text, gazetteer=gazetteer).layers.events) == []
    # a guard: confirmed reports tell a trip made
    text = "Officials confirmed reports that troops had entered Goma."
    assert trips(text, gazetteer) == [(None, "Goma", "made")]
