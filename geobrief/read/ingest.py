"""Read an article: decode the file, find its title, dateline, agency and date.

The text is kept exactly as decoded (no newline translation) so that mention offsets
index the file's text as other tools read it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import BinaryIO

from geobrief.errors import InputError
from geobrief.models import Article
from geobrief.read.article_date import stated_date
from geobrief.read.frontdate import front_date
from geobrief.read.sentences import split_sentences

MAX_BYTES = 5 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".text", "", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "<stdin>"  # the source of an article read from standard input
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)[\s>]", re.I)

# "VILNIUS (Reuters) -", "KYIV, Sept 11 (Reuters) -", "WASHINGTON (AP) —", "BEIRUT: ",
# "LIMA, 3 March 2025 -" (a day written before its month),
# "CAIRO/GAZA, Oct 29 (Reuters) -": a story filed from two cities names first the one the
# reporter writes in (the bureau that files it), so the first is the dateline's place.
# Two names in capitals before a bare colon are a section's heading ("BASEBALL/SOFTBALL:")
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z .'\-]{1,40}?[A-Z])(?:/[A-Z][A-Z .'\-]{0,40}?[A-Z]\b(?!\s*:))?"
    r"(?:,\s*[A-Z0-9][A-Za-z0-9 .,'\-]{0,40}?)?"
    r"\s*(?:\((?P<agency>[A-Za-z .&]{2,40})\))?\s*(?:[-\u2013\u2014\x96\x97]+|:)\s"
)  # \x96 and \x97: the dashes of a Windows-1252 text read as Latin-1
_OPENING = re.compile(r"---[ \t]*\r?\n")  # the line that opens front matter
_FENCE = re.compile(r"\n---[ \t]*(?:\r?\n|$)")  # the line that closes front matter
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")  # --date: YYYY-MM-DD only
_CLAUSE_BREAK = re.compile(r"[,;:] | and | but | - | \u2013 | \u2014 ")
MAX_TITLE = 110
# "According to the World Health Organisation (WHO), a cholera epidemic ...": the title is
# what was said, not who said it.
_ATTRIBUTION = re.compile(r"(?:According to|As reported by|Citing)\b[^,.]{1,80}, ")
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


def read_stream(
    stream: BinaryIO, *, name: str = STDIN, date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """Read an article from a stream (standard input) up to ``max_bytes``, plus one byte
    to tell it is over; it is a web page when it starts as one (``<!doctype html``,
    ``<html``), else text."""
    data = _read_upto(stream, name, max_bytes)
    text = decode_article(data, name, max_bytes, html=bool(_HTML_START.match(data)))
    return parse_article(text, source=name, date=date)


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
    return decode_article(read_bounded(path, str(path), max_bytes), str(path), max_bytes)


def read_bounded(path: Path, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, at most ``max_bytes`` of them: a regular file over the limit is
    refused before it is read, a device or a pipe (whose size is unknown) after reading
    one byte past the limit."""
    with path.open("rb") as source:
        check_size(os.fstat(source.fileno()).st_size, name, max_bytes)
        return _read_upto(source, name, max_bytes)


def _read_upto(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the {max_bytes} byte limit (--max-mb)")
    return data


def check_size(size: int, name: str, max_bytes: int = MAX_BYTES) -> None:
    """Refuse an article over the size limit (``--max-mb``) before reading it."""
    if size > max_bytes:
        raise InputError(f"{name}: {size} bytes is over the {max_bytes} byte limit (--max-mb)")


def decode_article(
    data: bytes, name: str, max_bytes: int = MAX_BYTES, *, html: bool | None = None
) -> str:
    """An article file's bytes as text (a web page's extracted text); ``name`` is the
    file's name, for messages and, unless ``html`` says, for its suffix."""
    check_size(len(data), name, max_bytes)
    if b"\x00" in data:
        raise InputError(f"{name}: binary data, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 at byte {exc.start}") from None
    if html is None:
        html = name.lower().endswith(HTML_SUFFIXES)
    if html:
        from geobrief.read.htmltext import article_text

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
    if (said := _ATTRIBUTION.match(sentence)) and len(sentence) - said.end() > 20:
        sentence = sentence[said.end()].upper() + sentence[said.end() + 1 :]  # what was said
    return sentence if len(sentence) <= MAX_TITLE else _shorten(sentence)


def _shorten(sentence: str) -> str:
    """Cut a long sentence at its first clause break after 40 characters, else at a word."""
    clause = _CLAUSE_BREAK.search(sentence, 40, MAX_TITLE)
    if clause:
        return sentence[: clause.start()].rstrip(",;:")
    return sentence[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def iso_day(text: str) -> dt.date:
    """A day written YYYY-MM-DD, and only so (not 20250911, not 2025-W37-4); ValueError
    for anything else or a day that does not exist."""
    if not _ISO_DATE.match(text):
        raise ValueError(f"{text!r} is not YYYY-MM-DD")
    return dt.date.fromisoformat(text)


def _parse_date(value: str | None, source: str) -> dt.date | None:
    """The front matter's date, in any form :mod:`geobrief.read.frontdate` reads."""
    if not value:
        return None
    try:
        return front_date(value)
    except ValueError as exc:
        raise InputError(f"{source}: front matter date {value!r} {exc}") from None
