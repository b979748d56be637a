"""Write an output where the user pointed, without ever replacing what is there.

What writing to a path means depends on what the path is (symlinks followed):

- nothing yet, or a regular file: written atomically, to a temporary file beside the
  real file and renamed onto it, so it is never half-written and a symlink to it stays
  a symlink; an existing file keeps its permissions;
- a character device or a FIFO (``/dev/null``, ``/dev/stdout``, a named pipe): written
  through, in place, never replaced by a plain file;
- anything else (a folder, a block device, a socket): refused with one line.

:func:`write_output` is the one writer of every command and of the site. Every failure,
a full disk included, is an :class:`~geobrief.errors.OutputError` naming the path.

Every output carries a mark in its first bytes, so that a command replaces its own
earlier output without asking and refuses to replace anything else
(:func:`refuse_foreign`; ``--force`` overrides): a page its ``<meta name="generator">``
(templates/base.html), a fragment its first line ``<!-- geobrief map:``
(templates/fragment.html), JSON and GeoJSON a top-level ``"generator": "geobrief"``
member (in GeoJSON a foreign member, which readers ignore), SVG ``geobrief`` as the
creator in its ``<metadata>``, PNG a ``tEXt`` chunk ``Software: geobrief``, PDF a comment
line ``%geobrief`` after its header.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from geobrief.errors import OutputError

GENERATOR = "geobrief"  # the generator named in each output (see above)
GENERATOR_MARK = b'<meta name="generator" content="geobrief">'  # templates/base.html
MARK_WITHIN = 4096  # the mark sits in an output's first bytes
_MARKS = {  # how each other output starts, and what its first bytes hold
    b"<!-- geobrief map: ": b"",
    b"{": b'"generator": "geobrief"',
    b"<?xml": b"<dc:title>geobrief</dc:title>",
    b"\x89PNG\r\n\x1a\n": b"tEXtSoftware\x00geobrief",
    b"%PDF-": b"\n%geobrief\n",
}


def write_output(path: Path, data: str | bytes, *, regular_only: bool = False) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` as the module says; ``regular_only``
    (the site's own files) refuses to write through a symlink, device or FIFO."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = os.lstat(path).st_mode if regular_only else os.stat(path).st_mode
    except FileNotFoundError:
        mode = None  # a new file (or the missing target of a symlink)
    except OSError as exc:
        raise _error(path, exc) from None
    if mode is None or stat.S_ISREG(mode):
        real = path if regular_only else Path(os.path.realpath(path))
        _replace_file(real, payload, shown=path, mode=mode)
    elif (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)) and not regular_only:
        _write_through(path, payload)
    else:
        raise OutputError(f"{path}: is {_kind(mode)}; not replaced")


def _replace_file(real: Path, data: bytes, *, shown: Path, mode: int | None) -> None:
    """Write a temporary file beside ``real`` and rename it onto ``real``."""
    try:
        handle, tmp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".tmp")
    except OSError as exc:
        raise _error(shown, exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(tmp, _FILE_MODE if mode is None else stat.S_IMODE(mode))
        os.replace(tmp, real)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _error(shown, exc) from None
        raise


def _write_through(path: Path, data: bytes) -> None:
    """Write into a device or FIFO as it is (no O_CREAT, no O_TRUNC: nothing replaced)."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError as exc:
        raise _error(path, exc) from None
    try:
        mode = os.fstat(handle).st_mode
        if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):  # swapped since we looked
            raise OutputError(f"{path}: changed while it was being written; not written")
        view = memoryview(data)
        while view:  # a pipe may take part of it at a time
            view = view[os.write(handle, view) :]
    except OutputError:
        raise
    except OSError as exc:
        raise _error(path, exc) from None
    finally:
        os.close(handle)


def _error(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "a device or pipe"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


def written_by_geobrief(path: Path, *, page: bool = True) -> bool:
    """Whether ``path`` is a regular file (not a link) that starts as a geobrief page, or
    (``page=False``) as any geobrief output."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    with os.fdopen(handle, "rb") as output:
        if not stat.S_ISREG(os.fstat(output.fileno()).st_mode):
            return False
        head = output.read(MARK_WITHIN)
    if GENERATOR_MARK in head:
        return True
    return not page and any(
        head.lstrip().startswith(start) and mark in head for start, mark in _MARKS.items()
    )


def refuse_foreign(path: Path) -> None:
    """Refuse to replace a regular file that geobrief did not write (a user's own work);
    a new path, a device or a FIFO is fine."""
    real = Path(os.path.realpath(path))
    if real.is_file() and not written_by_geobrief(real, page=False):
        raise OutputError(f"{path}: exists and geobrief did not write it (use --force)")


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# The mode a plain open(path, "w") gives (mkstemp's temporary files are private, 0o600);
# the umask is read once, at import, because reading it means setting it.
_FILE_MODE = 0o666 & ~_read_umask()
