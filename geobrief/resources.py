"""What ships with geobrief: its version, where its data lies, and its cache folder.

The folders ``templates``, ``shapes`` and ``seeds`` live under ``geobrief/_data/`` in a
wheel and are the top-level folders of a source checkout; the small fact tables of
``geobrief/data/`` (alliances, country groups, aliases) are inside the package in both.
What geobrief makes once and reuses (the gazetteer index, compiled templates) goes in
:func:`cache_dir`.
"""

import logging
import os
import tempfile
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import BinaryIO

from geobrief.errors import DataError

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent

try:
    VERSION = version("geobrief")
except PackageNotFoundError:  # running from a source tree without an install
    VERSION = "0.0.0"


def data_dir(name: str) -> Path:
    """Return the folder ``name`` (``templates``, ``shapes`` or ``seeds``)."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise DataError(f"geobrief data folder {name!r} is missing; reinstall geobrief")


def data_file(name: str) -> Path:
    """The fact table ``name`` of ``geobrief/data/`` (e.g. ``alliances.json``)."""
    return _PACKAGE / "data" / name


def cache_dir() -> Path:
    """geobrief's cache folder: ``$GEOBRIEF_CACHE``, else ``geobrief`` in the XDG cache
    folder (``~/.cache``). Not created here."""
    folder = os.environ.get("GEOBRIEF_CACHE")
    if not folder:
        xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(xdg) / "geobrief")
    return Path(folder)


def store_in_cache(path: Path, write: Callable[[BinaryIO], None]) -> bool:
    """Write a derived file of the cache folder (``path``) with ``write``, atomically and
    readable by all, as a cache is shared; False when the folder cannot be written (a
    full disk, a read-only folder): that is logged, never raised, as nothing needs the
    copy to work."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.", suffix=".tmp")
    except OSError as exc:
        log.info("cannot write %s (%s): it is made afresh each time", path, exc)
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.chmod(tmp, 0o644)  # mkstemp makes it private
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        log.info("cannot write %s (%s): it is made afresh each time", path, exc)
        return False
    return True
