"""Where a happening is when its sentence says where what it befell lay, or where it did
harm, and never by the nationality of whom it befell; where a movement starts when only a
name that qualifies the mover is told, or when two sources are joined by "and" (short
news sentences written for the project)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.render.briefing import Briefing


def briefing_of(text: str, gazetteer: Gazetteer) -> Briefing:
    return brief(text, Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    return [(str(e["type"]), str(e["place"]), str(e["country"]))
            for e in briefing_of(text, gazetteer).layers.events.to_dict("records")]


@pytest.mark.parametrize(
    ("text", "kind", "place", "country"),
    [
        ("Customs officers have seized fake medicines that were being sold in a pharmacy "
         "located in Arequipa, Peru.", "seizure", "Arequipa", "PE"),
        ("Police are investigating the deaths of 40 dogs found in a park in Bangkok.",
         "death", "Bangkok", "TH"),
    ],
)
def test_a_happening_is_where_what_it_befell_lay(
    text: str, kind: str, place: str, country: str, gazetteer: Gazetteer
) -> None:
    assert (kind, place, country) in events_of(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Monsoon rains led to floods, destroying hundreds of homes in Sylhet.", "Sylhet", "BD"),
        ("Torrential rain led to flooding across the region, causing heavy damage in the "
         "province of Kerala.", "Kerala", "IN"),
    ],
)
def test_a_hazard_is_where_it_did_harm(
    text: str, place: str, country: str, gazetteer: Gazetteer
) -> None:
    assert ("disaster", place, country) in events_of(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The Oxford student was flown to a hospital in Nairobi on Monday.", "Oxford"),
        ("A Toyota pickup carrying aid reached Goma on Sunday.", "Toyota"),
        ("On the second day, two U.S. Chinook helicopters landed in the town of Chitral, "
         "Pakistan.", "Chinook"),
    ],
)
def test_a_name_that_qualifies_the_mover_is_not_its_start(
    text: str, qualifier: str, gazetteer: Gazetteer
) -> None:
    routes = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    assert routes, "the arrival is kept"
    assert all(pd.isna(route["from"]) for route in routes), qualifier


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Thousands of families fled from Idlib and from Aleppo last month.",
         {"Idlib", "Aleppo"}),
        ("Rescue teams hurried to evacuate thousands of villagers from Tete province, where "
         "the river burst its banks, and from Sofala province on Tuesday.", {"Tete", "Sofala"}),
    ],
)
def test_each_source_joined_by_and_is_a_departure(
    text: str, starts: set[str], gazetteer: Gazetteer
) -> None:
    routes = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    assert {str(route["from"]) for route in routes} == starts


@pytest.mark.parametrize(
    "text",
    ["Ukrainian victims were treated for burns.", "Eritrean IDPs are set up in crowded camps."],
)
def test_the_nationality_of_who_it_befell_does_not_place_it(
    text: str, gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == []


def test_the_place_a_sentence_names_still_places_it(gazetteer: Gazetteer) -> None:
    events = events_of("Sudanese patients were treated for cholera at a clinic in Juba.", gazetteer)
    assert ("hospitalization", "Juba", "SS") in events
