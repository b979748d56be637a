"""Country name forms for the gazetteer: names, adjectives and abbreviations.

Sources, in order of precedence when two countries claim one form: the fact table
``geobrief/data/country_aliases.json`` (names only), GeoNames' country names,
``country_converter``'s ``country_data.tsv`` (read directly: its CountryConverter class
breaks with pandas 3), and ``countryinfo`` (altSpellings, demonyms and their plurals).
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geobrief.resources import data_file

log = logging.getLogger(__name__)

COMMON_SPELLING = 4.5  # a one-word alternate spelling this common is an English word ("Island")
NON_LATIN = re.compile(r"[^\x00-\u024F\u1E00-\u1EFF\u2018-\u201F\u02B0-\u036F]")
KINDS = ("name", "adjective", "abbreviation")  # the forms of a country name

Forms = dict[str, tuple[str, str]]
FormRow = tuple[str, str, str]


@dataclass
class Country:
    """A GeoNames country with its point (Natural Earth label or capital) and capital."""

    id: int
    iso2: str
    iso3: str
    name: str
    population: int
    capital: int | None
    neighbours: str
    lat: float
    lon: float


def country_forms(countries: dict[str, Country], zipf: dict[str, float]) -> Forms:
    """Surface forms -> (iso2, name|adjective|abbreviation). In a clash the earlier source
    wins, then the more populous country ("Congolese" -> CD, "Dominican" -> DO)."""
    aliases = read_aliases()
    sources = (
        ((form, iso2, kind) for kind in KINDS for form, iso2 in aliases[kind].items()),
        ((country.name, iso2, "name") for iso2, country in countries.items()),
        _converter_forms(),
        _countryinfo_forms(countries, zipf),
    )
    claims: dict[str, tuple[int, int, str, str]] = {}
    for rank, source in enumerate(sources):
        for form, iso2, kind in source:
            form = " ".join(form.split())
            if iso2 in countries and form and not NON_LATIN.search(form):
                claim = (rank, -countries[iso2].population, iso2, kind)
                claims[form] = min(claims.get(form, claim), claim)
    forms = {form: claim[2:] for form, claim in claims.items() if form not in aliases["exclude"]}
    log.info("%d country forms for %d countries", len(forms), len({v[0] for v in forms.values()}))
    return forms


@functools.cache
def shared_names() -> dict[str, str]:
    """Short names two countries share ("Congo"): the form, and the country it names
    when the text names that one more than the country the form is listed for."""
    return dict(read_aliases().get("shared", {}))


@functools.cache
def currency_signs() -> dict[str, str]:
    """Currency signs one country alone uses ("£", "A$"), and that country."""
    return dict(read_aliases().get("currency", {}))


def read_aliases() -> dict[str, Any]:
    """The fact table ``geobrief/data/country_aliases.json``."""
    with open(data_file("country_aliases.json"), encoding="utf-8") as f:
        return json.load(f)


def _converter_forms() -> Iterator[FormRow]:
    import country_converter

    path = Path(country_converter.__file__).parent / "country_data.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            codes = re.findall(r"[A-Z]{2}", row["ISO2"])
            if codes and not row["obsolete"]:
                yield row["name_short"], codes[0], "name"
                yield row["name_official"], codes[0], "name"


def _countryinfo_forms(countries: dict[str, Country], zipf: dict[str, float]) -> Iterator[FormRow]:
    """Names, abbreviations and demonyms (with regular plurals) from countryinfo."""
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    for country in countries.values():
        try:
            info = CountryInfo(country.iso2).info()
        except CountryNotFoundError:
            continue
        if info["ISO"]["alpha2"] != country.iso2:
            continue
        yield info["name"], country.iso2, "name"
        for spelling in info.get("altSpellings") or []:
            yield from _spelling_forms(spelling.strip(), country, zipf)
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            if demonym and demonym not in (info["name"], country.name):
                yield demonym, country.iso2, "adjective"
                if re.search(r"[nirke]$", demonym) and not demonym.endswith("ese"):
                    yield demonym + "s", country.iso2, "adjective"


def _spelling_forms(spelling: str, country: Country, zipf: dict[str, float]) -> Iterator[FormRow]:
    """An altSpelling as a name or abbreviation; ISO codes and English words are skipped."""
    if spelling in (country.iso2, country.iso3):
        return
    if re.fullmatch(r"[A-Z]{2,4}", spelling):
        yield spelling, country.iso2, "abbreviation"
        yield ".".join(spelling) + ".", country.iso2, "abbreviation"
    elif " " in spelling or zipf.get(spelling.casefold(), 0) < COMMON_SPELLING:
        yield spelling, country.iso2, "name"
