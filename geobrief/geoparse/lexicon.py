"""Word lists that tell a place name from other capitalised words.

Given names come from the first-name dictionary shipped in the PyPI package
``gender-guesser`` (Jörg Michael's nam_dict, ~45,000 names). Person titles and calendar
words are short closed classes, listed here.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from geobrief.resources import cache_dir, store_in_cache

log = logging.getLogger(__name__)

NAMES_FORMAT = 1  # bump when the layout of the derived list changes

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
HOLIDAYS = frozenset(  # "at Christmas" is a time, not Christmas, Florida
    "christmas easter thanksgiving halloween hanukkah ramadan passover".split()
)
# "West Nile virus", "Reston ebolavirus", "Marburg virus", "Spanish flu": a place's name
# before a disease word names the disease (annotated news corpora leave these out).
_DISEASE_AFTER = re.compile(
    r"(?:['\u2019]s)? (?:virus|viruses|ebolavirus|flu|influenza|fever|disease|encephalitis"
    r"|strain|variant)\b",
    re.IGNORECASE,
)
# Titles and roles written before a person's name in news ("President Donald Trump",
# "Sen. Smith", "spokesman John Coale"). A short list of our own: nameparser's 800
# titles include "united", "states" and "metropolitan", which start place names.
PERSON_TITLES = frozenset(
    """president vice prime minister secretary senator sen rep representative congressman
    congresswoman gov governor mayor chancellor premier king queen prince princess pope
    emperor sultan emir sheikh ayatollah judge justice gen general col colonel lt
    lieutenant capt captain cmdr commander adm admiral maj major sgt sergeant cpl corporal
    pvt private officer detective det trooper sheriff marshal chief commissioner
    superintendent director chairman chairwoman chairperson ceo spokesman spokeswoman
    spokesperson ambassador envoy dr doctor mr mrs ms miss sir lord lady dame rev reverend
    father pastor bishop archbishop cardinal rabbi imam coach professor prof attorney
    lawyer aide adviser advisor councilman councilwoman councillor councilor alderman
    dean principal deputy assistant candidate nominee leader founder owner president-elect
    actor actress singer rapper author writer reporter columnist economist analyst patrolman
    patrolwoman constable inspector firefighter ranger investigator prosecutor""".split()
)


@functools.cache
def given_names() -> frozenset[str]:
    """Lower-cased first names (ASCII forms only; accented forms are encoded oddly), of
    gender-guesser's name file, through a derived list in the cache folder
    (:func:`names_of`)."""
    return names_of(resources.files("gender_guesser") / "data" / "nam_dict.txt")


def names_of(source: Traversable) -> frozenset[str]:
    """The given names of the name file ``source``. Parsing it costs a new process some
    50 ms; the list it gives is kept in ``names/`` of the cache folder with the SHA-256
    of the file it came from, its count and its own digest, and read back (10 ms, the
    file's digest included) only while all three match. A missing, stale or damaged
    list is made again; a folder that cannot be written only means parsing the file
    each time."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    copy = cache_dir() / "names" / f"given-names-v{NAMES_FORMAT}.txt"
    try:
        names = _read_names(copy, digest)
    except (OSError, ValueError) as exc:  # any damage to a derived file: make it again
        log.info("%s is unreadable (%s); making it again", copy, exc)
        names = None
    if names is None:
        names = _parse_names(source)
        body = "\n".join(sorted(names)).encode("ascii")
        head = f"{digest} {len(names)} {hashlib.sha256(body).hexdigest()}\n".encode("ascii")
        store_in_cache(copy, lambda out: out.write(head + body))
    return names


def _read_names(copy: Path, digest: str) -> frozenset[str] | None:
    """The names in ``copy`` if it exists, was made from a file of ``digest`` and is
    whole (its count and its digest); ValueError if it is damaged."""
    try:
        raw = copy.read_bytes()
    except FileNotFoundError:
        return None
    head, _, body = raw.partition(b"\n")
    source, count, own = head.decode("ascii").split(" ")
    if source != digest:
        log.info("%s is stale; making it again", copy)
        return None
    if hashlib.sha256(body).hexdigest() != own:
        raise ValueError("its digest does not match")
    names = frozenset(body.decode("ascii").split("\n")) if body else frozenset()
    if len(names) != int(count):
        raise ValueError("its count does not match")
    return names


def _parse_names(source: Traversable) -> frozenset[str]:
    """The names of gender-guesser's ``nam_dict.txt``."""
    names: set[str] = set()
    with source.open(encoding="iso8859-1") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name.isascii() and name.isalpha():
                names.add(name.lower())
    return frozenset(names)


def person_titles() -> frozenset[str]:
    """Lower-cased titles and roles that precede a person's name."""
    return PERSON_TITLES


def is_calendar_word(word: str) -> bool:
    """A weekday, month (or its abbreviation) or holiday name."""
    return word.lower().rstrip(".") in WEEKDAYS | MONTHS | HOLIDAYS


def disease_names(text: str, spans: Iterable[tuple[str, int]]) -> set[str]:
    """The names (of ``spans``: name, end offset) that ``text`` puts before a disease word
    at least once: a disease's name everywhere in the text ("the Reston strain ... Reston
    was found in pigs")."""
    return {name for name, end in spans if _DISEASE_AFTER.match(text, end)}
