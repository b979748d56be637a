"""Checking an edits file's values one by one, each error naming the file, the line and
the entry ("story.edits.yaml: line 14: mentions #2.pin: ...").

:class:`Fields` holds the file's name and the line of every value (from
:mod:`geobrief.read.edits_yaml`) and checks a value at a path: a mapping with known keys,
a list, a one-line text, a whole number, a number in a range, a flag, a choice, a place
id, a country code or a date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from geobrief.errors import EditsError, printable
from geobrief.read.edits_yaml import Path

_COUNTRY = re.compile(r"[A-Za-z]{2}\Z")
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_ID = 120  # characters in a place id


def path_text(path: Path) -> str:
    """``("events", "add", 0, "place")`` as "events.add #1.place" (entries count from 1)."""
    text = ""
    for part in path:
        text += f" #{part + 1}" if isinstance(part, int) else f"{'.' if text else ''}{part}"
    return text or "the file"


def edit_error(where: str, message: str) -> EditsError:
    """The one-line error of an edit: "FILE: line N: ENTRY: what is wrong"."""
    return EditsError(printable(f"{where}: {message}"))


class Fields:
    """The values of one edits file, checked with errors that say where."""

    def __init__(self, source: str, lines: dict[Path, int]) -> None:
        self.source = source
        self.lines = lines

    def where(self, path: Path) -> str:
        """"FILE: line N: ENTRY" for the value at ``path`` (the line of the nearest value
        that has one); "FILE" alone for the whole file."""
        if not path:
            return self.source
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return f"{self.source}: line {line}: {path_text(path)}"
        return f"{self.source}: {path_text(path)}"

    def fail(self, path: Path, message: str) -> EditsError:
        return edit_error(self.where(path), message)

    def mapping(
        self, value: Any, path: Path, keys: tuple[str, ...], required: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """A mapping whose keys are among ``keys`` and hold ``required``; None is {}."""
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            raise self.fail(path, f"should be a mapping of {', '.join(keys)}, not {_kind(value)}")
        for key in value:
            if key not in keys:
                raise self.fail((*path, key), f"unknown key {key!r} (known: {', '.join(keys)})")
        for key in required:
            if value.get(key) is None:
                raise self.fail(path, f"{key!r} is missing")
        return value

    def items(self, value: Any, path: Path) -> list[Any]:
        """A list; None (nothing after the colon) is an empty one."""
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(path, f"should be a list, not {_kind(value)}")
        return value

    def text(self, value: Any, path: Path, *, most: int = 300) -> str:
        """A non-empty string of at most ``most`` characters, stripped, with control
        characters (a newline) as spaces."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # a name that YAML read as a number
        if not isinstance(value, str):
            raise self.fail(path, f"should be text, not {_kind(value)}")
        text = _CONTROL.sub(" ", value).strip()
        if not text:
            raise self.fail(path, "is empty")
        if len(text) > most:
            raise self.fail(path, f"is {len(text):,} characters long; at most {most:,}")
        return text

    def integer(self, value: Any, path: Path, *, least: int = 0) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise self.fail(path, f"should be a whole number from {least}, not {_shown(value)}")
        return value

    def number(self, value: Any, path: Path, low: float, high: float) -> float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self.fail(path, f"should be a number, not {_shown(value)}")
        if not (math.isfinite(value) and low <= value <= high):
            raise self.fail(path, f"{value} is out of range ({low:g} to {high:g})")
        return float(value)

    def flag(self, value: Any, path: Path) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, f"should be true or false, not {_shown(value)}")
        return value

    def choice(self, value: Any, path: Path, choices: tuple[str, ...]) -> str:
        if value not in choices:
            raise self.fail(path, f"{_shown(value)} is not one of {', '.join(choices)}")
        return str(value)

    def place_id(self, value: Any, path: Path) -> str:
        """A place id as ``geobrief places`` gives it ("geonames:2135171", "country:VU",
        "region:US.OH", "user:rio-negro"), or a bare GeoNames id (2135171)."""
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return str(value)
        return self.text(value, path, most=MAX_ID)

    def country(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or not _COUNTRY.match(value):
            raise self.fail(path, f"{_shown(value)} is not a two-letter country code (ISO 3166)")
        return value.upper()

    def date(self, value: Any, path: Path) -> str:
        """A date as 2025-03-04, 2025-03 or 2025."""
        text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        match = _DATE.match(text) if isinstance(text, str) else None
        try:
            if match is None:
                raise ValueError
            year, month, day = (int(part) if part else 1 for part in match.groups())
            dt.date(year, month, day)
        except ValueError:
            raise self.fail(path, f"{_shown(value)} is not a date like 2025-03-04, 2025-03 "
                            "or 2025") from None
        return str(text)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "nothing" if value is None else _shown(value)


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, dict | list) else _kind(value)
    return text if len(text) <= 60 else text[:57] + "..."
