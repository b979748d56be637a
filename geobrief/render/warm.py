"""What a process's first page waits for, loaded ahead of it.

``geobrief build`` loads it in its page process while the other one parses
(``cli.renderer``), and ``geobrief batch`` before its workers fork from it
(``site.workers``), so each worker starts with it shared: folium and the page template,
matplotlib's figure, backends and path effects (imported late by the static map), its
parameters (validated once, which imports ``matplotlib.pyplot``), an Agg renderer's
fonts, the map shapes and the countries' label points. Nothing here changes a page.
"""

from __future__ import annotations


def warm_up() -> None:
    """Import and load what rendering a page needs, once per process."""
    import matplotlib.backends.backend_agg
    import matplotlib.backends.backend_mixed
    import matplotlib.backends.backend_svg
    import matplotlib.patheffects  # noqa: F401
    from matplotlib.figure import Figure

    from geobrief.gazetteer.shapes import load_background
    from geobrief.render.page import environment
    from geobrief.render.static.metrics import agg_renderer
    from geobrief.render.static.style import drawing_style
    from geobrief.render.style import label_points

    environment().get_template("briefing.html")
    load_background()
    label_points()  # the country shapes too
    with drawing_style():
        agg_renderer(Figure())
