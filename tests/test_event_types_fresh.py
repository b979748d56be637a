"""Types and dates of happenings as wire copy tells them: sentences written for the
project, from several regions.

One person who died of a disease is a death, not an infection (many are an outbreak);
a swan whose tests came back positive is one infected bird, not many tests. No one
dying is no death.
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (an infection, an outbreak or a death)
        ("A farmer died of bird flu in Hanoi on Tuesday.", [("death", "Hanoi")]),
        ("A nine-year-old girl has died from dengue fever in Cebu.", [("death", "Cebu")]),
        ("A Leeds boy died of swine flu on Sunday.", [("death", "Leeds")]),
        ("In Hamburg, tests done on a dead swan have tested positive for bird flu.",
         [("infection", "Hamburg")]),
        ("No one in Chile has died from the virus, but a nurse in Talca has died of "
         "dengue.", [("death", "Talca")]),
        # guards: pass on main too
        ("Forty people have died of cholera in Sokoto state.", [("outbreak", "Sokoto")]),
        ("Gunmen killed three guards at a bank in Peshawar.", [("attack", "Peshawar")]),
    ],
)
def test_wire_copy_types_the_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found

