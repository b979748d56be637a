"""Draw each layer of a briefing into its folium FeatureGroup, and the background.

Every layer is one GeoJson (plus one of labels or arrowheads) whose features carry
escaped strings in their properties: every string from the article goes through
:func:`geobrief.escape.safe_text`, because folium escapes nothing and Leaflet inserts
tooltips and popups with innerHTML. One JavaScript handler binds them all. Role fills,
opacities and border colours come from :mod:`geobrief.render.style`, shared with the static map.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import folium
import shapely

from geobrief.render.escape import safe_text
from geobrief.render.style import (
    BORDER_RED,
    NATO_BLUE,
    country_role,
    importance,
    label_points,
    opacity,
    role_of,
)
from geobrief.render.view import View, is_focus, largest_part, layer_rows
from geobrief.render.wording import counted, route_name
from geobrief.story.roles import ROLE_STYLES
from geobrief.story.rows import as_list

if TYPE_CHECKING:
    import geopandas as gpd

PRECISION = 5  # decimals kept in coordinates (about 1 m)
LABEL_GAP_PX = 3  # between a place's dot and its name

# One handler binds each feature's tooltip, permanent label and popup from properties
# that Python escaped (Leaflet inserts them with innerHTML).
_ON_EACH_FEATURE = folium.JsCode(
    """function (feature, layer) {
  var p = feature.properties;
  if (p.label) {  /* placed on the map's real size by the map's script (_map.js) */
    layer.bindTooltip(p.label, {permanent: true, interactive: false, className: p.label_class,
      direction: p.label_dir, offset: [p.label_dir === "right" ? p.label_gap || 0 : 0, 0]});
  } else if (p.tip) {
    layer.bindTooltip(p.tip, {className: "gb-tip", sticky: true});
  }
  if (p.popup) { layer.bindPopup(p.popup, {maxWidth: 320, className: "gb-popup"}); }
  if (p.icon) {
    layer.setIcon(L.divIcon({className: "gb-icon", iconSize: [0, 0], html: p.icon}));
  }
}"""
)

Feature = tuple[Any, dict[str, Any]]  # (shapely geometry, properties)
Drawer = Callable[[folium.FeatureGroup, "gpd.GeoDataFrame", View], None]

# ---------------------------------------------------------------- GeoJson pieces


def _geojson(features: list[Feature], **kwargs: Any) -> folium.GeoJson:
    """A GeoJson layer of ``features`` (coordinates rounded), styled by ``properties.style``."""
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": str(i),
                "properties": props,
                "geometry": shapely.geometry.mapping(
                    shapely.transform(geom, lambda xy: xy.round(PRECISION))
                ),
            }
            for i, (geom, props) in enumerate(features)
            if geom is not None and not geom.is_empty
        ],
    }
    return folium.GeoJson(collection, on_each_feature=_ON_EACH_FEATURE, **kwargs)


def _labels(features: list[Feature]) -> folium.GeoJson:
    """Permanent name labels, bound to invisible points."""
    dot = folium.CircleMarker(radius=1, opacity=0, fill_opacity=0)
    return _geojson(features, marker=dot)


def _icon() -> folium.DivIcon:
    return folium.DivIcon(html="", icon_size=(0, 0), icon_anchor=(0, 0), class_name="gb-icon")


# ---------------------------------------------------------------- the layers


def draw_places(group: folium.FeatureGroup, frame: gpd.GeoDataFrame, view: View) -> None:
    """Places as circles filled by role and sized by mentions, each with a name label
    that the browser puts on the side where it covers no other name or place
    (``templates/_map.js``), the most important place's first (``label_rank``)."""
    dots: list[Feature] = []
    labels: list[Feature] = []
    rows = layer_rows(frame)
    rank = {row: i for i, row in enumerate(importance(rows))}
    for i, rec in enumerate(rows):
        name, n = safe_text(rec.get("name")), int(rec.get("mentions") or 0)
        role = role_of(rec)
        tip = (
            f"<b>{name}</b><br>{safe_text(rec.get('kind'))} · "
            f"{counted(n, str(rec.get('unit') or 'mention'))}"
            f" · {safe_text(role)}"
        )
        radius = round(min(4 + 1.5 * n**0.5, 10), 2)
        style = {
            "radius": radius,
            "color": "#fff" if role != "mentioned" else "#333",
            "weight": 1.5,
            "fill": True,
            "fillColor": ROLE_STYLES[role][0],
            "fillOpacity": 1,
        }
        props = {"place_id": safe_text(rec.get("place_id")), "tip": tip, "style": style}
        point = view.shift(rec["geometry"])
        dots.append((point, props))
        label = {"label": name, "label_class": "gb-label", "label_dir": "right",
                 "label_gap": round(radius + LABEL_GAP_PX, 2), "label_rank": rank[i]}
        labels.append((point, label))
    on_top = importance(rows)[::-1]  # the most important dot is drawn last, on top
    _geojson([dots[i] for i in on_top], marker=folium.CircleMarker(radius=5)).add_to(group)
    _labels(labels).add_to(group)


