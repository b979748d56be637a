"""Locate the data folders that ship with geobrief (templates, shapes, seeds).

In a wheel they live under ``geobrief/_data/``; in a source checkout they are the
top-level folders of the repository.
"""

from pathlib import Path

from geobrief.errors import DataError

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder ``name`` (``templates``, ``shapes`` or ``seeds``)."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise DataError(f"geobrief data folder {name!r} is missing; reinstall geobrief")
