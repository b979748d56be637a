"""Where a happening is when its own clause names no place: sentences written for the
project, from several regions.

"A Regina man was arrested" is an arrest in his town, as one person's infection is (a
nationality or a home state places nothing, and a place named for the arrest wins).
"Officials in Lusaka warned after an outbreak killed 40" places the outbreak where the
officials are, whether the parser reads "after" as a preposition or as the mark of a
clause. A disease that "may have reached" a country is a fear there, as "may have spread
to" is.
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (no event)
        ("A Regina man was arrested on Tuesday.", [("arrest", "Regina")]),
        ("A Ballarat woman was arrested over the weekend.", [("arrest", "Ballarat")]),
        ("Health officials in Zambia issued an alert on Friday after an outbreak of cholera "
         "killed more than 40 people in two months.", [("outbreak", "Zambia")]),
        # guards: pass on main too
        ("A Leeds man was arrested in Bradford on Monday.", [("arrest", "Bradford")]),
        ("Health officials in Zambia issued an alert on Friday after an outbreak of cholera "
         "that had left 43 people dead.", [("outbreak", "Zambia")]),
    ],
)
def test_a_happening_is_placed_by_its_sentence(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak may have reached Kenya, officials said.",  # fails on main
        "The virus may have spread to Kenya, officials said.",  # guard
        "A Mexican man was arrested on Tuesday.",  # guard: a nationality places nothing
        "A Louisiana woman was arrested at a checkpoint on Sunday.",  # guard: home state
    ],
)
def test_a_fear_or_a_home_state_places_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on 3648eb3 (no event)
        ("Meanwhile, five villages in Crimea have been the site of a mass cull.",
         [("cull", "Crimea")]),
        ("Kisumu was the scene of violent protests on Monday.", [("protest", "Kisumu")]),
        ("The stadium in Nairobi was the venue for a huge rally on Saturday.",
         [("protest", "Nairobi")]),
        # guards: a scene that may be, or told in the present
        ("Lagos could have been the scene of protests.", []),
        ("Moscow is the site of the talks next week.", []),
        ("Neither Kampala nor Entebbe was the scene of the blast.", []),
    ],
)
def test_a_place_a_copula_makes_the_scene(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """"X was the scene (site, venue) of a happening": the happening is at X, or at the
    place X is in (``story.scenes``)."""
    assert happenings(text, gazetteer, fields=("type", "place")) == found
