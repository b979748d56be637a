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
- tests that confirmed a disease found somewhere stay the outbreak's news, there.
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

