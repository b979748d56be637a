"""Find place mentions: a gazetteer-driven matcher over capitalised word runs.

1. Tokenise the text into words (``U.S.`` is one word) and note what joins them.
2. At each capitalised word, take the longest run of words that the gazetteer knows,
   as a country form ("Polish", "U.S.") or as a place name.
3. Drop what is not a place: words in all-caps subheads, weekdays and months, the news
   agency, street names ("Central Avenue"), currencies ("US$"), diseases ("West Nile
   virus"), one part of a hyphenated
   name that is not a place ("Wal-Mart"), and people's names (after a title such as
   "President", or a run starting with a first name such as "John Coale"); a surname
   seen once as a person is a person everywhere in the document; seas ("the Red Sea",
   "Mexico" of "the Gulf of Mexico") and a country before "Valley" or "Delta" ("the
   Niger Delta"). A name before "Valley" spans it ("the Bekaa Valley").
4. Add the dateline ("VILNIUS (Reuters) -") as a mention of its title-cased name; one
   written into the text in capitals ("NEWARK -- ", "MIEH MIEH/BEIRUT: ") is one too.

Which of the remaining names really are places (population, context, common words)
is decided in ``resolve``.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from geobrief.geoparse import county_lists, lexicon, wording
from geobrief.geoparse.lookup import Lookup, RememberedLookup
from geobrief.geoparse.people import POSSESSIVE, nicknamed, person_words
from geobrief.models import Article, Mention

# A word: "U.S." and "W.Va." (dotted abbreviations) are one word each.
_WORD = re.compile(r"(?:[A-Z][a-z]{0,3}\.){2,}|[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_JOIN = re.compile(r"[ \t]?\n?[ \t]?|-|\. ")  # what may stand between two words of one name
# Inner words of a name; the Arabic article too ("Sharm el-Sheikh", "Deir al-Balah").
_CONNECTORS = frozenset("of the and de du des la le les del della di da do dos das au aux upon "
                        "on am sur en es al el".split())
_LINE = re.compile(r"[^\n]+")
_FEATURE_WORDS = frozenset({"airport"})  # "Dulles airport": a name may end in lower case
_QUALIFIED = re.compile(r", [A-Z]")  # "Reston, Virginia": a name followed by its region
# "March 15, 2009 NEWARK -- Police said": a dateline inside the text, in capitals; at
# the start of a line or sentence also "TBILISI, Georgia - ", "BEIRUT: " and two places
# joined by a slash ("MIEH MIEH/BEIRUT: ").
_DATELINE_AFTER = re.compile(r"(?:, [A-Z][A-Za-z.]{1,5})? (?:--|\u2014|\u2013) ")
_LEAD_DATELINE_AFTER = re.compile(
    r"(?:/[A-Z][A-Z .'\-]{0,40}[A-Z])?"
    r"(?:, (?:[A-Z][A-Za-z.]{1,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"(?: (?:--?|\u2014|\u2013)|:) "
)
_LEAD_DATELINE_BEFORE = re.compile(r"(?:\A|[\n.!?/])[ \t]*\Z")
# Starts only where a word starts, so a long run of letters is tried once, not at each
# of its letters (which took quadratic time).
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+")
_PARTIES = ("D-", "R-", "I-")
_NAME_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})  # "St. Joseph", "Mt. Hope"
_CITY_BODY_AFTER = re.compile(r" (?:Council|Manager|Hall|Commission|Schools|Clerk|Attorney)\b")


class _Word(NamedTuple):
    text: str
    start: int
    end: int
    capitalised: bool  # "Minsk", "U.S.", and elided "d'Ivoire" (of "Côte d'Ivoire")


def _capitalised(text: str) -> bool:
    return text[0].isupper() or (text[1:2] in ("'", "\u2019") and text[2:3].isupper())


def find_mentions(article: Article, gazetteer: Lookup) -> list[Mention]:
    """Every span of ``article.text`` that names a place the gazetteer knows."""
    text = article.text
    subheads = _caps_lines(text)
    starts = [s for s, _ in subheads]
    words = [
        w for w in _words(text)
        if w.start >= article.body_start and not _inside(subheads, starts, w.start)
    ]
    mentions = _whole_compounds(text, _match(text, words, gazetteer))
    mentions = wording.councils(
        text, wording.valleys(text, wording.named_things(text, mentions), gazetteer))
    mentions = county_lists.listed_counties(text, mentions, gazetteer)
    diseases = lexicon.disease_names(
        text, ((m.name, m.end) for m in mentions
               if m.form != "name" or not gazetteer.country_form(m.name))
    )  # "Spanish flu", not "the United States flu season"; still "Reston, Virginia"
    mentions = [m for m in mentions if m.name not in diseases or _QUALIFIED.match(text, m.end)]
    runs = [(before, run) for before, run in _capitalised_runs(text, words)
            if not _hyphened_pair(text, run)]
    people, first_names = person_words(runs, mentions, gazetteer)
    kept = [m for m in mentions
            if not _not_a_place(m, people, article) and (m.start, m.end) not in first_names]
    dateline = _dateline_mention(article)
    if dateline is not None:
        kept = [dateline, *(m for m in kept if m.end <= dateline.start or m.start >= dateline.end)]
    return sorted(kept, key=lambda m: m.start)


def _words(text: str) -> list[_Word]:
    found = ((m.group(), m.start(), m.end()) for m in _WORD.finditer(text))
    return [_Word(word, start, end, _capitalised(word)) for word, start, end in found]


def _inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether ``position`` falls in one of ``spans`` (sorted, disjoint; ``starts`` their
    starts): a bisection, not a scan of every span for every word."""
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and position < spans[i][1]


