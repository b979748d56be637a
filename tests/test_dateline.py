"""Stories anywhere on Earth: across the date line (Fiji, Tonga, Samoa and New Zealand;
Chukotka and Alaska) and near the pole (Svalbard). GeoJSON is cut at the antimeridian
(RFC 7946 §3.1.9); the map's view is the smallest box around the story."""

from __future__ import annotations

import itertools
import math
from typing import Any

import pytest
import shapely

from geobrief.models import Briefing
from geobrief.render.longitudes import rfc7946, span
from geobrief.render.output import layers_geojson
from geobrief.render.view import View
from geobrief.story.rows import records


def _place(briefing: Briefing, name: str) -> shapely.Point:
    rows = [r for r in records(briefing.layers.places) if r["name"] == name]
    assert rows, name
    return rows[0]["geometry"]


def _lines(geometry: dict[str, Any]) -> list[list[list[float]]]:
    coords = geometry["coordinates"]
    return coords if geometry["type"] == "MultiLineString" else [coords]


def _xy(geometry: dict[str, Any]) -> list[tuple[float, float]]:
    return [tuple(xy) for xy in shapely.get_coordinates(shapely.geometry.shape(geometry))]


def test_a_route_across_the_date_line_is_cut_there(far_briefings: dict[str, Briefing]) -> None:
    pacific = far_briefings["pacific"]
    features = layers_geojson(pacific.layers)["features"]
    routes = [f for f in features if f["properties"]["layer"] == "routes"]
    route = next(f for f in routes if f["properties"]["to"] == "Nuku‘alofa")
    assert route["properties"]["from"] == "Auckland"
    assert route["geometry"]["type"] == "MultiLineString"
    west, east = route["geometry"]["coordinates"]
    auckland, tonga = _place(pacific, "Auckland"), _place(pacific, "Nuku‘alofa")
    assert west[0] == pytest.approx([auckland.x, auckland.y], abs=1e-4)
    assert east[-1] == pytest.approx([tonga.x, tonga.y], abs=1e-4)
    assert west[-1][0] == 180.0 and east[0][0] == -180.0 and west[-1][1] == east[0][1]
    for part in (west, east):  # no step jumps round the world
        assert all(abs(b[0] - a[0]) < 5 for a, b in itertools.pairwise(part))


@pytest.mark.parametrize("name", ["pacific", "bering", "svalbard"])
def test_every_coordinate_is_in_range_and_no_line_jumps(
    far_briefings: dict[str, Briefing], name: str
) -> None:
    features = layers_geojson(far_briefings[name].layers)["features"]
    assert features
    for feature in features:
        if feature["geometry"] is None:
            continue
        for x, y in _xy(feature["geometry"]):
            assert -180 <= x <= 180 and -90 <= y <= 90
        if "LineString" in feature["geometry"]["type"]:
            for line in _lines(feature["geometry"]):
                assert all(abs(b[0] - a[0]) < 180 for a, b in itertools.pairwise(line))


def test_a_route_that_stays_on_one_side_is_one_line(far_briefings: dict[str, Briefing]) -> None:
    features = layers_geojson(far_briefings["bering"].layers)["features"]
    routes = [f for f in features if f["properties"]["layer"] == "routes"]
    assert {r["properties"]["to"] for r in routes} >= {"Uelen"}
    assert {r["geometry"]["type"] for r in routes} == {"LineString"}


def _inside(view: View, point: Any) -> bool:
    (s, w), (n, e) = view.bounds
    shifted = view.shift(point)
    return w - 1e-3 <= shifted.x <= e + 1e-3 and s - 1e-3 <= shifted.y <= n + 1e-3


