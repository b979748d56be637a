"""Where a happening is when a relative clause says what ground it struck, or when a
fronted time phrase comes before the subject: sentences written for the project, from
several regions.

"The earthquake that struck Haiti killed thousands" is a disaster in Haiti (the parser
may even read "struck Haiti killed" as a reported clause with Haiti its subject); "a
storm that could hit Cuba" places nothing. "In 2006, Ethiopia invaded Somalia" is an
invasion of Somalia: the invader after the comma is the subject, not an apposition to
the time phrase, as "Makhachkala" is in "In the capital, Makhachkala, police ..." (and
"Durban" in "raids in the city, Durban police said").
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (no event, or the invader's country)
        ("The earthquake that struck Haiti killed thousands.", [("disaster", "Haiti", None)]),
        ("The cyclone that hit Myanmar in May 2008 killed 130,000 people.",
         [("disaster", "Myanmar", "2008-05")]),
        ("In 2006, Ethiopia invaded Somalia.", [("invasion", "Somalia", "2006")]),
        ("In 1991, Iraq invaded Kuwait.", [("invasion", "Kuwait", "1991")]),
        # guards: pass on main too
        ("In the capital, Makhachkala, police shot two men.",
         [("attack", "Makhachkala", None)]),
        ("An earthquake struck Haiti in January 2010.", [("disaster", "Haiti", "2010-01")]),
        ("Officers seized rifles in raids in the city, Durban police said on Friday.",
         [("seizure", "Durban", None)]),
        ("A storm that could hit Cuba is gathering strength.", []),
    ],
)
def test_the_ground_a_happening_struck(
    text: str, found: list[tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer, fields=("type", "place", "date"), date=None) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fails on 3648eb3 (no event): the happening is the passive's agent
        ("A Leeds warehouse was destroyed by fire on Tuesday.", [("fire", "Leeds")]),
        # guards: a place of the agent's own phrase, and an agent that is no happening
        ("Homes near Ouagadougou were swept away by floods on Monday.",
         [("disaster", "Ouagadougou")]),
        ("The Russian embassy was damaged by a blast.", []),  # Russia's, not in Russia
        ("The Leeds plan was criticised by residents on Tuesday.", []),
    ],
)
def test_a_happening_that_did_it_in_the_passive(
    text: str, found: list[tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    """"was destroyed by fire" tells the fire as "fire destroyed" would: where what it
    struck lay."""
    assert happenings(text, gazetteer) == found
