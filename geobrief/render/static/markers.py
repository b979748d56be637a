"""Numbered event markers and the key that decodes them ("1 Shoot down: Poland, 10 Sep").

A printed map cannot show a popup, so each place where something happened gets a number
in a red disc, and the key below the map says what happened there and when. Events at
the same point share a marker (its key entry lists them in text order); markers are
numbered in the order the text first tells of them. An event the text places only in a
country or region whose point lies off the map, while part of that country is on it, is
drawn in that part (:func:`bring_into_view`); one whose country is not on the map at all
keeps its number and its key entry says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
import shapely.ops

from geobrief.render.static.frame import Frame, largest_polygon, point, project
from geobrief.render.static.style import EVENT_LIFT_PT, KEY_PT, MARKER_PT, Theme
from geobrief.render.view import layer_rows
from geobrief.story.rows import shown_at

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from geobrief.models import Layers

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WIDE = ("country", "region")  # precisions whose point is only somewhere in an area
OFF_MAP = "not on this map"


@dataclass(frozen=True)
class Marker:
    """One numbered marker: its Mercator point, the events it stands for (as the key
    writes them), and where in the area the text names it may be drawn instead."""

    number: int
    xy: tuple[float, float]
    events: tuple[str, ...]
    country: str | None = None  # alpha-2 of an event placed only in a country or region
    shown: bool = True

    def key(self) -> str:
        """The key's words for this marker: "Shoot down: Poland, 10 Sep"."""
        words = "; ".join(self.events)
        return words if self.shown else f"{words} ({OFF_MAP})"


def number_events(layers: Layers, year: int | None) -> list[Marker]:
    """A marker per event point, numbered in text order; dates as "10 Sep" (with the
    year when it is not ``year``, the article's)."""
    found: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for rec in layer_rows(layers.events):
        at = tuple(np.round(point(rec["geometry"]), 1))
        found.setdefault(at, []).append(rec)
    markers = []
    for number, (at, recs) in enumerate(found.items(), start=1):
        wide = all(r.get("precision") in WIDE and r.get("country") for r in recs)
        events = tuple(_entry(r, year) for r in recs)
        country = str(recs[0]["country"]) if wide else None
        markers.append(Marker(number, (float(at[0]), float(at[1])), events, country))
    return markers


def _entry(rec: dict[str, Any], year: int | None) -> str:
    summary = " ".join(str(rec.get("summary") or rec.get("type") or "Event").split())
    if anchor := rec.get("anchor"):  # "Crash: Rivers Avenue, North Charleston": the key is short
        summary = summary.replace(f" {shown_at(str(anchor))}", f", {anchor}")
    date = rec.get("date")
    when = short_date(date, year) if isinstance(date, str) and date.strip() else ""
    return f"{summary}, {when}" if when else summary


def short_date(iso: str, year: int | None) -> str:
    """An ISO date as a key writes it: "10 Sep", "10 Sep 2024", "Feb 2022", "2022"."""
    parts = iso.strip().split("-")
    try:
        day = dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                      int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return iso.strip()
    month = _MONTHS[day.month - 1]
    if len(parts) == 1:
        return str(day.year)
    if len(parts) == 2:
        return f"{month} {day.year}"
    return f"{day.day} {month}" + ("" if day.year == year else f" {day.year}")


def bring_into_view(markers: list[Marker], layers: Layers, frame: Frame) -> list[Marker]:
    """Markers at the frame's edge nudged in; markers off the frame that stand for events
    in a country at the middle of that country's largest part on the map; others off the
    frame marked not shown."""
    x0, y0, x1, y1 = frame.extent
    inner = shapely.box(x0, y0, x1, y1).buffer(-frame.metres(3 * MARKER_PT))
    shapes = {str(r.get("iso_a2")): r["geometry"] for r in layer_rows(layers.countries)}
    moved = []
    outer = shapely.box(x0, y0, x1, y1)
    for marker in markers:
        point = shapely.Point(marker.xy)
        if inner.contains(point):
            moved.append(marker)
            continue
        if outer.contains(point):  # at the frame's edge: nudged in, to be drawn whole
            near = shapely.ops.nearest_points(inner, point)[0]
            moved.append(replace(marker, xy=(near.x, near.y)))
            continue
        shape = shapes.get(marker.country or "")
        part = None if shape is None else largest_polygon(project(shape).intersection(inner))
        if part is None or part.area < frame.metres(4 * MARKER_PT) ** 2:
            moved.append(replace(marker, shown=False))
            continue
        middle = shapely.ops.polylabel(part, tolerance=frame.metres(2))
        moved.append(replace(marker, xy=(middle.x, middle.y)))
    return moved


def shown_points(markers: list[Marker]) -> np.ndarray:
    """The Mercator points of the markers drawn."""
    return np.array([m.xy for m in markers if m.shown], dtype=float).reshape(-1, 2)


def spread(points: np.ndarray, frame: Frame) -> np.ndarray:
    """Where markers for ``points`` are drawn: just above each point (so that a city's
    dot and its marker both show), or, where that disc would cover an earlier marker's,
    the first of the places around the point that covers none."""
    lift = EVENT_LIFT_PT
    tries = [(0, lift), (0.8 * lift, 0.8 * lift), (-0.8 * lift, 0.8 * lift), (lift, 0),
             (-lift, 0), (0, -lift), (1.6 * lift, 0.8 * lift), (-1.6 * lift, 0.8 * lift)]
    apart = frame.metres(2 * MARKER_PT + 1)
    spots: list[np.ndarray] = []
    for xy in np.asarray(points, dtype=float).reshape(-1, 2):
        options = [xy + np.array([frame.metres(dx), frame.metres(dy)]) for dx, dy in tries]
        free = (o for o in options if all(np.hypot(*(o - s)) >= apart for s in spots))
        spots.append(next(free, options[0]))
    return np.array(spots, dtype=float).reshape(-1, 2)


def disc(theme: Theme) -> dict[str, Any]:
    """The style of a number in a red disc, on the map and in the key."""
    return {
        "fontweight": "bold", "color": "white", "ha": "center", "va": "center_baseline",
        "bbox": {"boxstyle": "circle,pad=0.28", "facecolor": theme.event,
                 "edgecolor": theme.halo, "linewidth": 0.8},
    }


def draw_markers(ax: Axes, markers: list[Marker], frame: Frame, theme: Theme) -> list[Any]:
    """Each marker shown as its number in a red disc above its point; the texts drawn."""
    shown = [m for m in markers if m.shown]
    drawn = []
    for marker, (x, y) in zip(shown, spread(shown_points(markers), frame), strict=True):
        drawn.append(ax.text(x, y, str(marker.number), zorder=8.3, fontsize=KEY_PT,
                             parse_math=False, gid=f"event-{marker.number}", **disc(theme)))
    return drawn
