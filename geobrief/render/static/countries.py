"""Country names on the static map: every country in view that has room for its name.

A reader of a printed locator map finds their way by the countries around the story, so
every country the frame shows is named, in capitals: the story's countries darker and a
little larger, the others lighter. A name goes at Natural Earth's label point when that
lies in the country's largest part on the map, else at the middle of that part (a
country half off the frame is named in the half that shows); it moves up or down a line
or sideways, or breaks onto two lines to clear what is drawn, and is left out only where it would
cover a city name, a dot, a marker, the legend or the inset, or run far outside a small
country (a story country may overhang its shape more).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
import shapely.ops

from geobrief.render.static.frame import Frame, largest_polygon, mercator, project
from geobrief.render.static.seam import turn
from geobrief.render.static.style import (
    COUNTRY_PT,
    HALO_PT,
    OTHER_COUNTRY_PT,
    Theme,
    name,
    text,
    text_width,
)
from geobrief.render.style import country_role, importance, label_points
from geobrief.render.view import layer_rows

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.transforms import Bbox

    from geobrief.models import Layers

SHIFTS = (0.0, -1.3, 1.3, -2.6, 2.6, -3.9, 3.9)  # tries, in lines below and above its point
SIDEWAYS = (-0.75, 0.75)  # then these shares of the name's width left and right of those
STORY_ROOM, OTHER_ROOM = 0.15, 0.5  # the least share of the name's box the country fills


@dataclass(frozen=True)
class Country:
    """A country to name: its words, whether it is in the story, its Mercator part on
    the map and the point its name is centred on."""

    words: str
    story: bool
    part: Any
    at: tuple[float, float]


def countries_in_view(
    layers: Layers, codes: list[str], names: list[str], shapes: list[Any], frame: Frame,
    lon0: float, blocked: list[tuple[float, float, float, float]],
) -> list[Country]:
    """The countries to name, the story's first (by importance), then the others by how
    much of the map they fill. ``codes``, ``names`` and ``shapes`` are the background's
    (lightened and turned); ``blocked`` the Mercator boxes of the legend, inset and scale
    bar, which no name's point is in."""
    x0, y0, x1, y1 = frame.extent
    window = shapely.box(x0, y0, x1, y1).difference(shapely.union_all(
        [shapely.box(*b) for b in blocked]))
    rows = layer_rows(layers.countries)
    story = {str(rows[i].get("iso_a2")): rows[i] for i in importance(rows, country_role)}
    points = label_points()
    order = {code: k for k, code in enumerate(story)}
    found: list[tuple[tuple[int, float], Country]] = []
    shown = _in_window(np.asarray(shapes, dtype=object), window)
    labels = project(turn(np.array([points.get(code) for code in codes], dtype=object), lon0))
    for code, words, seen, label in zip(codes, names, shown, labels, strict=True):
        part = largest_polygon(seen) if seen is not None else None
        if part is None:
            continue
        rec = story.get(code)
        at = _anchor(part, label)
        rank = (0, order[code]) if rec else (1, -part.area)
        found.append((rank, Country((name(rec) if rec else words).upper(), rec is not None,
                                    part, at)))
    return [country for _, country in sorted(found, key=lambda pair: pair[0])]


def _in_window(shapes: np.ndarray, window: Any) -> np.ndarray:
    """What of each shape (degrees) lies in the Mercator ``window``; None for a shape
    whose box misses the window's (no need to project and cut it)."""
    shown = np.full(len(shapes), None, dtype=object)
    corners = shapely.bounds(shapes).reshape(-1, 4)
    lows = mercator(np.nan_to_num(corners[:, :2]))
    highs = mercator(np.nan_to_num(corners[:, 2:]))
    x0, y0, x1, y1 = window.bounds
    near = ~np.isnan(corners[:, 0]) & (lows[:, 0] <= x1) & (highs[:, 0] >= x0) & (
        lows[:, 1] <= y1) & (highs[:, 1] >= y0)
    shown[near] = shapely.intersection(project(shapes[near]), window)
    return shown


def _anchor(part: Any, label: Any) -> tuple[float, float]:
    """Where a country's name is centred: its label point (Mercator) when that lies in
    ``part``, else the middle of ``part``."""
    if label is not None and part.contains(label):
        return (label.x, label.y)
    middle = shapely.ops.polylabel(part, tolerance=max(part.length / 400, 1.0))
    return (middle.x, middle.y)


