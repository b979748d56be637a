"""How things read on the page, in the map's tooltips and in an export's text alternative:
"1 mention", "3 countries", "Map centred on Belarus, showing 2 places (...)"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geobrief.story.rows import records, shown_at

if TYPE_CHECKING:
    from geobrief.models import Briefing


def counted(n: Any, word: str, plural: str | None = None) -> str:
    """``n`` (a number, or None for none) and ``word``, plural unless it is one."""
    n = int(n or 0)
    return f"{n} {word if n == 1 else plural or word + 's'}"


def route_name(route: dict[str, Any]) -> str:
    """"Minsk → Vilnius"; "→ Glasgow (start not told)" for a movement known by its end,
    "Homs → (end not told)" for one known by its start; an end the gazetteer lacks says
    where it is shown."""
    end = route.get("to")
    if route.get("to_anchor"):  # a place the gazetteer lacks
        end = f"{end} {shown_at(route['to_anchor'])}"
    if route.get("from") is None:
        return f"→ {end} (start not told)"
    if end is None:
        return f"{route.get('from')} → (end not told)"
    return f"{route.get('from')} → {end}"


def map_alternative(briefing: Briefing) -> str:
    """The map in words, for readers who cannot see it: what it centres on and shows."""
    layers = briefing.layers
    countries = {p.country: p.name for p in briefing.places if p.kind == "country"}
    focus = countries.get(briefing.focus or "", briefing.focus or "")
    parts = []
    cities = [str(name) for name in layers.places.get("name", [])]
    if cities:
        parts.append(f"{counted(len(cities), 'place')} ({', '.join(cities)})")
    if len(layers.countries):
        parts.append(counted(len(layers.countries), "country", "countries"))
    if len(layers.borders):
        names = ", ".join(f"{r['a_name']}–{r['b_name']}" for r in records(layers.borders))
        parts.append(f"{counted(len(layers.borders), 'border')} ({names})")
    if len(layers.routes):
        names = ", ".join(route_name(r) for r in records(layers.routes))
        parts.append(f"{counted(len(layers.routes), 'route')} ({names})")
    if len(layers.events):
        parts.append(counted(len(layers.events), "event"))
    shows = ", ".join(parts) if parts else "no places"
    centre = f"centred on {focus}, " if focus else ""
    return f"Map {centre}showing {shows}."
