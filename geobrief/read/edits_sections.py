"""The sections of an edits file (``focus``, ``places``, ``mentions``, ``events``,
``routes``), each checked into frozen dataclasses. Every edit keeps ``where`` ("FILE:
line N: ENTRY"), so that the steps applying it can say which entry does not fit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from geobrief.read.edits_fields import Fields

EVENT_STATUSES = ("happened", "ongoing", "scheduled")  # the drawn ones
ROUTE_STATUSES = ("made", "planned")
GIVEN_KINDS = ("feature", "city", "region")
MAX_SENTENCE = 1000


@dataclass(frozen=True)
class Focus:
    """The focus country (alpha-2) and focus place (a place id) the editor sets."""

    where: str
    country: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class PlaceEdit:
    """A place found, by id: a new display ``name`` and/or ``drop`` it."""

    where: str
    place_id: str
    name: str | None = None
    drop: bool = False


@dataclass(frozen=True)
class Spot:
    """Which text of the article a mention edit means: the ``occurrence``-th time (from 1)
    ``text`` appears as a word, or every time (``every``), or the span ``start``-``end``."""

    text: str | None = None
    occurrence: int | None = None
    every: bool = False
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class GivenPlace:
    """A place at the editor's own coordinates (the only way they enter a briefing)."""

    name: str
    lat: float
    lon: float
    kind: str = "feature"
    country: str | None = None


@dataclass(frozen=True)
class MentionEdit:
    """Drop the mention(s) at ``spot`` (``pin`` None), or pin them to a place id or to a
    :class:`GivenPlace`."""

    where: str
    spot: Spot
    pin: str | GivenPlace | None = None


@dataclass(frozen=True)
class EventEdit:
    """An event to add, or the key of one to drop (``type`` and ``place``, or ``index``
    from 1 in the events layer)."""

    where: str
    type: str | None = None
    place: str | None = None
    index: int | None = None
    date: str | None = None
    sentence: str | None = None
    summary: str | None = None
    status: str = "happened"


@dataclass(frozen=True)
class RouteEdit:
    """A route to add, or the key of one to drop (``origin`` and ``destination`` place
    ids, or ``index`` from 1 in the routes layer)."""

    where: str
    origin: str | None = None
    destination: str | None = None
    index: int | None = None
    who: str = ""
    status: str = "made"
    sentence: str | None = None


def read_focus(fields: Fields, value: Any) -> Focus | None:
    focus = fields.mapping(value, ("focus",), ("country", "place"))
    country, place = focus.get("country"), focus.get("place")
    if country is None and place is None:
        return None
    return Focus(
        fields.where(("focus",)),
        country=None if country is None else fields.country(country, ("focus", "country")),
        place=None if place is None else fields.place_id(place, ("focus", "place")),
    )


def read_places(fields: Fields, value: Any) -> tuple[PlaceEdit, ...]:
    """``places``: place id -> {name, drop}, or place id -> its new name."""
    if value is not None and not isinstance(value, dict):
        raise fields.fail(("places",), "should be a mapping of place ids to a new name or "
                          "{name, drop}")
    edits = []
    for key, entry in (value or {}).items():
        path = ("places", key)
        place_id = fields.place_id(key, path)
        if entry is not None and not isinstance(entry, dict):
            name = fields.text(entry, path, most=200)
            edits.append(PlaceEdit(fields.where(path), place_id, name))
            continue
        entry = fields.mapping(entry, path, ("name", "drop"))
        name = entry.get("name")
        edits.append(PlaceEdit(
            fields.where(path), place_id,
            name=None if name is None else fields.text(name, (*path, "name"), most=200),
            drop=fields.flag(entry.get("drop", False), (*path, "drop")),
        ))
    return tuple(edits)


def read_mentions(fields: Fields, value: Any) -> tuple[MentionEdit, ...]:
    edits = []
    for i, entry in enumerate(fields.items(value, ("mentions",))):
        path: tuple[str | int, ...] = ("mentions", i)
        entry = fields.mapping(
            entry, path, ("text", "occurrence", "all", "start", "end", "drop", "pin")
        )
        drop = fields.flag(entry.get("drop", False), (*path, "drop"))
        if drop == ("pin" in entry):
            raise fields.fail(path, "give either drop: true or pin: a place id or coordinates")
        pin = None if drop else _pin(fields, entry["pin"], (*path, "pin"))
        edits.append(MentionEdit(fields.where(path), _spot(fields, entry, path), pin))
    return tuple(edits)


def _spot(fields: Fields, entry: dict[str, Any], path: tuple[str | int, ...]) -> Spot:
    text = entry.get("text")
    text = None if text is None else fields.text(text, (*path, "text"), most=200)
    if "start" in entry:
        if "occurrence" in entry or "all" in entry:
            raise fields.fail(path, "give start (and end), or occurrence or all: true, not both")
        start = fields.integer(entry["start"], (*path, "start"))
        if "end" not in entry and text is None:
            raise fields.fail(path, "give the mention's end, or its text")
        end = fields.integer(entry["end"], (*path, "end"), least=start + 1) if "end" in entry else (
            start + len(text or ""))
        return Spot(text=text, start=start, end=end)
    if text is None:
        raise fields.fail(path, "give the mention's text (with occurrence or all: true), or start")
    every = fields.flag(entry.get("all", False), (*path, "all"))
    if every == ("occurrence" in entry):
        raise fields.fail(path, "give occurrence: N (from 1) or all: true with the text")
    if every:
        return Spot(text=text, every=True)
    occurrence = fields.integer(entry["occurrence"], (*path, "occurrence"), least=1)
    return Spot(text=text, occurrence=occurrence)


