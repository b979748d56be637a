"""What the command line says besides its output: one printable line each, on standard
error, never on standard output (which carries only what a command makes).

- Errors: always (:func:`geobrief.cli.main`, and one line per failed article).
- Notices ("wrote story.html", a batch's summary) and warnings: unless ``-q``.
- geobrief's log lines, one per pipeline step: with ``-v``.
- Dependencies never print raw. Their log records (trafilatura's "parsed tree length: 0")
  are shown only with ``-v``, named ("geobrief: trafilatura: ..."); a Python warning is
  one line without its source line, shown as a warning when it is meant for users (a
  ``UserWarning``, such as folium's about a tile provider), and only with ``-v`` when it
  is meant for developers (deprecations).
"""

from __future__ import annotations

import logging
import warnings
from typing import Any, TextIO

import click

from geobrief.errors import GeobriefError, printable

NOTICE = 25  # between INFO (-v) and WARNING
log = logging.getLogger("geobrief")
logging.addLevelName(NOTICE, "NOTICE")


def notice(message: str) -> None:
    """Tell the user what was done (silenced by ``-q``)."""
    log.log(NOTICE, "%s", message)


def warn(message: str) -> None:
    """Warn the user (silenced by ``-q``)."""
    log.warning("warning: %s", message)


def fail_line(message: str) -> None:
    """One error line, shown even with ``-q``."""
    click.echo(printable(f"geobrief: error: {message}"), err=True)


def describe(exc: Exception) -> str:
    """An error as its one line: geobrief's own message, or an OSError's file and reason."""
    if isinstance(exc, OSError) and not isinstance(exc, GeobriefError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return str(exc)


def quiet() -> bool:
    """Whether notices and progress are silenced (``-q``)."""
    return not log.isEnabledFor(NOTICE)


def verbose() -> bool:
    """Whether each step's log line is shown (``-v``)."""
    return log.isEnabledFor(logging.INFO)


def set_verbosity(*, quiet: bool = False, verbose: bool = False) -> None:
    """Route every log record and warning as the module says: ``quiet`` wins over
    ``verbose``."""
    level = logging.ERROR if quiet else logging.INFO if verbose else NOTICE
    log.setLevel(level)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _Echo)]:
        root.removeHandler(handler)
    root.addHandler(_Echo(show_others=verbose and not quiet))
    root.setLevel(logging.WARNING)
    warnings.showwarning = _show_warning


class _Echo(logging.Handler):
    """Each record as one printable line on the current standard error (click's, so that
    a test's runner captures it too)."""

    def __init__(self, *, show_others: bool) -> None:
        super().__init__()
        self.show_others = show_others

    def filter(self, record: logging.LogRecord) -> bool:
        ours = record.name == "geobrief" or record.name.startswith("geobrief.")
        return ours or self.show_others

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            top = record.name.split(".")[0]
            if record.levelno != NOTICE:
                message = f"geobrief: {message}" if top == "geobrief" else (
                    f"geobrief: {top}: {message}")
            click.echo(printable(message), err=True)
        except Exception:
            self.handleError(record)


def _show_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int,
    file: TextIO | None = None, line: str | None = None, *_: Any,
) -> None:
    """A Python warning as one log line: for users a warning, for developers (-v) info."""
    text = " ".join(str(message).split())
    if issubclass(category, UserWarning):
        warn(text)
    else:
        log.info("%s: %s", category.__name__, text)
