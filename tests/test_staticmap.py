"""The static locator map: PNG and SVG of the requested size, the same bytes every time,
names readable and escaped, nothing covering the story, a scale bar that tells the truth."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from conftest import HOSTILE, REPO
from pyproj import Geod

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing, Layers
from geobrief.pipeline import brief
from geobrief.render.view import View, records
from geobrief.story.roles import ROLE_STYLES

pytest.importorskip("matplotlib")
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PIL import Image  # a dependency of matplotlib

from geobrief.render.static.map import LAND, R, figure, render_static

SVG = "{http://www.w3.org/2000/svg}"
CROWDED = """JERUSALEM (Reuters) - Israeli forces carried out strikes in Gaza City, Khan Younis \
and Rafah on Sunday, while protests took place in Tel Aviv, Haifa, Jerusalem and Ramallah.
Egypt hosted talks in Cairo, and Jordan's foreign minister travelled from Amman to \
Jerusalem. Lebanon reported shelling near Tyre and Sidon, and Syria said Damascus was \
targeted. Qatar mediators flew from Doha to Cairo. Hebron, Nablus, Jenin, Bethlehem, \
Ashdod and Ashkelon were also mentioned.
"""


@pytest.fixture(scope="module")
def mekong_briefing() -> Briefing:
    """A story with six cities, two of them 20 km apart, two movements and events."""
    from geobrief.pipeline import Config, brief

    return brief(REPO / "seeds" / "mekong-floods.txt", Config(date=dt.date(2025, 9, 11)))


@pytest.fixture(scope="module")
def crowded_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """Twenty cities, a dozen of them within 100 km: not every name fits."""
    from geobrief.pipeline import Config, brief

    path = tmp_path_factory.mktemp("articles") / "crowded.txt"
    path.write_text(CROWDED, encoding="utf-8")
    return brief(path, Config(date=dt.date(2025, 9, 11)))


def png(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(data)).convert("RGB")


def svg_texts(data: bytes) -> list[str]:
    """The text of every <text> element of a well-formed SVG."""
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def mercator(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator metres, as the map is drawn."""
    lon, lat = np.radians([lon, lat])
    return R * lon, R * np.log(np.tan(np.pi / 4 + lat / 2))


def story_names(briefing: Briefing) -> list[str]:
    """Names of the places inside the story's bounds: the map always shows these."""
    (s, w), (n, e) = View.of(briefing.layers).bounds
    return [
        str(r["name"])
        for r in records(briefing.layers.places)
        if w <= r["geometry"].x <= e and s <= r["geometry"].y <= n
    ]


def city_labels(fig: Figure, briefing: Briefing) -> dict[str, Bbox]:
    """Pixel boxes of the drawn city names (not their white halos), by name."""
    names = {str(name) for name in briefing.layers.places["name"]}
    renderer = fig.canvas.get_renderer()
    return {
        text.get_text(): text.get_window_extent(renderer)
        for text in fig.axes[0].texts
        if text.get_text() in names and text.get_color() != "white"
    }


def renamed(briefing: Briefing, suffix: str) -> Briefing:
    """The briefing with ``suffix`` appended to every place name."""
    places = briefing.layers.places.copy()
    places["name"] = [f"{name}{suffix}" for name in places["name"]]
    layers = Layers(**{**dict(briefing.layers.items()), "places": places})
    return dataclasses.replace(briefing, layers=layers)


@pytest.mark.parametrize(("width", "height", "dpi"), [(1200, 800, 150), (643, 479, 96)])
def test_png_has_the_requested_pixels_and_resolution(
    reference_briefing: Briefing, width: int, height: int, dpi: int
) -> None:
    image = png(render_static(reference_briefing, "png", width=width, height=height, dpi=dpi))
    assert image.size == (width, height)
    with Image.open(io.BytesIO(render_static(reference_briefing, "png", dpi=dpi))) as raw:
        assert raw.info["dpi"] == pytest.approx((dpi, dpi), abs=0.1)


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_the_same_briefing_gives_the_same_bytes(reference_briefing: Briefing, fmt: str) -> None:
    assert render_static(reference_briefing, fmt) == render_static(reference_briefing, fmt)


