"""Key facts: the counts the text states ("52 prisoners", "14 foreign nationals",
"1,300 or 1,400 prisoners"), and the standfirst under the headline.

A fact is a number (digits, or a number word from two up) or a range of two ("1,300 or
1,400", "10-12") followed by up to three words ending in a plural noun. Spans of time
("three decades", "two days"), distances ("two blocks away"), dates, years and ages are
not facts; the same count of the same thing is one fact, however often the text repeats
it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geobrief.models import Article
from geobrief.read.ingest import after_dateline
from geobrief.read.sentences import split_sentences

MAX_FACTS = 6
CONTEXT = 70
MAX_STANDFIRST = 320
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundreds|thousands|millions|dozens"
)
_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_NUMBER_WORDS})(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?)(?:\s+(?:million|billion|thousand|hundred))?"
)
_FUNCTION = (
    r"(?:this|his|its|was|has|is|as|us|thus|plus|less|unless|across|always|perhaps|from|in|"
    r"at|to|on|by|for|with|and|or|the|a|an|of|that|who|which|were|are|had|have|said)\b"
)
# a plural noun; not the singulars that end in "s" ("cross", "virus", "crisis", "hepatitis")
_PLURAL = (
    r"(?:[a-z][\w-]*s(?<!ss)(?<!us)(?<!sis)(?<!itis)"
    r"|people|children|men|women|police|troops|staff|personnel|cattle)"
)
_FACT = re.compile(
    rf"(?<![\w$£€.,-])(?P<number>{_NUMBER}(?:\s*(?:-|–|to|or)\s*{_NUMBER})?)"
    rf"\s+(?:of\s+)?(?:(?!{_FUNCTION})[a-z][\w-]*\s+){{0,2}}?(?!{_FUNCTION})(?P<noun>{_PLURAL})\b"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?",  # "of NATO"
    re.IGNORECASE,
)
_TIME = re.compile(
    r"^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times|percent|"
    r"per|years-old|kilometres|kilometers|miles|km)$",
    re.IGNORECASE,
)
# "two blocks away", "500 yards from the border": a distance ("five apartment blocks" is
# a count)
_LENGTHS = frozenset({"blocks", "yards", "metres", "meters"})
_AWAY = re.compile(r"\s+(?:away|from|north|south|east|west|down|up)\b")
_NOT_COUNTED = re.compile(r"^(?:19|20)\d\d(?:\s*(?:-|–|to)\s*(?:19|20)?\d\d)?$")  # years


@dataclass(frozen=True)
class Fact:
    """A count the text states: ``text`` as written, the words around it (``context``,
    at most CONTEXT characters either side, within its sentence), where it starts."""

    text: str
    context: str
    start: int


def find_facts(article: Article, limit: int = MAX_FACTS) -> list[Fact]:
    """The first ``limit`` distinct counts of the article's body, in text order."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for start, end in split_sentences(article.text, article.body_start):
        start = after_dateline(article.text, start, end)
        sentence = article.text[start:end]
        for match in _FACT.finditer(sentence):
            number, noun = match.group("number"), match.group("noun")
            if (
                _TIME.match(noun)
                or re.fullmatch(_NUMBER_WORDS, noun, re.IGNORECASE)  # "hundreds of thousands"
                or _NOT_COUNTED.match(number)
                or _is_date(sentence, match)
                or (noun.lower() in _LENGTHS and _AWAY.match(sentence, match.end()))
            ):
                continue
            key = (_value(number), noun.lower())
            if key in seen:
                continue
            seen.add(key)
            text = " ".join(match.group().split())
            facts.append(Fact(text, _context(sentence, match), start + match.start()))
            if len(facts) == limit:
                return facts
    return facts


_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _value(number: str) -> str:
    """A count as digits where it is a number word ("Fifty-two" -> "52"), so that the
    same count written two ways is one fact."""
    words = number.lower().split("-")
    if all(w in _UNITS or w in _TENS for w in words) and len(words) <= 2:
        total = sum(_TENS.index(w) * 10 if w in _TENS else _UNITS.index(w) for w in words)
        return str(total)
    return re.sub(r"\W", "", number.lower())


def _context(sentence: str, match: re.Match[str]) -> str:
    """The fact in its sentence, cut at words CONTEXT characters either side."""
    before, after = sentence[: match.start()], sentence[match.end() :]
    if len(before) > CONTEXT:
        before = "…" + before[-CONTEXT:].split(" ", 1)[-1]
    if len(after) > CONTEXT:
        after = after[:CONTEXT].rsplit(" ", 1)[0] + "…"
    return " ".join(f"{before}{match.group()}{after}".split())


def _is_date(sentence: str, match: re.Match[str]) -> bool:
    """"August 22", "on 12 March": a day of a month, not a count."""
    before = sentence[max(0, match.start() - 12) : match.start()]
    months = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
    return re.search(months, before) is not None


def standfirst(article: Article) -> str:
    """The editor's standfirst (an edits file's), else the first sentence of the body after
    the dateline (the second when the title is that sentence whole), cut at a word if long;
    "" when there is none."""
    if article.standfirst:
        return article.standfirst
    text = article.text
    spans = split_sentences(text, article.body_start)
    told = article.body_start  # "SEVIERVILLE, Tenn. (AP) - Police ...": a dateline the
    for start, end in spans[:3]:  # sentence split cuts after "Tenn." is not a sentence
        begin = max(after_dateline(text, start, len(text)), told)
        told = begin
        if begin >= end:
            continue
        sentence = " ".join(text[begin:end].split())
        if sentence and sentence != article.title:
            if len(sentence) <= MAX_STANDFIRST:
                return sentence
            return sentence[: MAX_STANDFIRST - 1].rsplit(" ", 1)[0] + "…"
    return ""
