"""Property tests (Hypothesis) on reading, recognition, resolution and the page: whatever
the text, no exception but a clear InputError, every offset indexes the text exactly,
and the page lets run only its own scripts.

The text mixes words of real news with hostile pieces: long runs without a space, long
runs of whitespace, many places, character references, control characters and template
syntax. The default runs 150 examples per test (a twentieth for whole pages); a
longer session (about 10 minutes here):

    cd tests && GEOBRIEF_FUZZ_EXAMPLES=2000 pytest test_fuzz.py -q --hypothesis-show-statistics
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geobrief.errors import InputError
from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse.resolve import resolve
from geobrief.geoparse.toponyms import find_mentions
from geobrief.pipeline import brief
from geobrief.read.ingest import decode_article, parse_article
from geobrief.render.fragment import render_fragment
from geobrief.render.output import layers_geojson
from geobrief.render.page import render_page
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
PLACE_NAMES = sorted({w.strip(".,;:'\"()") for w in WORDS if w[:1].isupper()} - {""})
HOSTILE_PIECES = st.one_of(
    st.builds(str.__mul__, st.sampled_from(["Minsk", "x", "\u00e9", "A-", "A."]),
              st.integers(1, 8_000)),  # long runs without a space
    st.builds(str.__mul__, st.sampled_from([" ", "\t", "\n", " \n", "\u00a0", "\r\n"]),
              st.integers(1, 20_000)),  # long runs of whitespace
    st.lists(st.sampled_from(PLACE_NAMES), min_size=20, max_size=300).map(
        lambda names: " ".join(f"Talks in {name}." for name in names)),  # many places
    st.sampled_from(["&#x1b;", "&#27;", "&#X1B", "&#0;", "&#xD800;", "&#1114112;", "&amp;",
                     "&lt;script&gt;", "&#12;", "&#xFFFE;", "&nbsp;", "&#x1F600;"]),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"]), max_size=6),
    st.sampled_from(["{{ 7*7 }}", "{%", "%}", "{% if %}", "{# x", "#}", "${x}", "`", "}}",
                     "{{", "{{ cycler.__init__ }}", "\\", "</script>", "<!--"]),
)
NEWS = st.lists(st.one_of(PIECES, HOSTILE_PIECES), max_size=80).map(" ".join)


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


@given(NEWS)
def test_any_web_page_reads_or_refuses_clearly(text: str) -> None:
    page = f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body>"
    try:
        read = decode_article(page.encode("utf-8", "surrogatepass"), "a.html")
    except InputError as exc:
        assert str(exc).startswith("a.html")
        return
    assert isinstance(read, str)


PAGE_EXAMPLES = max(5, EXAMPLES // 20)


@settings(max_examples=PAGE_EXAMPLES)
@given(NEWS)
def test_pages_run_only_their_own_scripts(gazetteer_: Gazetteer, text: str) -> None:
    article = _article(text)
    if article is None:
        return
    briefing = brief(article, gazetteer=gazetteer_)
    html = render_page(briefing)
    soup = BeautifulSoup(html, "html.parser")
    bodies = [tag.string or "" for tag in soup.find_all("script") if not tag.get("type")]
    meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    allowed = set(re.findall(r"'sha256-([^']+)'", meta["content"]))
    assert len(bodies) == 3 and allowed == {_sha256(body) for body in bodies}
    fragment = BeautifulSoup(render_fragment(briefing), "html.parser")
    assert len(fragment.find_all("figure", recursive=False)) == 1
    assert len(fragment.find_all("script")) == 2


def _sha256(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
