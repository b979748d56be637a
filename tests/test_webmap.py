"""The folium map: one group per layer, offline, deterministic, and escaped."""

from __future__ import annotations

import html
import re

import folium
import pytest
import shapely
from bs4 import BeautifulSoup
from conftest import HOSTILE

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing, Layers
from geobrief.pipeline import brief
from geobrief.render.escape import safe_text
from geobrief.render.page import legend
from geobrief.render.web.map import LAYER_TITLES, View, make_map, map_html, map_parts
from geobrief.render.wording import map_alternative

LAYER_NAMES = ["Places", "Countries", "Borders", "Routes", "Events"]


def render(m: folium.Map) -> str:
    return map_html(m)


def control_names(page: str) -> list[str]:
    overlays = re.search(r"overlays\s*:\s*\{(.*?)\}", page, re.S)
    assert overlays, "no layer control in the map"
    return re.findall(r'"([^"]*)"\s*:', overlays.group(1))


def group(m: folium.Map, title: str) -> folium.FeatureGroup:
    return next(
        child
        for child in m._children.values()
        if isinstance(child, folium.FeatureGroup) and child.layer_name == title
    )


def features(parent: folium.FeatureGroup | folium.Map) -> list[list[dict]]:
    """The GeoJSON features of each GeoJson layer directly under ``parent``."""
    layers = [c for c in parent._children.values() if isinstance(c, folium.GeoJson)]
    return [layer.data["features"] for layer in layers]


def shown(m: folium.Map) -> str:
    """Every tooltip, label, popup and icon the map's features carry, one per line."""
    props = [
        feature["properties"]
        for title in LAYER_NAMES
        for layer in features(group(m, title))
        for feature in layer
    ]
    keys = ("tip", "label", "popup", "icon")
    return "\n".join(str(p[key]) for p in props for key in keys if key in p)


@pytest.fixture(scope="module")
def reference_map(reference_briefing: Briefing) -> folium.Map:
    return make_map(reference_briefing.layers)


@pytest.fixture(scope="module")
def reference_html(reference_map: folium.Map) -> str:
    return render(reference_map)


def test_safe_text_escapes_html_js_and_jinja() -> None:
    assert safe_text("<a href='x'>&</a>") == "&lt;a href=&#x27;x&#x27;&gt;&amp;&lt;/a&gt;"
    assert safe_text("`${x}`\\") == "&#96;&#36;&#123;x&#125;&#96;&#92;"
    assert safe_text(None) == "" and safe_text(52) == "52"
    escaped = safe_text(HOSTILE)
    assert not set("<>\"'`$\\{}") & set(escaped)
    assert html.unescape(escaped) == HOSTILE


def test_one_group_per_layer_listed_in_the_control(reference_html: str) -> None:
    assert [LAYER_TITLES[name] for name in LAYER_TITLES] == LAYER_NAMES
    assert control_names(reference_html) == LAYER_NAMES
    assert re.search(r'"collapsed":\s*true', reference_html)  # opened on a wide map: _map.js
    assert "L.control.scale()" in reference_html
    assert ".fitBounds(" in reference_html


def test_empty_layers_still_get_their_group(empty_layers: Layers) -> None:
    page = render(make_map(empty_layers, background=empty_layers.countries))
    assert control_names(page) == LAYER_NAMES


def test_offline_by_default(reference_map: folium.Map, reference_html: str) -> None:
    soup = BeautifulSoup(reference_html, "html.parser")
    assert not soup.find_all("script", src=True)
    assert not soup.find_all("link")
    assert not re.search(r"url\(\s*['\"]?(https?:|//|images/)", reference_html)
    assert "L.tileLayer(" not in reference_html
    assert 'version="1.9.3"' in reference_html  # Leaflet itself, inlined
    assert "url(data:image/png;base64," in reference_html
    assert reference_map.default_js == [] and reference_map.default_css == []
    assert folium.Map.default_js, "the class's CDN list must be left alone"


def test_online_tiles_are_an_option(reference_briefing: Briefing) -> None:
    page = render(make_map(reference_briefing.layers, tiles="osm"))
    assert "tile.openstreetmap.org" in page
    assert control_names(page) == LAYER_NAMES


def test_same_input_same_bytes(reference_briefing: Briefing, reference_html: str) -> None:
    again = make_map(reference_briefing.layers)
    assert render(again) == reference_html
    assert again.get_name() == "map_00001"
    assert map_parts(again) == map_parts(make_map(reference_briefing.layers))
    assert map_html(again) == map_html(again) == reference_html
    assert len(folium.Map(tiles=None)._id) == 32, "random ids outside make_map"


