"""The reference article (../shared/seeds) against DESIGN.md's list of what it must show."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from geobrief.models import Briefing
from geobrief.pipeline import Config, brief

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_16e347cf525e611e.txt"
COUNTRIES = {"BY", "LT", "LV", "PL", "UA", "RU", "FR", "GB", "DE", "US"}
NOT_PLACES = [
    "Trump", "Lukashenko", "Coale", "Putin", "Donald", "God", "Belta", "Reuters", "Sytas",
    "Gareth", "Jones", "Terje", "Solsvik", "William", "Maclean", "Andrius", "Vladimir",
    "Alexander", "Thursday", "August", "February", "PUTIN", "ALLY", "West",
]

pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def reference() -> Briefing:
    return brief(REFERENCE, Config(date=dt.date(2025, 9, 11)))


def test_cities_and_countries(reference: Briefing) -> None:
    cities = {(p.name, p.country) for p in reference.places if p.kind == "city"}
    assert {("Vilnius", "LT"), ("Minsk", "BY")} <= cities
    countries = {p.country for p in reference.places if p.kind == "country"}
    assert countries >= COUNTRIES


def test_adjectives_and_abbreviations_count_as_mentions(reference: Briefing) -> None:
    forms = {(m.text, m.form) for m in reference.mentions}
    expected = {("Belarusian", "adjective"), ("Russian", "adjective"), ("U.S.", "abbreviation")}
    assert expected <= forms
    assert ("Britain", "name") in forms


def test_nothing_that_is_not_a_place(reference: Briefing) -> None:
    texts = {m.text for m in reference.mentions}
    assert not texts & set(NOT_PLACES)
    for place in reference.places:
        assert place.name not in NOT_PLACES


def test_every_offset_indexes_the_file_text(reference: Briefing) -> None:
    source = REFERENCE.read_text(encoding="utf-8")
    assert reference.mentions
    for mention in reference.mentions:
        assert source[mention.start : mention.end] == mention.text


def test_focus_is_belarus(reference: Briefing) -> None:
    assert reference.focus == "BY"


def test_borders_of_belarus(reference: Briefing) -> None:
    borders = reference.layers.borders.set_index("b").loc[lambda f: f["a"] == "BY"]
    assert {"PL", "LT", "LV", "UA"} <= set(borders.index)
    for neighbour in ("PL", "LT", "LV"):
        assert "NATO" in borders.loc[neighbour, "groups"]
    assert "NATO" not in borders.loc["UA", "groups"]
    assert 300 < borders.loc["PL", "length_km"] < 420
    assert set(borders.geometry.geom_type) <= {"LineString", "MultiLineString"}


def test_route_minsk_to_vilnius(reference: Briefing) -> None:
    routes = reference.layers.routes
    route = routes[(routes["from"] == "Minsk") & (routes["to"] == "Vilnius")]
    assert len(route) == 1
    assert 160 < route.iloc[0]["length_km"] < 185
    assert "Minsk" in route.iloc[0]["sentence"]
    assert "prisoners" in route.iloc[0]["who"] and "delegation" in route.iloc[0]["who"]


def _events(reference: Briefing, kind: str) -> list[dict[str, object]]:
    events = reference.layers.events
    return events[events["type"] == kind].to_dict("records")


def test_events_with_places_and_dates(reference: Briefing) -> None:
    (shoot,) = _events(reference, "shoot-down")
    assert (shoot["country"], shoot["date"]) == ("PL", "2025-09-10")
    assert any(e["country"] == "BY" for e in _events(reference, "release"))
    exercises = _events(reference, "exercise")
    assert exercises and {"RU", "BY"} <= set(exercises[0]["countries"])
    (invasion,) = _events(reference, "invasion")
    assert (invasion["country"], invasion["date"]) == ("UA", "2022-02")
    assert re.search(r"invasion of Ukraine", str(invasion["sentence"]))


def test_roles(reference: Briefing) -> None:
    roles = {p.name: p.role for p in reference.places}
    assert roles["Belarus"] == "focus" and roles["Minsk"] == "focus"  # country and place
    assert roles["Vilnius"] == "destination"
    assert {roles[n] for n in ("Poland", "Lithuania", "Latvia", "Ukraine")} == {"neighbour"}
    assert roles["United States"] == "actor"  # its delegation took part in the release
