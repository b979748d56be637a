"""A town's name first read abroad, moved home by the text's other places (texts written
for geobrief): "Dublin ... Columbus" is Dublin, Ohio, while "Dublin ... Cork" stays in
Ireland and "Athens and Rome" stay in Greece and Italy."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief

DAY = Config(date=dt.date(2024, 3, 14))


def countries(text: str, name: str, gazetteer: Gazetteer) -> set[str]:
    """The countries of the places called ``name`` in the text's briefing."""
    return {p.country for p in brief(text, DAY, gazetteer=gazetteer).places if p.name == name}


def test_a_dublin_ohio_story(gazetteer: Gazetteer) -> None:
    """Columbus is read in Ohio and Ohio has a Dublin; nothing else says Ireland. Fails
    on main (Dublin, Ireland, and focus IE)."""
    text = ("Dublin council members voted on Monday to widen Sawmill Road, and Columbus "
            "officials said the state would pay half of the cost.")
    briefing = brief(text, DAY, gazetteer=gazetteer)
    dublin = [p for p in briefing.places if p.name == "Dublin"]
    assert [(p.country, p.kind) for p in dublin] == [("US", "city")]
    assert abs(dublin[0].lat - 40.1) < 0.5 and briefing.focus == "US"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # guards: a capital with company in its own country, or beside a foreign city
        ("Dublin's buses ran late on Monday after a storm, and trains to Cork were "
         "cancelled, the transport authority said.", "Dublin", "IE"),
        ("Ministers from Athens and Rome met in Brussels on Monday to discuss migration.",
         "Athens", "GR"),
        ("Police in Paris detained two men near the Louvre on Sunday, and Lyon police "
         "searched a flat.", "Paris", "FR"),
        # guard: a Paris, Texas story (the existing rules already read it so)
        ("Paris police arrested a man on Tuesday after a car chase that ended on a "
         "highway outside Dallas, a police spokesman said.", "Paris", "US"),
    ],
)
def test_a_towns_country_with_company_stays(
    text: str, name: str, country: str, gazetteer: Gazetteer
) -> None:
    assert countries(text, name, gazetteer) == {country}
