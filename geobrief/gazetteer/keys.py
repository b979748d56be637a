"""How GeoNames' names become the gazetteer's lookup keys, for cities and countries.

A key is the name as :func:`geobrief.gazetteer.schema.normalize_key` folds it. Left out:
digits, one letter, non-Latin script, airport codes, names of over ``MAX_KEY_WORDS``
words and all-lower-case machine romanizations. Added: the other ending and article of
an Arabic name ("Hodeida", "Hodeidah"; "Deir el-Balah", "Deir al-Balah") and a
romanization without its apostrophes ("Tskhinvali").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from geobrief.gazetteer.forms import NON_LATIN, Country, Forms
from geobrief.gazetteer.schema import ROMANIZED_APOSTROPHE, normalize_key

MAX_KEY_WORDS = 6  # longer alternate names are addresses or descriptions, not toponyms
_CODE = re.compile(r"[A-Z0-9]{2,4}")  # airport/ICAO codes among alternate names
# Countries whose place names are Arabic: a final ta marbuta is written "-a" or "-ah" in
# English ("Hodeida", "Hodeidah"; "Jeddah", "Jedda"), and GeoNames often has only one.
ARABIC_NAMES = frozenset("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
_FINAL_A = re.compile(r"(?<=[^\W\daeiou])(a|ah)\Z")
# ... and the article is written "al-" or "el-" ("Deir al-Balah", "Deir el-Balah").
_ARTICLE = re.compile(r"\b(al|el)(?=[- ])")

City = dict[str, Any]


def clean_key(name: str) -> str | None:
    """The key for ``name``; None for digits, one letter, non-Latin or over-long names."""
    if NON_LATIN.search(name):
        return None
    key = normalize_key(name)
    if len(key) < 2 or key.replace(" ", "").isdigit() or len(key.split()) > MAX_KEY_WORDS:
        return None
    return key


def city_keys(cities: dict[int, City]) -> Iterator[tuple[tuple[str, int], int]]:
    """((key, geonameid), is_primary) for every usable main and alternate city name.

    About 28% of the Latin-script alternate names in cities500 are all lower case:
    machine romanizations from other scripts ("hu" for Shanghai, "we" for Hue). They
    are left out; the main name is always kept.
    """
    for gid, city in cities.items():
        main = clean_key(city["name"])
        others = {clean_key(n) for n in city["alternatenames"] if _usable_alternate(n)}
        if city["countrycode"] in ARABIC_NAMES:
            others |= {_other_ending(key) for key in {main, *others} if key}
            others |= {_other_article(key) for key in {main, *others} if key}
        others |= {ROMANIZED_APOSTROPHE.sub("", key) for key in {main, *others} if key}
        if main:
            yield (main, gid), 1
        for key in others - {main, None}:
            yield (str(key), gid), 0


def _other_article(key: str) -> str:
    """"deir el-balah" -> "deir al-balah", "al arish" -> "el arish"."""
    return _ARTICLE.sub(lambda m: "el" if m.group(1) == "al" else "al", key)


def _other_ending(key: str) -> str:
    """"hodeida" -> "hodeidah", "jeddah" -> "jedda"; a key with neither ending as it is."""
    return _FINAL_A.sub(lambda m: "ah" if m.group(1) == "a" else "a", key)


def _usable_alternate(name: str) -> bool:
    """Not an airport code ("MSQ") nor an all-lower-case romanization ("rima" for Lima)."""
    return name != name.lower() and not _CODE.fullmatch(name)


def country_keys(countries: dict[str, Country], forms: Forms) -> Iterator[tuple[str, int, int]]:
    """(key, country id, is_primary) for every country name form (not adjectives or codes)."""
    for form, (iso2, kind) in forms.items():
        key = clean_key(form) if kind == "name" else None
        if key:
            country = countries[iso2]
            yield key, country.id, int(key == normalize_key(country.name))
