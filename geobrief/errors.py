"""Exception classes. Each subclasses a builtin so callers can catch either."""


class GeobriefError(Exception):
    """Base class for every error geobrief reports to the user as one line."""


class InputError(GeobriefError, ValueError):
    """The article could not be read: missing, empty, binary or badly encoded."""


class DataError(GeobriefError, RuntimeError):
    """Bundled data (shapes, gazetteer) is missing or could not be built."""


class OutputError(GeobriefError, OSError):
    """An output file could not be written."""


class MissingDependencyError(GeobriefError, ImportError):
    """An optional dependency is not installed; the message names the install command."""
