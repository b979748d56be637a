"""Corrections: an editor's edits file changes what geobrief found, through the Python API
(``geobrief.brief(path, edits=...)``) and the pipeline; tests/test_edits_cli.py runs the
commands. The story is written for these tests: a cyclone named like a country and a river
named like a town, the two misreadings an editor must be able to correct."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import geobrief
from geobrief.gazetteer.shapes import country_at
from geobrief.models import Briefing, Place
from geobrief.read.edits import parse_edits
from geobrief.render.starter import edits_starter
from geobrief.story.rows import records

STORY = """---
title: Cyclone Mali floods Fiji's west as rivers in Brazil rise
date: 2026-01-20
source: Test Desk
---
SUVA, Fiji - Tropical Cyclone Mali brought flooding to western Fiji on Monday, cutting power \
to Nadi and Lautoka, officials in Suva said.

Forecasters in Nadi said Mali would weaken as it moved towards Tonga on Tuesday. Relief \
flights from Auckland were due in Nadi on Wednesday.

In Brazil, the Rio Negro rose to its highest level in a decade at Manaus, officials said.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("edits") / "cyclone.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def machine(story: Path) -> Briefing:
    """The briefing as geobrief finds it, no edits."""
    return geobrief.brief(story)


def by_name(briefing: Briefing, name: str) -> Place:
    return next(p for p in briefing.places if p.name == name)


def shape(briefing: Briefing) -> tuple[Any, ...]:
    """What a reader sees of a briefing: places, roles, mentions, focus and story layers."""
    places = [(p.place_id, p.name, p.kind, p.role, [(m.start, m.end) for m in p.mentions])
              for p in briefing.places]
    events = [(e["type"], e["place_id"], e["date"]) for e in records(briefing.layers.events)]
    routes = [(r["from_id"], r["to_id"]) for r in records(briefing.layers.routes)]
    return places, events, routes, briefing.focus, len(briefing.layers.borders)


def test_the_machine_makes_the_two_mistakes_an_editor_corrects(machine: Briefing) -> None:
    assert "country:ML" in {p.place_id for p in machine.places}  # the cyclone, read as Mali
    assert by_name(machine, "Rio Negro").kind == "city"  # the river, read as a town
    assert machine.edited is None


def test_the_starting_file_changes_nothing(story: Path, machine: Briefing) -> None:
    starter = edits_starter(machine)
    for place in machine.places:  # every place is listed by its id, to edit
        assert f'"{place.place_id}":' in starter
    edited = geobrief.brief(story, edits=parse_edits(starter, source="cyclone.edits.yaml"))
    assert shape(edited) == shape(machine)
    assert edited.article.title == machine.article.title
    assert edited.edited is not None and edited.edited.file == "cyclone.edits.yaml"


def test_an_editor_drops_the_cyclone_pins_the_river_and_sets_the_story(
    story: Path, machine: Briefing
) -> None:
    manaus = by_name(machine, "Manaus")
    river = {"name": "Rio Negro (river)", "lat": manaus.lat + 0.1, "lon": manaus.lon - 0.2}
    edits = {
        "version": 1, "title": "Cyclone Mali floods western Fiji",
        "standfirst": "Power is cut in Nadi and Lautoka.",
        "mentions": [{"text": "Mali", "all": True, "drop": True},
                     {"text": "Rio Negro", "occurrence": 1, "pin": river}],
        "places": {by_name(machine, "Lautoka").place_id: {"name": "Lautoka city"}},
        "focus": {"country": "FJ", "place": by_name(machine, "Suva").place_id},
    }
    edited = geobrief.brief(story, edits=edits)
    assert "country:ML" not in {p.place_id for p in edited.places}
    assert all(e["country"] != "ML" for e in records(edited.layers.events))
    given = by_name(edited, "Rio Negro (river)")
    assert (given.lat, given.lon, given.user_given) == (river["lat"], river["lon"], True)
    assert given.country == country_at(river["lat"], river["lon"]) == "BR"
    assert given.place_id.startswith("user:") and given.to_dict()["user_given"] is True
    (mention,) = given.mentions
    assert edited.article.text[mention.start : mention.end] == "Rio Negro"
    assert "Lautoka city" in set(edited.layers.places["name"])
    assert (edited.focus, by_name(edited, "Suva").role) == ("FJ", "focus")
    assert edited.article.title == "Cyclone Mali floods western Fiji"
    html = edited.to_html()
    assert "Power is cut in Nadi and Lautoka." in html and 'name="geobrief-edits"' in html


