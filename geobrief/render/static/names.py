"""Where the static map's city names go: clear of each other and of what is drawn.

City names are placed by the web map's rule (:func:`geobrief.render.labels.label_sides`), with
their widths measured in the label font, so that they cover no other name, no dot, no
event marker and no movement line; where they cannot all fit, the least important are
left out. Their boxes widen the story the frame is fitted around
(:func:`geobrief.render.static.frame.layout`). Country names come last
(:mod:`geobrief.render.static.countries`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from geobrief.render.labels import CHAR_PX, DOT_PX, GAP_PX, LINE_PX, label_sides
from geobrief.render.static.frame import Box, Frame, R, inverse, point, project, stub
from geobrief.render.static.markers import spread
from geobrief.render.static.style import (
    ARRIVAL_PT,
    CITY_PT,
    HALO_PT,
    MARKER_PT,
    name,
    text_width,
)
from geobrief.render.view import layer_rows, route_lines

if TYPE_CHECKING:
    from matplotlib.backend_bases import RendererBase

    from geobrief.models import Layers

MAX_OBSTACLES = 400  # points along movement lines that names avoid


class Names:
    """City names measured in the label font and placed by
    :func:`geobrief.render.labels.label_sides`
    clear of each other, of the dots, and of event markers and movement lines.

    label_sides thinks in pixels of a 13 px font, CHAR_PX wide and LINE_PX tall: one of its
    pixels here is ``unit`` of ours, so that its line is as tall as ours, and each name is
    passed as as many characters as make its measured width. Event markers (``events``:
    their Mercator points) and points every dot along movement lines go last, with empty
    names: they take no side, only the room of their dot.
    """

    def __init__(
        self, places: list[dict[str, Any]], layers: Layers, ppt: float, renderer: RendererBase
    ) -> None:
        self.xy = np.array([point(p["geometry"]) for p in places]).reshape(-1, 2)
        self.widths = [
            text_width(name(p), CITY_PT, "bold", renderer.dpi) + HALO_PT * ppt for p in places
        ]
        self.line, self.ppt = CITY_PT * 1.25 * ppt, ppt
        self.unit = self.line / LINE_PX
        self.events = np.zeros((0, 2))  # set from the markers before placing
        self.routes = [project(line) for line in route_lines(layers.routes)]
        self.stubs = [  # movements with one end told: (that end, whether it is arrived at)
            (point(r["geometry"]), r.get("to") is not None) for r in layer_rows(layers.routes)
            if r.get("from") is None or r.get("to") is None
        ]
        self.sides: list[str | None] = []

    def place(self, frame: Frame) -> list[str | None]:
        """Each name's side at the frame's scale, None for a name left out (kept in
        ``sides``). Where a name finds no room, the movement lines near it stop counting
        and the names are placed again (event markers always count); a name that would
        still cover a more important one is left out."""
        step = DOT_PX * self.unit * frame.scale  # metres between obstacles along a line
        along = [
            shapely.get_coordinates(
                shapely.line_interpolate_point(line, np.arange(step, line.length - step, step))
            )
            for line in self.routes
        ]
        quarter = frame.metres(MARKER_PT / 2)  # a marker's disc: four dots cover it
        discs = [spot + np.array([dx, dy]) for spot in spread(self.events, frame)
                 for dx in (-quarter, quarter) for dy in (-quarter, quarter)]
        lines = np.concatenate([*along, np.zeros((0, 2))])[:MAX_OBSTACLES]
        for end, arriving in self.stubs:  # a short stem: its middle and its far end
            stem = stub(end, frame.metres(ARRIVAL_PT), arriving=arriving)
            discs += [stem.mean(axis=0), stem[0] + stem[1] - end]
        markers = np.array(discs, dtype=float).reshape(-1, 2)
        while True:
            sides = self._sides(frame, np.concatenate([markers, lines]))
            left_out = [k for k, side in enumerate(sides) if side is None]
            if not left_out or not len(lines):
                self.sides = sides
                return sides
            keep = np.ones(len(lines), dtype=bool)
            for k in left_out:
                reach = (self.widths[k] + (GAP_PX + DOT_PX) * self.unit) * frame.scale
                keep &= np.hypot(*(lines - self.xy[k]).T) > reach
            lines = lines[keep] if not keep.all() else lines[:0]

    def _sides(self, frame: Frame, obstacles: np.ndarray) -> list[str | None]:
        """label_sides for the names, then the obstacles as dots with no name."""
        lonlat = inverse(np.concatenate([self.xy, obstacles]))
        chars = [math.ceil(w / (CHAR_PX * self.unit)) for w in self.widths]
        points = [(*lonlat[i], "x" * n) for i, n in enumerate(chars)]
        points += [(*xy, "") for xy in lonlat[len(chars) :]]
        deg_per_px = math.degrees(frame.scale * self.unit / R)
        return label_sides(points, deg_per_px)[: len(chars)]

    def offset(self, side: str) -> tuple[float, float]:
        """The label's anchor offset from its point, in points."""
        gap = GAP_PX * self.unit / self.ppt
        return {"right": (gap, 0), "left": (-gap, 0), "top": (0, gap), "bottom": (0, -gap)}[side]

    def _boxes(self, frame: Frame, sides: list[str | None]) -> list[Box | None]:
        """Mercator boxes of the names on ``sides`` at the frame's scale (None: left out)."""
        boxes: list[Box | None] = []
        for (x, y), width, side in zip(self.xy, self.widths, sides, strict=True):
            if side is None:
                boxes.append(None)
                continue
            dx, dy = (v * self.ppt * frame.scale for v in self.offset(side))
            w, h = width * frame.scale, self.line * frame.scale
            x0 = {"right": x + dx, "left": x + dx - w}.get(side, x - w / 2)
            y0 = {"top": y + dy, "bottom": y + dy - h}.get(side, y - h / 2)
            boxes.append((x0, y0, x0 + w, y0 + h))
        return boxes

    def boxes(self, frame: Frame, story: Box) -> list[Box]:
        """Mercator boxes of the names of places in ``story`` (others are not fitted),
        placed at the frame's scale."""
        x0, y0, x1, y1 = story
        slack = 1e-3 * max(x1 - x0, y1 - y0)  # the view's bounds are rounded
        inside = [
            x0 - slack <= x <= x1 + slack and y0 - slack <= y <= y1 + slack for x, y in self.xy
        ]
        boxes = self._boxes(frame, self.place(frame))
        return [box for box, keep in zip(boxes, inside, strict=True) if keep and box]
