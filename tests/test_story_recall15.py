"""Happenings the story missed on real news, found again on sentences written for the
project, from several regions (an audit of 18 local and outbreak texts and ten invented
wire stories):

- a sentence that names no place and goes on with the happening told just before,
  pointing back to it by a definite noun ("died in the blast", "during the visit", "at
  the scene"), tells its happenings at that happening's place (``story.continued``);
- two happenings of two types told in two clauses joined by "and" at one place are
  both drawn ("an outbreak has sickened 300, and residents protested"); a death or an
  injury joined so still gives way (``story.per_place``);
- finding a mass grave is a discovery, and being born somewhere a birth
  (``data/event_lexicon.json``);
- a country that "which" stands for does at home what its relative clause tells
  ("travelled from India, which recently banned such sacrifices": a ban in India).
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
        ("A car bomb exploded outside a hotel in Mogadishu on Saturday. Hundreds of mourners "
         "attended the funeral of a driver who died in the blast.",
         [("attack", "Mogadishu"), ("funeral", "Mogadishu")]),
        ("Reporters visited a copper mine near Kolwezi on Monday. During the visit, two of "
         "them were detained by guards.", [("visit", "Kolwezi"), ("arrest", "Kolwezi")]),
        ("Fire swept through a market in Kumasi on Tuesday. Two traders were arrested at the "
         "scene.", [("fire", "Kumasi"), ("arrest", "Kumasi")]),
        ("A protest was held in Lima on Monday. Police arrested 20 people during the march.",
         [("protest", "Lima"), ("arrest", "Lima")]),
    ],
)
def test_a_sentence_going_on_with_the_happening_before_is_at_its_place(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A bomb exploded in Quetta on Monday. The funeral of the victims was held in Karachi.",
         [("attack", "Quetta"), ("funeral", "Karachi")]),
        ("Bombs exploded in Kano and Kaduna on Sunday. Hundreds attended the funeral of a "
         "policeman killed in the blasts.", [("attack", "Kano"), ("attack", "Kaduna")]),
        ("Rebels attacked an army post outside Goma on Friday. A soldier was also wounded in "
         "the gunfight.", [("attack", "Goma")]),
    ],
)
def test_guard_a_sentence_with_a_place_of_its_own_or_pointing_to_two(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Guard (passes before and after): a sentence that names its own place says where;
    "the blasts" told in two towns point to neither; a soldier wounded in the gunfight
    told just before is a victim of that one attack, no second happening."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A photo exhibition opened in Mosul on Saturday, and an orchestra performed a "
         "concert the same evening.", [("exhibition", "Mosul"), ("concert", "Mosul")]),
        ("In Dhaka, a dengue outbreak has sickened 300 people, and hundreds of residents "
         "protested on Saturday.", [("outbreak", "Dhaka"), ("protest", "Dhaka")]),
        ("Soldiers arrested two men in Gao and released them in Gao the next day.",
         [("arrest", "Gao"), ("release", "Gao")]),
    ],
)
def test_two_happenings_joined_by_and_at_one_place_are_both_drawn(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A man was shot and died in hospital in Cali on Sunday.", [("attack", "Cali")]),
        ("Gunmen stormed a school in Kaduna and kidnapped 40 pupils.",
         [("kidnapping", "Kaduna")]),
    ],
)
def test_guard_harm_and_an_outranked_happening_still_give_way(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Guard (passes before and after): dying of a shooting is the shooting; storming a
    school to kidnap pupils is the kidnapping."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Investigators found a mass grave near Tikrit on Friday.",
         [("discovery", "Tikrīt")]),
        ("Forensic teams have found a mass grave holding 30 bodies on a ranch outside "
         "Guadalajara.", [("discovery", "Guadalajara")]),
        ("The novelist was born in Ibadan in 1962.", [("birth", "Ibadan")]),
    ],
)
def test_a_mass_grave_found_and_a_birth_are_happenings(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_guard_costs_borne_by_someone_are_no_birth(gazetteer: Gazetteer) -> None:
    """Guard (passes before and after): "borne by the state" is who pays."""
    text = "The costs of the new bridge in Ibadan will be borne by the state."
    assert happenings(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thousands of pilgrims travelled from India, which recently banned such sacrifices.",
         [("ban", "India")]),
        ("The aid convoy reached Haiti, which held elections on Sunday.",
         [("election", "Haiti")]),
        ("Fighters crossed into Chad, which expelled 300 migrants last month.",
         [("expulsion", "Chad")]),
    ],
)
def test_a_country_that_which_stands_for_does_at_home_what_it_does(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """"India, which banned ...": the relative clause's doer is the country before it
    (``story.actors.home_place``)."""
    assert happenings(text, gazetteer) == found


def test_guard_people_named_by_a_demonym_are_who_not_where(gazetteer: Gazetteer) -> None:
    """Guard (passes before and after): "Palestinians who were expelled" says who they
    were, not where it happened."""
    text = "Many families trace their roots to Palestinians who were expelled from villages."
    assert happenings(text, gazetteer) == []
