"""English words for the gazetteer index: how common each word is, and whether it is an
ordinary lower-case word ("reading") or a name ("boston", "paris").

Frequencies come from ``wordfreq`` (imported at build time only); the dictionary is
Webster's 2nd via ``english-words``, less the words English writes capitalised
(``geobrief/data/word_case.tsv``, made by ``scripts/build_word_case.py``).
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
    """Words a general English dictionary (Webster's 2nd, via ``english-words``) lists in
    lower case and English really writes so: "god", "reading", "nice" are ordinary words;
    "paris", "london" are not, nor are "boston" (a card game in the dictionary) and "york"
    (``geobrief/data/word_case.tsv``: written in lower case under one time in ten)."""
    from english_words import get_english_words_set

    names = read_capitalised_words()
    return frozenset(w for w in get_english_words_set(["web2"], lower=False)
                     if w.islower() and w not in names)


def read_capitalised_words() -> frozenset[str]:
    """The words of ``geobrief/data/word_case.tsv``: listed in lower case by the
    dictionary, written capitalised in English (see ``scripts/build_word_case.py``)."""
    with open(data_file("word_case.tsv"), encoding="utf-8") as f:
        lines = [line.split("\t")[0] for line in f if not line.startswith("#")]
    return frozenset(lines[1:])


def write_words(conn: sqlite3.Connection, zipf: dict[str, float], keys: set[str]) -> None:
    """The ``words`` table: every word of ``keys`` and every word of ``WORD_ZIPF``."""
    tokens = {token for key in keys for token in word_tokens(key)}
    lexical = read_lexical_words()
    rows = {w: z for w, z in zipf.items() if z >= WORD_ZIPF or w in tokens}
    conn.executemany("INSERT INTO words VALUES (?, ?, ?)",
                     sorted((w, z, int(w in lexical)) for w, z in rows.items()))
    log.info("stored %d word frequencies", len(rows))
