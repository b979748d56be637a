"""Report-ready static maps anywhere on Earth: a Pacific, a Bering Strait and a polar story
drawn whole and centred (no world map, no jump across the date line); the headline,
description, key, inset and credit line; sizes in CSS pixels for SVG and PDF; named SVG
groups with a text alternative; the dark theme; PDF from the command line."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.render.writer import written_by_geobrief

pytest.importorskip("matplotlib")
from matplotlib.figure import Figure
from PIL import Image

from geobrief.render.static.map import R, figure, render_static
from geobrief.render.static.style import DARK, OTHER_COUNTRY_PT, Look
from geobrief.render.wording import map_alternative

SVG = "{http://www.w3.org/2000/svg}"
WORLD = 2 * np.pi * R  # Web Mercator metres round the equator
STORIES = {
    "pacific": "NUKU'ALOFA (Pacific Desk) - Relief flights from Auckland landed in Nuku'alofa "
    "on Friday, a day after a cyclone tore through Tonga. Fiji reported flooding in Suva, "
    "and Samoa said roads near Apia were cut.\n",
    "bering": "ANADYR (Northern Wire) - A whaling crew sailed from Anadyr in Russia's Chukotka "
    "to Nome, Alaska, on Wednesday, the first such crossing of the Bering Strait in years.\n",
    "polar": "LONGYEARBYEN (Arctic Desk) - Researchers were flown from Longyearbyen to Tromso "
    "on Tuesday after a polar bear broke into their camp on Svalbard, Norway said.\n",
}
CITIES = {
    "pacific": {"Auckland", "Nuku‘alofa", "Suva", "Apia"},
    "bering": {"Anadyr", "Nome"},
    "polar": {"Longyearbyen", "Tromsø"},
}


def latitude_y(lat: float) -> float:
    """Web Mercator northing of a latitude."""
    return float(R * np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)))


@pytest.fixture(scope="module")
def regional(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Briefing]:
    from geobrief.pipeline import Config, brief

    folder = tmp_path_factory.mktemp("regions")
    briefings = {}
    for name, text in STORIES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        briefings[name] = brief(folder / f"{name}.txt", Config(date=dt.date(2025, 9, 11)))
    return briefings


@pytest.fixture(scope="module")
def figures(regional: dict[str, Briefing]) -> dict[str, Figure]:
    return {name: figure(b, look=Look()) for name, b in regional.items()}


def drawn(fig: Figure, gid: str) -> object:
    return next(a for a in fig.axes[0].get_children() if a.get_gid() == gid)


@pytest.mark.parametrize("story", list(STORIES))
def test_the_story_fills_the_map_in_one_piece(story: str, figures: dict[str, Figure]) -> None:
    fig = figures[story]
    ax = fig.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x1 - x0 < WORLD / (4 if story == "pacific" else 2.5)  # the story, not the world
    assert y0 > latitude_y(-60)  # no Antarctica
    dots = drawn(fig, "place-dots").get_offsets()
    assert len(dots) >= len(CITIES[story])
    assert ((dots[:, 0] > x0) & (dots[:, 0] < x1) & (dots[:, 1] > y0) & (dots[:, 1] < y1)).all()
    names = {t.get_text() for t in ax.texts}
    assert CITIES[story] <= names  # every city named


@pytest.mark.parametrize("story", ["pacific", "bering"])
def test_routes_across_the_date_line_are_drawn_continuously(
    story: str, figures: dict[str, Figure]
) -> None:
    ax = figures[story].axes[0]
    x0, x1 = ax.get_xlim()
    segments = drawn(figures[story], "route-lines").get_segments()
    assert segments
    for line in segments:
        assert np.abs(np.diff(line[:, 0])).max() < WORLD / 20  # no jump round the world
        assert (line[:, 0] > x0).all() and (line[:, 0] < x1).all()


def test_a_polar_story_reaches_far_north(figures: dict[str, Figure]) -> None:
    (y0, y1) = figures["polar"].axes[0].get_ylim()
    assert y1 > latitude_y(78.2) and y0 > latitude_y(50)  # Longyearbyen in, Europe not


def test_every_country_in_view_is_named_readably(reference_briefing: Briefing) -> None:
    fig = figure(reference_briefing, look=Look())
    labels = {t.get_text(): t for t in fig.axes[0].texts if t.get_text().isupper()}
    assert {"BELARUS", "POLAND", "LITHUANIA", "LATVIA", "UKRAINE", "RUSSIA"} <= set(labels)
    assert min(t.get_fontsize() for t in labels.values()) >= OTHER_COUNTRY_PT


def test_headline_description_key_inset_and_credit(reference_briefing: Briefing) -> None:
    fig = figure(reference_briefing, look=Look())
    texts: dict[str, str] = {}
    for t in fig.texts:  # a headline or description of two lines: both ("headline-2")
        gid = t.get_gid().removesuffix("-2")
        texts[gid] = " ".join(filter(None, [texts.get(gid), t.get_text()]))
    assert texts["headline"] == reference_briefing.article.title
    assert texts["description"].startswith("President Donald Trump")
    assert texts["credit-line"].startswith("Source: Reuters, 11 Sep 2025 · Map: geobrief")
    assert "Natural Earth" in texts["credit-line"]
    numbers = [n for n in texts if re.fullmatch(r"key-\d+", n)]
    assert len(numbers) >= 3
    for n in numbers:  # each number on the map has its words in the key, with a date
        assert texts[n] == n.removeprefix("key-") and texts[f"{n}-words"]
    assert any(re.search(r"Shoot down: Poland, 10 Sep", w) for w in texts.values())
    markers = {a.get_text() for a in fig.axes[0].texts if (a.get_gid() or "").startswith("event")}
    assert {n.removeprefix("key-") for n in numbers} <= markers
    inset = {a.get_gid(): a for a in fig.get_children() if a.get_gid()}
    sea, outline = inset["overview-sea"].get_window_extent(), inset["overview-extent"]
    (fx0, fx1) = fig.axes[0].get_xlim()
    assert outline.get_x() == pytest.approx(fx0) and outline.get_width() == pytest.approx(fx1 - fx0)
    drawn = outline.get_window_extent()
    assert sea.width > 3 * drawn.width  # the region in its continent...
    assert sea.x0 < drawn.x0 < drawn.x1 < sea.x1 and sea.y0 < drawn.y0 < drawn.y1 < sea.y1
    assert not sea.overlaps(fig.axes[0].get_legend().get_window_extent())  # ...clear of the key
    heading = [t.get_window_extent() for t in fig.texts if t.get_gid() == "headline"]
    assert heading[0].y0 > fig.axes[0].get_window_extent().y1  # above the map, not on it


def test_a_short_key_takes_the_width_it_needs(gazetteer: Gazetteer) -> None:
    """Fails on 3648eb3 (cut to "Crash: Rivers Avenue (not in the gazetteer…"): one
    marker's key may use the whole width, and a place the gazetteer lacks is written with
    the town it is shown at, without the page's note."""
    from geobrief.pipeline import brief

    text = ("1 dead, 1 hurt in motorcycle crash. A motorcycle wreck on Rivers Avenue in North "
            "Charleston, South Carolina, killed a passenger and sent the driver to the "
            "hospital, police said.")
    fig = figure(brief(text, gazetteer=gazetteer), look=Look())
    words = [t.get_text() for t in fig.texts if (t.get_gid() or "") == "key-1-words"]
    assert words and "…" not in words[0] and "gazetteer" not in words[0]
    assert words[0].startswith("Crash: Rivers Avenue, North Charleston")


