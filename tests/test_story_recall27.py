"""Happenings on sentences written for the project (round 27): opening a campus, a
warehouse, a shelter or a new location is an opening where it opened (the first test
fails on 07609de); opening an investigation or a campaign is no opening. A country's
epidemic, then the cases of "the area worst affected", are two happenings: the town's is a
part of the country's (fails on 772b41c, where the town's cases took the country's
place)."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In 2008, the school opened a second campus in Austin.", [("opening", "Austin")]),
        ("The company opened a new warehouse in Memphis last year.",
         [("opening", "Memphis")]),
        ("Aid groups opened a shelter in Homs on Monday.", [("opening", "Homs")]),
        ("The chain opened a new location in Boise on Friday.", [("opening", "Boise")]),
    ],
)
def test_what_opened_is_an_opening_where_it_opened(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    ["Police opened an investigation in Leeds.", "The senator opened her campaign in Boise."],
)
def test_guard_opening_an_inquiry_or_a_campaign_is_no_opening(
    text: str, gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == []


def test_the_worst_hit_town_is_a_part_of_the_countrys_epidemic(gazetteer: Gazetteer) -> None:
    text = ("Cholera has killed 978 people in Zimbabwe. The area worst affected is the "
            "capital, Harare, where 208 people died out of 8,454 cases.")
    assert happenings(text, gazetteer) == [("outbreak", "Zimbabwe"), ("outbreak", "Harare")]


def test_a_happening_in_an_irish_county_by_its_short_form(gazetteer: Gazetteer) -> None:
    """"Co." does not end a sentence, so "in Co. Donegal" places the fire (fails on
    c9c7708)."""
    text = "A fire destroyed a hotel in Co. Donegal on Tuesday."
    assert happenings(text, gazetteer) == [("fire", "Donegal")]
