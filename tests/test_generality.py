"""Real news from ../shared/eval/dev: every step runs on articles nobody wrote for us."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely

from geobrief.gazetteer import Gazetteer
from geobrief.ingest import parse_article
from geobrief.output import layers_geojson
from geobrief.page import render_page
from geobrief.pipeline import brief

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
EVERY = 40  # one document in 40 of each corpus: 15 from LGL, 6 from GeoVirus


def _sample() -> list[dict[str, str]]:
    docs = []
    for name in ("lgl.jsonl", "geovirus.jsonl"):
        path = DEV / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            docs += [json.loads(line) for line in lines[::EVERY]]
    return docs


SAMPLE = _sample()
pytestmark = pytest.mark.skipif(not SAMPLE, reason="../shared/eval/dev is not present")


@pytest.mark.parametrize("doc", SAMPLE, ids=[d["id"] for d in SAMPLE])
def test_a_real_article_builds(doc: dict[str, str], gazetteer: Gazetteer) -> None:
    article = parse_article(doc["text"], source=doc["id"])
    briefing = brief(article, gazetteer=gazetteer)
    for mention in briefing.mentions:
        assert doc["text"][mention.start : mention.end] == mention.text
    for feature in layers_geojson(briefing.layers)["features"]:
        assert shapely.from_geojson(json.dumps(feature["geometry"])).is_valid
    named = {p.place_id for p in briefing.places}
    for route in briefing.layers.routes.itertuples():
        assert {route.from_id, route.to_id} <= named  # only places the text connects
    assert "<html" in render_page(briefing)
