"""Names that name a street, not a place: "Avenida Paulista", the two of "near Rivers and
Stokes avenues", and a street the text named again ("Decatur Boulevard ... onto Decatur").

Used by ``wording.named_things``, which also drops a name before a street word ("Central
Avenue", "Lincoln St.").
"""

from __future__ import annotations

import re

from geobrief.models import Mention

# "Avenida Paulista", "Praça da Sé", "Calle Mayor", "Rue de Rivoli", "Jalan Thamrin": a
# street word before a name, in the languages that put it first, names the street, not
# Paulista (Pernambuco) nor Sé (Macau); not "Via" nor "Plaza", English words too ("Enters
# Gaza Via Egypt", "the Crowne Plaza Nairobi").
_STREET_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:Avenida|Av\.|Rua|Praça|Praca|Calle|Carrera|Paseo|Piazza|Corso"
    r"|Viale|Rue|Jalan|Jl\.)(?: (?:de|da|do|dos|das|del|de la|della|di|des|du|la))? \Z"
)
# So are the two names of a crossing: "near Rivers and Stokes avenues", "between Clairmont
# and North Druid Hills roads" (not "Accra and Kumasi streets were quiet").
_NAMES = r"[A-Z][\w.'\u2019]*(?: [A-Z][\w.'\u2019]*){0,2}"
_CROSSING_BEFORE = re.compile(r"\b(?:at|near|between|of|by) \Z")
_CROSSING_FIRST = re.compile(rf" and {_NAMES} (?:avenues|streets|roads|boulevards)\b")
_CROSSING_SECOND = re.compile(rf"\b(?:at|near|between|of|by) {_NAMES} and \Z")
_STREETS_AFTER = re.compile(r" (?:avenues|streets|roads|boulevards)\b")
# A street the text has named ("Decatur Boulevard") is that street again after these:
# "turning left onto Decatur", "into the southbound lanes of Decatur".
_STREET_WORD = r"(?:Avenue|Street|Road|Boulevard|Ave\.|Rd\.|Blvd\.)"
_STREET_NAMED = re.compile(rf"\b([A-Z][a-z]+) {_STREET_WORD}")
_ALONG_BEFORE = re.compile(r"\b(?:onto|along|lanes of) \Z")
_STREET_AFTER = re.compile(rf" {_STREET_WORD}")


def named_streets(text: str, mentions: list[Mention]) -> dict[str, int]:
    """The names the text gives streets ("Decatur" of "Decatur Boulevard"), each with how
    often the text names it otherwise."""
    bare = [m.text for m in mentions if not _STREET_AFTER.match(text, m.end)]
    return {name: bare.count(name) for name in _STREET_NAMED.findall(text)}


def names_a_street(text: str, m: Mention, streets: dict[str, int]) -> bool:
    """Whether the mention names a street: after a street word that comes first
    ("Avenida Paulista"), in a crossing ("at Orange and White streets"), or a street of
    ``streets`` again ("turning left onto Decatur"; a headline's "Driver injured in
    Nokomis crash" over a crash on North Nokomis Street, the only other name it has)."""
    if m.form == "name" and _STREET_BEFORE.search(text, max(0, m.start - 16), m.start):
        return True
    if m.text in streets and _ALONG_BEFORE.search(text, max(0, m.start - 9), m.start):
        return True
    if streets.get(m.text) == 1 and _MODIFIES.match(text, m.end) and m.end <= _headline_end(text):
        return True
    return _crossing(text, m)


def _headline_end(text: str) -> int:
    """Where the first line or the first sentence ends, whichever comes first."""
    return min((end for end in (text.find(". "), text.find("\n")) if end >= 0), default=len(text))


# A name before a plain word modifies it: "Nokomis crash" (not "Nokomis police said").
_MODIFIES = re.compile(
    r" (?!(?:on|in|at|and|or|to|for|with|by|from|after|before|is|was|were|has|had|will|police"
    r"|officials|residents|council|mayor|county|city|man|woman|boy|girl)\b)[a-z]+\b"
)


def _crossing(text: str, m: Mention) -> bool:
    """One of the two names of a crossing ("at Orange and White streets")."""
    first = _CROSSING_BEFORE.search(text, max(0, m.start - 9), m.start) and (
        _CROSSING_FIRST.match(text, m.end))
    return bool(first) or bool(_STREETS_AFTER.match(text, m.end) and _CROSSING_SECOND.search(
        text, max(0, m.start - 60), m.start))
