"""The story of news from every part of the world, read as a user reads the map: the
happenings where they happened, the trips that were made, nothing drawn from a
nationality, a dateline or a trip called off. Stories in ``tests/texts``, written for
these tests; each assertion is one thing the briefing must get right."""

from __future__ import annotations

import pytest
from conftest import TEXTS

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import brief
from geobrief.story.rows import records

STORIES = ("horn-drought", "yemen-port", "luzon-typhoon", "balkan-floods", "lagos-protest",
           "kyrgyz-border", "andes-migration", "sahel-convoy", "turkey-quake", "amazon-fires",
           "taiwan-drills", "pakistan-train", "med-migrants", "guatemala-caravan")


@pytest.fixture(scope="module")
def stories(gazetteer: Gazetteer) -> dict[str, Briefing]:
    return {name: brief(TEXTS / f"{name}.txt", gazetteer=gazetteer) for name in STORIES}


def events(briefing: Briefing) -> set[tuple[str, str]]:
    return {(e["type"], e["place"]) for e in briefing.layers.events.to_dict("records")}


def routes(briefing: Briefing) -> set[tuple[str | None, str, str]]:
    """(start, end, status) of each route; start None where the text does not tell it."""
    return {(r["from"], r["to"], r["status"]) for r in records(briefing.layers.routes)}


@pytest.mark.parametrize(
    ("story", "focus", "happened"),
    [
        ("horn-drought", "KE", {("attack", "Beledweyne"), ("outbreak", "Garissa")}),
        ("yemen-port", "YE", {("attack", "Al Ḩudaydah"), ("talks", "Muscat"),
                              ("protest", "Sanaa")}),
        ("luzon-typhoon", "PH", {("disaster", "Aparri"), ("disaster", "Baguio"),
                                 ("sinking", "Batanes")}),
        ("balkan-floods", "BA", {("evacuation", "Doboj"), ("death", "Obrenovac")}),
        ("lagos-protest", "NG", {("protest", "Lagos"), ("protest", "Kano"),
                                 ("arrest", "Ibadan"), ("court", "Abuja")}),
        ("kyrgyz-border", "KG", {("attack", "Batken"), ("talks", "Samarkand")}),
        ("andes-migration", "CO", {("protest", "Caracas"), ("visit", "Cúcuta")}),
        ("sahel-convoy", "ML", {("attack", "Mopti"), ("kidnapping", "Gao"),
                                ("meeting", "Dakar")}),
        ("turkey-quake", "TR", {("disaster", "Malatya"), ("aid", "Adana")}),
        ("amazon-fires", "BR", {("deployment", "Rondônia"), ("fire", "Cobija"),
                                ("protest", "Brasília")}),
        ("taiwan-drills", "TW", {("exercise", "Taiwan"), ("protest", "Tokyo")}),
        ("pakistan-train", "PK", {("attack", "Sibi"), ("hospitalization", "Quetta")}),
        # the capsizing off Libya, or the trips to Italy: both fair (a gold would list both)
        ("med-migrants", "LY IT", {("sinking", "Zuwarah")}),
        ("guatemala-caravan", "MX", {("talks", "Tapachula")}),
    ],
)
def test_the_happenings_are_where_they_happened(
    stories: dict[str, Briefing], story: str, focus: str, happened: set[tuple[str, str]]
) -> None:
    briefing = stories[story]
    assert briefing.focus in focus.split()
    assert happened <= events(briefing)


@pytest.mark.parametrize(
    ("story", "wrong"),
    [
        ("luzon-typhoon", {("funeral", "Baguio")}),  # landslides buried houses
        ("lagos-protest", {("attack", "Lagos")}),  # tear gas
        ("sahel-convoy", {("release", "France")}),  # a French aid worker
        ("turkey-quake", {("aid", "Greece")}),  # Greek aid arrived in Adana
        ("pakistan-train", {("attack", "Quetta")}),  # the dateline
    ],
)
def test_nothing_is_drawn_from_who_took_part(
    stories: dict[str, Briefing], story: str, wrong: set[tuple[str, str]]
) -> None:
    assert not wrong & events(stories[story])


@pytest.mark.parametrize(
    ("story", "made", "not_drawn"),
    [
        ("horn-drought", {("Baidoa", "Dadaab", "made"), ("Mombasa", "Garissa", "planned")},
         {"Mogadishu"}),
        ("luzon-typhoon", {("Okinawa", "Luzon", "made")}, {"Taiwan"}),
        ("balkan-floods", set(), {"Brussels"}),
        ("lagos-protest", {("London", "Abuja", "made")}, set()),
        ("andes-migration", {("Cúcuta", "Bogotá", "made"), ("Boa Vista", "São Paulo", "made")},
         set()),
        # the convoy "was heading to Timbuktu" when it was attacked: a trip to come
        ("sahel-convoy", {("Bamako", "Timbuktu", "planned"), ("Gao", "Paris", "made"),
                          ("Abuja", "Niamey", "planned")}, set()),
        ("turkey-quake", {("Germany", "Malatya", "made"), ("Japan", "Malatya", "made"),
                          ("Greece", "Adana", "made")}, set()),
        ("amazon-fires", {("Buenos Aires", "Porto Velho", "made")}, set()),
        ("taiwan-drills", set(), {"Singapore", "Yokosuka"}),  # talks that could be
        # survivors rescued at sea and taken back to Zuwara: not from the boat's goal, and
        # drawn as an arrival whose start is not told; the boat "heading for" Lampedusa
        # capsized on the way, a trip to come
        ("med-migrants", {("Şabrātah", "Lampedusa", "planned"),
                          ("Lampedusa", "Sicilia", "made"), (None, "Zuwarah", "made")},
         {"Zuwarah"}),
        ("pakistan-train", {(None, "Quetta", "made"), (None, "Quetta", "planned")}, set()),
        ("guatemala-caravan", {("Tapachula", "Mexico City", "made")}, set()),
    ],
)
def test_the_trips_made_are_drawn_and_no_others(
    stories: dict[str, Briefing], story: str, made: set[tuple[str, str, str]],
    not_drawn: set[str],
) -> None:
    drawn = routes(stories[story])
    assert made <= drawn
    lines = [route for route in drawn if route[0] is not None]  # not_drawn: no line's end
    assert not {end for route in lines for end in route[:2]} & not_drawn


def test_a_visit_does_not_start_where_another_paragraphs_trip_ended(
    stories: dict[str, Briefing],
) -> None:
    assert not {r for r in routes(stories["andes-migration"]) if r[1] == "Cúcuta"
                and r[0] != "Venezuela"}
