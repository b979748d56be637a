"""Read an article: decode the file, find its title, dateline, agency and date.

The text is kept exactly as decoded (no newline translation) so that mention offsets
index the file's text as other tools read it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from geobrief.errors import InputError
from geobrief.models import Article
from geobrief.read.article_date import stated_date
from geobrief.sentences import split_sentences

MAX_BYTES = 5 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".text", "", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

# "VILNIUS (Reuters) -", "KYIV, Sept 11 (Reuters) -", "WASHINGTON (AP) —", "BEIRUT: "
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z .'\-]{1,40}?[A-Z])"
    r"(?:,\s*[A-Z][A-Za-z0-9 .,'\-]{0,40}?)?"
    r"\s*(?:\((?P<agency>[A-Za-z .&]{2,40})\))?\s*(?:[-\u2013\u2014]+|:)\s"
)
_OPENING = re.compile(r"---[ \t]*\r?\n")  # the line that opens front matter
_FENCE = re.compile(r"\n---[ \t]*(?:\r?\n|$)")  # the line that closes front matter
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLAUSE_BREAK = re.compile(r"[,;:] | and | but | - | \u2013 | \u2014 ")
MAX_TITLE = 110
DATELINE_SENTENCES = 3  # a dateline may follow a headline or two


def read_article(
    source: str | Path, *, date: dt.date | None = None, max_bytes: int = MAX_BYTES
) -> Article:
    """Read an article from a file (a ``Path``) or from its text (a ``str``).

    ``date`` overrides any date found in front matter, which overrides a date the text
    states (a byline, a caption: ``read.article_date``); a file over ``max_bytes`` is
    refused before it is read.
    """
    if isinstance(source, Path):
        return parse_article(_read_text(source, max_bytes), source=str(source), date=date)
    return parse_article(source, source="<text>", date=date)


def parse_article(text: str, *, source: str, date: dt.date | None = None) -> Article:
    """Build an Article from decoded text; raise InputError when there is nothing to read."""
    meta, body_start = _front_matter(text)
    if not text[body_start:].strip():
        raise InputError(f"{source}: the article is empty")
    dateline, agency = _dateline(text, skip=body_start)
    return Article(
        text=text,
        source=source,
        title=meta.get("title") or _first_line_title(text, skip=body_start),
        dateline=dateline,
        agency=meta.get("source") or agency,
        date=date or _parse_date(meta.get("date"), source) or stated_date(text, body_start),
        body_start=body_start,
        url=meta.get("url") or None,
    )


def _read_text(path: Path, max_bytes: int) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"{path}: unsupported file type {path.suffix!r} (use .txt, .md or .html)"
        )
    check_size(path.stat().st_size, str(path), max_bytes)
    return decode_article(path.read_bytes(), str(path), max_bytes)


def check_size(size: int, name: str, max_bytes: int = MAX_BYTES) -> None:
    """Refuse an article over the size limit (``--max-mb``) before reading it."""
    if size > max_bytes:
        raise InputError(f"{name}: {size} bytes is over the {max_bytes} byte limit (--max-mb)")


def decode_article(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> str:
    """An article file's bytes as text (an .html page's extracted text); ``name`` is the
    file's name, for its suffix and for messages."""
    check_size(len(data), name, max_bytes)
    if b"\x00" in data:
        raise InputError(f"{name}: binary data, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 at byte {exc.start}") from None
    if name.lower().endswith(HTML_SUFFIXES):
        from geobrief.htmltext import article_text

        return article_text(text, name)
    return text


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """Parse a ``---``-fenced block of ``key: value`` lines at the very top.

    Returns the keys (lower-cased) and the offset where the body starts.
    """
    bom = 1 if text.startswith("\ufeff") else 0  # kept in the text: offsets index the file
    if not _OPENING.match(text, bom):
        return {}, bom
    closing = _FENCE.search(text, bom + 3)
    if closing is None:
        return {}, bom
    end = closing.start()
    meta: dict[str, str] = {}
    for line in text[bom + 3 : end].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, closing.end()


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the text from ``start`` goes on after a dateline there ("VILNIUS (Reuters) -
    "); ``start`` itself when there is none before ``end``."""
    match = _DATELINE.match(text, start, end)
    return match.end() if match else start


def _dateline(text: str, *, skip: int) -> tuple[str | None, str | None]:
    """The dateline at the start of the body, or of one of its first sentences (a web
    article often puts its headline first: "Lions Club member wins. CHARLESTON, W.Va. -")."""
    starts = [skip, *(start for start, _ in split_sentences(text, skip)[1:DATELINE_SENTENCES])]
    for start in starts:
        match = _DATELINE.match(text, start)
        if match:
            return match.group("place").strip(), match.group("agency")
    return None, None


def _first_line_title(text: str, *, skip: int) -> str:
    """The first sentence of the body (after any dateline), cut at a clause if long."""
    first = text[skip:].strip().split("\n", 1)[0].strip()
    lead = _DATELINE.match(first)
    if lead:
        first = first[lead.end():]
    start, end = split_sentences(first)[0]
    sentence = first[start:end]
    return sentence if len(sentence) <= MAX_TITLE else _shorten(sentence)


def _shorten(sentence: str) -> str:
    """Cut a long sentence at its first clause break after 40 characters, else at a word."""
    clause = _CLAUSE_BREAK.search(sentence, 40, MAX_TITLE)
    if clause:
        return sentence[: clause.start()].rstrip(",;:")
    return sentence[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def _parse_date(value: str | None, source: str) -> dt.date | None:
    if not value:
        return None
    text = value.strip()[:10]
    if not _ISO_DATE.match(text):
        raise InputError(f"{source}: front matter date {value!r} is not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{source}: front matter date {value!r} is not a real date") from None
