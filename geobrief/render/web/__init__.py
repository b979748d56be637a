"""The interactive web map: folium with Leaflet inlined, offline by default, with stable
element ids so that the same briefing gives the same bytes."""