def draw_countries(group: folium.FeatureGroup, frame: gpd.GeoDataFrame, view: View) -> None:
    """Countries filled by role (the focus country stands out), each with a name label
    at Natural Earth's label point, that the browser shows where it covers no other name
    or place (``templates/_map.js``)."""
    shapes: list[Feature] = []
    labels: list[Feature] = []
    rows = layer_rows(frame)
    points = label_points()
    rank = {row: i for i, row in enumerate(importance(rows, country_role))}
    for i, (rec, geom) in enumerate(
        zip(rows, view.lighten([r["geometry"] for r in rows]), strict=True)
    ):
        if geom is None or geom.is_empty:
            continue
        role = country_role(rec)
        fill = ROLE_STYLES[role][0]
        style = {"fillColor": fill, "fillOpacity": opacity(role), "color": "#fff", "weight": 1,
                 "className": "gb-country"}
        name = safe_text(rec.get("name"))
        tip = f"<b>{name}</b><br>{counted(rec.get('mentions'), 'mention')} · {safe_text(role)}"
        shapes.append((geom, {"iso_a2": safe_text(rec.get("iso_a2")), "tip": tip, "style": style}))
        point = view.shift(points.get(str(rec.get("iso_a2"))))
        if point is None or not geom.contains(point):
            point = largest_part(geom).representative_point()
        label = {"label": name, "label_class": "gb-label-country", "label_dir": "center"}
        labels.append((point, label | {"label_rank": rank[i], "label_of": shapes[-1][1]["iso_a2"]}))
    _geojson(shapes).add_to(group)
    _labels(labels).add_to(group)


def draw_borders(group: folium.FeatureGroup, frame: gpd.GeoDataFrame, view: View) -> None:
    """Shared boundaries, the focus country's thick, NATO blue; lengths labelled measured."""
    lines: list[Feature] = []
    for rec in layer_rows(frame):
        groups = as_list(rec.get("groups"))
        km = float(rec.get("length_km") or 0)
        tip = f"{safe_text(rec.get('a_name'))} \u2013 {safe_text(rec.get('b_name'))}: "
        tip += f"{km:.0f} km measured on the generalized map"
        tip += "".join(f" · {safe_text(name)}" for name in groups)
        color = NATO_BLUE if "NATO" in groups else BORDER_RED
        weight = 5 if is_focus(rec, True) else 2.5  # borders of the focus country
        style = {"color": color, "weight": weight, "opacity": 0.9, "lineCap": "round",
                 "className": "gb-border-nato" if "NATO" in groups else "gb-border"}
        lines.append((view.shift(rec["geometry"]), {"tip": tip, "style": style}))
    _geojson(lines).add_to(group)


def _bearing(line: Any) -> float | None:
    """Screen bearing of a line's last segment, degrees clockwise from up (Web Mercator is
    conformal, so the angle holds at every zoom); None for a line of one point."""
    xy = shapely.get_coordinates(largest_part(line))
    end = xy[-1]
    start = next((p for p in xy[::-1] if tuple(p) != tuple(end)), None)
    if start is None:
        return None
    merc = [
        math.log(math.tan(math.radians(45 + max(min(y, 85), -85) / 2))) for y in (start[1], end[1])
    ]
    return round(
        math.degrees(math.atan2(math.radians(end[0] - start[0]), merc[1] - merc[0])) % 360, 1
    )


