"""More wire-story wording, on sentences written for the project: "South American" or
"Latin American" is no American place; a town right after another country's adjective
("the Peruvian Andes") is not that other country's town, unless the pair qualifies a word
after it; a participle's clause ("..., killing two") takes the day of the deed it follows;
a second locative phrase joined by "and in" is a second place, also after "the city of";
a "where" clause that names its own place is there; a place a killing clause hangs
on stands for the happening placed there ("landslides in X province that killed");
protesters setting fire are the protest; "search and rescue teams" tell of no rescue;
a car's make and model ("a Dodge Durango", "a Toyota Corolla") are no places; to "set
out" or "set off" from a place is to leave it (not to "set off a bomb")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief, geoparse

THURSDAY = dt.date(2025, 11, 20)


def countries_of(text: str, gazetteer: Gazetteer) -> set[str]:
    return {p.country for p in geoparse(text, gazetteer=gazetteer)[1]}


@pytest.mark.parametrize(
    "text",
    ["Farmers fear a trade deal with South American countries.",
     "The festival celebrates Latin American music.",
     "Central American migrants waited at the border."],
)
def test_a_part_of_a_continent_is_no_country(text: str, gazetteer: Gazetteer) -> None:
    assert "US" not in countries_of(text, gazetteer)


def test_a_town_after_another_countrys_adjective_is_not_that_town(gazetteer: Gazetteer) -> None:
    text = "A landslide buried homes in the Peruvian Andes."
    assert countries_of(text, gazetteer) == {"PE"}  # no town Andes in Colombia
    text = "The Israeli Gaza blockade has lasted for years."
    assert countries_of(text, gazetteer) == {"IL", "PS"}  # "Gaza" qualifies "blockade"


def test_a_cars_make_and_model_are_no_places(gazetteer: Gazetteer) -> None:
    text = ("Deputies said he fled in a Dodge Durango, then swapped it for a white Toyota "
            "Corolla near Tulsa.")
    assert [p.name for p in geoparse(text, gazetteer=gazetteer)[1]] == ["Tulsa"]
    # a carmaker's name after an article is the car (fails on a3a0a9a: Toyota, Japan)
    text = "The Toyota failed to yield, and a van struck the Toyota near Tulsa."
    assert [p.name for p in geoparse(text, gazetteer=gazetteer)[1]] == ["Tulsa"]
    text = "He moved from Durango to Lincoln, Nebraska, in 2019."
    assert {"Durango", "Lincoln"} <= {p.name for p in geoparse(text, gazetteer=gazetteer)[1]}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A car drove into a crowd at a market in Dresden on Friday, killing two people.",
         [("crash", "Dresden", "2025-11-14")]),
        ("In June 2019, a van drove into a crowd at a fair in Leeds, killing six.",
         [("crash", "Leeds", "2019-06")]),
    ],
)
def test_a_participles_clause_takes_the_day_of_its_deed(
    text: str, found: list[tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer, fields=("type", "place", "date"), date=THURSDAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Riots broke out in the port city of Mombasa and in Kisumu on Tuesday.",
         [("protest", "Mombasa"), ("protest", "Kisumu")]),
        ("Floods swamped streets in Leeds and in York.",
         [("disaster", "Leeds"), ("disaster", "York")]),
        ("Riots broke out in Lagos but not in Abuja.", [("protest", "Lagos")]),
        ("In Eldoret, protesters set fire to tyres on the highway.", [("protest", "Eldoret")]),
        ("Arsonists set fire to a warehouse in Eldoret.", [("fire", "Eldoret")]),
        ("Japan sent search and rescue teams to Manila on Sunday.", []),
        ("Rescue teams searched the rubble in Manila.", [("search", "Manila")]),
        ("The storm crossed the island of Luzon, where it set off landslides in Benguet "
         "province.", [("disaster", "Benguet")]),
        ("The storm crossed the island of Luzon, where it set off landslides in Benguet "
         "province that killed nine people.", [("disaster", "Benguet")]),
    ],
)
def test_joined_and_relative_places(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_a_trip_cut_short_on_the_way_is_not_drawn(gazetteer: Gazetteer) -> None:
    text = "A plane flying from Almaty to Moscow crashed near Aktobe on Monday."
    layers = brief(text, Config(date=THURSDAY), gazetteer=gazetteer).layers
    assert layers.routes.empty  # it never reached Moscow
    assert list(zip(layers.events["type"], layers.events["place"], strict=True)) == [
        ("crash", "Aktobe")]
    text = "A plane flying from Almaty to Moscow landed safely on Monday."
    routes = brief(text, Config(date=THURSDAY), gazetteer=gazetteer).layers.routes
    assert list(zip(routes["from"], routes["to"], strict=True)) == [("Almaty", "Moscow")]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("A caravan of 900 migrants set out from Tapachula on Sunday.", [("Tapachula", None)]),
        ("The convoy set off from Kyiv for Kharkiv on Monday.", [("Kyiv", "Kharkiv")]),
        ("Rebels set off a bomb in Kabul on Monday.", []),  # no trip: a blast
        ("The storm set off floods in Kerala.", []),
    ],
)
def test_setting_out_is_a_departure(
    text: str, ends: list[tuple[str | None, str | None]], gazetteer: Gazetteer
) -> None:
    routes = brief(text, Config(date=THURSDAY), gazetteer=gazetteer).layers.routes
    assert [(r["from"], r["to"] if isinstance(r["to"], str) else None)
            for r in routes.to_dict("records")] == ends

