"""A starting edits file for an article (``geobrief places ARTICLE --format edits``).

It lists what geobrief found, so that an editor edits rather than types: the title and
standfirst, the focus, every place by id with its name, kind, country, point and
mentions (text and offsets), and the events and routes with the key that drops each.
As written it changes nothing (the values are the machine's own; drops and additions are
comments to copy), so applying it unedited gives the same briefing. The format is read
by :mod:`geobrief.read.edits`; strings are written as double-quoted YAML scalars.
"""

from __future__ import annotations

from pathlib import PurePath

from geobrief.models import Briefing, Place
from geobrief.read.edits import EDITS_SUFFIX, edits_beside
from geobrief.read.edits_yaml import quoted
from geobrief.render.wording import route_name
from geobrief.story.facts import standfirst
from geobrief.story.rows import records

LINE = 88  # characters in a comment line listing mentions
SHOWN_SENTENCE = 60  # characters of an event's sentence in its comment


def edits_starter(briefing: Briefing) -> str:
    """The starting edits file of an unedited briefing, as YAML text."""
    article = briefing.article
    name = PurePath(article.source).name
    beside = edits_beside(PurePath(name)).name if not name.startswith("<") else (
        "ARTICLE" + EDITS_SUFFIX)
    lines = [
        f"# geobrief edits for {name}: version 1 of the format (README, \"Corrections\").",
        f"# Saved as {beside} beside the article, build, export and batch apply it",
        "# (--no-edits ignores it). As written it changes nothing: change what is wrong.",
        "# Place ids are those `geobrief places` gives; offsets index the article's text.",
        "version: 1",
        "",
        "# The headline and the line under it.",
        f"title: {quoted(article.title)}",
        f"standfirst: {quoted(standfirst(article)) if standfirst(article) else 'null'}",
        "",
        *_focus(briefing),
        "",
        *_places(briefing.places),
        "",
        *_mentions(briefing),
        "",
        *_events(briefing),
        "",
        *_routes(briefing),
    ]
    return "\n".join(lines) + "\n"


def _focus(briefing: Briefing) -> list[str]:
    names = {p.country: p.name for p in briefing.places if p.kind == "country"}
    place = next((p for p in briefing.places if p.role == "focus" and p.kind != "country"), None)
    country = briefing.focus
    return [
        "# The country the story is about (ISO 3166 alpha-2) and its central place (an id",
        "# below). The focus country's borders with its neighbours are drawn.",
        "focus:",
        f"  country: {quoted(country)}  # {names.get(country, country)}" if country
        else "  country: null",
        f"  place: {quoted(place.place_id)}  # {place.name}" if place else "  place: null",
    ]


def _places(places: list[Place]) -> list[str]:
    lines = [
        "# Every place found. Change a name to relabel the place; drop: true takes it and",
        "# its mentions off the map.",
        "places:" if places else "places: {}",
    ]
    for place in places:
        country = place.country or "-"
        lines += [
            f"  {quoted(place.place_id)}:  # {place.kind}, {country}, {place.lat:.5f} "
            f"{place.lon:.5f}",
            f"    name: {quoted(place.name)}",
            "    drop: false",
        ]
        lines += _wrapped("    # mentions: ", [f"{quoted(m.text)} {m.start}-{m.end}"
                                                    for m in place.mentions])
    return lines


def _wrapped(head: str, items: list[str]) -> list[str]:
    """``items`` after ``head``, comma-separated, in comment lines of about LINE width."""
    lines = [head]
    for i, item in enumerate(items):
        if len(lines[-1]) + len(item) > LINE and lines[-1] != head:
            lines.append("    #   ")
        lines[-1] += item + ("," if i < len(items) - 1 else "")
        lines[-1] += " " if i < len(items) - 1 else ""
    return [line.rstrip() for line in lines]


def _mentions(briefing: Briefing) -> list[str]:
    lines = [
        "# Single mentions: drop one, or pin it (or every mention of a name) to a place id",
        "# (one above, or any GeoNames id) or to coordinates (name, lat, lon; kind: feature,",
        "# city or region; country). The text is as written, a whole word; occurrence",
        "# counts from 1.",
    ]
    pairs = [(m, p) for p in briefing.places for m in p.mentions]
    if pairs:
        mention, place = min(pairs, key=lambda pair: pair[0].start)
        text = quoted(mention.text)
        lines += [
            "# For example:",
            f"#   - {{text: {text}, occurrence: 1, drop: true}}",
            f"#   - {{text: {text}, all: true, pin: {quoted(place.place_id)}}}",
            f"#   - {{start: {mention.start}, end: {mention.end}, pin: {{name: {text}, "
            f"lat: {place.lat:.2f}, lon: {place.lon:.2f}, kind: feature}}}}",
        ]
    return [*lines, "mentions: []"]


def _events(briefing: Briefing) -> list[str]:
    found = []
    for event in records(briefing.layers.events):
        sentence = str(event["sentence"] or "")
        if len(sentence) > SHOWN_SENTENCE:
            sentence = sentence[: SHOWN_SENTENCE - 1] + "…"
        when = f", {event['date']}" if event["date"] else ""
        found.append((f"{event['type']} at {event['place']}{when}, {event['status']}: "
                      f"{quoted(sentence)}",
                      f"{{type: {event['type']}, place: {quoted(str(event['place_id']))}}}"))
    return _section("events", [
        "# Events found, each with the key that drops it (or drop by index: {index: 1}).",
        "# Add one with type (release, shoot-down, attack, exercise, invasion, talks,",
        "# protest, election, disaster, outbreak, ...), place (an id above), date",
        "# (2025-03-04, 2025-03 or 2025), summary, sentence and status (happened, ongoing,",
        "# scheduled).",
    ], found)


def _routes(briefing: Briefing) -> list[str]:
    found = []
    for number, route in enumerate(records(briefing.layers.routes), start=1):
        who = f", who: {quoted(str(route['who']))}" if route["who"] else ""
        key = (
            f"{{from: {quoted(str(route['from_id']))}, to: {quoted(str(route['to_id']))}}}"
            if route["from_id"] and route["to_id"]
            else f"{{index: {number}}}"  # an end not told has no id
        )
        found.append((f"{route_name(route)}, {route['status']}{who}", key))
    return _section("routes", [
        "# Routes found, each with the key that drops it (or {index: 1}). Add one with",
        "# from, to (ids above), who, status (made or planned) and sentence.",
    ], found)


def _section(name: str, header: list[str], found: list[tuple[str, str]]) -> list[str]:
    """A section of drops and additions, each thing found a numbered comment with its key."""
    lines = [*header, f"{name}:", "  drop: []"]
    for number, (what, key) in enumerate(found, start=1):
        lines += [f"  # {number}. {what}", f"  #    - {key}"]
    return [*lines, "  add: []"]
