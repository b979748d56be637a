"""Where each place's name goes so that names do not cover each other or other places.

Greedy placement, most important place first: each name takes the first side (right,
left, above, below) where its box, estimated from the number of characters at the map's
scale, overlaps no name already placed and no other place's dot, and stays inside the
map frame clear of the layer control in its top right corner. Positions are compared
in Web Mercator, the projection the map is drawn in, so one pixel is the same distance
across and up. Boxes are kept in a grid (:class:`BoxGrid`), so that each name is tested
against its neighbours only: placing n names takes time near n, not n².
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

SIDES = ("right", "left", "top", "bottom")
CHAR_PX, LINE_PX, DOT_PX, GAP_PX = 7.5, 16.0, 10.0, 7.0
MAP_PX = (1100.0, 540.0)  # the briefing's map frame at desktop width (width, height)
CONTROL_PX = (130.0, 130.0)  # the layer control, top right (width, height)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels


def mercator(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator x, y in degrees of longitude (y grows northwards)."""
    lat = max(min(lat, 85.0), -85.0)
    return lon, math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def degrees_per_pixel(
    bounds: Sequence[Sequence[float]], size: tuple[float, float] = MAP_PX
) -> float:
    """The scale at which ``bounds`` ([[s, w], [n, e]]) fills a map of ``size`` pixels."""
    (s, w), (n, e) = bounds
    (x0, y0), (x1, y1) = mercator(w, s), mercator(e, n)
    return max((x1 - x0) / size[0], (y1 - y0) / size[1], 1e-9)


def centre_of(bounds: Sequence[Sequence[float]]) -> tuple[float, float]:
    """The (lon, lat) at the middle of ``bounds`` ([[s, w], [n, e]]) on a Mercator map."""
    (s, w), (n, e) = bounds
    y = (mercator(w, s)[1] + mercator(e, n)[1]) / 2
    return (w + e) / 2, math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


def label_sides(
    points: Sequence[tuple[float, float, str]],
    deg_per_px: float,
    centre: tuple[float, float] | None = None,
    *,
    crowded: str | None = SIDES[0],
) -> list[str | None]:
    """A side for each (lon, lat, name), in the order given (most important first).

    ``centre`` (lon, lat) is the middle of a map frame of ``MAP_PX``: names stay inside it
    and clear of the layer control. Without it only names and dots are avoided. A name
    with no free side gets ``crowded`` when its box there covers no other name (only
    dots), else None; ``crowded=None`` leaves every such name out.
    """
    pixels = [_pixel(lon, lat, deg_per_px) for lon, lat, _ in points]
    dots = BoxGrid()
    for x, y in pixels:
        dots.add(_square(x, y, DOT_PX / 2))
    frame, control = _frame(centre, deg_per_px)
    names = BoxGrid()
    if control is not None:
        names.add(control)
    sides: list[str | None] = []
    for i, ((x, y), (_, _, name)) in enumerate(zip(pixels, points, strict=True)):
        boxes = {side: _box(x, y, len(name) * CHAR_PX, side) for side in SIDES}
        free = (
            side
            for side in SIDES
            if _inside(boxes[side], frame)
            and not names.overlaps(boxes[side])
            and not dots.overlaps(boxes[side], skip=i)
        )
        side = next(free, None)
        if side is None and crowded is not None and not names.overlaps(boxes[crowded]):
            side = crowded
        if side is not None:
            names.add(boxes[side])
        sides.append(side)
    return sides


class BoxGrid:
    """Boxes filed under the cells of a square grid they touch, so that the boxes near a
    box are found without looking at the others."""

    def __init__(self, cell: float = 4 * LINE_PX) -> None:
        self.cell = cell
        self.boxes: list[Box] = []
        self._cells: defaultdict[tuple[int, int], list[int]] = defaultdict(list)

    def add(self, box: Box) -> None:
        for key in self._keys(box):
            self._cells[key].append(len(self.boxes))
        self.boxes.append(box)

    def overlaps(self, box: Box, *, skip: int = -1) -> bool:
        """Whether ``box`` overlaps a box of the grid (other than the ``skip``-th added).
        (:func:`overlap`, written out: label placement asks this some thousand times.)"""
        x0, y0, x1, y1 = box
        cells, boxes = self._cells, self.boxes
        for key in self._keys(box):
            for j in cells.get(key, ()):
                b = boxes[j]
                if j != skip and x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1:
                    return True
        return False

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        cell = self.cell
        x0, y0 = math.floor(box[0] / cell), math.floor(box[1] / cell)
        x1, y1 = math.floor(box[2] / cell), math.floor(box[3] / cell)
        return [(gx, gy) for gx in range(x0, x1 + 1) for gy in range(y0, y1 + 1)]


def _pixel(lon: float, lat: float, deg_per_px: float) -> tuple[float, float]:
    x, y = mercator(lon, lat)
    return x / deg_per_px, -y / deg_per_px


def _frame(centre: tuple[float, float] | None, deg_per_px: float) -> tuple[Box | None, Box | None]:
    """The map frame and the layer control's corner, in the pixels of ``label_sides``."""
    if centre is None:
        return None, None
    x, y = mercator(*centre)
    cx, cy = x / deg_per_px, -y / deg_per_px
    w, h = MAP_PX[0] / 2, MAP_PX[1] / 2
    frame = (cx - w, cy - h, cx + w, cy + h)
    control = (frame[2] - CONTROL_PX[0], frame[1], frame[2], frame[1] + CONTROL_PX[1])
    return frame, control


def _inside(box: Box, frame: Box | None) -> bool:
    return frame is None or (
        frame[0] <= box[0] and frame[1] <= box[1] and box[2] <= frame[2] and box[3] <= frame[3]
    )


def _box(x: float, y: float, width: float, side: str) -> Box:
    half = LINE_PX / 2
    if side == "right":
        return (x + GAP_PX, y - half, x + GAP_PX + width, y + half)
    if side == "left":
        return (x - GAP_PX - width, y - half, x - GAP_PX, y + half)
    top = side == "top"
    y0 = y - GAP_PX - LINE_PX if top else y + GAP_PX
    return (x - width / 2, y0, x + width / 2, y0 + LINE_PX)


def _square(x: float, y: float, half: float) -> Box:
    return (x - half, y - half, x + half, y + half)


def overlap(a: Box, b: Box) -> bool:
    """Whether two boxes (x0, y0, x1, y1, in any one unit) overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
