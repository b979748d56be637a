"""Command line: a thin click layer; each command parses arguments and calls one library
function. Output goes to standard output (or the file ``-o`` names), everything else to
standard error (:mod:`geobrief.cli.messages`); errors are one line, never a traceback.

- ``build``, ``demo``: :mod:`geobrief.cli.page`
- ``places``: :mod:`geobrief.cli.tables`
- ``export``: :mod:`geobrief.cli.exports`
- ``batch``, ``watch``: :mod:`geobrief.cli.sites`
- shared options and standard input and output: :mod:`geobrief.cli.options`,
  :mod:`geobrief.cli.streams`
"""

from __future__ import annotations

import sys

import click

from geobrief.cli.exports import export
from geobrief.cli.messages import describe, fail_line, verbose
from geobrief.cli.options import message_options
from geobrief.cli.page import build, demo
from geobrief.cli.sites import batch, watch
from geobrief.cli.tables import places
from geobrief.errors import GeobriefError
from geobrief.resources import VERSION

__all__ = ["cli", "main"]
COMPLETE_VAR = "_GEOBRIEF_COMPLETE"  # eval "$(_GEOBRIEF_COMPLETE=bash_source geobrief)"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(VERSION, prog_name="geobrief")
@message_options
def cli() -> None:
    """Turn news articles into offline map briefings.

    Shell completion for bash (zsh_source, fish_source for the others):

    \b
    eval "$(_GEOBRIEF_COMPLETE=bash_source geobrief)"
    """


for _command in (build, places, export, batch, watch, demo):
    cli.add_command(_command)


def main() -> None:
    """Entry point: run the CLI; report errors in one line, never a traceback."""
    try:
        code = cli.main(standalone_mode=False, prog_name="geobrief", complete_var=COMPLETE_VAR)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("geobrief: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        _fail(f"{exc.format_message()} (see --help)", exc.exit_code)
    except (GeobriefError, OSError) as exc:
        _fail(describe(exc))
    except Exception as exc:  # a fault of geobrief's: still one line (-v: the traceback)
        if verbose():
            raise
        _fail(f"internal error ({type(exc).__name__}: {exc}); -v shows where")
    sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, status: int = 1) -> None:
    fail_line(message)
    sys.exit(status)
