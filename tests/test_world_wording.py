"""More wordings of world news, on sentences written for the project: "the attack" told
again with a place in its clause says where in its country the one before was; a
"where" clause on a trip is at the trip's goal; a town named only as whose people they
are ("two Goshen men") is not "the city"; a vaccine trial is no court case, a tsunami
warning no tsunami, and a summit of leaders is talks; waves that reach a port make no
route; a trip joined by "and" with its own subject is made; "a plane with food aid from
Nairobi" starts in Nairobi."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import Config, brief


def _brief(text: str, gazetteer: Gazetteer) -> Briefing:
    return brief(text, Config(date=dt.date(2025, 10, 22)), gazetteer=gazetteer)


happenings = partial(drawn, date=dt.date(2025, 10, 22))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("An air strike in eastern Ukraine killed nine people on Monday. The drone attack "
         "hit a crowd gathered at a market in Kramatorsk.", [("attack", "Kramatorsk")]),
        ("The Kenyan president flew to Addis Ababa on Sunday on a two-day trip, where he "
         "met the Ethiopian prime minister.", [("meeting", "Addis Ababa")]),
        ("ELKHART - Two Goshen men were charged on Tuesday over a shooting outside a store "
         "on the city's east side.", [("attack", "Elkhart")]),
        ("A vaccine trial began in Kampala on Monday.", []),
        ("TOKYO (Reuters) - A strong earthquake struck off Miyagi prefecture, prompting a "
         "tsunami warning for the coast.", [("disaster", "Miyagi")]),
        ("The president travelled to Abuja for a summit of West African leaders.",
         [("talks", "Abuja")]),
    ],
)
def test_world_wording(text: str, found: list[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer) == found


def test_waves_that_reach_a_port_are_no_route(gazetteer: Gazetteer) -> None:
    routes = _brief("Waves of up to one meter reached the port of Kuji an hour later.",
                    gazetteer).layers.routes
    assert routes.empty
    routes = _brief("Rescue teams reached the port of Kuji an hour later.",
                    gazetteer).layers.routes
    assert list(routes["to"]) == ["Kuji"]


def test_a_trip_told_in_its_own_clause_after_another(gazetteer: Gazetteer) -> None:
    """"X called ... to express his support, and Y travelled to Lviv": Y's trip was made,
    not planned nor one "called" for, and starts from Y's country, not X's."""
    text = ("Polish Prime Minister Donald Tusk called Zelensky to express his support, and "
            "Czech President Petr Pavel travelled to Lviv on Friday.")
    routes = _brief(text, gazetteer).layers.routes
    assert [(r["from"], r["to"], r["status"]) for r in routes.to_dict("records")] == [
        ("Czechia", "Lviv", "made")]


def test_a_trip_starts_where_what_it_carried_came_from(gazetteer: Gazetteer) -> None:
    routes = _brief("The army flew a plane with food aid from Nairobi to Juba.",
                    gazetteer).layers.routes
    assert [(r["from"], r["to"]) for r in routes.to_dict("records")] == [("Nairobi", "Juba")]
