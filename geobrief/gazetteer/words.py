"""English words for the gazetteer index: how common each word is, and whether it is an
ordinary lower-case word ("reading") or a name ("boston", "paris").

Frequencies come from ``wordfreq`` (imported at build time only); the dictionary is
Webster's 2nd via ``english-words``, less the words English writes capitalised and plus
the ordinary words it lacks (``geobrief/data/word_case.tsv``, made by
``scripts/build_word_case.py``).
"""

from __future__ import annotations

import logging
import math
import sqlite3

from geobrief.gazetteer.schema import word_tokens
from geobrief.resources import data_file

log = logging.getLogger(__name__)

WORD_ZIPF = 3.0  # store every English word at least this common, besides key tokens


def read_word_frequencies() -> dict[str, float]:
    """English zipf frequencies from wordfreq (imported here only, at build time)."""
    from importlib.metadata import version

    import wordfreq

    freqs = wordfreq.get_frequency_dict("en", wordlist="best")
    zipf = {w: round(math.log10(f) + 9, 2) for w, f in freqs.items() if word_tokens(w) == [w]}
    log.info("read %d English word frequencies (wordfreq %s)", len(zipf), version("wordfreq"))
    return zipf


def read_lexical_words() -> frozenset[str]:
    """Words English really writes in lower case: those a general dictionary (Webster's
    2nd, via ``english-words``) lists so, less those written capitalised nine times in ten
    ("boston" is a card game in the dictionary, a city in the news), plus the inflected and
    modern words it lacks ("springs", "centre"); see ``geobrief/data/word_case.tsv``."""
    from english_words import get_english_words_set

    web2 = frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())
    case = read_word_case()
    names = {w for w in case if w in web2}
    return (web2 - names) | (case.keys() - web2)


def read_word_case() -> dict[str, float]:
    """``geobrief/data/word_case.tsv``: word -> share of its uses written in lower case
    (see ``scripts/build_word_case.py``)."""
    with open(data_file("word_case.tsv"), encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    return {word: float(share) for word, share in lines[1:]}


def write_words(conn: sqlite3.Connection, zipf: dict[str, float], keys: set[str]) -> None:
    """The ``words`` table: every word of ``keys`` and every word of ``WORD_ZIPF``."""
    tokens = {token for key in keys for token in word_tokens(key)}
    lexical = read_lexical_words()
    rows = {w: z for w, z in zipf.items() if z >= WORD_ZIPF or w in tokens}
    conn.executemany("INSERT INTO words VALUES (?, ?, ?)",
                     sorted((w, z, int(w in lexical)) for w, z in rows.items()))
    log.info("stored %d word frequencies", len(rows))
