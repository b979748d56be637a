"""What a happening is when its sentence names its cause or its setting: sentences
written for the project, from several regions.

A blast at a chemical plant or a fireworks warehouse is an industrial explosion, not an
attack (a bomb blast at a factory stays one); so is a gas cylinder or a boiler that
exploded (an explosive device that exploded is an attack). "Claimed" or "took" lives
takes the type of what took them, as "killed" does ("cholera has claimed 40 lives": an
outbreak).
Protesters who set up camp are a protest, not a relief camp. Mourners paying their last
respects are at a funeral. A peace conference is talks, not any meeting. Many
"confirmed as infected" are an outbreak, as many "confirmed to be infected" are.
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (typed attack, death, aid or infection, or not found)
        ("A blast at a chemical plant in Tianjin killed five workers on Monday.",
         [("explosion", "Tianjin")]),
        ("An explosion at a fireworks warehouse in Jalisco took 12 lives.",
         [("explosion", "Jalisco")]),
        ("Cholera has claimed 40 lives in Nigeria since January.", [("outbreak", "Nigeria")]),
        ("Protesters set up camp outside the ministry in Lima.", [("protest", "Lima")]),
        ("Thousands of fans paid their last respects to the singer in Lagos.",
         [("funeral", "Lagos")]),
        ("Villagers paid their last respects to the drowned fishermen in Galle on Sunday.",
         [("funeral", "Galle")]),
        ("Officials said 212 patients were confirmed as infected with dengue in Chile.",
         [("outbreak", "Chile")]),
        ("Leaders met at a peace conference in Oslo in 1993.", [("talks", "Oslo")]),
        ("A gas cylinder exploded in a house in Karachi.", [("explosion", "Karachi")]),
        ("A boiler exploded at a textile factory in Dhaka.", [("explosion", "Dhaka")]),
        # guards: pass on main too
        ("A bomb blast at a factory in Quetta killed five workers.", [("attack", "Quetta")]),
        ("An explosive device exploded near a checkpoint in Kirkuk.", [("attack", "Kirkuk")]),
        ("The storm claimed 12 lives in Vietnam.", [("disaster", "Vietnam")]),
        ("Aid agencies set up a camp for displaced families near Goma.", [("aid", "Goma")]),
        ("Twenty children were confirmed to be infected with measles in Lviv.",
         [("outbreak", "Lviv")]),
    ],
)
def test_a_cause_or_setting_types_the_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
