"""Exception classes. Each subclasses a builtin so callers can catch either. And
:func:`printable`, which every message and name goes through before it reaches a terminal."""

import re


class GeobriefError(Exception):
    """Base class for every error geobrief reports to the user as one line."""


class InputError(GeobriefError, ValueError):
    """The article could not be read: missing, empty, binary or badly encoded."""


class EditsError(InputError):
    """An edits file is malformed, or names what its article does not have."""


class DataError(GeobriefError, RuntimeError):
    """Bundled data (shapes, gazetteer) is missing or could not be built."""


class OutputError(GeobriefError, OSError):
    """An output file could not be written."""


class MissingDependencyError(GeobriefError, ImportError):
    """An optional dependency is not installed; the message names the install command."""


# C0 and C1 controls (ESC, newline, BEL...), DEL, line and paragraph separators, bidi
# overrides and isolates, and lone surrogates (undecodable bytes of a file name)
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def printable(text: str) -> str:
    """``text`` made safe to print on a terminal as one line: every control character,
    bidi override and undecodable byte of a file name shown as an escape (``\\x1b``,
    ``\\n``, ``\\u202e``), never sent raw. Every name and message geobrief prints goes
    through here."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
