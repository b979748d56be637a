"""How a happening at a place the gazetteer lacks is shown (``story.unlisted``): at its
anchor, with a summary that says so, or, with no anchor in its paragraph, at the local
story's town (its dateline's, or the town it names most) or the focus country once that
is known."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import geopandas as gpd
from shapely.geometry import Point

from geobrief.models import Place
from geobrief.story.local_agents import LOCAL_AGENTS
from geobrief.story.movers import PEOPLE
from geobrief.story.roles import names_whose, says_who
from geobrief.story.rows import shown_at
from geobrief.story.unlisted import Unlisted

if TYPE_CHECKING:
    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence, StoryParse

_SAYS = frozenset("say deny announce claim warn accuse insist respond reply".split())
_WHO = PEOPLE - LOCAL_AGENTS - {"officer", "deputy", "trooper", "firefighter"}


def mark_unlisted(row: dict[str, object], found: Unlisted) -> dict[str, object]:
    """An event row at ``found``'s name says where it is shown (its summary, ``anchor``);
    without an anchor yet it has no point (:func:`anchor_at_focus` gives it one). A row
    of another place (a count shared out to a resolved one) is left as it is."""
    if row["place"] != found.name:
        return row
    label = str(row["summary"]).partition(": ")[0]
    row = row | {"summary": f"{label}: {found.phrase}"}
    if found.anchor is None:
        return row | {"geometry": None, "country": None, "countries": []}
    return _shown_at(row, found.anchor.place)


def _shown_at(row: dict[str, object], anchor: Place) -> dict[str, object]:
    return row | {"anchor": anchor.name, "summary": f"{row['summary']} {shown_at(anchor.name)}"}


def local_seat(seat: Place | None, places: list[Place], story: StoryParse) -> Place | None:
    """The town a local story is about: its dateline's town when named more often than
    any other town ("TULSA, Okla. -- Tulsa police said ..."; a wire story from a capital
    about towns across the country, "JAKARTA -- ... in Surabaya", has no such seat);
    with no dateline, the town named most often as where something is, at least twice
    and more than any other ("Lansing police ... in Lansing"; not "a Chicago man", "a
    Houston company's oil rig off Pulau Tiga")."""
    if seat is not None and seat.kind == "country":
        return None
    towns = {p.place_id: p for p in places if p.kind == "city"}
    if seat is not None:
        others = (len(p.mentions) for p in towns.values() if p.place_id != seat.place_id)
        own = len(towns[seat.place_id].mentions) if seat.place_id in towns else 0
        return seat if own > max(others, default=0) else None
    told = Counter(pair.place.place_id for s in story.sentences for pair in s.places
                   if pair.place.place_id in towns and _says_where(s, pair))
    ranked = told.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return towns[ranked[0][0]]


def _says_where(sentence: Sentence, pair: Located) -> bool:
    """The mention may say where the story is ("in Lansing", "Lansing police"), not only
    who someone is ("a Chicago man", "moved from Chicago", "Moscow said")."""
    last = sentence.tokens_of(pair)[-1:]
    if not last:
        return True  # a sentence not parsed
    word = last[0]
    return not (says_who(sentence, pair, speakers=False) or names_whose(sentence, pair)
                or (word.dep_ == "pobj" and word.head.lower_ == "from")
                or (word.dep_ in ("compound", "amod", "nmod")
                    and word.head.lemma_.lower() in _WHO)  # "a Chicago man", not its police
                or (word.dep_ == "nsubj" and word.head.lemma_.lower() in _SAYS))


def home_town(story: StoryParse, places: list[Place]) -> Located | None:
    """A mention of the local story's town (``local_seat``), to show what it holds at."""
    town = local_seat(story.seat.place if story.seat else None, places, story)
    return None if town is None else next(
        (p for s in story.sentences for p in [*([s.lead] if s.lead else []), *s.places]
         if p.place.place_id == town.place_id), None)


def anchor_at_focus(
    frame: gpd.GeoDataFrame, focus: Place | None, seat: Place | None = None
) -> gpd.GeoDataFrame:
    """The events with the unlisted places that had no anchor in their paragraph shown
    at the local story's town ``seat`` (:func:`local_seat`) when it lies in the focus
    country ("TULSA, Okla. --" then "a house was burglarized on Elizabeth Road": the road
    is in Tulsa), else at the focus country ``focus``; dropped when there is none."""
    missing = frame.geometry.isna()
    if not missing.any():
        return frame
    rows = frame.to_dict("records")
    kept = [row for row in rows if row["geometry"] is not None]
    home = seat if seat is not None and focus is not None and seat.country == focus.country \
        else focus
    if home is not None:
        kept = [
            row if row["geometry"] is not None else _shown_at(row, home) | {
                "geometry": Point(round(home.lon, 5), round(home.lat, 5)),
                "country": home.country, "countries": [home.country],
                "place_id": home.place_id,
                "precision": "country" if home.kind == "country" else "region",
            }
            for row in rows
        ]
    return gpd.GeoDataFrame(kept, columns=list(frame.columns), geometry="geometry",
                            crs=frame.crs)
