"""A progress bar (rich) for long runs, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from geobrief.errors import printable

Start = Callable[[int], None]
Advance = Callable[[str], None]


@contextmanager
def progress_bar(
    label: str = "building", *, shown: bool = True
) -> Iterator[tuple[Start, Advance]]:
    """(start(total), advance(name)) callbacks; both do nothing off a terminal or when
    not ``shown`` (-q)."""
    if not (shown and sys.stderr.isatty()):
        yield (lambda total: None), (lambda name: None)
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[name]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None, name="")

        def start(total: int) -> None:
            bar.update(task, total=total)

        def advance(name: str) -> None:
            bar.update(task, advance=1, name=escape(printable(name)))  # a name is no markup

        yield start, advance
