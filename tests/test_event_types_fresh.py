"""Types and dates of happenings as wire copy tells them: sentences written for the
project, from several regions.

One person who died of a disease is a death, not an infection (many are an outbreak);
a swan whose tests came back positive is one infected bird, not many tests. A death
told with a "when" or "after" clause takes the clause's type ("killed when a bus plunged
into a gorge": a crash, wherever the killing is placed); a tunnel that caved in
collapsed. Locusts that invade farms are a natural hazard, not an army's invasion. No
one dying is no death. A hotel or stadium that opened is an opening (not a market that
opened higher).
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (an infection, an outbreak, an invasion or none)
        ("A farmer died of bird flu in Hanoi on Tuesday.", [("death", "Hanoi")]),
        ("A nine-year-old girl has died from dengue fever in Cebu.", [("death", "Cebu")]),
        ("A Leeds boy died of swine flu on Sunday.", [("death", "Leeds")]),
        ("In Hamburg, tests done on a dead swan have tested positive for bird flu.",
         [("infection", "Hamburg")]),
        ("Swarms of desert locusts invaded farms in Turkana county on Monday.",
         [("disaster", "Turkana")]),
        ("A locust invasion destroyed crops near Agadez in August.", [("disaster", "Agadez")]),
        ("No one in Chile has died from the virus, but a nurse in Talca has died of "
         "dengue.", [("death", "Talca")]),
        # guards: pass on main too
        ("Twelve people were killed when a bus plunged into a ravine near Cusco on Sunday.",
         [("crash", "Cusco")]),
        ("Two cooks were killed when a gas cylinder exploded at a restaurant in Karachi.",
         [("explosion", "Karachi")]),
        ("Forty people have died of cholera in Sokoto state.", [("outbreak", "Sokoto")]),
        ("Four protesters were killed when police opened fire in Khartoum.",
         [("attack", "Khartoum")]),
        ("Gunmen killed three guards at a bank in Peshawar.", [("attack", "Peshawar")]),
        ("Troops invaded the northern town of Kidal in 2012.", [("invasion", "Kidal")]),
    ],
)
def test_wire_copy_types_the_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # fail on main: the killing placed at the dateline was an attack; no cave-in
        ("KATHMANDU, June 6 (Wire) - At least 23 people were killed when a crowded bus "
         "plunged into a gorge near the town of Dailekh late on Tuesday, police said.",
         {"crash"}),
        ("A tunnel caved in at a gold mine near Obuasi on Friday, trapping 20 miners.",
         {"collapse"}),
    ],
)
def test_a_killing_takes_the_type_of_the_clause_that_caused_it(
    text: str, types: set[str], gazetteer: Gazetteer
) -> None:
    assert {kind for kind, in happenings(text, gazetteer, fields=("type",))} == types


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main: a hotel or a stadium that opened is an opening, as a school is
        ("The Grand Hotel opened in Brighton in 1864.", [("opening", "Brighton", "1864")]),
        ("A new stadium opened in Doha last year.", [("opening", "Doha", "2024")]),
        # guards: a market that opened higher, a church that opened its doors
        ("The market opened higher in Tokyo on Monday.", []),
        ("The church opened its doors to refugees in Aleppo.", []),
    ],
)
def test_a_building_that_opened_is_an_opening(
    text: str, found: list[tuple[str, str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer, fields=("type", "place", "date")) == found
