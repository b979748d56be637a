"""The story reads each happening in its own context: a paragraph break ends a trip's
narrative, a person's nationality is not where something happened to them, a date
belongs to its own clause, and a date without its week or year looks ahead in a text
about what is to come. Short texts written for the project."""

from __future__ import annotations

import datetime as dt

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.render.wording import route_name
from geobrief.story.rows import records

FRIDAY = dt.date(2026, 9, 18)


def layers_of(text: str, gazetteer: Gazetteer) -> tuple[list[dict], list[dict]]:
    layers = brief(text, Config(date=FRIDAY), gazetteer=gazetteer).layers
    return records(layers.events), records(layers.routes)


def test_a_trip_does_not_start_where_the_last_paragraph_ended(gazetteer: Gazetteer) -> None:
    text = (
        "Brazil said it had flown 300 Venezuelans from Boa Vista to Manaus this month.\n\n"
        "Colombia's president will visit Cucuta, Colombia, on Saturday, his office said."
    )
    _, routes = layers_of(text, gazetteer)
    # the visit's start is not told: an arrival at Cucuta, not a trip from Manaus
    assert [(r["from"], r["to"]) for r in routes] == [("Boa Vista", "Manaus"), (None, "Cúcuta")]
    same_paragraph = text.replace("\n\n", " ").replace("Colombia's president", "They")
    _, routes = layers_of(same_paragraph, gazetteer)
    assert ("Manaus", "Cúcuta") in [(r["from"], r["to"]) for r in routes]


def test_a_future_weekday_is_the_coming_one(gazetteer: Gazetteer) -> None:
    events, _ = layers_of("The president will visit Cucuta, Colombia, on Saturday.", gazetteer)
    assert [(e["type"], e["status"], e["date"]) for e in events] == [
        ("visit", "scheduled", "2026-09-19")
    ]
    events, _ = layers_of("The president visited Cucuta, Colombia, on Saturday.", gazetteer)
    assert [(e["status"], e["date"]) for e in events] == [("happened", "2026-09-12")]


def test_a_nationality_does_not_place_what_happened_to_someone(gazetteer: Gazetteer) -> None:
    text = "A French aid worker who was kidnapped in Gao, Mali, was released on Monday."
    events, _ = layers_of(text, gazetteer)
    assert [(e["type"], e["place"]) for e in events] == [("kidnapping", "Gao")]
    events, _ = layers_of("Haitian elections were held on Sunday.", gazetteer)
    assert [e["place"] for e in events] == ["Haiti"]


def test_a_date_of_the_main_clause_is_not_a_relative_clauses(gazetteer: Gazetteer) -> None:
    text = "A French aid worker who was kidnapped in Gao, Mali, was released on Monday."
    events, _ = layers_of(text, gazetteer)
    assert [e["date"] for e in events] == [None]


def test_who_moved_is_named_once(gazetteer: Gazetteer) -> None:
    text = ("The convoy left Bamako on Sunday for Timbuktu. "
            "The convoy had left Bamako on Sunday and was heading to Timbuktu.")
    _, routes = layers_of(text, gazetteer)
    assert [(r["from"], r["to"], r["who"]) for r in routes] == [
        ("Bamako", "Timbuktu", "The convoy")
    ]


def test_a_weather_system_told_as_it_is_no_route(gazetteer: Gazetteer) -> None:
    text = ("Typhoon Rai hit Aparri, Philippines, on Tuesday. "
            "The typhoon is expected to weaken as it moves toward Taiwan on Thursday.")
    _, routes = layers_of(text, gazetteer)
    assert routes == []


def test_a_happening_that_opens_its_sentence_is_read(gazetteer: Gazetteer) -> None:
    """The tagger takes "Landslides" for a name there; burying houses is no funeral."""
    text = "Landslides buried several houses in Baguio, Philippines."
    events, _ = layers_of(text, gazetteer)
    assert [(e["type"], e["place"], e["trigger"]) for e in events] == [
        ("disaster", "Baguio", "Landslides")
    ]


def test_a_nationality_starts_a_trip_at_its_country_not_at_a_town(gazetteer: Gazetteer) -> None:
    text = ("More than 6,000 Somali families have crossed into Kenya since January, "
            "aid workers in Mogadishu said.")
    _, routes = layers_of(text, gazetteer)
    assert [(r["from"], r["to"]) for r in routes] == [("Somalia", "Kenya")]


def test_a_trip_called_off_is_no_route(gazetteer: Gazetteer) -> None:
    text = ("Bosnia's prime minister cancelled a planned trip to Brussels, Belgium, "
            "to visit flooded areas near Sarajevo.")
    _, routes = layers_of(text, gazetteer)
    assert routes == []


