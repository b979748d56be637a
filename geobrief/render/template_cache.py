"""Compiled page templates kept on disk, so that a new process need not compile them.

A cold ``geobrief build`` compiles the page's templates (a tenth of a second) before it
renders anything; :class:`TemplateCache` keeps Jinja's bytecode in geobrief's cache
folder (:func:`geobrief.resources.cache_dir`) for the next process.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


class TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates on disk, so that a new process does not compile the
    page's templates again (a tenth of a second). Jinja checks each entry against the
    template's source and its own version, so an edited template is compiled afresh. A
    folder that cannot be written only means compiling each time."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
