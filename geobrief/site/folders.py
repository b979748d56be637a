"""INDIR and SITE, checked before a batch reads or writes anything.

- INDIR is SITE, or lies inside SITE: refused (geobrief would write among the articles,
  or read its own pages). SITE inside INDIR is allowed, and left out of the scan.
- Articles are the regular files below INDIR with an article suffix; hidden files and
  folders are left out, linked folders are not entered, and a linked file is read only
  when the link ends inside INDIR (an article linking elsewhere fails, unread).
- SITE belongs to one INDIR and holds only what geobrief wrote: a SITE built from
  another INDIR, or holding other files, is refused unless forced (``--force``), and
  forced, the other files are kept.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from geobrief.errors import InputError, OutputError
from geobrief.render.writer import written_by_geobrief
from geobrief.site.manifest import Manifest

ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")
SHOWN = 3  # foreign files named in the refusal


def find_articles(indir: Path, skip: Path | None = None) -> list[str]:
    """Every article below ``indir`` (relative POSIX paths, sorted), leaving out hidden
    files and folders and ``skip`` (the site, when it lies inside INDIR)."""
    if not indir.is_dir():
        raise InputError(f"{indir}: not a folder of articles")
    skipped = _real(skip) if skip is not None else None
    found = []
    for path in indir.rglob("*"):  # does not enter linked folders
        rel = path.relative_to(indir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        if skipped is not None and _real(path).is_relative_to(skipped):
            continue
        if path.is_symlink() or path.is_file():  # a link is judged by source_path
            found.append(rel.as_posix())
    return sorted(found)


def source_path(indir: Path, article: str) -> Path:
    """The file ``article`` (from :func:`find_articles`) really is; InputError when a link
    takes it outside INDIR or it is not a regular file."""
    real = _real(indir / article)
    if not real.is_relative_to(_real(indir)):
        raise InputError(f"{article}: links to a file outside INDIR; not read")
    if not real.is_file():
        raise InputError(f"{article}: not a regular file; not read")
    return real


def check_folders(indir: Path, outdir: Path) -> str:
    """Refuse a SITE that is INDIR or holds it; give INDIR as seen from SITE (what the
    manifest records)."""
    inside, site = _real(indir), _real(outdir)
    if inside == site:
        raise InputError(f"{outdir}: is INDIR itself; write the site to another folder")
    if inside.is_relative_to(site):
        raise InputError(f"{outdir}: holds INDIR {indir}; write the site to a folder outside it")
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: is not a folder")
    return Path(os.path.relpath(inside, site)).as_posix()


def check_site(outdir: Path, manifest: Manifest, indir: str, *, force: bool) -> set[str]:
    """The files in SITE that geobrief did not write and keeps (relative POSIX paths).
    Unless ``force``, refuse a SITE whose manifest names another INDIR, or that holds
    such files its manifest has not kept before."""
    if not outdir.is_dir():
        return set()
    if force:
        return set(foreign_files(outdir, manifest.owned()))
    if manifest.indir is not None and manifest.indir != indir:
        raise OutputError(
            f"{outdir}: is the site of {manifest.indir}, not of {indir} (as seen from the "
            "site); use --force to make it this folder's site"
        )
    new = list(islice(foreign_files(outdir, manifest.owned() | manifest.kept), SHOWN + 1))
    if new:
        named = ", ".join(new[:SHOWN]) + (", ..." if len(new) > SHOWN else "")
        raise OutputError(
            f"{outdir}: holds files geobrief did not write ({named}); use --force to build "
            "the site beside them (they are kept)"
        )
    return {name for name in manifest.kept if os.path.lexists(outdir / name)}


def foreign_files(outdir: Path, owned: set[str]) -> Iterator[str]:
    """The files below ``outdir`` (relative POSIX paths) that geobrief did not write:
    neither in ``owned`` nor pages marked as geobrief's (a run stopped before it wrote its
    manifest), links included; hidden ones are not looked at."""
    for root, folders, files in os.walk(outdir):  # does not enter linked folders
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        base = Path(root)
        links = [name for name in folders if (base / name).is_symlink()]
        for name in sorted(files) + links:
            if name.startswith("."):
                continue
            path = base / name
            rel = path.relative_to(outdir).as_posix()
            ours = rel in owned or (name.endswith(".html") and written_by_geobrief(path))
            if path.is_symlink() or not ours:
                yield rel


def _real(path: Path) -> Path:
    """``path`` with every link resolved (a loop is left as it is, never an error)."""
    return Path(os.path.realpath(path))
