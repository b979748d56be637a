""""The capital" on short news sentences written for the project: a happening placed in a
country's capital without its name is at that capital, drawn on the map, and not counted
as a place name the geoparser found."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import Config, brief, geoparse


def briefing_of(text: str, gazetteer: Gazetteer) -> Briefing:
    return brief(text, Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)


def capital_of(country: str, gazetteer: Gazetteer) -> str:
    found = gazetteer.capital(country)
    assert found is not None
    return found.place_id


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Heavy fighting broke out on Sunday in the Haitian capital.", "HT"),  # adjective
        ("Rebels attacked a village 40 km north of the capital of Chad.", "TD"),  # of X
        ("A bomb exploded outside a bank in Peru's capital on Monday.", "PE"),  # X's
        ("Gunmen attacked a market in South Sudan's capital.", "SS"),  # two words
        ("Fighting broke out in the South Sudanese capital on Monday.", "SS"),
        ("Cholera has reached Haiti. A field hospital was set up in the capital.", "HT"),
        ("Floods hit Malawi on Monday, and a fire broke out in the country's capital.", "MW"),
    ],
)
def test_a_happening_in_the_capital_is_placed_at_the_countrys_capital(
    text: str, country: str, gazetteer: Gazetteer
) -> None:
    briefing = briefing_of(text, gazetteer)
    events = briefing.layers.events.to_dict("records")
    at_capital = [e for e in events if e["place_id"] == capital_of(country, gazetteer)]
    assert at_capital, events
    assert {(e["country"], e["precision"]) for e in at_capital} == {(country, "place")}


def test_an_unnamed_capital_is_on_the_map_but_not_a_name_found(gazetteer: Gazetteer) -> None:
    text = "Protesters marched through the Malian capital on Friday."
    briefing = briefing_of(text, gazetteer)
    capital = capital_of("ML", gazetteer)
    assert capital in set(briefing.layers.places["place_id"])
    assert capital not in {p.place_id for p in briefing.places}
    assert capital not in {p.place_id for p in geoparse(text, gazetteer=gazetteer)[1]}
    assert all(m.text != "capital" for m in briefing.mentions)


def test_a_named_capital_is_the_same_place(gazetteer: Gazetteer) -> None:
    briefing = briefing_of(
        "Lima is tense. On Monday a bomb exploded in the Peruvian capital.", gazetteer
    )
    (event,) = briefing.layers.events.to_dict("records")
    assert event["place_id"] == capital_of("PE", gazetteer)
    assert list(briefing.layers.places["place_id"]).count(event["place_id"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Investors raised the capital needed to build a plant in Ohio.",  # money
        "A court in Texas banned capital punishment on Monday.",  # no place
        "Protesters gathered in the state capital of Texas on Monday.",  # a state's
    ],
)
def test_a_capital_that_is_no_countrys_is_not_read_as_one(
    text: str, gazetteer: Gazetteer
) -> None:
    briefing = briefing_of(text, gazetteer)
    assert capital_of("US", gazetteer) not in set(briefing.layers.places["place_id"])
