"""The static map's axes: matplotlib's, without the tick marks a map never shows.

Making an Axes costs a print map a tenth of its time, and half of that is ticks: the
axes' clearing makes a major and a minor tick on each axis (each a line, two marks, a
grid line and two labels) only to hide them. Here the axis lines start with no ticks;
matplotlib makes any it asks for later as usual, and with the axes switched off it
draws none, so the picture is the same.
"""

from __future__ import annotations

import functools
from contextlib import suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


def map_axes(fig: Figure, rect: tuple[float, float, float, float], *, gid: str) -> Axes:
    """An axes on ``fig`` at ``rect`` (figure fractions: left, bottom, width, height),
    switched off: no axis lines, ticks or frame."""
    ax = fig.add_axes(rect, axes_class=_axes_class(), gid=gid)
    ax.set_axis_off()
    return ax


@functools.cache
def _axes_class() -> type[Axes]:
    """The Axes class, made once (matplotlib is imported late, and writes the docstring
    of every Artist class it makes)."""
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis, XAxis, YAxis

    def reset_ticks(self: Axis) -> None:
        """No ticks yet (matplotlib's makes one of each kind), then the clip path."""
        self.majorTicks, self.minorTicks = [], []
        with suppress(AttributeError):
            self.set_clip_path(self.axes.patch)

    x_axis = type("MapXAxis", (XAxis,), {"reset_ticks": reset_ticks})
    y_axis = type("MapYAxis", (YAxis,), {"reset_ticks": reset_ticks})

    class MapAxes(Axes):
        """Axes whose axis lines start with no ticks."""

        def _init_axis(self) -> None:
            self.xaxis = x_axis(self, clear=False)
            self.spines.bottom.register_axis(self.xaxis)
            self.spines.top.register_axis(self.xaxis)
            self.yaxis = y_axis(self, clear=False)
            self.spines.left.register_axis(self.yaxis)
            self.spines.right.register_axis(self.yaxis)

    return MapAxes
