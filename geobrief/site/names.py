"""Safe, unique page names for a site's articles and places.

A page name comes from the article's path inside INDIR: folders and the file name joined
with "-", anything but letters, digits, "-", "_" and "." replaced, no leading dot, at
most MAX_NAME characters, and "-2", "-3"... where two articles would share a name. Every
name is a plain file name: no "/", no "..", never absolute, so every write stays in SITE.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 120
RESERVED = {"index", "manifest", "places"}


def slug(text: str) -> str:
    """``text`` as a file-name stem: letters (any script), digits, "-", "_", "."."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\w.-]+", "-", text).strip("-._")
    return text[:MAX_NAME].rstrip("-._") or "article"


def page_names(articles: list[str]) -> dict[str, str]:
    """Relative article path -> its page's file name (".html"), unique, in sorted order."""
    taken: set[str] = set()
    tried: dict[str, int] = {}  # stem -> the last number tried for it (all below are taken)
    names = {}
    for article in sorted(articles):
        stem = slug("-".join(article.rsplit(".", 1)[0].split("/")))
        if stem.lower() in RESERVED:
            stem = f"{stem}-article"
        n = tried.get(stem.lower(), 1)
        name = stem if n == 1 else f"{stem}-{n}"
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}"
        tried[stem.lower()] = n
        taken.add(name.lower())
        names[article] = f"{name}.html"
    return names
