"""Violence that "spills over" into a country spreads there; nothing was spilt.

"spill over" is a phrasal verb of spreading, so it reports no spill of its own: the
happening is whatever spread (fighting, an attack told in the same sentence). Oil that
spills is still a spill. Sentences written for the project.
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (a spill in Burkina Faso, or in Lebanon)
        ("The violence has spilled over into neighbouring Burkina Faso, where an ambush "
         "near Djibo killed nine soldiers.", [("attack", "Djibo")]),
        ("Officials in Beirut fear the war in Syria has spilled over into Lebanon.",
         [("war", "Syria")]),
        # guards: pass on main too
        ("Fighting spilled over into Chad on Sunday.", [("attack", "Chad")]),
        ("Crude oil spilled into the river near Warri on Monday.", [("spill", "Warri")]),
    ],
)
def test_what_spills_over_spreads(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
