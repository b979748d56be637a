"""Tests for the derived copy of the shapes files in the cache folder
(geobrief.gazetteer.shape_cache): the same frame as the GeoJSON, and never a broken build."""

from __future__ import annotations

import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geobrief.gazetteer import shapes
from geobrief.gazetteer.shape_cache import cached_frame
from geobrief.resources import data_dir

SHAPES = data_dir("shapes")


class Reader:
    """shapes' own GeoJSON reader, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, path: Path) -> gpd.GeoDataFrame:
        self.calls += 1
        return shapes._read_geojson(path)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of the background shapes, free to edit."""
    path = tmp_path / "background.geojson"
    shutil.copyfile(SHAPES / "background.geojson", path)
    return path


def assert_identical(first: gpd.GeoDataFrame, second: gpd.GeoDataFrame) -> None:
    assert first.columns.tolist() == second.columns.tolist()
    assert first.dtypes.tolist() == second.dtypes.tolist()
    assert first.index.tolist() == second.index.tolist()
    assert first.index.dtype == second.index.dtype
    assert first.drop(columns="geometry").equals(second.drop(columns="geometry"))
    assert first.crs == second.crs
    assert shapely.to_wkb(first.geometry.to_numpy()).tolist() == (
        shapely.to_wkb(second.geometry.to_numpy()).tolist()
    )


@pytest.mark.parametrize("name", ["countries.geojson", "background.geojson"])
def test_the_copy_gives_the_frame_the_geojson_gives(cache: Path, name: str) -> None:
    read = Reader()
    first = cached_frame(SHAPES / name, read)
    again = cached_frame(SHAPES / name, read)
    assert read.calls == 1  # the second frame came from the copy
    assert [p.name for p in (cache / "shapes").iterdir()] == [f"{Path(name).stem}-v1.npz"]
    assert_identical(again, shapes._read_geojson(SHAPES / name))
    assert_identical(again, first)


def test_an_edited_geojson_is_read_afresh(cache: Path, source: Path) -> None:
    read = Reader()
    cached_frame(source, read)
    text = source.read_text(encoding="utf-8")
    assert '"name":"Belarus"' in text
    source.write_text(text.replace('"name":"Belarus"', '"name":"Belarus (edited)"', 1),
                      encoding="utf-8")
    frame = cached_frame(source, read)
    assert read.calls == 2
    assert frame.at["BY", "name"] == "Belarus (edited)"
    assert cached_frame(source, read).at["BY", "name"] == "Belarus (edited)"
    assert read.calls == 2


@pytest.mark.parametrize("damage", [b"", b"not a zip file", "truncated", "wrong arrays"])
def test_a_damaged_copy_is_made_again(cache: Path, source: Path, damage: bytes | str) -> None:
    read = Reader()
    expected = cached_frame(source, read)
    copy = cache / "shapes" / "background-v1.npz"
    if damage == "truncated":
        copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    elif damage == "wrong arrays":
        with np.load(copy) as arrays:
            np.savez(copy, digest=arrays["digest"], index=arrays["index"])
    else:
        copy.write_bytes(damage)
    assert_identical(cached_frame(source, read), expected)
    assert read.calls == 2
    assert_identical(cached_frame(source, read), expected)
    assert read.calls == 2  # made again, then read


def test_a_cache_folder_that_cannot_be_written_only_means_reading_the_geojson(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be
    monkeypatch.setenv("GEOBRIEF_CACHE", str(blocked))
    read = Reader()
    assert_identical(cached_frame(source, read), shapes._read_geojson(source))
    cached_frame(source, read)
    assert read.calls == 2
    assert blocked.read_text(encoding="utf-8") == ""


def test_a_frame_that_does_not_survive_the_copy_is_not_cached(
    cache: Path, source: Path
) -> None:
    def mixed(path: Path) -> gpd.GeoDataFrame:
        frame = shapes._read_geojson(path)
        return frame.assign(code=[1, *(["a"] * (len(frame) - 1))])  # one int among strings

    frame = cached_frame(source, mixed)
    assert frame["code"].tolist()[:2] == [1, "a"]
    assert not (cache / "shapes").exists()