def test_tooltips_say_what_each_feature_is(reference_map: folium.Map) -> None:
    text = shown(reference_map)
    assert re.search(
        r"Belarus \u2013 Poland: \d+ km measured on the generalized map( · \w+)* · NATO", text
    )
    assert re.search(r"<b>Minsk</b><br>city · \d+ mentions", text)
    assert "<b>Minsk → Vilnius</b>" in text


def test_route_arrowhead_points_to_the_destination(reference_map: folium.Map) -> None:
    angles = [
        float(a) for a in re.findall(r"gb-arrow.*?rotate\(([\d.]+)deg\)", shown(reference_map))
    ]
    assert angles, "no arrowhead"
    assert 270 < angles[0] < 360  # Minsk -> Vilnius heads north-west


def test_events_at_one_point_share_a_marker(
    reference_briefing: Briefing, reference_map: folium.Map
) -> None:
    events = reference_briefing.layers.events
    points = {(round(p.x, 3), round(p.y, 3)) for p in events.geometry}
    [marks] = features(group(reference_map, "Events"))
    assert len(marks) == len(points)
    popups = " ".join(mark["properties"]["popup"] for mark in marks)
    for sentence in events["sentence"]:
        assert safe_text(sentence) in popups


def test_background_is_clipped_uncontrolled_and_small(
    reference_briefing: Briefing, reference_map: folium.Map, reference_html: str
) -> None:
    [land] = features(reference_map)
    assert land, "no background drawn"
    west, south, east, north = View.of(reference_briefing.layers).region
    box = shapely.box(west, south, east, north).buffer(1e-6)
    assert all(box.contains(shapely.geometry.shape(f["geometry"])) for f in land)
    assert len(reference_html.encode()) < 1_000_000


def test_view_fits_the_story(reference_briefing: Briefing) -> None:
    (south, west), (north, east) = View.of(reference_briefing.layers).bounds
    for point in reference_briefing.layers.places.geometry:
        assert west <= point.x <= east and south <= point.y <= north


def test_article_strings_are_escaped_everywhere(
    hostile_briefing: Briefing, reference_html: str
) -> None:
    m = make_map(hostile_briefing.layers)
    page = render(m)
    assert "gbpwned" not in page, "article text was run as a Jinja template"
    for raw in ("<script>alert(1)", "${x}", "{{ 'gb'", "{# &"):
        assert raw not in page
    assert page.count("<script") == reference_html.count("<script")
    text = shown(m)
    assert not re.search(r"<script|\$\{|`|\\|\{\{|\{#", text)
    escaped = safe_text(HOSTILE)
    for needle in ("<b>Minsk ", "km measured", "<br>city", "Release", " → "):
        assert any(needle in line and escaped in line for line in text.splitlines()), needle
    assert control_names(page) == LAYER_NAMES


def test_an_arrival_is_an_arrow_onto_its_end_with_its_own_words(gazetteer: Gazetteer) -> None:
    briefing = brief(
        "Six doctors were flown to Sukkur on Sunday. The minister flew from Islamabad to "
        "Karachi on Tuesday.", gazetteer=gazetteer,
    )
    m = make_map(briefing.layers)
    text = shown(m)
    assert "<b>→ Sukkur (start not told)</b>" in text  # its tooltip
    assert 'class="gb-arrival"' in text and "Sukkur: arrival" in text  # its screen-reader name
    assert "<b>Islamabad → Karachi</b>" in text
    assert len(re.findall(r'class=\\?"gb-arrow\\?"', text)) == 1  # one line, one arrowhead
    assert [css for css, _ in legend(briefing.layers)].count("arrival") == 1
    alt = map_alternative(briefing)
    assert "→ Sukkur (start not told)" in alt and "Islamabad → Karachi" in alt


def test_a_departure_is_an_arrow_away_from_its_start(gazetteer: Gazetteer) -> None:
    briefing = brief("Hundreds of families fled Homs last week.", gazetteer=gazetteer)
    text = shown(make_map(briefing.layers))
    assert "<b>Homs → (end not told)</b>" in text and "Homs: departure" in text
    assert 'class="gb-departure"' in text
    assert [css for css, _ in legend(briefing.layers)].count("departure") == 1