def test_svg_keeps_names_as_text(reference_briefing: Briefing) -> None:
    texts = svg_texts(render_static(reference_briefing, "svg"))
    assert story_names(reference_briefing)
    for name in story_names(reference_briefing):
        assert texts.count(name) == 1  # its halo is an outline, not a second text
    assert any(t.startswith("Source: Reuters") and "Natural Earth" in t for t in texts)
    focus = reference_briefing.layers.countries.query("focus")["name"].iloc[0]
    assert focus.upper() in texts


def test_hostile_names_are_escaped_in_svg(hostile_briefing: Briefing) -> None:
    data = render_static(hostile_briefing, "svg")
    assert b"<script>" not in data
    texts = svg_texts(data)  # parses: the markup in the names is escaped
    for name in story_names(hostile_briefing):
        assert name.endswith(HOSTILE) and name in texts


def test_dollar_signs_are_not_mathtext(reference_briefing: Briefing) -> None:
    math = r" $x^2$ \$ $\alpha$"
    briefing = renamed(reference_briefing, math)
    texts = svg_texts(render_static(briefing, "svg"))
    for name in story_names(briefing):
        assert name in texts
    assert png(render_static(briefing, "png")).size == (1200, 800)


def test_the_focus_city_and_country_have_the_focus_colour(reference_briefing: Briefing) -> None:
    fig = figure(reference_briefing)
    image = np.asarray(png(render_static(reference_briefing, "png"))).astype(int)
    height = image.shape[0]
    focus = to_rgb(ROLE_STYLES["focus"][0])
    city = next(r for r in records(reference_briefing.layers.places) if r["role"] == "focus")
    x, y = fig.axes[0].transData.transform(mercator(city["geometry"].x, city["geometry"].y))
    dot = image[height - 1 - round(y), round(x)]
    assert np.abs(dot - np.multiply(focus, 255)).max() <= 3
    # the country: its role colour at the web map's opacity over the land
    fill = np.multiply(0.6 * np.array(focus) + 0.4 * np.array(to_rgb(LAND)), 255)
    share = (np.abs(image - fill).max(axis=2) <= 3).mean()
    assert share > 0.05


@pytest.mark.parametrize("article", ["reference", "mekong", "crowded"])
def test_names_do_not_overlap_and_the_legend_covers_no_story(
    article: str, request: pytest.FixtureRequest
) -> None:
    briefing = request.getfixturevalue(f"{article}_briefing")
    fig = figure(briefing)
    labels = city_labels(fig, briefing)
    focus = briefing.layers.places.query("role == 'focus'")["name"]
    assert set(focus) <= set(labels)  # the most important name always has room
    if article != "crowded":  # where there is room, every city of the story is named
        assert set(story_names(briefing)) <= set(labels)
    boxes = list(labels.values())
    assert len(boxes) >= 2
    for i, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[i + 1 :])
        assert fig.bbox.x0 <= box.x0 and box.x1 <= fig.bbox.x1
        assert fig.bbox.y0 <= box.y0 and box.y1 <= fig.bbox.y1
    legend = fig.axes[0].get_legend().get_window_extent(fig.canvas.get_renderer())
    assert not any(box.overlaps(legend) for box in boxes)
    (s, w), (n, e) = View.of(briefing.layers).bounds  # what the story is about
    corners = fig.axes[0].transData.transform([mercator(w, s), mercator(e, n)])
    assert not Bbox(corners).overlaps(legend)


def test_the_legend_lists_what_the_map_shows(reference_briefing: Briefing) -> None:
    legend = figure(reference_briefing).axes[0].get_legend()
    labels = [text.get_text() for text in legend.get_texts()]
    assert labels[0] == ROLE_STYLES["focus"][1]
    assert {"Border with a NATO member", "Movement", "City or region"} <= set(labels)
    assert "Event (numbered: see the key)" in labels
    assert "Movement whose start is not told" not in labels  # every route has its start


def test_an_arrival_has_a_stem_onto_its_end_and_a_legend_entry(gazetteer: Gazetteer) -> None:
    briefing = brief("Six doctors were flown to Sukkur on Sunday.", gazetteer=gazetteer)
    fig = figure(briefing)
    labels = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert "Movement whose start is not told" in labels and "Movement" not in labels
    (stem,) = [c for c in fig.axes[0].collections if c.get_gid() == "route-lines"]
    (start, end), = [path.vertices for path in stem.get_paths()]
    assert start[0] < end[0] and start[1] < end[1]  # onto Sukkur from the lower left


