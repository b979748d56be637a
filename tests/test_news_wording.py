"""Wordings of wire news, on short sentences written for the project: a year that names
another happening ("the anniversary of the 2019 protests") does not date this one; a verb
joined by "and" to a verb that stops things ("blocked the highway and clashed with
police") still happened; a killing told after a quake is the quake's, even where the
parse gives the quake's "magnitude" as a subject too; crowds that marched through a city
protested; floodwaters are a flood; "in protest of Charter Amendment 2" names no place. Strikes
that kill are attacks, at what they struck; a killing in a "where" clause is its own
subject's; a boat is intercepted, a missile shot down; deported Haitians are deported
from where the deporting is done; a town the gazetteer lacks that was stormed keeps its
name; protesters who attack protest. A killing joined by "and" to what a fire did is the
fire's; captured towns are attacks, captured people arrests; "the fighting" told in a
"where" clause is no new fighting there; a date of a clause joined by "but" is not the
next one's. A trip told by its start alone: "flew in from
Nairobi"; by its vehicle: "by ferry to Porto Empedocle"."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief

happenings = partial(drawn, fields=("type", "place", "status", "date"), date=dt.date(2025, 10, 22))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thousands marked the anniversary of the 2019 protests in Santiago on Saturday.",
         [("celebration", "Santiago", "happened", "2025-10-18")]),
        ("Farmers blocked a highway and clashed with police near Cusco on Monday.",
         [("attack", "Cusco", "happened", "2025-10-20")]),
        ("The storm struck two weeks after a magnitude 6.4 earthquake hit the north of "
         "Sumatra, killing 50 people in the town of Medan.",
         [("disaster", "Sumatra", "happened", "2025-10-08"),
          ("disaster", "Medan", "happened", None)]),
        ("Crowds marched through central Santiago on Tuesday.",
         [("protest", "Santiago", "happened", "2025-10-21")]),
        # "overnight" is the night before the article's day, as "this morning" is its day
        ("Floodwaters rose rapidly in Dhaka overnight.",
         [("disaster", "Dhaka", "happened", "2025-10-22")]),
        ("Nurses in Salem march in protest of Measure 7.",
         [("protest", "Salem", "happened", None)]),
        ("Israeli strikes kill 25 in Gaza.", [("attack", "Gaza", "happened", None)]),
        ("A strike on a house in Khan Younis killed 11 members of one family.",
         [("attack", "Khān Yūnis", "happened", None)]),
        ("Temperatures reached 44C in Cyprus, where a fire in Limassol killed two people.",
         [("fire", "Limassol", "happened", None)]),
        ("A trawler carrying 400 migrants was intercepted south of Crete.",
         [("interception", "Crete", "happened", None)]),
        ("Air defences intercepted three missiles over Riyadh.",
         [("shoot-down", "Riyadh", "happened", None)]),
        ("The Dominican Republic deported more than 10,000 Haitians last week.",
         [("expulsion", "Dominican Republic", "happened", "2025-10")]),
        ("Gang members stormed the town of Pont-Sondé in Haiti's Artibonite region.",
         [("attack", "Pont-Sondé", "happened", None)]),
        ("In Kinshasa, protesters attacked the embassies of Rwanda and France.",
         [("protest", "Kinshasa", "happened", None)]),
        ("In Turkey, a forest fire near Izmir destroyed dozens of houses and killed two.",
         [("fire", "İzmir", "happened", None)]),
        ("Rebels captured Uvira on Wednesday.", [("attack", "Uvira", "happened", "2025-10-22")]),
        ("Police captured two Russians in Kyiv.", [("arrest", "Kyiv", "happened", None)]),
        ("Rebels attacked Uvira on Wednesday. Thousands of civilians fled into Burundi, "
         "where 30,000 people had arrived since the fighting began.",
         [("attack", "Uvira", "happened", "2025-10-22")]),
        ("The men were moved from Lampedusa to Shengjin in October 2024, but a Rome court "
         "ordered them returned to Italy days later.", [("court", "Rome", "happened", None)]),
        ("Gunmen seized 25 schoolgirls from a school in the town of Maga in Kebbi state.",
         [("kidnapping", "Maga", "happened", None)]),
        ("Police seized three suspects in Kano.", [("arrest", "Kano", "happened", None)]),
        ("Rebel and government delegations met in Doha for peace talks.",
         [("talks", "Doha", "happened", None)]),
        ("Gunmen stormed a school in the village of Papiri in Niger state and kidnapped 303 "
         "pupils.", [("kidnapping", "Papiri", "happened", None)]),
        ("A Seoul court sentenced the former president to five years in prison for "
         "obstructing his arrest after his short-lived declaration of martial law in "
         "December 2024.", [("court", "Seoul", "happened", None)]),
        ("CHISINAU, Sept 29 (Reuters) - Moldova's ruling party won a majority in Sunday's "
         "parliamentary election, results showed on Monday.",
         [("election", "Moldova", "happened", "2025-10-19")]),
    ],
)
def test_what_happened_where_and_when(
    text: str, found: list[tuple[str, str, str, str | None]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A further 200 officers flew in from Nairobi in January.", [("Nairobi", None)]),
        ("Many of the migrants were later transferred by ferry to Porto Empedocle in Sicily.",
         [(None, "Porto Empedocle")]),
    ],
)
def test_trips(text: str, found: list[tuple[str | None, str | None]], gazetteer: Gazetteer) -> None:
    routes = brief(text, Config(date=dt.date(2025, 10, 22)), gazetteer=gazetteer).layers.routes
    assert [(r["from"], r["to"]) for r in routes.to_dict("records")] == found


def test_them_are_the_people_counted_before(gazetteer: Gazetteer) -> None:
    text = ("The first group of 16 men was moved from Lampedusa to Tirana in October 2024, "
            "but a court ordered them returned to Italy days later.")
    routes = brief(text, Config(date=dt.date(2025, 10, 22)), gazetteer=gazetteer).layers.routes
    assert [(r["from"], r["to"], r["who"]) for r in routes.to_dict("records")] == [
        ("Lampedusa", "Tirana", "The first group of 16 men"), ("Tirana", "Italy", "16 men")]


def test_the_capital_is_the_one_its_paragraph_names(gazetteer: Gazetteer) -> None:
    text = ("Tribunal sentences former leader\n\nA tribunal in Dhaka sentenced the former "
            "prime minister on Monday. She has lived in New Delhi since last year.\n\n"
            "Police were deployed across the capital on Monday. Two bombs exploded in Dhaka "
            "on Sunday night.")
    assert [(e[0], e[1]) for e in happenings(text, gazetteer)] == [
        ("court", "Dhaka"), ("deployment", "Dhaka"), ("attack", "Dhaka")]


def test_a_countrys_happening_told_again_at_a_town_is_told_by_that_report(
    gazetteer: Gazetteer,
) -> None:
    text = ("Bird flu spreads\n\nRomania has confirmed an outbreak of bird flu on a farm. "
            "The outbreak was found near Tulcea in the Danube Delta.")
    events = brief(text, Config(), gazetteer=gazetteer).layers.events.to_dict("records")
    assert [(e["place"], e["sentence"]) for e in events] == [
        ("Tulcea", "The outbreak was found near Tulcea in the Danube Delta.")]


def test_where_people_are_from_is_no_start_of_their_trip(gazetteer: Gazetteer) -> None:
    text = ("Migrants rescued\n\nThe dinghy left Zuwara carrying 70 people, most of them from "
            "Sudan and Eritrea. A coast guard vessel rescued 26 survivors and brought them "
            "back to Tripoli.")
    routes = brief(text, Config(), gazetteer=gazetteer).layers.routes
    starts = {r["from"] for r in routes.to_dict("records") if r["to"] == "Tripoli"}
    assert starts and not starts & {"Sudan", "Eritrea"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Under the deal, migrants rescued at sea are taken to centres in Albania.", []),
        ("Migrants rescued at sea were taken to centres in Albania.", [(None, "Albania")]),
        ("Migrants rescued at sea are being taken to centres in Albania.", [(None, "Albania")]),
    ],
)
def test_a_trip_done_as_a_rule_is_not_drawn(
    text: str, found: list[tuple[str | None, str | None]], gazetteer: Gazetteer
) -> None:
    routes = brief(text, Config(), gazetteer=gazetteer).layers.routes
    assert [(r["from"], r["to"]) for r in routes.to_dict("records")] == found


def test_the_place_taken_is_where_it_was_taken(gazetteer: Gazetteer) -> None:
    text = "Rebels captured the town of Uvira on the shore of Lake Tanganyika on Wednesday."
    assert [(e[0], e[1]) for e in happenings(text, gazetteer)] == [("attack", "Uvira")]
