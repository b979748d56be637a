"""Property tests (Hypothesis) on reading, recognition and resolution: whatever the
text, no exception but a clear InputError, and every offset indexes the text exactly.

The default runs 150 examples per test; a longer session (about 10 minutes here):

    cd tests && GEOBRIEF_FUZZ_EXAMPLES=20000 pytest test_fuzz.py -q --hypothesis-show-statistics
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geobrief.errors import InputError
from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse.resolve import resolve
from geobrief.geoparse.toponyms import find_mentions
from geobrief.read.ingest import decode_article, parse_article
from geobrief.render.output import layers_geojson
from geobrief.story.layers import build_layers

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
EXAMPLES = int(os.environ.get("GEOBRIEF_FUZZ_EXAMPLES", "150"))
settings.register_profile(
    "geobrief", max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile("geobrief")

# words of real news (the seed articles) mixed with punctuation, datelines, abbreviations,
# front-matter fences, markup and stray unicode
WORDS = sorted({w for p in SEEDS.glob("*.txt") for w in p.read_text(encoding="utf-8").split()})
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(["---", "\n", "\r\n", "W.Va.", "U.S.", "(AP) -", "VILNIUS", "Ga.", ",",
                     "'s", "\u2019s", "$", "<script>", "&amp;", "\ufeff", "\u200b", "  "]),
    st.text(max_size=8),
)
NEWS = st.lists(PIECES, max_size=80).map(" ".join)


@pytest.fixture(scope="module")
def gazetteer_() -> Gazetteer:
    return Gazetteer.load()


def _article(text: str):  # type: ignore[no-untyped-def]
    try:
        return parse_article(text, source="fuzz")
    except InputError:
        return None  # empty after front matter: the one refusal allowed


@given(st.binary(max_size=400))
def test_any_bytes_read_or_refuse_clearly(data: bytes) -> None:
    for name in ("a.txt", "a.html"):
        try:
            text = decode_article(data, name)
        except InputError as exc:
            assert str(exc).startswith(name)
            continue
        assert isinstance(text, str)


@given(NEWS)
def test_recognition_offsets_always_index_the_text(gazetteer_: Gazetteer, text: str) -> None:
    article = _article(text)
    if article is None:
        return
    assert 0 <= article.body_start <= len(text)
    mentions = find_mentions(article, gazetteer_)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= article.body_start or mention.form == "dateline"
    for place in resolve(mentions, gazetteer_):
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
        assert place.mentions and all(text[m.start : m.end] == m.text for m in place.mentions)


@given(NEWS)
def test_layers_build_from_any_text(gazetteer_: Gazetteer, text: str) -> None:
    article = _article(text)
    if article is None:
        return
    places = resolve(find_mentions(article, gazetteer_), gazetteer_)
    layers, _ = build_layers(article, places)
    for feature in layers_geojson(layers)["features"]:
        assert feature["geometry"]["type"]