def draw_routes(group: folium.FeatureGroup, frame: gpd.GeoDataFrame, view: View) -> None:
    """Movements as dashed lines with an arrowhead (a rotated CSS triangle) at the end; a
    movement whose start (or end) the text does not tell as a short arrow onto its end
    (or away from its start)."""
    lines: list[Feature] = []
    heads: list[Feature] = []
    one_end: list[Feature] = []  # a movement whose start or end is not told
    for rec in layer_rows(frame):
        planned = rec.get("status") == "planned"
        line = view.shift(rec["geometry"])  # continuous across the date line
        if rec.get("from") is None or rec.get("to") is None:
            one_end.append((line, _arrival(rec, planned=planned)))
            continue
        tip = _route_tip(rec, planned=planned)
        style = {"color": "#111", "weight": 3, "opacity": 0.9, "dashArray": "8 6",
                 "className": "gb-route"}
        if planned:  # a decided trip not yet made: dotted and lighter
            style |= {"opacity": 0.45, "dashArray": "2 6"}
        lines.append((line, {"tip": tip, "style": style}))
        bearing = _bearing(line)
        if bearing is not None:
            end = shapely.Point(shapely.get_coordinates(largest_part(line))[-1])
            style = f"transform: rotate({bearing}deg) translateY(7px)"
            heads.append((end, {"icon": f'<div class="gb-arrow" style="{style}"></div>'}))
    _geojson(lines).add_to(group)
    arrowhead = folium.Marker(icon=_icon(), interactive=False, keyboard=False)  # decoration
    _geojson(heads, marker=arrowhead).add_to(group)
    _geojson(one_end, marker=folium.Marker(icon=_icon())).add_to(group)


def _arrival(rec: dict[str, Any], *, planned: bool) -> dict[str, str]:
    """The tooltip and icon of a movement known only by its end ("was flown to Glasgow")
    or only by its start ("fled Homs")."""
    leaves = rec.get("to") is None
    what = "departure" if leaves else "arrival"
    place = safe_text(rec.get("from" if leaves else "to"))
    name = f"{place}: {'planned ' if planned else ''}{what}"
    kind = f"gb-{what}" + (" gb-planned" if planned else "")
    return {
        "tip": _route_tip(rec, planned=planned),
        "icon": f'<div class="{kind}"></div><span class="gb-sr">{name}</span>',
    }


def _route_tip(rec: dict[str, Any], *, planned: bool) -> str:
    tip = f"<b>{safe_text(route_name(rec))}</b>" + (" (planned)" if planned else "")
    return tip + (f"<br>{safe_text(rec['sentence'])}" if rec.get("sentence") else "")


def _event_html(rec: dict[str, Any]) -> str:
    date = f' <span class="date">{safe_text(rec["date"])}</span>' if rec.get("date") else ""
    status = rec.get("status")
    status = f" ({safe_text(status)})" if isinstance(status, str) and status != "happened" else ""
    summary, sentence = safe_text(rec.get("summary")), safe_text(rec.get("sentence"))
    return f"<p><b>{summary}</b>{status}{date}<br>{sentence}</p>"


def draw_events(group: folium.FeatureGroup, frame: gpd.GeoDataFrame, view: View) -> None:
    """Events as red diamonds; events at one point share a marker and a popup."""
    at: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for rec in layer_rows(frame):
        x, y = shapely.get_coordinates(rec["geometry"])[0]
        at.setdefault((round(x, 3), round(y, 3)), []).append(rec)
    marks: list[Feature] = [
        (
            view.shift(recs[0]["geometry"]),
            {
                "tip": "<br>".join(safe_text(rec.get("summary")) for rec in recs),
                "popup": "".join(_event_html(rec) for rec in recs),
                "icon": '<div class="gb-event"></div><span class="gb-sr">'
                + "; ".join(safe_text(rec.get("summary")) for rec in recs)
                + "</span>",  # the marker's name for screen readers
            },
        )
        for recs in at.values()
    ]
    _geojson(marks, marker=folium.Marker(icon=_icon())).add_to(group)


DRAWERS: dict[str, Drawer] = {
    "places": draw_places,
    "countries": draw_countries,
    "borders": draw_borders,
    "routes": draw_routes,
    "events": draw_events,
}


def draw_background(m: folium.Map, background: gpd.GeoDataFrame, view: View) -> None:
    """Grey land under everything, clipped to the view's region; not in the control."""
    style = {"fillColor": "#f4f2ed", "fillOpacity": 1, "color": "#bdb8ad", "weight": 0.7,
             "className": "gb-land"}
    land = [(geom, {"style": style}) for geom in view.lighten(background.geometry.values)]
    _geojson(land, control=False, interactive=False, name="background").add_to(m)
