"""A country's name that the words around it say is a town's (texts written for geobrief).

Local news names its own town's bodies and addresses: "the Palestine Independent School
District", "the Lebanon City Council", "218 N. Walnut St., Lebanon". A nation has no
school district, city council or street address, so the name is the town's, in every
mention of the text; a nation's police, parliament or people keep the country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief

DAY = Config(date=dt.date(2024, 3, 14))


def kinds(text: str, name: str, gazetteer: Gazetteer) -> tuple[str | None, list[str]]:
    """The briefing's focus and the kind of every place found for ``name``."""
    briefing = brief(text, DAY, gazetteer=gazetteer)
    return briefing.focus, [p.kind for p in briefing.places if p.name == name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Trustees of the Palestine Independent School District voted on Tuesday to "
         "add two school buses and to repave the parking lot behind the gym.", "Palestine",
         "PS"),
        ("Tryouts for the spring league start on Monday at the Jordan middle school, and "
         "coaches said more than forty girls signed up.", "Jordan", "JO"),
        ("The Lebanon City Council approved a new contract for trash pickup, and the "
         "Lebanon mayor said rates would stay the same.", "Lebanon", "LB"),
        ("The Malta Village Board agreed on Thursday to buy a new plow truck for the "
         "winter.", "Malta", "MT"),
    ],
)
def test_a_towns_own_bodies_say_the_town(
    text: str, name: str, country: str, gazetteer: Gazetteer
) -> None:
    """Fails on main: each name was read as the country and made it the focus."""
    focus, found = kinds(text, name, gazetteer)
    assert found and set(found) == {"city"}
    assert focus != country


def test_an_address_says_the_town_for_every_mention(gazetteer: Gazetteer) -> None:
    """"218 N. Walnut St., Lebanon" ends in a town; the text's other "Lebanon" is that
    town too (one sense per text). Fails on main: every mention was the country."""
    text = ("Services will be held at 10 a.m. Friday at Grace Lutheran Church, 218 N. "
            "Walnut St., Lebanon. She was born in Lebanon and worked for thirty years as "
            "a nurse.")
    focus, found = kinds(text, "Lebanon", gazetteer)
    assert found == ["city"] and focus != "LB"


def test_the_towns_country_is_the_texts(gazetteer: Gazetteer) -> None:
    """A town's body and a country named beside it: the town of that country (Jordan,
    Minnesota, not the larger Jordan of Hong Kong). Fails on main."""
    text = ("The Jordan middle school team will travel to three tournaments this spring "
            "under United States volleyball rules, the coach said.")
    briefing = brief(text, DAY, gazetteer=gazetteer)
    assert [(p.kind, p.country) for p in briefing.places if p.name == "Jordan"] == [
        ("city", "US")]
    assert briefing.focus == "US"


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Malta police arrested two men at the harbour in Valletta after a boat carrying "
         "migrants came ashore.", "MT"),
        ("Lebanon's parliament met on Monday, and the Lebanese army deployed in the south "
         "of Lebanon.", "LB"),
        ("Jordan's king met the mayor of Amman on Sunday to discuss water shortages in "
         "Jordan.", "JO"),
        ("Cuba's government said schools in Havana would reopen on Monday after the "
         "storm.", "CU"),
    ],
)
def test_a_nations_own_wording_keeps_the_country(
    text: str, focus: str, gazetteer: Gazetteer
) -> None:
    """Guard: a nation's police, parliament, king or government say the country."""
    assert brief(text, DAY, gazetteer=gazetteer).focus == focus


def test_a_township_is_a_town_of_the_texts_regions(gazetteer: Gazetteer) -> None:
    """"Jerome Township" in an Ohio story is a civil township the gazetteer does not
    hold, not Jerome, Idaho, the largest Jerome: the name is not read. Fails on main."""
    briefing = brief("Jerome Township trustees voted on Monday to buy a new plow truck, "
                     "and road crews in Ohio will get two more workers.", DAY,
                     gazetteer=gazetteer)
    assert "Jerome" not in {p.name for p in briefing.places}


def test_a_townships_own_town_is_kept(gazetteer: Gazetteer) -> None:
    """Guard: the town of a township's name in a state the text names is kept."""
    briefing = brief("Volunteers filled sandbags on Tuesday for farms of Oakport Township, a "
                     "few miles from Moorhead, Minnesota.", DAY, gazetteer=gazetteer)
    assert [p.country for p in briefing.places if p.name == "Oakport"] == ["US"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Dublin City Council voted on Monday to widen Sawmill Road, and Columbus "
         "officials said the state would pay half of the cost.", "Dublin"),
        ("Springfield City Manager Tom Reese said on Friday that the pool would open in "
         "June.", "Springfield"),
        # guard: a place called so by its main name keeps "City"
        ("The Boulder City Council met on Tuesday to weigh a new water rate, as Las Vegas "
         "did last year.", "Boulder City"),
    ],
)
def test_city_is_a_bodys_word_unless_the_place_is_called_so(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    """"Dublin City" of "the Dublin City Council" is Dublin: "City" is the council's
    word (the gazetteer knows "Dublin City" only as another name of Ireland's capital).
    The first two fail on main ("Dublin City" in Ireland, "Springfield City")."""
    briefing = brief(text, DAY, gazetteer=gazetteer)
    assert [m.text for p in briefing.places for m in p.mentions if m.text.startswith(
        name.split()[0])] == [name]
    assert briefing.focus == "US"
