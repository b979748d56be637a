"""Word lists that tell a place name from other capitalised words.

Given names come from the first-name dictionary shipped in the PyPI package
``gender-guesser`` (Jörg Michael's nam_dict, ~45,000 names); person titles from
``nameparser``. Calendar words are a closed class and listed here.
"""

from __future__ import annotations

import functools
from importlib import resources

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Words nameparser lists as titles that, capitalised before a name, usually start a
# place name instead ("Saint Petersburg", "State College", "Air Force base").
_NOT_TITLES = frozenset("saint st ste state air lake mount mt fort ft port cape the".split())


@functools.cache
def given_names() -> frozenset[str]:
    """Lower-cased first names (ASCII forms only; accented forms are encoded oddly)."""
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names: set[str] = set()
    with data.open(encoding="iso8859-1") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name.isascii() and name.isalpha():
                names.add(name.lower())
    return frozenset(names)


@functools.cache
def person_titles() -> frozenset[str]:
    """Lower-cased titles and roles that precede a person's name."""
    from nameparser.config import CONSTANTS

    return frozenset(str(t) for t in CONSTANTS.titles) - _NOT_TITLES


def is_calendar_word(word: str) -> bool:
    """A weekday or month name (or its abbreviation)."""
    return word.lower().rstrip(".") in WEEKDAYS | MONTHS
