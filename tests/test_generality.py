"""Real news from ../shared/eval/dev, and every seed article: every step runs on articles
nobody wrote for these tests, and the story layers connect only what the text connects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely

from geobrief.gazetteer import shapes
from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing, Place
from geobrief.pipeline import brief
from geobrief.read.ingest import parse_article
from geobrief.read.sentences import split_sentences
from geobrief.render.output import layers_geojson
from geobrief.render.page import render_page
from geobrief.story.borders import group_members

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
SEED_DIRS = (ROOT / "seeds", ROOT.parent / "shared" / "seeds")
SEEDS = [path for folder in SEED_DIRS for path in sorted(folder.glob("*.txt"))]
DRAWN = {"lgl.jsonl": 20, "geovirus.jsonl": 10}  # evenly spaced documents of each corpus


def _sample() -> list[dict[str, str]]:
    docs = []
    for name, count in DRAWN.items():
        path = DEV / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            docs += [json.loads(line) for line in lines[:: len(lines) // count][:count]]
    return docs


SAMPLE = _sample()


@pytest.mark.skipif(not SAMPLE, reason="../shared/eval/dev is not present")
@pytest.mark.parametrize("doc", SAMPLE, ids=[d["id"] for d in SAMPLE])
def test_a_real_article_builds(doc: dict[str, str], gazetteer: Gazetteer) -> None:
    briefing = brief(parse_article(doc["text"], source=doc["id"]), gazetteer=gazetteer)
    _check(briefing)


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_a_seed_article_builds(path: Path, gazetteer: Gazetteer) -> None:
    _check(brief(path, gazetteer=gazetteer))


def test_the_sample_is_thirty_documents() -> None:
    if not SAMPLE:
        pytest.skip("../shared/eval/dev is not present")
    assert len(SAMPLE) == sum(DRAWN.values())


def _check(briefing: Briefing) -> None:
    """No crash, offsets exact, every feature valid, and no route, border or event the
    text does not state."""
    text = briefing.article.text
    for mention in briefing.mentions:
        assert text[mention.start : mention.end] == mention.text
    for feature in layers_geojson(briefing.layers)["features"]:
        assert shapely.from_geojson(json.dumps(feature["geometry"])).is_valid
    by_id = {p.place_id: p for p in briefing.places}
    for route in briefing.layers.routes.to_dict("records"):
        told = _with_two_before(text, route["sentence"])  # a trip may go on from there
        ends = [e for e in (route["from_id"], route["to_id"]) if isinstance(e, str)]
        assert ends, route  # one end may be untold (None), never both
        for end in ends:
            assert _named_in(told, by_id[end], briefing.places), route
    named = {p.country for p in briefing.places if p.kind == "country"}
    for border in briefing.layers.borders.to_dict("records"):
        assert border["a"] == briefing.focus
        assert border["b"] in shapes.land_neighbours(border["a"])
        assert border["b"] in named | group_members(text, border["a"]), border
    for event in briefing.layers.events.to_dict("records"):
        told = _with_two_before(text, event["sentence"])  # "there" points back
        assert _named_in(told, by_id[event["place_id"]], briefing.places), event
    assert "<html" in render_page(briefing)


def _with_two_before(text: str, sentence: str) -> str:
    """The sentence and the two sentences before it in the text."""
    spans = split_sentences(text)
    said = [" ".join(text[s:e].split()) for s, e in spans]
    index = said.index(sentence) if sentence in said else 0
    return " ".join(said[max(0, index - 2) : index + 1]) if sentence in said else sentence


def _named_in(sentence: str, place: Place, places: list[Place]) -> bool:
    """The sentence names the place, or its country (a country route end snaps to the
    country's city)."""
    country = [p for p in places if p.kind == "country" and p.country == place.country]
    said = " ".join(sentence.split())
    return any(" ".join(m.text.split()) in said for p in [place, *country] for m in p.mentions)
