"""A happening to someone's home or car, placed at the town local news names them by
("a Rochester man", "of Rochester", "a Tulsa woman's car"), in sentences written for
the project. Where a body was found is not the town of whose body it was."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each fails on main: nothing found
        ("A Rochester man said his home was burglarized on Sunday.",
         [("burglary", "Rochester")]),
        ("Marta Ruiz, 23, of Rochester, said her home was burglarized on Sunday.",
         [("burglary", "Rochester")]),
        ("A Rochester man's home was burglarized Sunday while he slept, police said.",
         [("burglary", "Rochester")]),
        ("A Tulsa woman's car was stolen from her driveway on Tuesday.", [("theft", "Tulsa")]),
        # guards: pass on main too
        ("A Rochester man was arrested at his home on Sunday.", [("arrest", "Rochester")]),
        ("A French tourist's bag was stolen on Tuesday.", []),
    ],
)
def test_a_home_or_car_is_in_the_town_its_owner_is_named_by(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_a_body_is_not_found_in_the_town_it_was_named_by(gazetteer: Gazetteer) -> None:
    """A guard: passes on main too."""
    assert happenings("A Salem boy's body was found near a creek.", gazetteer) == []
