"""labels: names placed so that they cover no other name or place."""

from __future__ import annotations

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.render.labels import CHAR_PX, _box, degrees_per_pixel, label_sides, mercator, overlap

Point = tuple[float, float, str]
REGION = [[10.0, 95.0], [25.0, 110.0]]  # [[s, w], [n, e]]: mainland South-East Asia


@pytest.fixture(scope="module")
def twin_cities(gazetteer: Gazetteer) -> tuple[Point, Point]:
    """Vientiane and Nong Khai, 20 km apart across the Mekong."""
    found = []
    for name in ("Vientiane", "Nong Khai"):
        city = max(gazetteer.candidates(name), key=lambda c: c.population)
        found.append((city.lon, city.lat, name))
    return found[0], found[1]


def test_an_isolated_name_goes_right(twin_cities: tuple[Point, Point]) -> None:
    assert label_sides([twin_cities[0]], degrees_per_pixel(REGION)) == ["right"]


def test_close_names_take_different_sides_and_do_not_overlap(
    twin_cities: tuple[Point, Point],
) -> None:
    scale = degrees_per_pixel(REGION)
    sides = label_sides(list(twin_cities), scale)
    assert sides == ["left", "right"]  # Nong Khai's dot sits right of Vientiane
    boxes = []
    for (lon, lat, name), side in zip(twin_cities, sides, strict=True):
        x, y = mercator(lon, lat)
        boxes.append(_box(x / scale, -y / scale, len(name) * CHAR_PX, side))
    assert not overlap(*boxes)


def test_zoomed_in_far_enough_nothing_moves(twin_cities: tuple[Point, Point]) -> None:
    lons, lats = [p[0] for p in twin_cities], [p[1] for p in twin_cities]
    city_view = [[min(lats) - 0.1, min(lons) - 0.1], [max(lats) + 0.1, max(lons) + 0.1]]
    scale = degrees_per_pixel(city_view)
    assert label_sides(list(twin_cities), scale) == ["right", "right"]


def test_a_name_at_the_frame_edge_turns_inwards(twin_cities: tuple[Point, Point]) -> None:
    lon, lat, name = twin_cities[0]
    scale = degrees_per_pixel(REGION)
    # the frame's centre 540 px west of the city: its right edge runs 10 px past the dot
    centre = (lon - 540 * scale, lat)
    assert label_sides([(lon, lat, name)], scale, centre) == ["left"]
    assert label_sides([(lon, lat, name)], scale) == ["right"]  # no frame, no constraint


def test_a_name_with_no_room_can_be_left_out(twin_cities: tuple[Point, Point]) -> None:
    scale = degrees_per_pixel([[-60.0, -170.0], [70.0, 170.0]])  # the whole world
    crowd = [twin_cities[0]] * 3  # three names at one point: right, left, then no room
    assert label_sides(crowd, scale, crowded=None) == ["right", "left", None]
    assert label_sides(crowd, scale) == ["right", "left", None]  # never over another name


def test_a_name_hemmed_in_by_dots_only_is_squeezed_in() -> None:
    scale = degrees_per_pixel([[-60.0, -170.0], [70.0, 170.0]])  # the whole world
    step_x, step_y = 20 * scale, 15 * scale  # degrees: a dot on every side of the name
    dots = [(step_x, 0.0, ""), (-step_x, 0.0, ""), (0.0, step_y, ""), (0.0, -step_y, "")]
    points = [(0.0, 0.0, "Vientiane"), *dots]
    assert label_sides(points, scale, crowded=None)[0] is None
    assert label_sides(points, scale)[0] == "right"  # over dots, but over no name
