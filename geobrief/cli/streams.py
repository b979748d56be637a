"""Where a command reads and writes: files, or standard input and output as in a pipe.

- ARTICLE ``-`` is standard input (read once, up to ``--max-mb``).
- ``-o -`` is standard output; without ``-o``, standard output when it is not a terminal
  (a redirect or a pipe), else an error saying what to do. Binary output (PNG) is never
  sent to a terminal.
- No command writes over its own input: an output (or standard output, ``>>``) that is
  the same file as an article read, through links too, is refused, ``--force`` or not.
  An existing file that geobrief did not write is refused without ``--force``.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from geobrief.cli.messages import notice
from geobrief.errors import InputError, OutputError
from geobrief.models import Article
from geobrief.pipeline import Config
from geobrief.read.edits import Edits, edits_beside, read_edits
from geobrief.read.ingest import read_stream
from geobrief.render.writer import refuse_foreign, write_output

DASH = Path("-")
NO_TERMINAL = ("standard output is a terminal: give -o FILE, or send the output to a file "
               "(> FILE) or a pipe (| ...)")


def article_source(path: Path, config: Config) -> Path | Article:
    """What ARTICLE names: a file, or (``-``) the article read from standard input now."""
    if path != DASH:
        return path
    stdin = click.get_binary_stream("stdin")
    return read_stream(stdin, date=config.date, max_bytes=config.max_bytes)


def edits_file(article: Path, given: Path | None, config: Config) -> Path | None:
    """The edits file a command applies: ``--edits FILE``, else the one beside ARTICLE
    (none for standard input, or with ``--no-edits``)."""
    if given is not None:
        if not config.edits:
            raise click.UsageError("--edits FILE and --no-edits: give one or the other")
        return given
    if not config.edits or article == DASH or not article.is_file():
        return None  # no file: reading the article says what is wrong
    beside = edits_beside(article)
    return beside if beside.exists() else None


def load_edits(path: Path | None) -> Edits | None:
    """The edits file at ``path`` read and checked (None: no edits)."""
    return read_edits(path) if path is not None else None


def check_inputs(paths: Iterable[Path]) -> None:
    """Standard input can be read once only."""
    if sum(path == DASH for path in paths) > 1:
        raise click.UsageError("'-' (standard input) can be given once only")


@dataclass(frozen=True)
class Target:
    """Where an output goes: a file, or (``path`` None) standard output."""

    path: Path | None

    def write(self, data: str | bytes, *, note: str = "") -> None:
        """Write ``data`` there (a file atomically, see render.writer); a file is then
        noticed ("wrote PATH" and ``note``)."""
        if self.path is not None:
            write_output(self.path, data)
            notice(f"wrote {self.path}{note}")
            return
        out = click.get_binary_stream("stdout")
        out.write(data.encode("utf-8") if isinstance(data, str) else data)
        out.flush()


def output_target(output: Path | None, *, binary: bool = False) -> Target:
    """The target ``-o`` names, standard output for ``-o -`` or no ``-o`` (not to a
    terminal: binary data never, and without ``-o`` nothing)."""
    if output is not None and output != DASH:
        return Target(output)
    if _stdout_is_terminal():
        if output is None:
            raise click.UsageError(NO_TERMINAL)
        if binary:
            raise click.UsageError("not writing binary data to a terminal: give -o FILE or "
                                   "a pipe")
    return Target(None)


def guard_output(target: Target, inputs: Iterable[Path], *, force: bool = False) -> None:
    """Refuse an output that is one of ``inputs`` (always) or, unless ``force``, an
    existing file that geobrief did not write."""
    read = {key for path in inputs if (key := _identity(path)) is not None}
    if target.path is None:
        if read and _identity(DASH, stream=1) in read:
            raise InputError("standard output is an article being read; not written over it")
        return
    if _identity(target.path) in read:
        raise OutputError(f"{target.path}: is an article being read; not written over it")
    if not force:
        refuse_foreign(target.path)


def _identity(path: Path, *, stream: int = 0) -> tuple[int, int] | None:
    """(device, inode) of the regular file ``path`` is (links followed) or, for ``-``,
    that standard input (or ``stream``) is; None for anything else."""
    try:
        info = os.fstat(_fileno(stream)) if path == DASH else os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _fileno(stream: int) -> int:
    """The real descriptor behind standard input (0) or output (1); ValueError when a
    test runner stands in for it."""
    handle = sys.stdin if stream == 0 else sys.stdout
    try:
        return handle.fileno()
    except (AttributeError, OSError) as exc:
        raise ValueError("no descriptor") from exc


def _stdout_is_terminal() -> bool:
    try:
        return os.isatty(_fileno(1))
    except ValueError:
        return False