def _pin(fields: Fields, value: Any, path: tuple[str | int, ...]) -> str | GivenPlace:
    if not isinstance(value, dict):
        return fields.place_id(value, path)
    point = fields.mapping(value, path, ("name", "lat", "lon", "kind", "country"),
                           required=("name", "lat", "lon"))
    country = point.get("country")
    return GivenPlace(
        name=fields.text(point["name"], (*path, "name"), most=200),
        lat=fields.number(point["lat"], (*path, "lat"), -90, 90),
        lon=fields.number(point["lon"], (*path, "lon"), -180, 180),
        kind=fields.choice(point.get("kind", "feature"), (*path, "kind"), GIVEN_KINDS),
        country=None if country is None else fields.country(country, (*path, "country")),
    )


def read_events(fields: Fields, value: Any) -> tuple[tuple[EventEdit, ...], tuple[EventEdit, ...]]:
    """``events``: (the events to drop, the events to add)."""
    section = fields.mapping(value, ("events",), ("drop", "add"))
    drops = tuple(
        _event_key(fields, entry, ("events", "drop", i))
        for i, entry in enumerate(fields.items(section.get("drop"), ("events", "drop")))
    )
    adds = []
    for i, entry in enumerate(fields.items(section.get("add"), ("events", "add"))):
        path = ("events", "add", i)
        keys = ("type", "place", "date", "sentence", "summary", "status")
        event = fields.mapping(entry, path, keys, required=("type", "place"))
        adds.append(EventEdit(
            fields.where(path),
            type=fields.text(event["type"], (*path, "type"), most=40),
            place=fields.place_id(event["place"], (*path, "place")),
            date=None if event.get("date") is None else fields.date(event["date"], (*path, "date")),
            sentence=_optional(fields, event, "sentence", path),
            summary=_optional(fields, event, "summary", path),
            status=fields.choice(event.get("status", "happened"), (*path, "status"),
                                 EVENT_STATUSES),
        ))
    return drops, tuple(adds)


def _event_key(fields: Fields, entry: Any, path: tuple[str | int, ...]) -> EventEdit:
    key = fields.mapping(entry, path, ("type", "place", "index"))
    if "index" in key:
        if len(key) > 1:
            raise fields.fail(path, "give index alone, or type and place")
        return EventEdit(fields.where(path), index=fields.integer(key["index"], (*path, "index"),
                                                                   least=1))
    key = fields.mapping(entry, path, ("type", "place"), required=("type", "place"))
    return EventEdit(fields.where(path), type=fields.text(key["type"], (*path, "type"), most=40),
                     place=fields.place_id(key["place"], (*path, "place")))


def read_routes(fields: Fields, value: Any) -> tuple[tuple[RouteEdit, ...], tuple[RouteEdit, ...]]:
    """``routes``: (the routes to drop, the routes to add)."""
    section = fields.mapping(value, ("routes",), ("drop", "add"))
    drops = []
    for i, entry in enumerate(fields.items(section.get("drop"), ("routes", "drop"))):
        path = ("routes", "drop", i)
        key = fields.mapping(entry, path, ("from", "to", "index"))
        if "index" in key:
            if len(key) > 1:
                raise fields.fail(path, "give index alone, or from and to")
            index = fields.integer(key["index"], (*path, "index"), least=1)
            drops.append(RouteEdit(fields.where(path), index=index))
            continue
        fields.mapping(entry, path, ("from", "to"), required=("from", "to"))
        drops.append(RouteEdit(fields.where(path), *_ends(fields, key, path)))
    adds = []
    for i, entry in enumerate(fields.items(section.get("add"), ("routes", "add"))):
        path = ("routes", "add", i)
        route = fields.mapping(entry, path, ("from", "to", "who", "status", "sentence"),
                               required=("from", "to"))
        who = route.get("who")
        adds.append(RouteEdit(
            fields.where(path), *_ends(fields, route, path),
            who="" if who is None else fields.text(who, (*path, "who"), most=200),
            status=fields.choice(route.get("status", "made"), (*path, "status"), ROUTE_STATUSES),
            sentence=_optional(fields, route, "sentence", path),
        ))
    return tuple(drops), tuple(adds)


def _ends(fields: Fields, entry: dict[str, Any], path: tuple[str | int, ...]) -> tuple[str, str]:
    return (fields.place_id(entry["from"], (*path, "from")),
            fields.place_id(entry["to"], (*path, "to")))


def _optional(
    fields: Fields, entry: dict[str, Any], key: str, path: tuple[str | int, ...]
) -> str | None:
    value = entry.get(key)
    return None if value is None else fields.text(value, (*path, key), most=MAX_SENTENCE)