@pytest.mark.parametrize(
    ("name", "places", "widest"),
    [
        ("pacific", ["Auckland", "Nuku‘alofa", "Suva", "Apia", "Pago Pago"], 30),
        ("bering", ["Nome", "Uelen", "Provideniya", "Anadyr"], 45),
    ],
)
def test_the_view_crosses_the_date_line_when_that_is_smaller(
    far_briefings: dict[str, Briefing], name: str, places: list[str], widest: float
) -> None:
    briefing = far_briefings[name]
    view = View.of(briefing.layers)
    (_, w), (_, e) = view.bounds
    assert w < 180 < e and e - w < widest  # not the whole world
    w_, _, e_, _ = view.region
    assert w_ < w and e < e_ and e_ - w_ <= 360
    for place in places:
        assert _inside(view, _place(briefing, place)), place


def _russia(bering: Briefing) -> tuple[View, Any]:
    """The Bering story's view, and Russia as its map draws it."""
    view = View.of(bering.layers)
    russia = [r["geometry"] for r in records(bering.layers.countries) if r["iso_a2"] == "RU"]
    (drawn,) = view.lighten(russia)
    return view, drawn


def test_a_country_cut_by_the_date_line_is_drawn_whole(far_briefings: dict[str, Briefing]) -> None:
    bering = far_briefings["bering"]
    view, drawn = _russia(bering)
    w, _, e, _ = view.region
    assert drawn.bounds[0] >= w - 1e-6 and drawn.bounds[2] <= e + 1e-6
    anadyr, uelen = (view.shift(_place(bering, name)) for name in ("Anadyr", "Uelen"))
    assert anadyr.x < 180 < uelen.x  # on either side of the date line, one frame
    chukotka = next(p for p in shapely.get_parts(drawn) if p.distance(anadyr) < 0.5)
    assert chukotka.distance(uelen) < 0.5  # one piece: not cut at 180


def test_a_polar_story_fits_its_view(far_briefings: dict[str, Briefing]) -> None:
    svalbard = far_briefings["svalbard"]
    view = View.of(svalbard.layers)
    (s, w), (n, e) = view.bounds
    assert e < 180 and e - w < 60 and n - s < 30
    for place in ("Longyearbyen", "Tromsø"):
        assert _inside(view, _place(svalbard, place)), place
    assert view.region[3] <= 85  # Web Mercator's edge


def test_span_takes_the_shorter_way_round(far_briefings: dict[str, Briefing]) -> None:
    pacific = far_briefings["pacific"]
    xs = [g.x for g in pacific.layers.places.geometry]
    west, east = span(xs)
    assert east > 180 and east - west < 30
    west_only = [x for x in xs if x > 0]  # New Zealand and Fiji: no need to cross
    assert span(west_only) == pytest.approx((min(west_only), max(west_only)))


def test_a_polygon_across_the_date_line_is_cut_in_two(far_briefings: dict[str, Briefing]) -> None:
    _, drawn = _russia(far_briefings["bering"])
    assert drawn.bounds[2] > 180
    cut = rfc7946(drawn)
    west, _, east, _ = cut.bounds
    assert west >= -180 and east <= 180
    assert cut.area == pytest.approx(drawn.area, rel=1e-6)



def test_a_story_taller_than_wide_has_land_to_the_maps_sides(gazetteer: Any) -> None:
    """A wide map of a tall story (Sydney to Townsville) shows far more longitudes than the
    story spans: the land is drawn out to them, with no straight edge of land inside the
    map (fails on 9079f19: the land was cut 11 degrees either side of the story, where a
    map twice as wide as high shows 22)."""
    from geobrief.pipeline import brief
    from geobrief.render.view import ASPECT

    briefing = brief("Storm hits coast. A storm hit Sydney on Monday and Townsville on "
                     "Friday.", gazetteer=gazetteer)
    view = View.of(briefing.layers)
    (s, w), (n, e) = view.bounds
    assert n - s > 2 * (e - w)  # a tall story
    west, _, east, _ = view.region
    assert east - west >= (n - s) * ASPECT / math.cos(math.radians((n + s) / 2))