def _caps_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines written all in capitals (subheads such as "PUTIN ALLY")."""
    spans = []
    for line in _LINE.finditer(text):
        words = line.group()  # isupper() looks at cased letters only, as the test wants
        if words.isupper() and sum(c.isalpha() for c in words) >= 4:
            spans.append(line.span())
    return spans


def _joined(text: str, left: _Word, right: _Word) -> bool:
    gap = text[left.end : right.start]
    if gap == ". ":
        return len(left.text) <= 3 and left.capitalised
    return _JOIN.fullmatch(gap) is not None and gap.count("\n") <= 1


def _match(text: str, words: list[_Word], gazetteer: Lookup) -> list[Mention]:
    """Longest gazetteer match starting at each capitalised word, left to right."""
    gazetteer = RememberedLookup(gazetteer)
    mentions: list[Mention] = []
    longest = max(1, gazetteer.max_words())
    i = 0
    while i < len(words):
        found = _match_at(text, words, i, longest, gazetteer) if words[i].capitalised else None
        if found is None:
            i += 1
            continue
        mention, used = found
        mentions.append(mention)
        i += used
    return mentions


def _match_at(
    text: str, words: list[_Word], i: int, longest: int, gazetteer: Lookup
) -> tuple[Mention, int] | None:
    for n in range(_reach(text, words, i, longest), 0, -1):
        run = words[i : i + n]
        if not _ends_a_name(run):
            continue
        mention = _lookup(text, run, gazetteer)
        if mention is not None and not _city_of_a_body(text, mention, gazetteer):
            return mention, n
    return None


def _city_of_a_body(text: str, mention: Mention, gazetteer: Lookup) -> bool:
    """"Dublin City" of "the Dublin City Council": "City" is the body's word when no
    place is called so by its main name (one is in "Boulder City Council")."""
    return (mention.name.endswith(" City") and bool(_CITY_BODY_AFTER.match(text, mention.end))
            and not any(getattr(c, "primary", True) for c in gazetteer.candidates(mention.name)))


def _reach(text: str, words: list[_Word], i: int, longest: int) -> int:
    """How many words from ``words[i]`` on can make one name: each joined to the next, the
    inner ones capitalised or connectors ("Rio de Janeiro"); at most ``longest``."""
    n, limit = 1, min(longest, len(words) - i)
    while n < limit:
        last = words[i + n - 1]  # an inner word once the run goes on
        if n > 1 and not (last.capitalised or last.text in _CONNECTORS):
            break
        if not _joined(text, last, words[i + n]):
            break
        n += 1
    return n


def _whole_compounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop names that are one part of a hyphenated name that is not a place ("Wal" in
    "Wal-Mart"), keeping "Russia-Ukraine war" (every capitalised part is a place) and
    "Minsk-based" (the other parts are lower case)."""
    found = {(m.start, m.end) for m in mentions}
    dropped: set[tuple[int, int]] = set()
    for compound in _COMPOUND.finditer(text):
        if text.startswith(_PARTIES, compound.start()):
            continue  # a lawmaker's party and home: "Rep. Gilliard, D-Charleston"
        parts = [p.span() for p in _WORD.finditer(compound.group())]
        parts = [(s + compound.start(), e + compound.start()) for s, e in parts]
        capitalised = [(s, e) for s, e in parts if text[s].isupper()]
        if compound.span() not in found and not all(p in found for p in capitalised):
            dropped.update(parts)
    return [m for m in mentions if (m.start, m.end) not in dropped]


def _ends_a_name(run: list[_Word]) -> bool:
    """A name ends in a capitalised word, or in a feature word ("Dulles airport")."""
    return run[-1].capitalised or (len(run) >= 2 and run[-1].text in _FEATURE_WORDS)


