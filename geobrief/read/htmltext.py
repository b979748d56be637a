"""An article saved from the web (.html): its main text and metadata, extracted with
trafilatura, as the front-matter text every other input is read as.

The briefing's offsets then index that extracted text, not the HTML file.
"""

from __future__ import annotations

import re

from geobrief.errors import InputError, MissingDependencyError

# A numeric character reference ("&#x1b;", "&#27", leading zeros allowed), and the code
# points XML forbids: lxml (under trafilatura) drops the whole document for one of them.
_REFERENCE = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,6})(?![0-9a-fA-F])|0*([0-9]{1,7})(?![0-9]));?")
_NOT_XML = frozenset([*range(1, 9), 0xB, 0xC, *range(0xE, 0x20), 0xFFFE, 0xFFFF])
# trafilatura's time grows faster than the page beyond tens of thousands of elements (a
# news page has a few thousand): a page with more start tags than this is refused.
MAX_ELEMENTS = 30_000
_START_TAG = re.compile(r"<[A-Za-z]")


def article_text(html: str, source: str) -> str:
    """``---`` front matter (title, date, source, url when the page has them) and the
    article's text; InputError when the page has no article text."""
    try:
        import trafilatura
    except ImportError as exc:  # an install without the dependency
        raise MissingDependencyError(f"reading .html needs trafilatura ({exc})") from None
    elements = sum(1 for _ in _START_TAG.finditer(html))
    if elements > MAX_ELEMENTS:
        raise InputError(
            f"{source}: a page of {elements:,} HTML elements; geobrief reads pages of at most "
            f"{MAX_ELEMENTS:,} (save the article alone, or as text)"
        )
    html = _REFERENCE.sub(_xml_character, html)
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else found or {}
    text = str(meta.get("text") or "").strip()
    title = _one_line(meta.get("title"))
    if title and text.startswith(title):  # the headline repeated as the first line
        text = text[len(title) :].lstrip()
    if not text:
        raise InputError(f"{source}: no article text found in the HTML")
    fields = {
        "title": title,
        "date": _one_line(meta.get("date"))[:10],
        "source": _one_line(meta.get("sitename")),
        "url": _one_line(meta.get("url")),
    }
    header = "".join(f"{key}: {value}\n" for key, value in fields.items() if value)
    return f"---\n{header}---\n{text}\n" if header else f"{text}\n"


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _xml_character(match: re.Match[str]) -> str:
    """A reference to a control character as a space; any other as it was."""
    hexa, decimal = match.groups()
    code = int(hexa, 16) if hexa is not None else int(decimal)
    return " " if code in _NOT_XML else match.group()
