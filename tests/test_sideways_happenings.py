"""Where and what a happening is when news English tells it sideways, on short texts
written for the project, from several regions:

- a clause ending in a colon and a list of places happened in each of them ("hit by
  measles outbreaks: Kenya, Uganda and Rwanda"), even where a name in the list is not on
  the map; a colon that opens anything else lends its places nothing;
- a quake told only through the people it struck is where they are ("people in Padang
  were left homeless by the quake", "residents of Padang fled after the earthquake"); a
  man "of Chicago" arrested after a fire does not place the fire;
- ground taken is an attack where it lies ("took control of a military base in the town
  of Bunia"); control of a company or of a chamber is none;
- a strike told by a stand-in ("Another hit a school in Sumy") is the happening of the
  weapon or storm told just before it; "it struck a chord" strikes nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """Type and place of each drawn event, in order."""
    layers = brief(text, Config(date=dt.date(2026, 3, 4)), gazetteer=gazetteer).layers
    return [(str(e["type"]), str(e["place"])) for e in records(layers.events)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Measles outbreaks have struck all of these East African nations: "
         "Kenya, Uganda, Tanzania and Rwanda.",
         [("outbreak", "Kenya"), ("outbreak", "Uganda"), ("outbreak", "Tanzania"),
          ("outbreak", "Rwanda")]),
        ("Three provinces have reported cases of bird flu: Hunan, Hubei and Anhui.",
         [("outbreak", "Hunan"), ("outbreak", "Hubei"), ("outbreak", "Anhui")]),
        ("Floods have struck four countries: Malawi, Zorbania, Mozambique and Zambia.",
         [("disaster", "Malawi"), ("disaster", "Mozambique"), ("disaster", "Zambia")]),
        ("Doctors fighting the outbreak had one wish: Kenya and Uganda must share vaccines.",
         []),
    ],
)
def test_a_happening_is_in_each_place_listed_after_its_colon(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thousands of people in Padang were left homeless by the quake.",
         [("disaster", "Padang")]),
        ("Residents in Padang fled their homes after the earthquake.", [("disaster", "Padang")]),
        ("Residents of Padang fled their homes after the earthquake.", [("disaster", "Padang")]),
        ("Villagers of Bam slept outside after the quake.", [("disaster", "Bam")]),
        ("A man of Chicago was arrested after the fire.", []),
    ],
)
def test_a_disaster_is_where_the_people_it_struck_are(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fighting flared in the east. Rebels took control of a military base in the town "
         "of Bunia on Monday.", [("attack", "Bunia")]),
        ("Rebels seized control of Bunia on Monday.", [("attack", "Bunia")]),
        ("Militants have taken control of the airport in Kismayo.", [("attack", "Kismayo")]),
        ("Prices rose. The investor took control of the company in Dublin.", []),
        ("Prices rose. Democrats gained control of the Senate in Washington.", []),
    ],
)
def test_taking_control_of_ground_is_an_attack(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("One rocket struck a market in Kharkiv. Another hit a school in Sumy on Tuesday.",
         [("attack", "Kharkiv"), ("attack", "Sumy")]),
        ("A tornado destroyed homes in Joplin. Another struck Tulsa on Monday.",
         [("disaster", "Joplin"), ("disaster", "Tulsa")]),
        ("Rain fell for days. The storm weakened over the sea on Sunday. It hit Florida on "
         "Monday.", [("disaster", "Florida")]),
        ("The bombing shocked the nation. It struck a chord in Paris.", []),
    ],
)
def test_a_standin_that_strikes_is_the_happening_told_before(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found