def test_a_mention_pinned_to_a_place_id_joins_it(story: Path, machine: Briefing) -> None:
    manaus = by_name(machine, "Manaus")
    numeric = int(manaus.place_id.removeprefix("geonames:"))  # a bare GeoNames id works too
    edits = {"version": 1, "mentions": [{"text": "Rio Negro", "all": True, "pin": numeric}]}
    edited = geobrief.brief(story, edits=edits)
    assert "Rio Negro" not in {p.name for p in edited.places}
    assert len(by_name(edited, "Manaus").mentions) == len(manaus.mentions) + 1


def test_events_and_routes_are_added_and_dropped(story: Path, machine: Briefing) -> None:
    ids = {p.name: p.place_id for p in machine.places}
    found = [(r["from_id"], r["to_id"]) for r in records(machine.layers.routes)]
    edits = {
        "version": 1,
        "routes": {"drop": [{"index": 1}],
                   "add": [{"from": ids["Auckland"], "to": ids["Suva"], "who": "Air force"}]},
        "events": {"drop": [{"index": 1}],
                   "add": [{"type": "disaster", "place": ids["Fiji"], "date": "2026-01-19"}]},
    }
    edited = geobrief.brief(story, edits=edits)
    routes = [(r["from_id"], r["to_id"], r["who"]) for r in records(edited.layers.routes)]
    assert routes == [(*pair, "") for pair in found[1:]] + [(ids["Auckland"], ids["Suva"],
                                                             "Air force")]
    (event,) = records(edited.layers.events)
    assert (event["type"], event["place_id"], event["date"]) == ("disaster", ids["Fiji"],
                                                                 "2026-01-19")


def test_the_file_beside_the_article_is_applied_unless_switched_off(
    story: Path, machine: Briefing
) -> None:
    beside = story.with_name("cyclone.edits.yaml")
    beside.write_text('version: 1\ntitle: "From the file beside"\n', encoding="utf-8")
    try:
        assert geobrief.brief(story).article.title == "From the file beside"
        assert geobrief.brief(story, edits=False).article.title == machine.article.title
    finally:
        beside.unlink()


@pytest.mark.parametrize(("edits", "says"), [
    ({"version": 1, "places": {"geonames:999999999": {"drop": True}}}, "unknown place id"),
    ({"version": 1, "mentions": [{"text": "Timbuktu", "occurrence": 1, "drop": True}]},
     "'Timbuktu' is not in the article's text"),
    ({"version": 1, "mentions": [{"text": "Mali", "occurrence": 3, "drop": True}]},
     "occurs 2 times"),
    ({"version": 1, "focus": {"country": "JP"}}, "no place of the article"),
    ({"version": 1, "focus": {"country": 12}}, "focus.country: 12 is not a two-letter"),
    ({"version": 1, "events": {"drop": [{"index": 9}]}}, "events.drop #1"),
    ({"version": 1, "routes": {"add": [{"from": "country:FJ", "to": "country:FJ"}]}},
     "the same place"),
    ({"version": 1, "mentions": [{"text": "Mali", "pin": {"name": "X", "lat": 95, "lon": 0}}]},
     "out of range"),
    ({"version": 1, "colour": "red"}, "unknown key 'colour'"),
    ({"version": 2}, "version 1"),
])
def test_bad_edits_are_one_clear_error(story: Path, edits: dict[str, Any], says: str) -> None:
    with pytest.raises(geobrief.EditsError) as caught:
        geobrief.brief(story, edits=edits)
    message = str(caught.value)
    assert says in message and "\n" not in message
    assert isinstance(caught.value, geobrief.InputError)  # and so a ValueError


def test_a_yaml_file_names_the_line_and_refuses_what_is_not_data(tmp_path: Path) -> None:
    bad = tmp_path / "story.edits.yaml"
    bad.write_text("version: 1\nmentions:\n  - {text: Mali, drop: yes}\n", encoding="utf-8")
    with pytest.raises(geobrief.EditsError, match=r"story.edits.yaml: line 3: mentions #1"):
        parse_edits(bad.read_bytes(), source=bad.name)  # 'yes' is no boolean here
    with pytest.raises(geobrief.EditsError, match="unknown tag"):
        parse_edits("version: 1\ntitle: !!python/object/apply:os.system [ls]\n")
    with pytest.raises(geobrief.EditsError, match="given twice"):
        parse_edits("version: 1\ntitle: a\ntitle: b\n")
