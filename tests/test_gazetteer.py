"""The gazetteer: GeoNames index built once, then queried by name and country form."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import REPO, load_script

from geobrief.gazetteer import build as gazetteer_build
from geobrief.gazetteer.index import Candidate, Gazetteer, normalize_key
from geobrief.gazetteer.keys import MAX_KEY_WORDS


def _tiny_cities() -> dict[int, dict[str, object]]:
    """Two GeoNames-shaped records; coordinates are dummies (the build is what's tested)."""
    record = {"latitude": 0.0, "longitude": 0.0, "timezone": "", "admin1code": "04"}
    return {
        625144: {**record, "geonameid": 625144, "name": "Minsk", "countrycode": "BY",
                 "population": 1742124, "alternatenames": ["MSQ", "Minsk", "Mińsk", "Минск"]},
        593116: {**record, "geonameid": 593116, "name": "Vilnius", "countrycode": "LT",
                 "population": 542366, "alternatenames": ["Wilno", "1", "VNO"]},
    }  # fmt: skip


@pytest.mark.parametrize(("name", "country"), [("Minsk", "BY"), ("Vilnius", "LT")])
def test_capitals_resolve_to_their_country(gazetteer: Gazetteer, name: str, country: str) -> None:
    found = gazetteer.candidates(name)
    assert found[0].country == country
    assert found[0].kind == "city" and found[0].primary
    assert found[0].place_id.startswith("geonames:")


def test_paris_is_french_first_then_american(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Paris")
    assert found[0].country == "FR"
    assert "US" in {c.country for c in found}
    populations = [c.population for c in found]
    assert populations == sorted(populations, reverse=True)


def test_lookup_is_case_and_punctuation_insensitive(gazetteer: Gazetteer) -> None:
    assert gazetteer.candidates("VILNIUS")[0] == gazetteer.candidates("vilnius")[0]
    assert normalize_key("St.  Louis") == normalize_key("st louis")
    assert normalize_key("Côte d\u2019Ivoire") == normalize_key("CÔTE D'IVOIRE")
    assert gazetteer.candidates("St Louis")[0].country == "US"


@pytest.mark.parametrize(
    ("text", "iso2", "form"),
    [
        ("Polish", "PL", "adjective"),
        ("Belarusian", "BY", "adjective"),
        ("Belarusians", "BY", "adjective"),
        ("U.S.", "US", "abbreviation"),
        ("US", "US", "abbreviation"),
        ("Britain", "GB", "name"),
        ("United States", "US", "name"),
        ("Russian", "RU", "adjective"),
        ("French", "FR", "adjective"),
        ("German", "DE", "adjective"),
        ("British", "GB", "adjective"),
        ("Ukraine", "UA", "name"),
        ("Belarus", "BY", "name"),
        ("POLAND", "PL", "name"),
    ],
)
def test_country_forms(gazetteer: Gazetteer, text: str, iso2: str, form: str) -> None:
    assert gazetteer.country_form(text) == (iso2, form)


@pytest.mark.parametrize("text", ["us", "Us", "polish", "by", "BY", "IT"])
def test_words_that_are_not_country_forms(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.country_form(text) is None


def test_country_forms_table(gazetteer: Gazetteer) -> None:
    forms = gazetteer.country_forms()
    assert forms["U.S."] == ("US", "abbreviation")
    assert "us" not in forms
    assert {kind for _, kind in forms.values()} == {"name", "adjective", "abbreviation"}


def test_countries_are_candidates_with_points(gazetteer: Gazetteer) -> None:
    britain = gazetteer.candidates("Britain")[0]
    assert (britain.place_id, britain.kind, britain.country) == ("country:GB", "country", "GB")
    poland = gazetteer.country("PL")
    assert isinstance(poland, Candidate) and poland.name == "Poland"
    assert 49 < poland.lat < 55 and 14 < poland.lon < 24
    assert gazetteer.country_name("BY") == "Belarus"
    assert gazetteer.country("ZZ") is None


def test_capital_and_neighbours(gazetteer: Gazetteer) -> None:
    capital = gazetteer.capital("BY")
    assert capital is not None and capital.name == "Minsk"
    assert {"PL", "LT", "LV", "UA", "RU"} <= set(gazetteer.neighbours("BY"))
    assert gazetteer.neighbours("ZZ") == []


def test_commonness(gazetteer: Gazetteer) -> None:
    wordfreq = pytest.importorskip("wordfreq")
    assert gazetteer.commonness("god") > gazetteer.commonness("vilnius") > 0
    assert gazetteer.commonness("Xqzzyv") == 0
    for text in ("god", "Paris", "new york"):
        assert gazetteer.commonness(text) == pytest.approx(
            wordfreq.zipf_frequency(text, "en"), abs=0.02
        )


def test_dictionary_words_written_capitalised_are_names(gazetteer: Gazetteer) -> None:
    """Webster's lists "boston" (a card game) and "york" in lower case, but English writes
    them capitalised: names, not ordinary words. "reading" and "god" stay words, and
    "springs" and "centre", which Webster's lacks, are words too."""
    assert gazetteer.word_commonness("Boston") == gazetteer.word_commonness("York") == 0
    assert gazetteer.word_commonness("Reading") > 4 and gazetteer.word_commonness("God") > 4
    assert gazetteer.word_commonness("Springs") > 4 and gazetteer.word_commonness("Centre") > 4


def test_word_case_table_rebuilds_to_the_same_bytes(tmp_path: Path) -> None:
    """Rebuild geobrief/data/word_case.tsv from the pinned spacy-lookups-data."""
    if importlib.util.find_spec("spacy_lookups_data") is None:
        pytest.skip("spacy-lookups-data is not installed (pip install spacy-lookups-data==1.0.5)")
    script = load_script(REPO / "scripts" / "build_word_case.py")
    script.main(["--out", str(tmp_path / "word_case.tsv")])
    shipped = REPO / "geobrief" / "data" / "word_case.tsv"
    assert (tmp_path / "word_case.tsv").read_bytes() == shipped.read_bytes()


def test_max_words(gazetteer: Gazetteer) -> None:
    assert 2 <= gazetteer.max_words() <= MAX_KEY_WORDS


def test_small_build_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_build, "read_cities", _tiny_cities)
    path = gazetteer_build.build_index(tmp_path / "tiny.sqlite")
    tiny = Gazetteer.load(path)
    assert [c.place_id for c in tiny.candidates("Wilno")] == ["geonames:593116"]
    assert tiny.candidates("MSQ") == [] and tiny.candidates("Минск") == []
    assert tiny.candidates("1") == []
    assert tiny.candidates("Minsk")[0].primary
    tiny.close()


def test_failed_build_leaves_no_partial_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(gazetteer_build, "read_cities", _tiny_cities)
    monkeypatch.setattr(gazetteer_build, "write_words", fail)
    fresh, existing = tmp_path / "fresh.sqlite", tmp_path / "existing.sqlite"
    existing.write_bytes(b"previous index")
    for path in (fresh, existing):
        with pytest.raises(RuntimeError, match="disk full"):
            gazetteer_build.build_index(path)
    assert not fresh.exists()
    assert existing.read_bytes() == b"previous index"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.sqlite"]


def test_load_rebuilds_an_unreadable_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(gazetteer_build, "read_cities", _tiny_cities)
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"not a database")
    tiny = Gazetteer.load(path)
    assert tiny.candidates("Vilnius")[0].country == "LT"
    assert "building gazetteer index" in capsys.readouterr().err
    tiny.close()


def test_continents_are_regions_of_no_country(gazetteer: Gazetteer) -> None:
    (europe,) = gazetteer.candidates("Europe")
    assert (europe.kind, europe.place_id, europe.country) == ("region", "region:CONT.EU", "")
    assert 35 < europe.lat < 60


def test_uk_nations_are_regions(gazetteer: Gazetteer) -> None:
    scotland = gazetteer.candidates("Scotland")[0]
    assert (scotland.place_id, scotland.kind, scotland.country) == ("region:GB.SCT", "region", "GB")
    assert 55 < scotland.lat < 58 and -5 < scotland.lon < -2


def test_a_new_index_replaces_older_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geobrief.gazetteer import index as module

    built = tmp_path / "gazetteer-new.sqlite"
    old = tmp_path / "gazetteer-old.sqlite"
    old.write_bytes(b"an older schema")
    monkeypatch.setattr(gazetteer_build, "build_index", lambda path: path.write_bytes(b"new"))
    module._build(built)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-new.sqlite"]


@pytest.mark.parametrize(("written", "country"), [("Hodeidah", "YE"), ("Jedda", "SA")])
def test_an_arabic_name_is_found_with_either_final_a_or_ah(
    gazetteer: Gazetteer, written: str, country: str
) -> None:
    """GeoNames has "Hodeida" and "Jeddah"; English news writes both endings."""
    found = [c for c in gazetteer.candidates(written) if c.kind == "city"]
    assert found and found[0].country == country and found[0].population > 500_000
