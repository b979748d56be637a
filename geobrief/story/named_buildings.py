"""Buildings named after the place they serve: "Westmoreland Hospital", "Titus County
Jail", "Seoul City Hall". The geoparser resolves the place the name begins; the
happening or the trip is at the building, which events and routes name in full, shown
at that place (``site_named``). A building whose own phrase puts it elsewhere ("Temple
University Hospital in Philadelphia") is not in the place its name begins
(``placed_elsewhere``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.site_names import is_site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Buildings and grounds named after the town or county they serve: "Westmoreland
# Hospital", "Titus County Jail", "Virginia Commonwealth University Medical Center".
_BUILDINGS = frozenset(
    "hospital clinic school university college academy elementary airport airfield station "
    "hotel inn motel lodge stadium arena mall palace courthouse hall center centre prison "
    "jail penitentiary facility mosque church cathedral temple shrine chapel cemetery "
    "library museum theater theatre zoo gym auditorium pavilion tower building plant "
    "refinery base fairgrounds".split()
)


def site_named(sentence: Sentence, pair: Located) -> str | None:
    """The name of the building a resolved place's name begins ("taken to Westmoreland
    Hospital", "held at the Titus County Jail", "outside Seoul City Hall"): the happening
    or the trip is at that site, shown at the place; None when the place is named on its
    own, or in a longer name ("the University of Maiduguri Teaching Hospital", "the
    London School of Economics"), or the building's own phrase places it elsewhere
    ("Temple University Hospital in Philadelphia")."""
    tokens = sentence.tokens_of(pair)
    if not tokens or pair.mention.form != "name" or pair.place.kind == "country":
        return None
    head = _building(tokens)
    if head is None or head.lemma_.lower() not in _BUILDINGS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children  # "London School
    ) or placed_elsewhere(sentence, pair):  # of Economics"
        return None
    first = tokens[0].i  # with the words before that qualify it: "Northeast Georgia"
    while first and sentence.doc[first - 1].text[:1].isupper() and (
            sentence.doc[first - 1].head in (tokens[0], *tokens[0].ancestors)) and (
            sentence.doc[first - 1].dep_ in ("compound", "amod")):
        first -= 1
    if first > 1 and sentence.doc[first - 1].lower_ == "of" and (
            sentence.doc[first - 2].text[:1].isupper()):
        return None  # "the University of Maiduguri Teaching Hospital": a longer name
    words = sentence.doc[first : head.i + 1]
    return words.text if all(w.text[:1].isupper() for w in words) else None


def placed_elsewhere(sentence: Sentence, pair: Located) -> bool:
    """The place begins the name of a site whose own phrase puts it in another town:
    "Temple University Hospital in Philadelphia" is not in Temple, Texas."""
    head = _building(sentence.tokens_of(pair))
    return head is not None and any(  # another town: not "Lagos University Teaching
        (found := sentence.place_of(g)) is not None and found.place.kind == "city"  # Hospital
        and found.place.place_id != pair.place.place_id  # in Nigeria"
        for c in head.children if c.dep_ == "prep" for g in c.children)


def name_head(token: Token) -> Token:
    """The last word of the capitalised name ``token`` begins or is ("Hospital" of
    "Westmoreland County Referral Hospital" for "County"; the word itself otherwise)."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.text[:1].isupper():
        token = token.head
    return token


def _building(tokens: list[Token]) -> Token | None:
    """The capitalised place noun a name's tokens begin the name of ("Hospital" of
    "Westmoreland Hospital"), if any."""
    head = name_head(tokens[-1]) if tokens else None
    return head if head is not None and head is not tokens[-1] and is_site(head) else None