def test_police_firing_tear_gas_at_protesters_is_a_protest_not_an_attack(
    gazetteer: Gazetteer,
) -> None:
    text = ("Police in Lagos, Nigeria, fired tear gas at hundreds of people protesting "
            "against a rise in fuel prices.")
    events, _ = layers_of(text, gazetteer)
    assert [(e["type"], e["place"]) for e in events] == [("protest", "Lagos")]


def test_each_sender_and_the_movers_own_country_start_a_trip(gazetteer: Gazetteer) -> None:
    text = ("Germany and Japan sent search teams to Malatya, Turkey, on Tuesday, and Greek "
            "aid arrived in Adana by ship.")
    events, routes = layers_of(text, gazetteer)
    assert {(r["from"], r["to"]) for r in routes} == {
        ("Germany", "Malatya"), ("Japan", "Malatya"), ("Greece", "Adana")
    }
    assert ("aid", "Adana") in {(e["type"], e["place"]) for e in events}


def test_a_happening_told_by_what_it_did_next_is_placed_there(gazetteer: Gazetteer) -> None:
    text = ("Gunmen attacked a passenger train on Tuesday, taking more than 100 passengers "
            "hostage near the town of Sibi, Pakistan.")
    events, _ = layers_of(text, gazetteer)
    assert ("attack", "Sibi") in {(e["type"], e["place"]) for e in events}


def test_what_happened_is_not_hidden_by_a_prospect_at_the_same_place(
    gazetteer: Gazetteer,
) -> None:
    text = ("Brazil deployed 4,000 soldiers to the state of Rondonia on Wednesday to fight "
            "forest fires. Smoke forced the airport in Porto Velho, Brazil, to close.")
    events, _ = layers_of(text, gazetteer)
    assert {("deployment", "Rondônia", "happened")} <= {
        (e["type"], e["place"], e["status"]) for e in events
    }


def test_a_storm_system_moving_on_is_no_route(gazetteer: Gazetteer) -> None:
    text = "The same storm system dropped hail on Dallas, Texas, before moving into Arkansas."
    _, routes = layers_of(text, gazetteer)
    assert routes == []


def test_a_date_of_a_happening_joined_by_and_is_its_own(gazetteer: Gazetteer) -> None:
    text = ("The governor declared a state of emergency in Cleveland County, Oklahoma, and "
            "will visit Moore on Friday.")
    events, _ = layers_of(text, gazetteer)
    dates = {e["type"]: e["date"] for e in events}
    assert dates["emergency"] is None
    assert dates.get("visit") in (None, FRIDAY.isoformat())  # the day of the article


def test_the_town_is_the_town_named_just_before(gazetteer: Gazetteer) -> None:
    events, _ = layers_of("Floods hit Doboj, Bosnia. Hundreds were evacuated from the city "
                          "on Tuesday.", gazetteer)
    assert ("evacuation", "Doboj") in {(e["type"], e["place"]) for e in events}
    events, _ = layers_of("The men live in Cahir, Ireland. Riots broke out in the nearby "
                          "town on Friday.", gazetteer)
    assert events == []  # another town, not Cahir


def test_the_village_is_no_city(gazetteer: Gazetteer) -> None:
    # fails on main: a visit to Gusau, a city of 200,000
    events, routes = layers_of(
        "Gunmen attacked the village of Kauran Namoda in Zamfara state on Sunday. Police "
        "arrested four suspects in Gusau, the state capital. The governor visited the "
        "village on Monday.", gazetteer)
    assert ("visit", "Gusau") not in {(e["type"], e["place"]) for e in events}
    assert "Gusau" not in {r["to"] for r in routes}


def test_a_clause_with_its_own_subject_does_not_share_the_first_ones_place(
    gazetteer: Gazetteer,
) -> None:
    text = ("In Fiji, officials in Suva said the storm had cut power to the western coast, "
            "and Samoa's government in Apia closed schools for two days.")
    events, _ = layers_of(text, gazetteer)
    assert ("closure", "Apia") in {(e["type"], e["place"]) for e in events}


def test_a_flight_into_a_neighbouring_country_starts_in_the_one_it_neighbours(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Fighting spread across Sudan's western region of Darfur this week. More than "
        "20,000 people have fled across the border into neighbouring Chad, the UN said."
    )
    _, routes = layers_of(text, gazetteer)
    assert [(r["from"], r["to"]) for r in routes] == [("Sudan", "Chad")]
    # without "neighbouring", nothing tells where they fled from
    _, routes = layers_of(text.replace("neighbouring ", ""), gazetteer)
    assert [(r["from"], r["to"]) for r in routes] == [(None, "Chad")]


