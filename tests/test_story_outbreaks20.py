"""A laboratory's test in outbreak news, checked on sentences written for the project,
from several regions (``story.lab_tests``):

- a finding a laboratory confirmed ("confirmed by a laboratory in Dakar", "a laboratory
  located in Saskatoon confirmed", "confirmed at the veterinary institute in Pretoria")
  or samples tested at one ("tests are being conducted at the national laboratory in
  Lyon", "testing was done at a regional laboratory in Chiang Mai") is a test where the
  laboratory is; so are tests told by a clause about the place the samples went ("driven
  to Johannesburg, where an analysis confirmed the virus") and tests carried out on
  samples by a country's authorities;
- what the laboratory confirmed is no outbreak nor death at the laboratory's town;
- tests that confirmed a disease found somewhere stay the outbreak's news, there;
- a firm or a regulator recalling goods is a recall, whatever the goods, issued where
  the recaller is (its town before it, its phrase, "based in ..."), or where the goods
  are recalled from (``story.recalls``, ``story.doers``);
- a disease found in or killing a country's animals, named by its adjective, with no
  other place told, is an outbreak in that country, as one that struck its people
  (``story.sufferers``).
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

happenings = partial(drawn, fields=("type", "place"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The boy's death was confirmed by a government laboratory in Nairobi on Friday.",
         [("test", "Nairobi")]),
        ("A reference laboratory for rabies located in Saskatoon has confirmed the disease "
         "in a calf.", [("test", "Saskatoon")]),
        ("The infection was confirmed at the veterinary institute in Pretoria.",
         [("test", "Pretoria")]),
        ("Further tests are being conducted at the national laboratory in Lyon.",
         [("test", "Lyon")]),
        ("Testing of the swabs was done at a regional laboratory in Chiang Mai.",
         [("test", "Chiang Mai")]),
        ("The swabs were driven to Johannesburg, where an analysis confirmed traces of the "
         "virus.", [("test", "Johannesburg")]),
        ("Peruvian officials are conducting further tests on blood samples from dead sea "
         "lions.", [("test", "Peru")]),
    ],
)
def test_a_laboratory_test_is_where_the_laboratory_is(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: no happening, or an outbreak, infection or death at the
    laboratory's town."""
    assert happenings(text, gazetteer) == found


def test_guard_tests_that_found_a_disease_somewhere_tell_the_outbreak(
    gazetteer: Gazetteer,
) -> None:
    """Guard: passes on main too; the laboratory rule must not take it over."""
    text = "Tests confirmed the presence of bird flu in ducks at a farm near Bulacan."
    assert happenings(text, gazetteer) == [("outbreak", "Bulacan")]


def test_guard_a_test_of_something_else_is_no_laboratory_test(gazetteer: Gazetteer) -> None:
    """Guard: engineers' tests on a bridge are no laboratory's test."""
    text = "Engineers in Porto Alegre are conducting tests on the new bridge this week."
    assert happenings(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Harvest Valley Foods, a company based in Fresno, California, recalled 2,000 "
         "cans of tomatoes.", [("recall", "Fresno")]),
        ("The Brisbane company voluntarily recalled its frozen berries on Monday.",
         [("recall", "Brisbane")]),
        ("Kenya's drug regulator has recalled a batch of cough syrup.", [("recall", "Kenya")]),
        ("A Manitoba dairy has recalled its cheese after listeria was found.",
         [("recall", "Manitoba")]),
        ("A Chilean seafood company has recalled its smoked fillets from shops in Peru and "
         "Bolivia.", [("recall", "Peru"), ("recall", "Bolivia")]),
    ],
)
def test_a_recall_is_where_the_recaller_is(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: no happening (the recaller's base only told who acted, and frozen
    berries, cheese or fillets were no recalled goods)."""
    assert happenings(text, gazetteer) == found


def test_guard_someone_who_recalls_a_day_recalls_no_goods(gazetteer: Gazetteer) -> None:
    """Guard: remembering is no recall."""
    text = "A farmer in Tamale recalled the day the river flooded his fields."
    assert ("recall", "Tamale") not in happenings(text, gazetteer)


def test_guard_a_ministry_recalling_its_ambassador_recalls_no_goods(
    gazetteer: Gazetteer,
) -> None:
    """Guard: an envoy called home is no product recall (passes on main too; the rule
    for recallers must not take it)."""
    text = "The Ghanaian foreign ministry has recalled its ambassador to Lome for talks."
    assert [kind for kind, _ in happenings(text, gazetteer)].count("recall") == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("H5N1 was discovered in Nigerian poultry in January.", [("outbreak", "Nigeria")]),
        ("African swine fever was confirmed in Filipino pigs last week.",
         [("outbreak", "Philippines")]),
        ("Foot-and-mouth disease was detected in Ugandan cattle on Tuesday.",
         [("outbreak", "Uganda")]),
    ],
)
def test_a_disease_in_a_countrys_animals_is_in_that_country(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: no place (only a country's people placed a disease)."""
    assert happenings(text, gazetteer) == found


def test_guard_who_found_the_disease_does_not_place_it(gazetteer: Gazetteer) -> None:
    """Guard: Chinese scientists are who found it, the pigs are nobody's."""
    assert happenings("Chinese scientists detected the virus in pigs.", gazetteer) == []


def test_guard_a_disease_found_in_a_foreigner_is_not_in_his_country(
    gazetteer: Gazetteer,
) -> None:
    """Guard: a person's nationality in the "in" phrase is no place (animals only)."""
    text = "Doctors in Lyon have identified a new strain of the virus in a Peruvian man."
    assert ("infection", "Peru") not in happenings(text, gazetteer)
