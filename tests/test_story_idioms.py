"""Idioms of news that name a happening by other words. Sentences written for the project.

Violence that "spills over" into a country spreads there; nothing was spilt: "spill
over" reports no spill of its own, the happening is whatever spread (fighting, an attack
told in the same sentence). Oil that spills is still a spill. People who "took to the
streets" of a city protested there; they made no trip to it, nor did those a quake sent
"into the streets" of a city. Happenings "common" or
"rare" somewhere are what happens there as a rule: a generic statement, no happening. A
sentence imposed, handed down or received is a court's; one served is none. A budget or
a bill that "goes to the council" is on no trip, nor are donations sent to a fund. A car
that "hit a tree" crashed. What "came to a halt" or "was brought to the attention of"
someone went nowhere, and who fled "from Houston police" fled people, not a town. Who
"captured the title" arrested no one.
"""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief


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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (a trip to each city, and no protest)
        ("Thousands of protesters took to the streets of Caracas and Maracaibo on Monday.",
         [("protest", "Caracas"), ("protest", "Maracaibo")]),
        ("Hundreds of students took to the streets in Dhaka on Friday to demand justice.",
         [("protest", "Dhaka")]),
    ],
)
def test_who_took_to_the_streets_protested_there(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
    assert brief(text, gazetteer=gazetteer).layers.routes.empty


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (a kidnapping in Nigeria, an attack in Darfur)
        ("Kidnappings for ransom have become common in northwestern Nigeria.", []),
        ("Attacks on aid workers in Darfur have become more frequent.", []),
        # guards: pass on main too
        ("Cholera is endemic in Haiti.", []),
        ("Gunmen kidnapped 40 pupils from a school in Kaduna on Thursday.",
         [("kidnapping", "Kaduna")]),
    ],
)
def test_what_is_common_somewhere_is_no_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_a_quake_that_sends_people_into_the_streets_sends_them_on_no_trip(
    gazetteer: Gazetteer,
) -> None:
    """Fails on main: a trip from Acapulco to the capital."""
    text = ("MEXICO CITY (Wire) - An earthquake shook southern Mexico on Tuesday night, "
            "toppling buildings in Acapulco and sending frightened residents into the "
            "streets of the capital.")
    assert brief(text, gazetteer=gazetteer).layers.routes.empty


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (no happening)
        ("A federal judge imposed the sentence in Trenton on Tuesday.", [("court", "Trenton")]),
        ("He received a ten-year prison sentence in Nairobi on Friday.",
         [("court", "Nairobi")]),
        # guards: pass on main too
        ("He is serving a life sentence in a prison near Leeds.", []),
        ("The first sentence of the report mentions Paris.", []),
    ],
)
def test_a_sentence_imposed_is_a_court_s(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        # fail on main (a trip to Springfield, to Dubuque)
        "The school budget now goes to the city council in Springfield for a vote.",
        "The proposal now goes to the county board in Dubuque.",
        # fails on main (a planned trip to Tensas Parish)
        "Anyone who wants to help should send donations to the Tensas Parish Community Fund.",
        # a guard: passes on main too
        "The bill was sent to the Senate in Nairobi on Tuesday.",
    ],
)
def test_a_bill_on_its_way_to_a_vote_makes_no_route(text: str, gazetteer: Gazetteer) -> None:
    assert brief(text, gazetteer=gazetteer).layers.routes.empty


def test_a_man_named_bill_still_travels(gazetteer: Gazetteer) -> None:
    """A guard: passes on main too."""
    routes = brief("Bill flew to Denver on Monday.", gazetteer=gazetteer).layers.routes
    assert list(routes["to"]) == ["Denver"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on main (no happening)
        ("The officer lost control of his car and hit a tree in Tulsa on Friday.",
         [("crash", "Tulsa")]),
        ("A minibus struck a tree outside Mbarara late on Sunday.", [("crash", "Mbarara")]),
        # a guard: passes on main too
        ("A storm in Leeds felled a tree on Sunday.", [("disaster", "Leeds")]),
    ],
)
def test_a_car_that_hit_a_tree_crashed(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


def test_a_noun_that_needs_its_words_does_not_type_the_deaths_it_causes_without_them(
    gazetteer: Gazetteer,
) -> None:
    """Fails on main: a drill (no "military", "joint"... before it) that killed two miners
    made the deaths a military exercise, though "a drill" alone is no happening."""
    found = happenings("A falling drill killed two miners in Potosi on Monday.", gazetteer)
    assert [place for _, place in found] == ["Potosí"]
    assert ("exercise", "Potosí") not in found


@pytest.mark.parametrize(
    "text",
    [
        # fail on main (a trip to Denver, to Nairobi, to Peshawar)
        "The case was brought to the attention of prosecutors in Denver.",
        "Traffic came to a halt in Nairobi as protesters blocked the road.",
        "Officials vowed to bring the killers to justice in Peshawar.",
    ],
)
def test_what_comes_to_a_halt_or_to_light_makes_no_trip(text: str, gazetteer: Gazetteer) -> None:
    assert brief(text, gazetteer=gazetteer).layers.routes.empty


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # fail on main (a route from Houston, from Tyler)
        ("A driver fled from Houston police and crashed into a pole on Tuesday.", []),
        ("A Tyler man pleaded guilty to fleeing from Tyler police last year.", []),
        # guards: pass on main too
        ("Patients were evacuated from Houston hospitals to Dallas.", [("Houston", "Dallas")]),
        ("The family fled from Aleppo to Turkey in 2015.", [("Aleppo", "Turkey")]),
    ],
)
def test_who_flees_from_a_town_s_police_flees_no_town(
    text: str, ends: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    routes = brief(text, gazetteer=gazetteer).layers.routes
    assert list(zip(routes["from"], routes["to"], strict=True)) == ends


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fails on main (an arrest in Toronto)
        ("The Kenyan runner captured the title in Toronto on Sunday.", []),
        # a guard: passes on main too
        ("Police captured the fugitive in Memphis on Friday.", [("arrest", "Memphis")]),
    ],
)
def test_who_captured_a_title_arrested_no_one(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
