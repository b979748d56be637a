"""Happenings the story missed on local news, found again on sentences written for the
project, from several regions (an audit of 14 US and Canadian local texts and eight
invented local stories: boating accidents, police blotters, school visits):

- a vehicle, boat or wreckage found somewhere is a discovery there, and a stolen thing
  found, whatever its make, recovered property; a kayak or canoe that overturns is a
  crash, like a car (``data/event_lexicon.json``);
- a place a distance "from" ("sank a couple of kilometres from Tofino Harbour", "two
  miles from Nanaimo") is where it happened, also where the parser hangs the distance beside
  the "from" (``story.phrases.bearing_place``);
- a presentation or lecture given somewhere is a happening there; rustlers, vandals and
  arsonists that hit or strike a place a theft, vandalism or a fire there
  (``story.doers``); walking off the job a strike (``story.word_roles.to_phrase``).
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

happenings = partial(drawn, fields=("type", "place"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The missing van was found abandoned in a car park in Limerick on Sunday.",
         [("discovery", "Limerick")]),
        ("Fishermen found the empty kayak near Mombasa on Tuesday.",
         [("discovery", "Mombasa")]),
        ("Police found a stolen Mitsubishi Pajero in a field outside Kampala.",
         [("recovery", "Kampala")]),
        ("A canoe overturned near Kariba on Saturday afternoon.", [("crash", "Kariba")]),
        ("The minister gave a presentation at a primary school in Accra on Monday.",
         [("presentation", "Accra")]),
        ("A visiting professor delivered a lecture at the university in Lahore last week.",
         [("presentation", "Lahore")]),
    ],
)
def test_found_vehicles_overturned_boats_and_talks_are_happenings(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Each fails on main: no happening at all."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The body was discovered a couple of kilometres from Durban on Monday.",
         [("death", "Durban")]),
        ("The yacht was found two miles from Hobart.", [("discovery", "Hobart")]),
    ],
)
def test_a_distance_from_a_place_places_the_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fail on main: "a couple of kilometres" parsed as the verb's object, or "miles" hung
    under the "from", left the "from" no bearing."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The family moved from Nanaimo to Victoria in 1998.", []),
        ("Researchers found that the river near Kampala was badly polluted.", []),
        ("The appeals court in Nairobi overturned the ruling on Friday.",
         [("court", "Nairobi")]),
    ],
)
def test_guard_a_move_a_finding_or_an_overturned_ruling(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Guards: "from" with no distance is no place of a happening; finding a fact is no
    discovery; a ruling overturned is no crash."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rustlers hit farms near Dubbo. Police are asking for help.", [("theft", "Dubbo")]),
        ("Vandals strike Ballarat school. Police are asking for help.",
         [("vandalism", "Ballarat")]),
        ("Arsonists strike again in Bendigo. Police are asking for help.",
         [("fire", "Bendigo")]),
        ("Thieves struck a jeweller's shop in Leeds on Monday.", [("theft", "Leeds")]),
    ],
)
def test_a_headline_told_by_who_did_it(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Each fails on main: rustlers, vandals and arsonists were no doers of a happening,
    and "struck" no break-in (``story.doers``)."""
    assert happenings(text, gazetteer) == found


def test_walking_off_the_job_is_a_strike(gazetteer: Gazetteer) -> None:
    """Fails on main: "off the job" completes the verb as "laid to rest" does."""
    text = "About 300 workers walked off the job Tuesday at the bottling plant in Kokomo."
    assert happenings(text, gazetteer) == [("protest", "Kokomo")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel troops struck a deal with the government in Juba.",
        "He walked off the field in Leeds after the final whistle.",
    ],
)
def test_guard_a_deal_struck_or_a_field_walked_off(text: str, gazetteer: Gazetteer) -> None:
    """Guards: a deal struck is no break-in; walking off a field is no strike."""
    assert happenings(text, gazetteer) == []
