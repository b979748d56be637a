"""What did the harm, on sentences written for the project: a poisoned drink or meal
makes the deaths and hospital stays it caused a poisoning, not an attack, a death or a
hospitalization; a vehicle that hit something makes the injuries told after it, in a
participle's clause, a crash. A disease named as the cause still makes an outbreak, and
harm with no poisoned or moving cause keeps its own type."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (an attack, a hospitalization, a celebration or an injury)
        ("Tainted palm wine killed nine villagers in Ogun state on Saturday.",
         [("poisoning", "Ogun")]),
        ("Forty pupils were hospitalized in Kisumu after eating contaminated porridge at a "
         "school.", [("poisoning", "Kisumu")]),
        ("Six men died in Jaipur after drinking adulterated liquor at a wedding.",
         [("poisoning", "Jaipur")]),
        ("A tram struck a delivery van in central Lisbon, injuring six people.",
         [("crash", "Lisbon")]),
        ("A minibus hit a lorry on the highway near Mbarara on Friday, injuring 14 "
         "passengers.", [("crash", "Mbarara")]),
        # guards: pass on main too
        ("Nine people died in Lima after drinking water from a well.", [("death", "Lima")]),
        ("Eleven people have died of cholera in Beira after drinking contaminated water.",
         [("outbreak", "Beira")]),
        ("Police fired on demonstrators in Dhaka, injuring 12.", [("attack", "Dhaka")]),
    ],
)
def test_the_cause_of_harm_types_the_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (a theft)
        ("Two gunmen robbed a bureau de change in Nairobi on Tuesday.", [("robbery", "Nairobi")]),
        ("A pensioner was mugged outside a post office in Cork.", [("robbery", "Cork")]),
        ("Burglars ransacked three homes in Ballarat over the weekend.",
         [("burglary", "Ballarat")]),
        ("Five shops were broken into overnight in Valparaiso.", [("burglary", "Valparaiso")]),
        # guards: a thing stolen is a theft
        ("Thieves stole a copper statue from a park in Tbilisi.", [("theft", "Tbilisi")]),
        ("Looting spread through Kingston after the storm.", [("theft", "Kingston")]),
    ],
)
def test_a_robbery_and_a_burglary_are_told_by_their_own_words(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fails on main (a closure): a happening that closed a road is that happening
        ("Tanker blast closes Ohio highway.", [("explosion", "Ohio")]),
        # guards: people who close a road close it; a storm's closure was its own already
        ("Police closed the main road into Bristol on Sunday.", [("closure", "Bristol")]),
        ("Protests closed the airport in Bangkok.", [("protest", "Bangkok")]),
    ],
)
def test_a_happening_that_closed_a_way_is_that_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
