"""Safe, unique page names for a site's articles and places.

A page name comes from the article's path inside INDIR: folders and the file name joined
with "-", anything but letters, digits, "-", "_" and "." replaced, no leading dot, at
most MAX_NAME characters, and "-2", "-3"... where two articles would share a name (or an
article would take the name of a file in SITE that geobrief did not write). Every
name is a plain file name: no "/", no "..", never absolute, so every write stays in SITE.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_NAME = 120
RESERVED = {"index", "manifest", "places"}


def slug(text: str) -> str:
    """``text`` as a file-name stem: letters (any script), digits, "-", "_", "."."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\w.-]+", "-", text).strip("-._")
    return text[:MAX_NAME].rstrip("-._") or "article"


def page_names(articles: list[str], *, avoid: Iterable[str] = ()) -> dict[str, str]:
    """Relative article path -> its page's file name (".html"), unique, in sorted order,
    and none of ``avoid`` (file names already taken in SITE by files geobrief keeps)."""
    taken = {name.lower()[:-5] for name in avoid if name.lower().endswith(".html")}
    tried: dict[str, int] = {}  # stem -> the last number tried for it (all below are taken)
    names = {}
    for article in sorted(articles):
        stem = _stem(article)
        n = tried.get(stem.lower(), 1)
        name = stem if n == 1 else f"{stem}-{n}"
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}"
        tried[stem.lower()] = n
        taken.add(name.lower())
        names[article] = f"{name}.html"
    return names


def _stem(article: str) -> str:
    stem = slug("-".join(article.rsplit(".", 1)[0].split("/")))
    return f"{stem}-article" if stem.lower() in RESERVED else stem


def could_name(article: str, page: str) -> bool:
    """Whether ``page`` is a name :func:`page_names` could have given ``article`` (its
    stem, numbered or not): a manifest's claim that a page belongs to an article is
    believed only then."""
    return re.fullmatch(re.escape(_stem(article)) + r"(?:-[0-9]+)?\.html", page) is not None


def is_page_name(page: str) -> bool:
    """Whether ``page`` is a plain page file name geobrief could write (a slug + .html)."""
    stem = page.removesuffix(".html")
    return stem != page and slug(stem) == stem
