"""Where a town lies, told right after it, and which of two places holds the other.

"held in Ashford, Kent", "from Tobruk in eastern Libya", "from Laos in Asia": the
second name only says where the first lies, so the mover was in the town. A move into
the country or region one is already in is no route (``contains``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geobrief.models import Place
    from geobrief.story.located import Located

# What joins a town to the state or country it lies in: ", " or " in (the) (eastern) ".
_WHERE_IT_LIES = re.compile(r",\s*|\s+in\s+(?:the\s+)?(?:[a-z-]*(?:ern|central)\s+)?")


def town_first(
    found: list[Located], regions: Mapping[str, str] | None, text: str
) -> Located:
    """The last place where the story was; a state, country or continent written right
    after its town ("held in Ashford, Kent", "in Lima, Peru", "from Tobruk in eastern
    Libya", "from Laos in Asia") only says where that town lies: the mover was in the
    town."""
    last = found[-1]
    town = found[-2] if len(found) > 1 else None
    if town is None or not _WHERE_IT_LIES.fullmatch(text, town.mention.end, last.mention.start):
        return last
    # a part of the world is wider than any town or country named just before it
    return town if contains(last.place, town.place, regions) or last.place.world_part else last


def contains(outer: Place, inner: Place, regions: Mapping[str, str] | None = None) -> bool:
    """A move into the country or region one is already in is no route (nor is one to
    oneself). ``regions``: the region id of each town the gazetteer knows."""
    return (
        outer.place_id == inner.place_id
        or (outer.kind == "country" and outer.country == inner.country)
        or (regions or {}).get(inner.place_id) == outer.place_id
    )
