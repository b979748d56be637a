"""The words by which a sentence points back to a happening told before it: a
definite happening noun ("in the blast", "during the visit") or a site ("at the scene").

A sentence that names no place is parsed only when it may point back so
(``story.parse``), and its happenings are then placed where the one it points to was
(``story.continued``). So is one that may name again a local body told before ("the
board approved the plan": ``story.sitting_bodies``).
"""

from __future__ import annotations

import functools
import re

from geobrief.story.event_lexicon import lexicon

# Nouns that name where the happening told before took place: "guarding the site",
# "officers at the scene".
SITES = frozenset({"site", "scene"})
POINTING = frozenset({"the", "this", "that"})

# Bodies of a town, a county or a school district.
LOCAL_BODIES = frozenset(
    "council councillor councilor board commission commissioner supervisor selectman "
    "selectmen alderman aldermen trustee committee".split())
# A sentence that may name such a body again ("the board", "the city council", "council
# members"): ``story.parse`` parses it even when it names no place.
NAMED_AGAIN = re.compile(
    r"\b(?:the\s+(?:[a-z]+\s+){0,2}(?:board|council|commission|committee|trustees|"
    r"commissioners|supervisors|aldermen|selectmen|councillors|councilors)|"
    r"(?:board|council|commission|committee)\s+members|commissioners|aldermen|"
    r"selectmen|trustees)\b", re.IGNORECASE)


def may_continue(text: str) -> bool:
    """Whether a sentence that names no place may point back to a happening by a
    definite noun ("in the blast", "at the scene"): only such a sentence needs parsing
    for it."""
    return _pointer().search(text) is not None


@functools.cache
def _pointer() -> re.Pattern[str]:
    nouns = sorted({*lexicon().nouns, *SITES}, key=len, reverse=True)
    words = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{words})s?\b", re.IGNORECASE)
