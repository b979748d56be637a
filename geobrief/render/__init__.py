"""Render: a :class:`~geobrief.models.Briefing` in, what a reader sees out.

Gives the interactive folium map (``render/web/``), the static matplotlib locator map for
PNG, SVG and print (``render/static/``), the self-contained HTML page (Jinja templates),
the map fragment and the data exports (JSON, GeoJSON). Every string from an article is
escaped here before it reaches HTML or JavaScript. ``briefing.py`` is the
:class:`~geobrief.render.briefing.Briefing` the pipeline returns: the model with these
renderings as methods (``_repr_html_`` for Jupyter, ``map()``, ``to_html()``, ``to_geojson()``).
"""
