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

from geobrief.render.static.style import EVENT_LIFT_PT
from geobrief.story.rows import records

if TYPE_CHECKING:
    from matplotlib.transforms import Bbox

    from geobrief.models import Layers
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
        w, s, e, n = self.lonlat_box().bounds  # east may pass 180: the story's frame
        middle, half = (w + e) / 2, min((e - w) / 2 + 1, 180)
        return (middle - half, max(s - 1, -MAX_LAT), middle + half, min(n + 1, MAX_LAT))


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


def free_areas(
    size: tuple[float, float], legend: Bbox | None, bottom: list[Bbox], ppt: float
) -> list[Box]:
    """Pixel boxes the story may fill: above the legend, or left of it and above the
    ``bottom`` furniture (attribution, scale bar); none when these leave too little."""
    width, height = size
    pad = PAD_PT * ppt
    top, right, low = height - pad, width - pad, max(b.y1 for b in bottom) + pad
    if legend is None:
        areas = [(pad, low, right, top)]
    else:
        areas = [(pad, legend.y1 + pad, right, top), (pad, low, legend.x0 - pad, top)]
    return [a for a in areas if min(a[2] - a[0], a[3] - a[1]) > 4 * pad]


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


def event_points(layers: Layers) -> np.ndarray:
    """The Mercator points of events, each once."""
    points = {tuple(np.round(point(r["geometry"]))) for r in records(layers.events)}
    return np.array(sorted(points)).reshape(-1, 2)


def diamonds(events: np.ndarray, frame: Frame) -> np.ndarray:
    """Where event diamonds go: just above their point, as on the web map, so that a
    city's dot and its event both show."""
    return events + np.array([0.0, frame.metres(EVENT_LIFT_PT)])
