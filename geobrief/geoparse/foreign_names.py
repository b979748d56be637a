"""Names that the words beside them put in another country than the place chosen.

"Eastern Congo" is no region of Rwanda, "the Andes of southern Peru" and "the Peruvian
Andes" no town in Colombia: the compass word, the "of" or the country's adjective says
the name is a part of that country, and a place of another country is not what it
means (it stays unresolved: the gazetteer holds no mountain ranges). A helper of
``resolve``, run once every name has its place.
"""

from __future__ import annotations

import re

from geobrief.geoparse.context import Choice
from geobrief.models import Mention

_COMPASS = frozenset(
    "northern southern eastern western central north south east west northeastern "
    "northwestern southeastern southwestern".split()
)
# " of ", " of southern ": a town said to lie in the country named next
_OF_COUNTRY = re.compile(r" of (?:(?:north|south|east|west)(?:ern|eastern|western)? |central )?")
# "the Israeli Gaza blockade": a word after the name makes it qualify that word, and the
# adjective qualifies the whole, not the place
_NOUN_AFTER = re.compile(r"[ -][a-z]")


def drop_foreign_names(mentions: list[Mention], chosen: dict[int, Choice], text: str) -> None:
    """A compass word that names a region ("Eastern", Rwanda's Eastern Province) right
    before a country it does not lie in is a part of that country, not a place: "Rebels
    Seize Town in Eastern Congo". Before its own country it stays ("Northern Ghana").
    So is a town said to be "of" a country it does not lie in ("the Andes of southern
    Peru" names no town in Colombia), or right after a country's adjective and
    before no other word ("in the Peruvian Andes."; "the Kenyan town of Kisumu",
    "Mexican Tijuana" and "the Israeli Gaza blockade" stay)."""
    for i, mention in enumerate(mentions[:-1]):
        after = chosen.get(i + 1)
        if i not in chosen or after is None:
            continue
        between = text[mention.end : mentions[i + 1].start]
        if after.candidate.kind == "country":
            compass = between == " " and mention.text.lower() in _COMPASS
            of_country = chosen[i].candidate.kind == "city" and _OF_COUNTRY.fullmatch(between)
            if (compass or of_country) and after.candidate.country != chosen[i].candidate.country:
                del chosen[i]
        elif (mention.form == "adjective" and between == " " and after.candidate.kind == "city"
              and after.candidate.country != chosen[i].candidate.country
              and not _NOUN_AFTER.match(text, mentions[i + 1].end)):
            del chosen[i + 1]