def test_a_planned_movement_is_dotted_lighter_and_in_the_legend(gazetteer: Gazetteer) -> None:
    briefing = brief("Doctors flew from Lyon to Dakar on Monday. The minister will fly from "
                     "Dakar to Bamako on Friday.", gazetteer=gazetteer)
    assert sorted(briefing.layers.routes["status"]) == ["made", "planned"]
    fig = figure(briefing)
    labels = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert {"Movement", "Planned movement"} <= set(labels)
    (lines,) = [c for c in fig.axes[0].collections if c.get_gid() == "route-lines"]
    alphas = sorted(colour[3] for colour in lines.get_colors())
    assert alphas[0] < alphas[1]  # the planned one is lighter
    assert len({str(style) for style in lines.get_linestyles()}) == 2  # and dashed otherwise


@pytest.mark.parametrize("article", ["reference", "mekong"])
def test_the_scale_bar_is_a_round_length_true_at_the_central_latitude(
    article: str, request: pytest.FixtureRequest
) -> None:
    fig = figure(request.getfixturevalue(f"{article}_briefing"))
    ax = fig.axes[0]
    bar = next(line for line in ax.lines if line.get_gid() == "scale-line")
    xs = bar.get_xdata()
    label = next(t.get_text() for t in ax.texts if t.get_text().endswith(" km"))
    km = float(label.removesuffix(" km").replace(",", ""))
    assert f"{km:.0e}"[0] in "125"
    y0, y1 = ax.get_ylim()
    lat = np.degrees(2 * np.arctan(np.exp((y0 + y1) / 2 / R)) - np.pi / 2)
    lon0, lon1 = np.degrees(np.array([min(xs), max(xs)]) / R)
    _, _, metres = Geod(ellps="WGS84").inv(lon0, lat, lon1, lat)
    assert metres / 1000 == pytest.approx(km, rel=0.01)
    x0, x1 = ax.get_xlim()
    assert 0.12 < (max(xs) - min(xs)) / (x1 - x0) < 0.33


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_empty_layers_draw_the_background_alone(
    reference_briefing: Briefing, empty_layers: Layers, fmt: str
) -> None:
    briefing = dataclasses.replace(reference_briefing, layers=empty_layers)
    data = render_static(briefing, fmt, width=600, height=400, dpi=100)
    if fmt == "png":
        image = np.asarray(png(data))
        assert image.shape == (400, 600, 3)
        assert (np.abs(image - np.multiply(to_rgb(LAND), 255)).max(axis=2) <= 2).any()
    else:
        texts = svg_texts(data)  # the credit line and country names: no story
        assert [t for t in texts if "Natural Earth" in t] == texts[-1:]
        assert all(t == t.upper() for t in texts[:-1])
    assert figure(briefing).axes[0].get_legend() is None


def test_unknown_formats_and_sizes_are_refused(reference_briefing: Briefing) -> None:
    with pytest.raises(ValueError, match="png, svg or pdf"):
        render_static(reference_briefing, "jpg")
    with pytest.raises(ValueError, match="px"):
        render_static(reference_briefing, "png", width=10)


def test_importing_the_module_does_not_import_matplotlib() -> None:
    code = (
        "import sys, geobrief.render.static.map;"
        " print(sorted(m for m in sys.modules if 'matplot' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert re.fullmatch(r"\[\]\s*", out.stdout)


def test_the_static_map_does_not_import_folium() -> None:
    """Its styles come from render.style, not the web map's render.web.draw (folium: ~0.2 s)."""
    code = "import sys, geobrief.render.static.map; print('folium' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_focus_place_far_from_its_focus_country_is_drawn(
    reference_briefing: Briefing, mekong_briefing: Briefing
) -> None:
    """The focus country's shape from another story, thousands of km from the focus
    place: both are fitted, nothing fails."""
    countries = reference_briefing.layers.countries.copy()
    focus = countries["focus"].astype(bool).to_numpy()
    far = mekong_briefing.layers.countries.query("focus").geometry.iloc[0]
    countries.loc[focus, "geometry"] = far
    layers = Layers(**{**dict(reference_briefing.layers.items()), "countries": countries})
    briefing = dataclasses.replace(reference_briefing, layers=layers)
    image = png(render_static(briefing, "png", width=600, height=400, dpi=100))
    assert image.size == (600, 400)
