"""Split text into sentences as (start, end) offsets into the original string."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# whitespace and a capital letter, digit or opening quote; or at a blank line / line end
# when the next line does not continue in lower case. Initials and "U.S." followed by a
# lower-case word or a name do not end a sentence, nor do titles ("Capt. Ahmed", "Mt.
# Kenya", "Co. Mayo"), nor a month's abbreviation before its day ("on Nov. 11") or a
# state's before a highway's number. A line break is matched from the start of its run of
# whitespace only, so a long run is scanned once, not from each of its characters.
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)\]]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])"
    r"|(?<!\s)\s*\n\s*(?![a-z])"
)
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr|Capt|Maj|Sgt"
    r"|Cpl|Adm|Cmdr|Brig|Prof|Rev|Fr|Mt|Ft|Pt|Co)\.$"
)
# Initials, and a firm's "Co.", that may end a sentence: "Acme Co. The company said".
_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,3}$|\bCo\.$")
# A month's abbreviation before its day ("on Nov. 11"), or a state's before its highway's
# number ("the closure of W.Va. 61", "on Ga. 400").
_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$"
)
# Initials end a sentence after all when a word that opens sentences follows, never a
# name: "Sales fell in the U.S. The company said it would cut jobs".
_OPENER = re.compile(
    r"(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|But|And|Yet|So|In|On|"
    r"At|Of|For|If|When|While|After|Before|Since|As|However|Meanwhile|Usually|Still)\s")
_TAIL = 16  # characters before a boundary that _ABBREVIATION needs to see
# A longer "sentence" (no full stop in pages of text) is cut into pieces at most this long,
# at a space where there is one, so that the work done per sentence stays bounded.
MAX_SENTENCE = 2_000


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]`` (offsets into ``text``), whitespace trimmed,
    empty ones dropped, none longer than MAX_SENTENCE characters."""
    spans: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(text, start):
        # the end of the sentence so far: enough for any abbreviation, however long it is
        head = text[max(start, match.start() - _TAIL) : match.start()]
        if "\n" not in match.group() and (
            (_ABBREVIATION.search(head.rstrip("\"')]\u201d\u2019"))
             and not (_INITIALS.search(head) and _OPENER.match(text, match.end())))
            or (_MONTH.search(head) and text[match.end() : match.end() + 1].isdigit())
        ):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [piece for s, e in spans if text[s:e].strip() for piece in _pieces(text, s, e)]


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` trimmed, in pieces of at most MAX_SENTENCE characters."""
    start, end = _trim(text, start, end)
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield _trim(text, start, cut)
        start = _trim(text, cut, end)[0]
    yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
