"""Where the static map lies: Web Mercator, and the frame fitted around the story.

The static map is drawn in Web Mercator metres, like the web map, so that both show the
same shapes. The story (:class:`geobrief.render.view.View`) and its city names are fitted
into the part of the figure that the legend and the bottom furniture leave free, as
large as they fit, so that nothing is drawn over them. A :class:`Frame` then turns
points (text and symbol sizes) into metres on the map.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import shapely

if TYPE_CHECKING:
    from geobrief.render.view import View

R = 6378137.0  # the Web Mercator sphere, metres
MAX_LAT = 85.0
PAD_PT = 10.0  # points from the story to its free area's edge

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


class Labels(Protocol):
    """What :func:`layout` needs of the city names (:class:`geobrief.render.static.names.Names`)."""

    def boxes(self, frame: Frame, story: Box) -> list[Box]: ...
    def place(self, frame: Frame) -> list[str | None]: ...


def mercator(xy: np.ndarray) -> np.ndarray:
    """(lon, lat) degrees to Web Mercator (x, y) metres."""
    lat = np.radians(np.clip(xy[:, 1], -MAX_LAT, MAX_LAT))
    return np.column_stack([R * np.radians(xy[:, 0]), R * np.log(np.tan(np.pi / 4 + lat / 2))])


def inverse(xy: np.ndarray) -> np.ndarray:
    """Web Mercator (x, y) metres to (lon, lat) degrees."""
    lat = 2 * np.arctan(np.exp(xy[:, 1] / R)) - np.pi / 2
    return np.degrees(np.column_stack([xy[:, 0] / R, lat]))


def project(geom: Any) -> Any:
    """A shapely geometry in degrees, in Web Mercator metres."""
    return shapely.transform(geom, mercator)


def point(geom: Any) -> np.ndarray:
    """A Point's Mercator (x, y)."""
    return mercator(np.array([[geom.x, geom.y]]))[0]


@dataclass(frozen=True)
class Frame:
    """Where the map lies: its Web Mercator extent in metres (x0, y0, x1, y1), metres per
    pixel, and the figure's pixels per point."""

    extent: Box
    scale: float
    px_per_pt: float

    def metres(self, pt: float) -> float:
        """Points as Web Mercator metres on the map."""
        return pt * self.px_per_pt * self.scale

    def lonlat_box(self) -> Any:
        """The frame as a shapely box in degrees."""
        (w, s), (e, n) = inverse(np.reshape(self.extent, (2, 2)))
        return shapely.box(w, s, e, n)

    def region(self) -> tuple[float, float, float, float]:
        """(w, s, e, n) in degrees a little larger than the frame, to clip polygons to: the
        frame is wider or taller than the web map's region when the story is."""
        w, s, e, n = self.lonlat_box().bounds
        return (max(w - 1, -180), max(s - 1, -MAX_LAT), min(e + 1, 180), min(n + 1, MAX_LAT))


def stub(end: np.ndarray, length: float, *, arriving: bool) -> np.ndarray:
    """The short diagonal of a movement with one end told (Mercator metres): onto ``end``
    from the lower left when it arrives there, else away from it to the upper left."""
    step = length / np.sqrt(2)
    away = end + np.array([-step, step])
    return np.array([end - step, end]) if arriving else np.array([end, away])


def largest_polygon(geom: Any) -> Any:
    """The polygon of ``geom`` with the most area (what is left of a country in a window);
    None when no polygon is left."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and not p.is_empty]
    return max(parts, key=lambda p: p.area) if parts else None


def layout(
    view: View, names: Labels, areas: list[Box], size: tuple[float, float], ppt: float
) -> Frame:
    """The frame that shows the story and its city names as large as they fit in one of
    ``areas``; the names' sides are set for it."""
    (s, w), (n, e) = view.bounds
    story = project(shapely.box(w, s, e, n)).bounds
    box = story
    for _ in range(3):  # names widen the story, which shrinks the scale; settles quickly
        box = _union(story, names.boxes(_fit(box, areas, size, ppt), story))
    frame = _fit(box, areas, size, ppt)
    names.place(frame)
    return frame


def free_areas(size: tuple[float, float], obstacles: list[Box], ppt: float) -> list[Box]:
    """The largest pixel boxes of a map ``size`` px (width, height) that keep ``PAD_PT``
    from its edges and from each of ``obstacles`` (the legend, the inset, the scale bar:
    boxes in the map's pixels); none large enough when these leave too little room."""
    width, height = size
    pad = PAD_PT * ppt
    lefts = [pad, *(o[2] + pad for o in obstacles)]
    rights = [width - pad, *(o[0] - pad for o in obstacles)]
    bottoms = [pad, *(o[3] + pad for o in obstacles)]
    tops = [height - pad, *(o[1] - pad for o in obstacles)]
    areas = {
        (x0, y0, x1, y1)
        for x0 in lefts for x1 in rights for y0 in bottoms for y1 in tops
        if min(x1 - x0, y1 - y0) > 4 * pad
        and not any(_overlap((x0, y0, x1, y1), o) for o in obstacles)
    }
    return sorted(a for a in areas if not any(a != b and _within(a, b) for b in areas))


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _within(a: Box, b: Box) -> bool:
    return b[0] <= a[0] and b[1] <= a[1] and a[2] <= b[2] and a[3] <= b[3]


def _fit(box: Box, areas: list[Box], size: tuple[float, float], ppt: float) -> Frame:
    """The frame that shows Mercator ``box`` largest inside one of ``areas``, centred."""

    def scale(area: Box) -> float:
        return max((box[2] - box[0]) / (area[2] - area[0]), (box[3] - box[1]) / (area[3] - area[1]))

    area = min(areas, key=scale)
    m_per_px = max(scale(area), 1.0)
    x0 = (box[0] + box[2]) / 2 - (area[0] + area[2]) / 2 * m_per_px
    y0 = (box[1] + box[3]) / 2 - (area[1] + area[3]) / 2 * m_per_px
    return Frame((x0, y0, x0 + size[0] * m_per_px, y0 + size[1] * m_per_px), m_per_px, ppt)


def _union(box: Box, boxes: list[Box]) -> Box:
    return (
        min([box[0], *(b[0] for b in boxes)]),
        min([box[1], *(b[1] for b in boxes)]),
        max([box[2], *(b[2] for b in boxes)]),
        max([box[3], *(b[3] for b in boxes)]),
    )
