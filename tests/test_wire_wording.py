"""Wire-story wording, on sentences written for the project: a dateline places the
lead's happening even when the lead names no other place; a list of three senders sends
from all three; "large-scale drills" are an exercise; a "when" clause after "since 1995"
is dated 1995, and a rail accident is a crash; talks that "came after" a shooting are not
where the shooting was, and talks "on" something are not there; an attack near "the
Venezuelan border" is not placed in Venezuela; a crash "between" two towns is one crash;
a drowning after a boat capsized off a coast is not placed at the dateline; a name
written without its accents is found after a locative; "the leaders of the riot" are
not where the riot was; a headline's trip to a country, told again to its capital, is
one route, and the riots it follows are not in the sending country; migrants who flew
to Minsk "in 2022, when" did not start from the country that built a wall since; a
clause told "as" another happened is dated by it; "and the southern city of Ziguinchor"
is a second place; prisoners of war are no war; arresting "dozens of protesters" is an
arrest."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief

happenings = partial(drawn, date=dt.date(2025, 11, 20))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Blast at Afghan market\n\nKABUL (Reuters) - A bomb exploded at a market, killing "
         "three people, police said.", [("attack", "Kabul")]),
        ("China's military launched large-scale drills around Taiwan on Monday.",
         [("exercise", "Taiwan")]),
        ("Three people died in a road accident near Nakuru on Monday.", [("crash", "Nakuru")]),
        ("The talks came two weeks after a shooting near the village of Tegh in Armenia's "
         "Syunik province.", [("attack", "Tegh")]),
        ("Armenian and Azerbaijani officials met in Moscow on Wednesday for a new round of "
         "talks on marking their shared border, Armenia's foreign ministry said.",
         [("talks", "Moscow")]),
        ("Rebels attacked a base near the Venezuelan border on Sunday.", []),
        ("A bus crashed on the road between Nakuru and Eldoret on Monday.", [("crash", "Nakuru")]),
        ("Police detained 14 migrants near the village of Bialowieza in Poland on Sunday.",
         [("arrest", "Białowieża")]),
        ("The delay sparked deadly protests in Dakar and the southern city of Ziguinchor.",
         [("protest", "Dakar"), ("protest", "Ziguinchor")]),
        ("Russia and Ukraine exchanged 115 prisoners of war each on Saturday.", []),
        ("Police arrested dozens of protesters in Minsk on Sunday.", [("arrest", "Minsk")]),
        ("Boat sinks off Libya\n\nTRIPOLI (Reuters) - At least 61 migrants are feared to have "
         "drowned after their boat capsized off the coast of Libya, the IOM said.",
         [("sinking", "Libya")]),
    ],
)
def test_wire_wording(text: str, found: list[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer) == found


def test_a_when_clause_is_dated_by_the_year_it_follows(gazetteer: Gazetteer) -> None:
    text = ("It was the deadliest rail accident in India since 1995, when two trains "
            "collided near Firozabad, killing more than 300.")
    assert drawn(text, gazetteer, fields=("type", "place", "date")) == [
        ("crash", "Fīrozābād", "1995")]


def test_every_sender_of_a_list_sends(gazetteer: Gazetteer) -> None:
    text = "Italy, France and Spain sent firefighters and planes to Greece on Monday."
    routes = brief(text, Config(date=dt.date(2025, 8, 12)), gazetteer=gazetteer).layers.routes
    assert sorted(routes["from"]) == ["France", "Italy", "Spain"]
    assert set(routes["to"]) == {"Greece"}


def test_a_headline_trip_told_again_to_the_capital_is_one(gazetteer: Gazetteer) -> None:
    text = ("Australia sends police to Solomon Islands after riots\n\nSYDNEY (Reuters) - "
            "Australia sent police and troops to the Solomon Islands on Thursday after "
            "rioters set fire to buildings in the capital, Honiara, for a second day.")
    layers = brief(text, Config(date=dt.date(2021, 11, 25)), gazetteer=gazetteer).layers
    assert list(zip(layers.routes["from"], layers.routes["to"], strict=True)) == [
        ("Australia", "Honiara")]
    assert "AU" not in set(layers.events["country"])


def test_a_when_clause_on_a_year_has_its_own_start(gazetteer: Gazetteer) -> None:
    text = ("Poland has built a steel wall along its border with Belarus since 2022, when "
            "thousands of migrants flew to Minsk.")
    routes = brief(text, Config(date=dt.date(2025, 9, 2)), gazetteer=gazetteer).layers.routes
    assert list(zip(routes["from"], routes["to"], strict=True)) == [(None, "Minsk")]


def test_the_leaders_of_a_riot_are_not_where_it_was(gazetteer: Gazetteer) -> None:
    text = ("Riot in Ecuador prison leaves 15 dead\n\nQUITO (AP) - At least 15 inmates were "
            "killed in a riot at a prison in the coastal city of Guayaquil on Tuesday.\n\n"
            "President Daniel Noboa ordered troops into the prison and said the leaders of "
            "the riot would be moved to a maximum-security jail in the city of Latacunga.")
    assert "Latacunga" not in {place for _, place in happenings(text, gazetteer)}


def test_a_clause_told_as_another_happened_takes_its_date(gazetteer: Gazetteer) -> None:
    text = ("Armoured vehicles rammed the doors of the palace in La Paz on Wednesday as "
            "troops stormed the building.")
    assert drawn(text, gazetteer, fields=("type", "place", "date"), date=dt.date(2025, 11, 20)
                 ) == [("attack", "La Paz", "2025-11-19")]
