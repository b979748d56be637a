"""Routes on wire-style sentences written for the project (round 19): a trip told over
two sentences, its arrival first and its start after; a next leg joined by "and then
to"; a start that is no country the goal lies in; the goal of a trip only asked for is
no start; an emigrant's home town is the start of the emigration; the place of a
"for testing in" phrase is the goal; a place that received refugees is where they went;
people put on buses to a town went there; a crossing from a country is a departure.
Each test failed on main but the ones marked as guards."""

from __future__ import annotations

from conftest import trips

from geobrief.gazetteer.index import Gazetteer


def test_a_flight_told_after_its_landing_starts_where_it_left(gazetteer: Gazetteer) -> None:
    text = ("A plane carrying 98 Hondurans deported from the United States landed in San "
            "Pedro Sula on Thursday. The flight left Harlingen, Texas, at dawn.")
    assert ("Harlingen", "San Pedro Sula", "made") in trips(text, gazetteer)


def test_a_boat_that_had_sailed_from_a_port_ends_where_it_landed(gazetteer: Gazetteer) -> None:
    text = ("A wooden boat carrying 64 migrants landed at Lampedusa on Sunday. They had "
            "sailed from Sfax two days earlier, the coast guard said.")
    assert trips(text, gazetteer) == [("Sfax", "Lampedusa", "made")]


def test_a_minister_who_flew_in_from_a_capital(gazetteer: Gazetteer) -> None:
    text = ("The foreign minister arrived in Vientiane on Monday for talks on the Mekong "
            "dams. He flew in from Phnom Penh, where he met the Cambodian prime minister.")
    assert trips(text, gazetteer) == [("Phnom Penh", "Vientiane", "made")]


def test_guard_leaving_the_country_of_the_arrival_is_no_trip(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): a departure from the land one arrived in is no start."""
    text = "The envoy arrived in Lima on Monday. She left Peru on Friday."
    assert ("Peru", "Lima", "made") not in trips(text, gazetteer)


def test_a_next_leg_after_and_then(gazetteer: Gazetteer) -> None:
    text = "The envoy flew to Doha and then to Kabul on Sunday, officials said."
    assert trips(text, gazetteer) == [("Doha", "Kabul", "made"), (None, "Doha", "made")]


def test_planned_legs_after_then_and_finally(gazetteer: Gazetteer) -> None:
    text = "The president will travel to Nairobi on Monday, then to Kampala and finally to Kigali."
    assert trips(text, gazetteer) == [
        ("Kampala", "Kigali", "planned"), ("Nairobi", "Kampala", "planned"),
        (None, "Nairobi", "planned"),
    ]


def test_guard_two_goals_of_one_start(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "to Gaza and the West Bank" are two goals, no leg."""
    text = "Jordan sent medical aid to Gaza and the West Bank on Tuesday."
    assert all(start != "Gaza" for start, _, _ in trips(text, gazetteer))


def test_a_town_lived_in_before_a_move_not_the_country_entered(gazetteer: Gazetteer) -> None:
    text = ("A smuggler wanted in Uganda was arrested in Kisumu on Friday. Police said he fled "
            "across the border into Kenya in March and lived in Eldoret before moving to "
            "Kisumu in May.")
    assert ("Eldoret", "Kisumu", "made") in trips(text, gazetteer)


def test_a_visit_only_asked_for_is_no_start(gazetteer: Gazetteer) -> None:
    text = "The councillor asked for $900 to visit Busan while on a trade trip to Seoul."
    assert [(start, to) for start, to, _ in trips(text, gazetteer)] == [(None, "Seoul")]


def test_an_emigrant_sets_out_from_the_town_he_is_from(gazetteer: Gazetteer) -> None:
    text = "The nurse, originally from Cebu, emigrated to Canada in 2009."
    assert trips(text, gazetteer) == [("Cebu", "Canada", "made")]


def test_a_sample_sent_for_testing_in_a_town_goes_there(gazetteer: Gazetteer) -> None:
    text = "The specimen was sent for confirmation at a laboratory in Johannesburg on Friday."
    assert trips(text, gazetteer) == [(None, "Johannesburg", "made")]


def test_refugees_a_country_received_went_there(gazetteer: Gazetteer) -> None:
    text = "Uganda has received 300,000 refugees fleeing South Sudan this year."
    assert trips(text, gazetteer) == [("South Sudan", "Uganda", "made")]


def test_refugees_a_country_is_the_recipient_of(gazetteer: Gazetteer) -> None:
    text = ("Bangladesh has been the recipient of thousands of families fleeing violence in "
            "Myanmar's Rakhine state.")
    assert [(to, status) for _, to, status in trips(text, gazetteer)] == [("Bangladesh", "made")]


def test_migrants_put_on_buses_to_a_town(gazetteer: Gazetteer) -> None:
    text = "Immigration officers put 45 migrants on buses to Oaxaca on Tuesday."
    assert trips(text, gazetteer) == [(None, "Oaxaca", "made")]


def test_families_who_boarded_a_ferry(gazetteer: Gazetteer) -> None:
    text = "About 300 families boarded a ferry to Piraeus on Wednesday night."
    assert trips(text, gazetteer) == [(None, "Piraeus", "made")]


def test_guard_pressure_put_on_a_government_is_no_trip(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): "put pressure on" moves nobody."""
    text = "The strikes put pressure on the government in Lima."
    assert trips(text, gazetteer) == []


def test_a_crossing_from_a_country_is_a_departure(gazetteer: Gazetteer) -> None:
    text = "About 500 migrants crossed the Suchiate River from Guatemala on Monday."
    assert trips(text, gazetteer) == [("Guatemala", None, "made")]


def test_goods_and_craft_start_where_their_own_phrase_says(gazetteer: Gazetteer) -> None:
    """Fails on 3648eb3 (no start): what moved came from where its own "from" says, also
    under its "of" ("gallons of pear juice from Israel"); people's "from" stays whose
    they are (STORY.md: origins are no trips)."""
    text = "A shipment of rice from Vietnam reached Manila on Tuesday."
    assert trips(text, gazetteer) == [("Vietnam", "Manila", "made")]
    text = "The flight from Dubai landed in Kabul on Monday."
    assert trips(text, gazetteer) == [("Dubai", "Kabul", "made")]
    text = "Thousands of gallons of pear juice from Israel were shipped to Little Rock."
    assert trips(text, gazetteer) == [("Israel", "Little Rock", "made")]
    text = "Hundreds of refugees from Syria arrived in Lesbos on Friday."
    assert trips(text, gazetteer) == [(None, "Lesbos", "made")]
