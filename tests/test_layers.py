"""layers: focus, roles, borders, routes and events on small real articles."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import Config, brief
from geobrief.story.alliances import alliances_of, neighbour_groups

DAY = dt.date(2024, 3, 14)


def briefing_of(text: str, gazetteer: Gazetteer) -> Briefing:
    return brief(text, Config(date=DAY), gazetteer=gazetteer)


def test_alliance_table() -> None:
    assert alliances_of("PL") == ["EU", "NATO"]
    assert alliances_of("FI") == ["EU", "NATO"]
    assert neighbour_groups("BY", "LV") == ["EU", "NATO"]
    assert neighbour_groups("BY", "RU") == []
    assert neighbour_groups("PL", "DE") == []


def test_focus_and_roles(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "Chile and Bolivia held talks in Santiago. Chile said Peru would join. Chile agreed.",
        gazetteer,
    )
    assert b.focus == "CL"
    roles = {p.name: p.role for p in b.places}
    assert roles["Chile"] == "focus"
    assert roles["Bolivia"] == "neighbour"
    assert roles["Santiago"] == "focus"


def test_borders_only_between_touching_countries(gazetteer: Gazetteer) -> None:
    b = briefing_of("Spain, Portugal and Greece met.", gazetteer)
    pairs = {(r.a, r.b) for r in b.layers.borders.itertuples()}
    assert pairs == {("ES", "PT")} or pairs == {("PT", "ES")}
    assert b.layers.borders.iloc[0]["length_km"] > 500


def test_route_from_to(gazetteer: Gazetteer) -> None:
    b = briefing_of("Aid trucks drove from Amman to Baghdad on Monday.", gazetteer)
    (route,) = b.layers.routes.to_dict("records")
    assert (route["from"], route["to"]) == ("Amman", "Baghdad")
    assert 700 < route["length_km"] < 900
    assert route["geometry"].coords[0] == pytest.approx((35.9, 31.9), abs=0.2)


def test_no_route_without_movement(gazetteer: Gazetteer) -> None:
    b = briefing_of("Prices in Amman rose, and from Baghdad to Basra they fell.", gazetteer)
    assert b.layers.routes.empty


def test_events_are_placed_dated_and_deduplicated(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "An earthquake struck Kathmandu on Monday. The earthquake damaged temples in "
        "Kathmandu. Protests broke out in Lima on Thursday.",
        gazetteer,
    )
    events = b.layers.events.to_dict("records")
    assert [(e["type"], e["place"], e["date"]) for e in events] == [
        ("disaster", "Kathmandu", "2024-03-11"),
        ("protest", "Lima", "2024-03-14"),
    ]
    assert events[0]["country"] == "NP"


def test_group_phrases_name_the_focus_countrys_neighbours(gazetteer: Gazetteer) -> None:
    b = briefing_of("Belarus shares borders with three NATO countries. Minsk said so.", gazetteer)
    borders = b.layers.borders
    assert set(borders["b"]) == {"PL", "LT", "LV"}  # its three NATO neighbours, unnamed
    assert all("NATO" in groups for groups in borders["groups"])
    assert set(borders["a"]) == {"BY"}


def test_geographic_groups_name_members(gazetteer: Gazetteer) -> None:
    b = briefing_of("Russia warned the Baltic states on Monday. Moscow said so.", gazetteer)
    assert set(b.layers.borders["b"]) == {"EE", "LV", "LT"}
    assert set(b.layers.borders["a"]) == {"RU"}


def test_destination_alone_takes_the_sentence_actor_as_origin(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "Jordan freed 12 prisoners and they are now on their way to Iraq. "
        "Officials in Amman and Baghdad confirmed it.",
        gazetteer,
    )
    (route,) = b.layers.routes.to_dict("records")
    assert (route["from"], route["to"]) == ("Amman", "Baghdad")  # countries snap to cities
    assert route["who"] == "12 prisoners"


def test_who_moved_and_repeated_routes_merge(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "A Red Cross convoy is heading to Baghdad after talks in Amman. "
        "The engineers drove from Amman to Baghdad.",
        gazetteer,
    )
    (route,) = b.layers.routes.to_dict("records")
    assert route["who"] == "A Red Cross convoy and the engineers"
    assert "Red Cross convoy" in route["sentence"]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Refugees fled to Poland from Ukraine.", ("Ukraine", "Poland", "Refugees")),
        ("Tanks crossed into Ukraine from Belarus.", ("Belarus", "Ukraine", "Tanks")),
        ("The minister flew from Paris to Berlin for talks.", ("Paris", "Berlin", "The minister")),
        ("Hungary sent 200 soldiers to Kosovo last week.", ("Hungary", "Kosovo", "200 soldiers")),
    ],
)
def test_movement_phrasings(text: str, route: tuple[str, str, str], gazetteer: Gazetteer) -> None:
    (row,) = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    assert (row["from"], row["to"], row["who"]) == route


def test_no_route_where_the_text_connects_nothing(gazetteer: Gazetteer) -> None:
    for text in (
        "Spain says a man who had not travelled to Mexico fell ill.",  # negated
        "Crews at Cross Lanes were sent to work, according to Charleston police.",
    ):
        assert briefing_of(text, gazetteer).layers.routes.empty, text


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("She spoke only French when she moved to Lyon.", "Lyon"),  # a language is no origin
        ("Ortiz, a native of Peru, was flown to Miami.", "Miami"),  # nor a birthplace
        ("The six medics arrived at the Benghazi hospital in 1998.", "Benghazi"),
    ],
)
def test_a_movement_whose_start_is_not_told_is_its_end_alone(
    text: str, end: str, gazetteer: Gazetteer
) -> None:
    (row,) = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    assert (row["from"], row["from_id"], row["length_km"], row["to"]) == (None, None, None, end)
    assert row["geometry"].geom_type == "Point"


def test_a_start_is_where_the_same_mover_was(gazetteer: Gazetteer) -> None:
    text = (
        "Teacher returns to Galway after teaching in Japan for a year. "
        "The crew blasted off from Baikonur on Thursday. "
        "Thousands of refugees have crossed into Chad since Monday."
    )
    routes = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    ends = {(r["from"] if isinstance(r["from"], str) else None, r["to"]) for r in routes}
    assert ("Japan", "Galway") in ends  # "after teaching in"
    assert (None, "Chad") in ends  # the refugees were not at Baikonur: the crew was


def test_a_visit_goes_to_the_place_its_object_names(gazetteer: Gazetteer) -> None:
    text = (
        "The family first visited the Sedona monastery in 2011. "
        "The ambassador visited the US embassy in Rome on Monday."
    )
    routes = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    # the embassy's town, not the United States: whose embassy it is
    assert [r["to"] for r in routes] == ["Sedona", "Rome"]


def test_a_departure_whose_end_is_not_told_is_its_start_alone(gazetteer: Gazetteer) -> None:
    text = "Hundreds of families fled Homs last week."
    (row,) = briefing_of(text, gazetteer).layers.routes.to_dict("records")
    assert (row["from"], row["to"], row["to_id"], row["length_km"]) == ("Homs", None, None, None)
    assert row["geometry"].geom_type == "Point" and row["who"] == "Hundreds of families"


def test_a_trip_only_aimed_at_or_forbidden_is_not_drawn(gazetteer: Gazetteer) -> None:
    for text in (
        "The plane was headed to Tulsa when it went down.",  # where it was bound, not went
        "He is forbidden from entering Gaza.",
        "Activists urged the minister to return to Beirut.",
    ):
        assert briefing_of(text, gazetteer).layers.routes.empty, text


def test_possessive_places_the_event_in_its_country(gazetteer: Gazetteer) -> None:
    b = briefing_of("Lithuania said Russian drones were shot down over its territory.", gazetteer)
    (event,) = b.layers.events.to_dict("records")
    assert (event["type"], event["country"]) == ("shoot-down", "LT")


def test_roles_of_a_story(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "Jordan freed 12 prisoners and they are now on their way to Baghdad. "
        "Officials in Amman confirmed it. Jordan borders Syria. France welcomed the move. "
        "Jordan said protests in Egypt had ended.",
        gazetteer,
    )
    expected = {
        "Jordan": "focus",  # the focus country
        "Amman": "focus",  # and its most central city
        "Baghdad": "destination",
        "Syria": "neighbour",
        "Egypt": "actor",  # an event happened there
        "France": "mentioned",
    }
    assert b.focus == "JO"
    assert {p.name: p.role for p in b.places if p.name in expected} == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tanks rolled into Ukraine when Moscow launched its invasion.", "Ukraine"),
        ("Putin ordered the invasion of Ukraine from Moscow.", "Ukraine"),
        ("Poland shot down drones from Belarus that had entered its airspace.", "Poland"),
    ],
)
def test_an_event_is_where_it_happened_not_who_acted(
    text: str, place: str, gazetteer: Gazetteer
) -> None:
    (event,) = briefing_of(text, gazetteer).layers.events.to_dict("records")
    assert event["place"] == place
