"""A crime, fire or crash in local news is often placed only by who tells of it: "a man
was stabbed outside a nightclub, Nakuru police said", "according to the Maricopa County
Sheriff's Office" (``story.local_agents.telling_police``). Officials of a state abroad
do not place what they tell ("an air strike killed ten people, U.S. officials said"),
nor does a police word on something else ("did not say how they linked the suspect to
the homicide"). A "not" on a verb that only says how the happening seemed denies it
("did not appear to suffer injuries"; ``story.denials.says_not``).

The sentences are written for the project; each of the first test's fails on e13a9c0
(it drew nothing), as does the last test's second.
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A man was stabbed outside a nightclub early on Sunday, Nakuru police said.",
         [("attack", "Nakuru")]),
        ("Two men were arrested after a brawl at a petrol station, according to the "
         "Maricopa County Sheriff's Office.", [("arrest", "Maricopa County")]),
        ("A woman was killed when her car was hit by a lorry, Brazilian police said.",
         [("crash", "Brazil")]),
        ("Two dogs had to be rescued from the basement, according to Rochester Fire "
         "Department officials.", [("rescue", "Rochester")]),
    ],
)
def test_the_police_that_tell_of_a_happening_place_it(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "An air strike killed ten people, U.S. officials said.",
        "Police did not say how they linked the suspect to the homicide, Kisumu police "
        "spokesman John Otieno said.",
        "The boy was taken home but did not appear to suffer serious injuries, "
        "Hobart police said.",
        # a review's cases: a count, nobody, a minister's deputy, a coroner (who rules on
        # deaths abroad too), a sentence naming another country
        "Chicago police said shootings had dropped compared with last year.",
        "Nobody was arrested, Kenyan police said.",
        "An American journalist was detained, the U.S. deputy secretary of state said.",
        "The soldier was killed by a roadside bomb, the Oxfordshire coroner said.",
        "A man from Ohio was arrested after flying to Canada, Ohio police said.",
        "A man could have been killed if the wall had collapsed, Durban police said.",
    ],
)
def test_what_the_police_do_not_tell_as_a_local_happening_is_not_placed_by_them(
    text: str, gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == []


def test_a_happening_that_did_not_seem_to_happen_is_denied_but_not_one_not_hesitated(
    gazetteer: Gazetteer,
) -> None:
    assert happenings("Rebels did not hesitate to attack the town of Goma on Sunday.",
                      gazetteer) == [("attack", "Goma")]
    assert happenings("The gunmen did not manage to storm the prison in Kakuma on Sunday.",
                      gazetteer) == []
    # what the happening's verb acts on is not denied with it (a review's cases)
    assert happenings("The driver did not appear to be hurt in the crash on the M1 near "
                      "Leicester.", gazetteer) == [("crash", "Leicester")]
    assert happenings("Firefighters did not manage to put out the fire at the Lagos market "
                      "until Tuesday morning.", gazetteer) == [("fire", "Lagos")]


def test_a_death_at_the_scene_of_one_told_before_is_not_placed_by_home_police(
    gazetteer: Gazetteer,
) -> None:
    text = ("A Scottish climber was killed in an avalanche in the French Alps on Sunday. "
            "The 45-year-old died at the scene, Police Scotland said.")
    assert ("death", "Scotland") not in happenings(text, gazetteer)