def test_title_and_note_override_the_article(reference_briefing: Briefing) -> None:
    fig = figure(reference_briefing, look=Look(title="Prisoners freed", note=""))
    texts = {t.get_gid(): t.get_text() for t in fig.texts}
    assert texts["headline"] == "Prisoners freed" and "description" not in texts


def test_svg_and_pdf_are_sized_in_css_pixels(reference_briefing: Briefing) -> None:
    svg = render_static(reference_briefing, "svg", width=1600, height=900, look=Look())
    root = ET.fromstring(svg)
    assert (root.get("width"), root.get("height")) == ("1600px", "900px")
    pdf = render_static(reference_briefing, "pdf", width=1600, height=900, look=Look())
    box = re.search(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", pdf)
    assert box and (float(box[1]), float(box[2])) == (1200, 675)  # 96 px to the inch


def test_svg_groups_are_named_with_a_text_alternative(reference_briefing: Briefing) -> None:
    svg = render_static(reference_briefing, "svg", look=Look())
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == reference_briefing.article.title
    assert root.find(f"{SVG}desc").text == map_alternative(reference_briefing)
    groups = {g.get("id") for g in root.iter(f"{SVG}g")}
    layers = {"land", "countries", "borders", "routes", "places", "place-names", "events",
              "country-names", "legend", "overview", "heading", "key", "credit"}
    assert layers <= groups
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    assert not [g for g in ids if re.fullmatch(r"[a-z]+\d*_\d+", g)]  # matplotlib's patch_1
    places = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "place-names")
    assert "Minsk" in "".join(places.itertext())


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_dark_exports_are_dark_and_the_same_bytes(reference_briefing: Briefing, fmt: str) -> None:
    look = Look(theme="dark")
    data = render_static(reference_briefing, fmt, width=600, height=400, dpi=75, look=look)
    assert data == render_static(reference_briefing, fmt, width=600, height=400, dpi=75,
                                 look=look)
    if fmt == "png":
        image = np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=float)
        assert image.mean() < 110 and image[2, 2] == pytest.approx(
            np.mean([int(DARK.paper[i:i + 2], 16) for i in (1, 3, 5)]), abs=3)
    else:
        assert data.startswith(b"%PDF-1.4\n") and b"\n%geobrief\n" in data[:4096]


def test_export_writes_a_pdf_and_replaces_its_own(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(STORIES["polar"], encoding="utf-8")
    out = tmp_path / "map.pdf"
    args = [sys.executable, "-m", "geobrief", "export", str(article), "-o", str(out),
            "--title", "Bear at the camp", "--theme", "dark", "--width", "800", "--height", "600"]
    for _ in range(2):  # the second run replaces the first without --force
        subprocess.run(args, check=True, capture_output=True)
    data = out.read_bytes()
    assert written_by_geobrief(out, page=False) and b"/Title (Bear at the camp)" in data
    geojson = [sys.executable, "-m", "geobrief", "export", str(article), "-o",
               str(tmp_path / "map.geojson"), "--theme", "dark"]
    result = subprocess.run(geojson, capture_output=True, text=True)
    assert result.returncode == 0 and "--theme does nothing for geojson" in result.stderr