def test_a_part_of_a_country_is_not_the_town_the_article_names(gazetteer: Gazetteer) -> None:
    text = (
        "Aid workers in El Fasher said cholera cases were rising in the camps. The outbreak "
        "comes as thousands of families go back to southern Sudan after the ceasefire."
    )
    _, routes = layers_of(text, gazetteer)
    assert [(r["from"], r["to"]) for r in routes] == [(None, "Sudan")]


def test_a_trip_told_after_a_planned_one_is_planned_too(gazetteer: Gazetteer) -> None:
    text = (
        "Pope to visit Africa\n\nThe Pope will land in Nairobi on Friday and then drive to "
        "Nakuru. Last year he flew to Lagos and travelled to Abuja."
    )
    _, routes = layers_of(text, gazetteer)
    trips = {(r["from"], r["to"]): r["status"] for r in routes}
    # the headline's infinitive is a plan; no trip starts in a continent
    assert trips[(None, "Africa")] == trips[("Nairobi", "Nakuru")] == "planned"
    # a trip made last year does not start where a planned one will end
    assert trips[(None, "Lagos")] == trips[("Lagos", "Abuja")] == "made"
    assert not any(start == "Africa" for start, _ in trips)


def test_trips_told_in_other_words_are_routes(gazetteer: Gazetteer) -> None:
    text = (
        "About 300 volunteers were bused in from Kisumu to fill sandbags in Nakuru.\n\n"
        "The governor toured Eldoret and Kitale on Sunday.\n\n"
        "The aid convoy made its way to Goma.\n\n"
        "Thousands of Muslims travel to Touba every year."  # "travel" tagged as a noun
    )
    _, routes = layers_of(text, gazetteer)
    assert [(r["from"], r["to"], r["who"]) for r in routes] == [
        ("Kisumu", "Nakuru", "About 300 volunteers"),
        (None, "Eldoret", "The governor"), (None, "Kitale", "The governor"),
        (None, "Goma", "The aid convoy"), (None, "Touba", "Thousands of Muslims"),
    ]


def test_a_trip_does_not_go_on_from_the_last_paragraphs_end(gazetteer: Gazetteer) -> None:
    text = "The minister flew to Lima on Monday.\n\nHe stopped in Cusco on his way to Puno."
    _, routes = layers_of(text, gazetteer)
    assert ("Cusco", "Puno") in [(r["from"], r["to"]) for r in routes]


def test_a_trip_to_a_place_the_gazetteer_lacks_is_shown_at_the_place_that_holds_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Hundreds of mourners lined the streets of Banbridge on Saturday. The funeral "
        "cortege made its way to Holy Cross Cemetery.\n\n"
        "Later, the family drove to the Slieve Donard Hotel."
    )
    briefing = brief(text, Config(date=FRIDAY), gazetteer=gazetteer)
    routes = records(briefing.layers.routes)
    banbridge = next(p for p in briefing.places if p.name == "Banbridge")
    # the hotel's paragraph names no place to show it at: no route
    assert [(r["from"], r["to"], r["to_id"], r["to_anchor"]) for r in routes] == [
        (None, "Holy Cross Cemetery", banbridge.place_id, "Banbridge")
    ]
    assert route_name(routes[0]) == (
        "→ Holy Cross Cemetery (not in the gazetteer; shown at Banbridge) (start not told)"
    )
    saints = text.replace("Holy Cross Cemetery", "St Therese's church")
    routes = records(brief(saints, Config(date=FRIDAY), gazetteer=gazetteer).layers.routes)
    assert [(r["to"], r["to_anchor"]) for r in routes] == [("St Therese's church", "Banbridge")]


def test_people_expelled_with_no_goal_told_go_to_their_own_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Aid agencies said hundreds of Afghans who were lately expelled from Iran need "
        "tents. Police said they had deported two men from Lyon."
    )
    _, routes = layers_of(text, gazetteer)
    assert [(r["from"], r["to"], r["who"]) for r in routes] == [
        ("Iran", "Afghanistan", "hundreds of Afghans"),
        ("Lyon", None, "two men"),  # nothing says where the two men went
    ]


def test_a_break_in_and_a_plunge_off_the_road_are_happenings(gazetteer: Gazetteer) -> None:
    text = (
        "Thieves broke into a jewellery shop in Leeds on Monday night. A bus plunged into "
        "a ravine near Cusco, killing 14 people. Shares plunged in Tokyo."
    )
    events, _ = layers_of(text, gazetteer)
    assert [(e["type"], e["place"]) for e in events] == [("theft", "Leeds"), ("crash", "Cusco")]
