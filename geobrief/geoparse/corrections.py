"""An editor's corrections of the places found: applied after resolving, before the story.

:func:`canonical_ids` turns every place id an edits file names into the id the briefing
uses (a bare GeoNames id 2134431 is "country:VU"), refusing ids the gazetteer does not
know. :func:`correct_places` then applies, in this order:

1. the ``mentions`` edits, in the file's order: drop the mentions at a spot (one that
   names no place found is an error), or pin every mention at it (found or not: a name
   the machine missed can be pinned) to a place of the gazetteer or to the editor's
   coordinates (``user:<name>``, recorded as user-given);
2. the ``places`` edits: relabel a place (its display name) or drop it with its mentions.

A place left without mentions leaves the briefing. The article's text is never changed:
a mention's text is ``text[start:end]``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from geobrief.gazetteer.index import Candidate, Gazetteer
from geobrief.gazetteer.shapes import country_at
from geobrief.models import Article, Mention, Place
from geobrief.read.edits import Edits, GivenPlace, MentionEdit, Spot
from geobrief.read.edits_fields import edit_error

USER_PREFIX = "user:"
_Edit = TypeVar("_Edit")


def canonical_ids(edits: Edits, gazetteer: Gazetteer) -> Edits:
    """``edits`` with each place id as the briefing writes it; EditsError for an id the
    gazetteer does not know (``user:`` ids are the editor's own, checked when used)."""

    def fix(place_id: str | None, where: str) -> str | None:
        if place_id is None or place_id.startswith(USER_PREFIX):
            return place_id
        found = gazetteer.place(place_id)
        if found is None:
            raise edit_error(where, f"unknown place id {place_id!r} (not in the gazetteer; "
                        "`geobrief places ARTICLE --format edits` lists the ids found)")
        return found.place_id

    def each(items: tuple[_Edit, ...], *names: str) -> tuple[_Edit, ...]:
        return tuple(
            replace(item, **{n: fix(getattr(item, n), item.where) for n in names})  # type: ignore[type-var]
            for item in items
        )

    mentions = tuple(
        replace(m, pin=fix(m.pin, m.where)) if isinstance(m.pin, str) else m
        for m in edits.mentions
    )
    focus = edits.focus and replace(edits.focus, place=fix(edits.focus.place, edits.focus.where))
    return replace(
        edits, focus=focus, mentions=mentions, places=each(edits.places, "place_id"),
        drop_events=each(edits.drop_events, "place"), add_events=each(edits.add_events, "place"),
        drop_routes=each(edits.drop_routes, "origin", "destination"),
        add_routes=each(edits.add_routes, "origin", "destination"),
    )


def correct_places(
    article: Article, places: list[Place], edits: Edits, gazetteer: Gazetteer
) -> list[Place]:
    """The places as the editor corrected them (new Place objects: ``places`` is left as
    it was); ``edits`` has canonical ids (:func:`canonical_ids`)."""
    places = [replace(p, mentions=list(p.mentions)) for p in places]
    pinned = False
    for edit in edits.mentions:
        spans = find_spans(article, edit.spot, edit.where)
        if edit.pin is None:
            _drop(places, spans, edit)
            continue
        target = _target(places, edit, gazetteer)
        if target not in places:
            places.append(target)
        _pin(places, spans, target, article.text)
        pinned = True
    by_id = {p.place_id: p for p in places}
    for change in edits.places:
        place = by_id.get(change.place_id)
        if place is None:
            raise edit_error(change.where, f"no place {change.place_id} in this article")
        if change.drop:
            place.mentions.clear()
        elif change.name:
            place.name = change.name
    if pinned:  # the places in the order the text first names them, as resolve gives them
        places.sort(key=lambda p: min((m.start for m in p.mentions), default=len(article.text)))
    return [p for p in places if p.mentions]


def find_spans(article: Article, spot: Spot, where: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the article's text that ``spot`` means."""
    text = article.text
    if spot.start is not None and spot.end is not None:
        start, end = spot.start, spot.end
        if end > len(text) or start < article.body_start:
            raise edit_error(where, f"{start}-{end} is outside the article's body (characters "
                        f"{article.body_start} to {len(text)})")
        if spot.text is not None and text[start:end] != spot.text:
            raise edit_error(where, f"the text at {start}-{end} is {text[start:end]!r}, not "
                        f"{spot.text!r}")
        if not text[start:end].strip() or text[start:end] != text[start:end].strip():
            raise edit_error(where, f"the text at {start}-{end} ({text[start:end]!r}) is no name")
        return [(start, end)]
    name = spot.text or ""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    found = [(m.start(), m.end()) for m in pattern.finditer(text, article.body_start)]
    if not found:
        raise edit_error(where, f"{name!r} is not in the article's text (as a whole word, case "
                    "as written)")
    if spot.every:
        return found
    occurrence = spot.occurrence or 1
    if occurrence > len(found):
        times = "once" if len(found) == 1 else f"{len(found)} times"
        raise edit_error(where, f"{name!r} occurs {times} in the text, not {occurrence} times")
    return [found[occurrence - 1]]


def _overlaps(mention: Mention, span: tuple[int, int]) -> bool:
    return mention.start < span[1] and span[0] < mention.end


def _drop(places: list[Place], spans: list[tuple[int, int]], edit: MentionEdit) -> None:
    dropped = 0
    for place in places:
        kept = [m for m in place.mentions if not any(_overlaps(m, s) for s in spans)]
        dropped += len(place.mentions) - len(kept)
        place.mentions[:] = kept
    if not dropped:
        start, end = spans[0]
        raise edit_error(edit.where, f"no place was found at {start}-{end}: nothing to drop")


def _pin(places: list[Place], spans: list[tuple[int, int]], target: Place, text: str) -> None:
    """Every span a mention of ``target``; mentions overlapping a span leave their place
    (a mention at exactly the span keeps its form: an adjective stays one)."""
    for start, end in spans:
        form: str = "name"
        for place in places:
            for mention in [m for m in place.mentions if _overlaps(m, (start, end))]:
                if (mention.start, mention.end) == (start, end):
                    form = mention.form
                place.mentions.remove(mention)
        mention = Mention(text[start:end], start, end, target.name, form)  # type: ignore[arg-type]
        target.mentions.append(mention)
    target.mentions.sort(key=lambda m: m.start)


def _target(places: list[Place], edit: MentionEdit, gazetteer: Gazetteer) -> Place:
    """The place a pin names: one of the article's, one from the gazetteer, or the
    editor's own coordinates."""
    by_id = {p.place_id: p for p in places}
    pin = edit.pin
    if isinstance(pin, GivenPlace):
        return _given(by_id, pin, edit.where, gazetteer)
    assert isinstance(pin, str)
    if pin in by_id:
        return by_id[pin]
    found = gazetteer.place(pin)
    if found is None:  # a user: id that no pin with coordinates has made (yet)
        raise edit_error(edit.where, f"no place {pin}: pin a mention to coordinates with that "
                    "name first")
    return _place(found)


def _place(candidate: Candidate) -> Place:
    return Place(
        place_id=candidate.place_id, name=candidate.name, kind=candidate.kind,  # type: ignore[arg-type]
        country=candidate.country, lat=candidate.lat, lon=candidate.lon,
        population=candidate.population, confidence=1.0,
    )


def _given(
    by_id: dict[str, Place], pin: GivenPlace, where: str, gazetteer: Gazetteer
) -> Place:
    """The place at the editor's coordinates, ``user:<name>``; one name, one point."""
    place_id = USER_PREFIX + ("-".join(re.findall(r"\w+", pin.name.casefold())) or "place")
    old = by_id.get(place_id)
    if old is not None:
        if (old.lat, old.lon) != (pin.lat, pin.lon):
            raise edit_error(where, f"{pin.name!r} is pinned at two different points")
        return old
    if pin.country is not None and gazetteer.country(pin.country) is None:
        raise edit_error(where, f"unknown country code {pin.country}")
    return Place(
        place_id=place_id, name=pin.name, kind=pin.kind,  # type: ignore[arg-type]
        country=pin.country or country_at(pin.lat, pin.lon) or "",
        lat=pin.lat, lon=pin.lon, population=0, confidence=1.0, user_given=True,
    )
