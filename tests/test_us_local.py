"""A town whose largest namesake lies abroad, in a text written as US local news and
naming no other place (texts written for geobrief): "Councilwoman ... 418 Birch St.,
Athens" is a US Athens, while Greek, Irish, French, Canadian and British newswire about
Athens, Dublin, Paris or Windsor stays abroad, "$" and "police said" or not."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse.us_local import written_as_us_local
from geobrief.pipeline import Config, brief

DAY = Config(date=dt.date(2024, 3, 14))


def countries(text: str, name: str, gazetteer: Gazetteer) -> set[str]:
    """The countries of the places called ``name`` in the text's briefing."""
    return {p.country for p in brief(text, DAY, gazetteer=gazetteer).places if p.name == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # each fails on main: the town is read in Greece, Ireland, France
        ("Athens City Council members voted 4-1 on Tuesday to raise water rates by 3 "
         "percent. Councilwoman Dana Whitfield said the increase would cost a typical "
         "household $4 a month. The council meets again at 6 p.m. Oct. 14.", "Athens"),
        ("Marcus Lee Odom, 27, of 418 Birch St., Dublin, was charged with burglary after "
         "deputies found stolen tools in his truck, according to the Sheriff's Office. "
         "He was held on a $5,000 bond.", "Dublin"),
        ("Paris firefighters put out a kitchen fire at an apartment complex on 2210 "
         "Lamar Ave. shortly after 9 p.m. Sunday. No one was hurt, and the Paris "
         "Independent School District said classes would go on as planned.", "Paris"),
        # a police blotter's "block of" address (fails on main: read in Italy)
        ("Florence police are looking for a man who snatched a purse from a woman, 64, "
         "in the 300 block of Maple Avenue shortly after 8 p.m. Friday.", "Florence"),
    ],
)
def test_a_us_local_story_keeps_its_town_home(text: str, name: str, gazetteer: Gazetteer) -> None:
    briefing = brief(text, DAY, gazetteer=gazetteer)
    assert {p.country for p in briefing.places if p.name == name} == {"US"}
    assert briefing.focus == "US"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # guards: real foreign stories, some with "$", "p.m." or "police said"
        ("Greek police said on Tuesday they had arrested three men in Athens over a "
         "$2 million fraud at 10 p.m. raids.", "Athens", "GR"),
        ("Dublin City Council approved a plan on Monday to cut traffic on the quays, "
         "councillors said, and gardai will enforce the new rules from 7 a.m.", "Dublin",
         "IE"),
        ("Sen. Maria Lopez met officials in Paris on Tuesday to discuss a $3 billion "
         "trade deal, French diplomats said.", "Paris", "FR"),
        ("Windsor police said a man was charged after a crash near the Ambassador "
         "Bridge on Monday, and Ontario Provincial Police closed the highway.", "Windsor",
         "CA"),
        # a US senator abroad, a Canadian school story: national signs, a high school
        ("Sen. Ray Ortiz arrived in Paris on Tuesday at 3 p.m. for talks on a $3 billion "
         "arms deal, 4 percent more than last year's, his office said.", "Paris", "FR"),
        ("Windsor police said two students at a Catholic high school were hurt at 3 p.m. "
         "when a car hit a bus shelter, and a $5,000 fund was set up by the Windsor "
         "school board.", "Windsor", "CA"),
        ("Police in Oxford said a 19-year-old student was arrested on Saturday after a "
         "fight outside a pub, the city council said in a statement of 12 per cent.",
         "Oxford", "GB"),
    ],
)
def test_a_foreign_story_stays_abroad(
    text: str, name: str, country: str, gazetteer: Gazetteer
) -> None:
    assert countries(text, name, gazetteer) == {country}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councilman Ray Ortiz said the city manager would report at 7 p.m.", True),
        ("Jones, 19, of 20 Oak St., was held at the Sheriff's Office on a $500 bond.", True),
        ("A man, 22, was robbed in the 1400 block of Pine Street at 9 p.m.", True),
        # guards: one weak sign, national or weak signs only, or Commonwealth style
        ("Sen. Ray Ortiz (R-Texas) spoke at Westside High School at 7 p.m.", False),
        ("Windsor police said the Grade 9 student was hurt, provincial police said, "
         "at the Riverside Elementary School at 7 p.m.", False),
        ("The meeting starts at 7 p.m. on Tuesday.", False),
        ("Councillor Ray Ortiz said rates would rise 3 per cent at 7 p.m.", False),
        ("Sen. Ray Ortiz said the colour of the new centre was chosen at 7 p.m.", False),
    ],
)
def test_what_reads_as_us_local_news(text: str, expected: bool) -> None:
    assert written_as_us_local(text) is expected