def _lookup(text: str, run: list[_Word], gazetteer: Lookup) -> Mention | None:
    start, end = run[0].start, run[-1].end
    surface = text[start:end]
    abbreviation = _region_abbreviation(text, start, end, gazetteer)
    if abbreviation is not None:
        return abbreviation
    if surface.endswith(POSSESSIVE):
        surface, end = surface[:-2], end - 2
    key = " ".join(surface.split())
    form = gazetteer.country_form(key)
    if form is not None:
        kind = form[1] if form[1] in ("adjective", "abbreviation") else "name"
        return Mention(surface, start, end, key, kind)  # type: ignore[arg-type]
    if key.isupper() and len(key) > 3 and _inline_dateline(text, start, end):
        name = " ".join(part.capitalize() for part in key.split())
        found = gazetteer.candidates(name)
        return Mention(surface, start, end, name, "dateline") if found else None
    if key.isupper() or not key[0].isupper():
        return None  # all-caps words are only country abbreviations ("NATO" is no city)
    if gazetteer.candidates(key):
        return Mention(surface, start, end, key, "name")
    return None


def _inline_dateline(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` are a dateline written into the text."""
    return _DATELINE_AFTER.match(text, end) is not None or (
        _LEAD_DATELINE_AFTER.match(text, end) is not None
        and _LEAD_DATELINE_BEFORE.search(text, max(0, start - 8), start) is not None)


def _region_abbreviation(text: str, start: int, end: int, gazetteer: Lookup) -> Mention | None:
    """"W.Va." (or "W. Va."), "D.C.", "NSW", "Qld" anywhere; a one-dot abbreviation ("Ind.", "Ga.",
    "Alta.") only as a qualifier after a comma ("Gainesville, Ga."), where it cannot be a
    word."""
    surface = text[start:end]
    if gazetteer.region_form(surface) is None:
        if text[end : end + 1] != ".":
            return None
        surface, end = surface + ".", end + 1  # "W. Va." anywhere, "Ind." after a comma
        if surface.count(".") < 2 and text[max(0, start - 2) : start] != ", ":
            return None
    if gazetteer.region_form(surface) is None:
        return None
    return Mention(surface, start, end, surface, "abbreviation")


def _capitalised_runs(
    text: str, words: list[_Word]
) -> list[tuple[_Word | None, list[_Word]]]:
    """Maximal runs of joined capitalised words, each with the word just before it
    (when that word is joined to the run, or is a title before a comma: "Indonesia's
    President, Susilo Bambang Yudhoyono"; else None)."""
    runs: list[tuple[_Word | None, list[_Word]]] = []
    titles = lexicon.person_titles()
    for i, word in enumerate(words):
        if not word.capitalised:
            continue
        previous = words[i - 1] if i else None
        joined = previous is not None and (_joined(text, previous, word) or nicknamed(
            text, previous, word)) and not _sentence_end(text, previous, titles)
        if runs and previous is runs[-1][1][-1] and joined:
            runs[-1][1].append(word)
            continue
        joined = joined or (previous is not None and previous.text.lower() in titles
                            and text[previous.end : word.start] == ", ")
        runs.append((previous if joined else None, [word]))
    return runs


def _sentence_end(text: str, word: _Word, titles: frozenset[str]) -> bool:
    """A word before ". " that is no initial ("J. R. Smith"), title ("Gen. Lee") or "St."
    ends a sentence: "the car, a blue Kia. A Lakeland woman" names no "Kia A Lakeland"."""
    return text.startswith(". ", word.end) and len(word.text) > 1 and (
        word.text.lower() not in titles and word.text not in _NAME_ABBREVIATIONS)


def _hyphened_pair(text: str, run: list[_Word]) -> bool:
    """Two words joined by a hyphen are one name, not a first name and a surname:
    "Shin-Aomori" (a station) makes no "Aomori" a person."""
    return len(run) == 2 and text[run[0].end : run[1].start] == "-"


def _not_a_place(mention: Mention, people: set[str], article: Article) -> bool:
    if lexicon.is_calendar_word(mention.name):
        return True
    if article.agency and mention.name.lower() == article.agency.lower():
        return True
    return mention.form == "name" and mention.text in people


def _dateline_mention(article: Article) -> Mention | None:
    """The dateline city ("VILNIUS (Reuters) -") as a mention of its title-cased name."""
    if not article.dateline:
        return None
    start = article.text.find(article.dateline, article.body_start)
    if start < 0:
        return None
    name = " ".join(part.capitalize() for part in article.dateline.split())
    return Mention(article.dateline, start, start + len(article.dateline), name, "dateline")
