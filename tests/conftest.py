"""Shared fixtures: briefings built by the real pipeline from real articles and data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import geopandas as gpd
import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing, Layers

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO.parent / "shared" / "seeds" / "000_16e347cf525e611e.txt"
SAMPLE = REPO / "seeds" / "belarus-prisoners.txt"
TEXTS = REPO / "tests" / "texts"  # stories from elsewhere, written for these tests

# Article text that would run as HTML, as a JS template literal, or as Jinja if unescaped.
HOSTILE = "<script>alert(1)</script>${x}`\\{{ 'gb' ~ 'pwned' }}{# & 'q\""


def reference_source() -> Path:
    """The reference wire story (../shared/seeds), else the bundled sample like it."""
    for path in (REFERENCE, SAMPLE):
        if path.is_file():
            return path
    pytest.skip("no reference article: neither ../shared/seeds nor seeds/ is present")


@pytest.fixture(scope="session")
def reference_briefing() -> Briefing:
    """The reference article's briefing from ``geobrief.pipeline.brief`` (dated as in
    DESIGN.md: a Thursday in September 2025). Shared: do not mutate it."""
    from geobrief.pipeline import Config, brief

    return brief(reference_source(), Config(date=dt.date(2025, 9, 11)))


def _poisoned(frame: gpd.GeoDataFrame, columns: tuple[str, ...]) -> gpd.GeoDataFrame:
    frame = frame.copy()
    for column in columns:
        if column in frame and len(frame):
            frame[column] = [f"{value} {HOSTILE}" for value in frame[column]]
    return frame


@pytest.fixture(scope="session")
def hostile_briefing(reference_briefing: Briefing) -> Briefing:
    """The reference briefing with ``HOSTILE`` appended to every string a page shows."""
    ref = reference_briefing
    article = dataclasses.replace(
        ref.article,
        title=HOSTILE,
        agency=HOSTILE,
        dateline=HOSTILE,
        source=f"/tmp/{HOSTILE}.txt",
    )
    layers = Layers(
        places=_poisoned(ref.layers.places, ("name", "kind", "place_id", "role")),
        countries=_poisoned(ref.layers.countries, ("name", "role", "iso_a2")),
        borders=_poisoned(ref.layers.borders, ("a_name", "b_name")),
        routes=_poisoned(ref.layers.routes, ("from", "to", "sentence")),
        events=_poisoned(ref.layers.events, ("summary", "sentence", "date", "country")),
    )
    if len(layers.borders):
        groups = list(layers.borders["groups"])
        layers.borders["groups"] = [[HOSTILE, "NATO"], *groups[1:]]
    places = [dataclasses.replace(p, name=f"{p.name} {HOSTILE}") for p in ref.places]
    return dataclasses.replace(ref, article=article, places=places, layers=layers)


@pytest.fixture
def empty_layers(reference_briefing: Briefing) -> Layers:
    """Five layers with the reference's columns and no rows."""
    frames = {name: frame.iloc[0:0].copy() for name, frame in reference_briefing.layers.items()}
    return Layers(**frames)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of geobrief's own (``$GEOBRIEF_CACHE``), for this test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("GEOBRIEF_CACHE", str(folder))
    return folder


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The real gazetteer index (built once into the cache on a new machine)."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def far_briefings(gazetteer: Gazetteer) -> dict[str, Briefing]:
    """Briefings of stories far from Europe (``tests/texts``): across the date line
    (``pacific``: Fiji, Tonga, Samoa, New Zealand; ``bering``: Chukotka and Alaska) and
    near the pole (``svalbard``). Shared: do not mutate them."""
    from geobrief.pipeline import brief

    names = ("pacific", "bering", "svalbard")
    return {name: brief(TEXTS / f"{name}.txt", gazetteer=gazetteer) for name in names}


def happenings(
    text: str,
    gazetteer: Gazetteer,
    *,
    fields: tuple[str, ...] = ("type", "place"),
    date: dt.date | None = dt.date(2025, 3, 4),
) -> list[tuple[str | None, ...]]:
    """The given fields of each happening the pipeline draws for ``text``, in text order;
    a field the event lacks (an undated event's date) is None."""
    from geobrief.pipeline import Config, brief

    events = brief(text, Config(date=date), gazetteer=gazetteer).layers.events
    return [tuple(value if isinstance(value, str) else None for value in (e[f] for f in fields))
            for e in events.to_dict("records")]


def focus_of(text: str, gazetteer: Gazetteer) -> str | None:
    """The focus country the pipeline gives ``text`` (an article dated 20 Nov 2025)."""
    from geobrief.pipeline import Config, brief

    return brief(text, Config(date=dt.date(2025, 11, 20)), gazetteer=gazetteer).focus


def load_script(path: Path) -> ModuleType:
    """Import a script of scripts/ (not a package module) by its path; the helper modules
    beside it import as they do when the script runs (its folder is on ``sys.path``)."""
    if str(path.parent) not in sys.path:
        sys.path.append(str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def trips(text: str, gazetteer: Gazetteer) -> list[tuple[object, object, object]]:
    """The (from, to, status) of each route the pipeline draws for ``text``, sorted."""
    from geobrief.pipeline import brief
    from geobrief.story.rows import records

    layers = brief(text, gazetteer=gazetteer).layers
    return sorted(((r["from"], r["to"], r["status"]) for r in records(layers.routes)),
                  key=str)


def route_ends(text: str, gazetteer: Gazetteer) -> list[tuple[object, object]]:
    """The (from, to) names of each route the pipeline draws for ``text``."""
    from geobrief.pipeline import brief

    routes = brief(text, gazetteer=gazetteer).layers.routes
    return list(zip(routes["from"], routes["to"], strict=True))
