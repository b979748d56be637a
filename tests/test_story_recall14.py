"""Happenings the story missed on real news, found again on sentences written for the
project, from several regions (an audit of 18 local and outbreak texts and ten invented
wire stories):

- a death or an injury told with no place of its own happened where the "when",
  "while" or "as" clause that tells how it came about did ("were killed when a bus fell
  into a gorge near Pokhara"), unless that clause tells a happening of its own, which
  is then drawn at its place (``story.circumstances``); a vehicle doing the harm in that
  clause makes it a crash;
- robbers, thieves or burglars bursting into, raiding or storming a place tell a theft
  there (``story.kinds.doer_type``);
- a local authority acts where it serves also through the verb it governs ("officials
  in Hebei have finished culling", ``story.local_agents``);
- a dam, a levee or a river that bursts or overflows is a flood, a disaster
  (``story.kinds.doer_type``);
- a ship's flag ("under the flag of Togo") tells whose register it is on, not where it
  sank (``story.roles.says_who``);
- what a fear, a possibility or an assumption holds ("fears that cholera has spread to
  Lagos") is a supposition, not a happening (``story.prospects.supposed``).
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

places = partial(drawn, fields=("place", "status"))
happenings = partial(drawn, fields=("type", "place"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At least 22 passengers were killed when a bus fell into a gorge near Pokhara on "
         "Saturday.", [("Pokhara", "happened")]),
        ("Six pupils were hurt when a wall gave way at a school in Kisii.",
         [("Kisii", "happened")]),
        # gunmen storming a village attack it: the attack is at the village it names
        ("Nine villagers were killed when gunmen stormed Kadarko in Nasarawa State.",
         [("Kadarko", "happened")]),
        ("Two women were injured when a car hit a bus in Mombasa.", [("Mombasa", "happened")]),
    ],
)
def test_a_death_happened_where_its_when_clause_did(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert places(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He was arrested when he returned to Ghana.", []),
        ("Two Palestinians were killed as fighters battled in the Ain al-Hilweh camp outside "
         "Sidon.", [("Sidon", "happened")]),
        ("Three people were killed when a bomb exploded at a market in Peshawar.",
         [("Peshawar", "happened")]),
    ],
)
def test_guard_a_when_clause_with_a_goal_or_a_happening_of_its_own(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Guard (passes before and after): where someone went to is not where the arrest
    was; a clause that tells a happening of its own draws that one happening, once."""
    assert places(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Eleven pilgrims were killed when their bus slid into a ravine near Karbala.",
         [("crash", "Karbala")]),
        ("Two women were injured when a car hit a bus in Mombasa.", [("crash", "Mombasa")]),
    ],
)
def test_a_vehicle_in_the_when_clause_makes_a_crash(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """A death or an injury caused by a vehicle ("when their bus slid into a ravine") is a crash
    (``story.kinds``), not the attack a bare "killed" would be."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Robbers burst into a bank in Lagos on Wednesday and escaped with cash.",
         [("robbery", "Lagos")]),
        ("Thieves stormed a jewellery shop in Leeds overnight.", [("theft", "Leeds")]),
    ],
)
def test_robbers_bursting_in_tell_a_robbery_thieves_a_theft(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The officials in Hebei have finished culling 40,000 ducks.", [("cull", "Hebei")]),
        ("Health officials in Kasese began vaccinating children on Monday.",
         [("vaccination", "Kasese")]),
    ],
)
def test_a_local_authority_acts_through_the_verb_it_governs(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A dam burst in Derna, Libya, on Sunday.", [("disaster", "Darnah")]),
        ("An earth dam breached in Sindh after days of rain.", [("disaster", "Sind")]),
    ],
)
def test_a_dam_bursting_is_a_flood(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_a_ships_flag_is_not_where_it_sank(gazetteer: Gazetteer) -> None:
    """The flag tells whose register the ship is on (``story.roles.says_who``); at sea,
    the sinking has no country to be drawn in."""
    text = "A freighter sailing under the flag of Togo sank in a storm in the Black Sea on Monday."
    assert happenings(text, gazetteer) == []


def test_guard_a_flagged_ship_sinks_where_the_text_says(gazetteer: Gazetteer) -> None:
    """Guard (passes before and after): the place of the sinking still wins."""
    text = "A tanker under the flag of Panama sank off Crete on Monday."
    assert happenings(text, gazetteer) == [("sinking", "Crete")]


@pytest.mark.parametrize(
    "text",
    [
        "There are fears that cholera has spread to Lagos.",
        "Experts raised the possibility that the virus reached Kano in May.",
    ],
)
def test_a_supposition_is_no_happening(text: str, gazetteer: Gazetteer) -> None:
    """What a fear, a possibility or an assumption holds is not news of a happening
    (``story.prospects.supposed``): it is found but not drawn."""
    assert happenings(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials said cholera has spread to Lagos.", [("outbreak", "Lagos")]),
        ("Police confirmed that gunmen attacked a village near Maiduguri.",
         [("attack", "Maiduguri")]),
    ],
)
def test_guard_a_reported_happening_is_still_drawn(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Guard (passes before and after): a "that" clause of saying or confirming reports
    what happened."""
    assert happenings(text, gazetteer) == found
