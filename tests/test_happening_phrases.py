"""Happenings told by a fixed phrase, by who acted or by a trip's purpose, on short
sentences written for the project: "laid to rest" is a funeral, aid or food "dropped"
over a place is aid, "measles clusters" and the resurgence of a disease are an
outbreak, strikers or a crowd blocking a road a protest (police closing one is no
happening); a shoot-down by a country's air defences is over that country; a building
renovated or reopened is a happening there; "flew to Geneva for talks": talks in
Geneva. "Outside (of)" a country or a region places nothing there; "outside" a town is
at its edge. A quoted nickname keeps a person's surname off the map."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The firefighter was laid to rest in Moline on Saturday.", [("funeral", "Moline")]),
        ("Relatives laid him to rest in a cemetery near Tulsa.", [("funeral", "Tulsa")]),
        ("Military planes dropped aid over Kandahar on Monday.", [("aid", "Kandahār")]),
        ("Helicopters dropped food and water over Mosul.", [("aid", "Mosul")]),
        ("Measles clusters in Ontario were identified by health officials.",
         [("outbreak", "Ontario")]),
        ("Officials found a cluster of cases in Tulsa.", [("outbreak", "Tulsa")]),
        ("Officials reported a resurgence of cholera in Zambia.", [("outbreak", "Zambia")]),
        ("The appearance of the president in Lyon drew crowds.", []),
        ("A bomb exploded outside Baghdad on Monday.", [("attack", "Baghdad")]),
        ("Striking miners blocked the highway near Oruro on Tuesday.", [("protest", "Oruro")]),
        ("The main road into Nakuru was blockaded by farmers.", [("protest", "Nakuru")]),
        ("Hundreds of farmers blockaded roads around Toulouse.", [("protest", "Toulouse")]),
        ("Police blocked the highway near Oruro on Tuesday.", []),
        ("Latvia's air defences shot down two drones on Sunday.", [("shoot-down", "Latvia")]),
        ("The prime minister flew to Geneva for talks with UN officials.",
         [("talks", "Geneva")]),
        ("The prime minister will travel to Geneva for talks.", []),
        ("The library in Dunedin reopened on Monday after a renovation.",
         [("opening", "Dunedin")]),
        ("Workers renovated the old courthouse in Bendigo last year.",
         [("renovation", "Bendigo")]),
    ],
)
def test_a_phrase_tells_the_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "The agency confirmed 40 cases and nine deaths outside of Indonesia.",
        "Five cases were reported outside Japan last week.",
        "Two cases of measles were confirmed outside Ontario this month.",
    ],
)
def test_outside_a_country_is_not_there(text: str, gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer) == []


def test_a_nickname_keeps_a_person_off_the_map(gazetteer: Gazetteer) -> None:
    """'Margaret "Peg" Olsen' is a person, not a place the gazetteer lacks: the beating
    is placed at her home's town, or nowhere."""
    text = 'Two men were charged in the beating of Margaret "Peg" Olsen at her home in Duluth.'
    assert happenings(text, gazetteer) == [("assault", "Duluth")]
    text = 'Two men were charged with murder in the beating of Margaret "Peg" Olsen.'
    assert happenings(text, gazetteer) == []