def draw_country_names(
    ax: Axes, countries: list[Country], frame: Frame, theme: Theme, renderer: RendererBase,
    taken: list[Bbox], lines: list[Any],
) -> None:
    """Each country's name where it fits (see the module), clear of the ``taken`` pixel
    boxes and of the Mercator ``lines`` (movements)."""
    boxes = np.array([[t.x0, t.y0, t.x1, t.y1] for t in taken] + _line_boxes(ax, lines),
                     dtype=float).reshape(-1, 4)
    for country in countries:
        size = COUNTRY_PT if country.story else OTHER_COUNTRY_PT
        weight = "bold" if country.story else "normal"
        centre = ax.transData.transform(country.at)
        for words in _wordings(country.words):
            box = _place(words, centre, (size, weight), country, frame, ax, renderer, boxes)
            if box is not None:
                break
        else:
            continue
        boxes = np.vstack([boxes, np.ravel(box[0])])
        text(ax, words, country.at, box[1], (HALO_PT * 0.8, theme.halo), ha="center",
             va="center", fontsize=size, fontweight=weight,
             color=theme.country if country.story else theme.other, zorder=6.5,
             linespacing=1.0)


def _line_boxes(ax: Axes, lines: list[Any]) -> list[list[float]]:
    """Small pixel boxes every few pixels along ``lines``."""
    boxes = []
    for line in lines:
        xy = ax.transData.transform(shapely.get_coordinates(line))
        steps = np.hypot(*np.diff(xy, axis=0).T)
        for (x, y), (x1, y1), step in zip(xy[:-1], xy[1:], steps, strict=True):
            for t in np.linspace(0, 1, max(int(step // 4), 1) + 1):
                px, py = x + t * (x1 - x), y + t * (y1 - y)
                boxes.append([px - 1.5, py - 1.5, px + 1.5, py + 1.5])
    return boxes


def _wordings(words: str) -> list[str]:
    """The name on one line, then broken at the space nearest its middle."""
    spaces = [i for i, c in enumerate(words) if c == " "]
    if not spaces:
        return [words]
    middle = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return [words, f"{words[:middle]}\n{words[middle + 1:]}"]


def _place(
    words: str, centre: np.ndarray, font: tuple[float, str], country: Country, frame: Frame,
    ax: Axes, renderer: RendererBase, taken: np.ndarray,
) -> tuple[list[float], tuple[float, float]] | None:
    """The pixel box of ``words`` in ``font`` (size in points, weight) at the first shift
    that fits, and that shift in points. A country too small for its name is named only
    if it is the story's, beside it."""
    lines = words.split("\n")
    width = max(text_width(s, *font, renderer.dpi) for s in lines)
    line = font[0] * frame.px_per_pt
    height = line * 1.2 * len(lines)
    area = country.part.area / frame.scale**2  # px²
    small = area < (STORY_ROOM if country.story else OTHER_ROOM) * width * height
    if small and not country.story:
        return None
    edge = ax.bbox
    shifts = [(0.0, dy * line) for dy in SHIFTS]
    shifts += [(dx * width, dy) for _, dy in shifts for dx in SIDEWAYS]
    if small:  # beside the country: below, above, right, left, then corners
        side, up = width / 2 + 0.8 * line, 1.3 * line
        shifts = [shifts[1], shifts[2], (side, 0.0), (-side, 0.0), *shifts[3:],
                  *((dx, dy) for dx in (side, -side) for dy in (-up, up))]
    for dx, dy in shifts:
        x, y = centre[0] + dx, centre[1] + dy
        box = [x - width / 2, y - height / 2, x + width / 2, y + height / 2]
        if not (edge.x0 <= box[0] and edge.y0 <= box[1] and box[2] <= edge.x1
                and box[3] <= edge.y1):
            continue
        if ((taken[:, 0] < box[2]) & (box[0] < taken[:, 2]) & (taken[:, 1] < box[3])
                & (box[1] < taken[:, 3])).any():
            continue
        middle = ax.transData.inverted().transform((x, y))
        reach = frame.scale * (width / 2 + line if small else line)
        if country.part.distance(shapely.Point(middle)) > reach:
            continue  # the name would sit beside the country, not on it
        return box, (dx / frame.px_per_pt, dy / frame.px_per_pt)
    return None
