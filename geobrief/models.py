"""The data that flows between pipeline steps.

Article -> [Mention] -> [Place] -> Layers -> Briefing. Plain dataclasses: each step
builds and validates them in Python; templates only serialize them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import geopandas as gpd

Kind = Literal["country", "city", "region", "feature"]
LAYER_NAMES: tuple[str, ...] = ("places", "countries", "borders", "routes", "events")


@dataclass(frozen=True)
class Article:
    """An article as read: ``text`` is the decoded file, unchanged (offsets index it).

    ``body_start`` is where the article proper starts, after any front matter.
    """

    text: str
    source: str
    title: str
    dateline: str | None = None
    agency: str | None = None
    date: dt.date | None = None
    body_start: int = 0
    url: str | None = None  # where it was published (front matter ``url``)
    standfirst: str | None = None  # set by an edits file; None: the body's first sentence


@dataclass(frozen=True)
class Mention:
    """A span of the article text that names a place.

    ``name`` is the form looked up in the gazetteer ("Poland" for "Polish",
    "Vilnius" for the dateline "VILNIUS"); ``form`` says how it was written.
    """

    text: str
    start: int
    end: int
    name: str
    form: Literal["name", "adjective", "abbreviation", "dateline"] = "name"


def is_world_part(place_id: str, country: str | None) -> bool:
    """A gazetteer region of no country: a continent, a part of the world or a union
    ("region:CONT.AF", "region:WORLD.Middle East"); an editor's own place is none."""
    return not country and place_id.startswith("region:")


@dataclass
class Place:
    """A resolved location and the mentions that refer to it."""

    place_id: str
    name: str
    kind: Kind
    country: str
    lat: float
    lon: float
    population: int = 0
    confidence: float = 1.0
    mentions: list[Mention] = field(default_factory=list)
    role: str = "mentioned"
    user_given: bool = False  # placed at an editor's coordinates, not the gazetteer's

    @property
    def world_part(self) -> bool:
        """A continent or a part of the world ("Asia", "the Middle East")."""
        return is_world_part(self.place_id, self.country)

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of a place (see DESIGN.md); ``user_given`` only when true."""
        given = {"user_given": True} if self.user_given else {}
        return {
            "place_id": self.place_id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country or None,  # None for a continent
            "lat": self.lat,
            "lon": self.lon,
            "mentions": len(self.mentions),
            "population": self.population,
            "confidence": round(self.confidence, 3),
            **given,
        }


@dataclass
class Layers:
    """The map layers, each a GeoDataFrame in EPSG:4326.

    Columns (besides ``geometry``):
    - places:    place_id, name, kind, country, mentions, role            (Point)
    - countries: iso_a2, name, mentions, role, focus                      (MultiPolygon)
    - borders:   a, b, a_name, b_name, groups (list[str]), length_km      (MultiLineString)
    - routes:    from, to, from_id, to_id, who, sentence, status (made|planned),
                 length_km                                                (LineString)
                 (from, from_id, length_km None for a movement whose start
                 the text does not tell: a Point at its end; to, to_id, length_km
                 None for one whose end it does not tell: a Point at its start)
    - events:    type, summary, sentence, trigger, status (happened|ongoing|scheduled),
                 country, countries, place, place_id, precision (place|region|country),
                 date (str|None), date_precision (day|month|year|None)    (Point)
    """

    places: gpd.GeoDataFrame
    countries: gpd.GeoDataFrame
    borders: gpd.GeoDataFrame
    routes: gpd.GeoDataFrame
    events: gpd.GeoDataFrame

    def items(self) -> list[tuple[str, gpd.GeoDataFrame]]:
        """(layer name, frame) pairs in drawing order."""
        return [(name, getattr(self, name)) for name in LAYER_NAMES]


@dataclass(frozen=True)
class Edited:
    """The edits file that corrected a briefing: its name (no folders) and its bytes'
    SHA-256, which every output records."""

    file: str
    sha256: str


@dataclass
class Briefing:
    """Everything a page or an export needs about one article. ``edited`` is set when an
    edits file corrected it (the article's title and standfirst then may be the
    editor's)."""

    article: Article
    mentions: list[Mention]
    places: list[Place]
    layers: Layers
    focus: str | None = None
    tiles: str | None = None
    edited: Edited | None = None
