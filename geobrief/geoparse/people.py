"""People's names among the capitalised words: a word used as a person's name anywhere in
a text is a person everywhere in it ("John Coale ... Coale said"), and a first name that
starts a person's name is no place there ("Linda" of "Linda Sumner").

Used by :mod:`geobrief.geoparse.toponyms`, which finds the runs of capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from geobrief.geoparse import lexicon
from geobrief.models import Mention

POSSESSIVE = ("'s", "\u2019s")
SURNAME_ZIPF = 3.0  # a word after a first name this rare as a word is a surname, not "Police"
COMMON_WORD_NOT_A_NAME = 5.5  # zipf: "in", "will", "may" are words before they are names


class Word(Protocol):
    """A word of the text, as the matcher sees it."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Words(Protocol):
    """What person detection needs from the gazetteer."""

    def word_commonness(self, name: str) -> float: ...
    def country_form(self, text: str) -> tuple[str, str] | None: ...


Run = tuple[Word | None, list[Word]]  # a run of capitalised words and the word before it


def person_words(
    runs: Iterable[Run], mentions: list[Mention], gazetteer: Words
) -> tuple[set[str], set[tuple[int, int]]]:
    """Capitalised words used as people's names anywhere in the text, and the spans of
    the first names that start a person's name ("Linda" of "Linda Sumner", there only; not
    "Georgia" of "Georgia Public Service Commission")."""
    titles, given = lexicon.person_titles(), lexicon.given_names()
    starts = {m.start for m in mentions if m.form == "name"}
    spans = [(m.start, m.end) for m in mentions]
    people: set[str] = set()
    first_names: set[tuple[int, int]] = set()
    for before, run in runs:
        # "spokesman John Coale"; after a title and a comma, a full name only ("the
        # President, Susilo Bambang Yudhoyono", not "thanked the President, Paris was calm")
        titled = before is not None and before.text.lower() in titles
        if titled and (len(run) >= 2 or not before.text[:1].isupper()):
            people.update(_bare(w) for w in run)
            continue
        if byline := _byline_name(run, given):  # "BY CHAD KLIMACK Advocate Reporter"
            people.update(_bare(w) for w in byline[1:])
            first_names.add((byline[0].start, byline[0].end))
            continue
        lowered = [w.text.lower() for w in run]
        for k, word in enumerate(lowered[:-1]):
            if word in titles:  # "President Donald Trump", "State Trooper Dana Lee": the
                people.update(_bare(w) for w in run[k:])  # title and all after it
                break
        else:
            if _starts_with_first_name(run, given, gazetteer) and not _is_place_run(run, starts):
                people.update(_bare(w) for w in run[1:])
                if _surname_like(run[1], gazetteer):  # "Linda Sumner", "Victoria N. Pearson"
                    first_names.add((run[0].start, run[0].end))
            elif (k := _inner_name(run, given, gazetteer, spans)) is not None:
                people.update(_bare(w) for w in run[k + 1 :])  # "Finance David Hopkins"
                first_names.add((run[k].start, run[k].end))
    # a country's name is no one's name unless it is a first name too ("Jordan", not the
    # "Canada" of "Taco Bell Canada")
    return {w for w in people if w.lower() in given or not gazetteer.country_form(w)}, first_names


def nicknamed(text: str, left: Word, right: Word) -> bool:
    """A nickname in quotes joins a person's name: "Sheriff Beauregard “Bud” Torres",
    "Rep. Harold “Hal” Rogers" are one name each (not Torres, Brazil): the quoted word is a
    single capitalised one, and it or the word before it a first name (not "Mayor
    “Shocked” As Floods Hit Durban")."""
    gap, given = text[left.end : right.start], lexicon.given_names()
    if gap in _OPENING:  # "Beauregard “Bud": the nickname closes and a name follows
        named = right.text.lower() in given or left.text.lower() in given
        return named and _CLOSED.match(text, right.end) is not None
    opened = _OPENED.search(text, max(0, left.start - 30), left.start + 1)
    return gap in _CLOSING and opened is not None and (
        left.text.lower() in given or opened.group(1).lower() in given)


_OPENING = (' "', " \u201c", " '", " \u2018")
_CLOSING = ('" ', "\u201d ", "' ", "\u2019 ")
_CLOSED = re.compile(r"[\"\u201d'\u2019] [A-Z]")
_OPENED = re.compile(r"([A-Z][\w.]*) [\"\u201c'\u2018][A-Z]\Z")


def _inner_name(
    run: list[Word], given: frozenset[str], gazetteer: Words, spans: list[tuple[int, int]]
) -> int | None:
    """Where a person's name ends a run of capitalised words: a first name and a surname
    after words that are no place ("Director of Finance David Hopkins", "Incumbent Mike
    Becker"); not "St. Joseph London" (the first name is part of a place's name), "Lake
    Charles Police" (an ordinary word) or "Old Alton Edwardsville Road" (the run goes on)."""
    k = len(run) - 2
    if k < 1 or any(s < run[k].start < e for s, e in spans):
        return None
    if _starts_with_first_name(run[k:], given, gazetteer) and _surname_like(run[k + 1], gazetteer):
        return k
    return None


def _byline_name(run: list[Word], given: frozenset[str]) -> list[Word]:
    """The name of a byline in capitals ("BY CHAD KLIMACK Advocate Reporter"): a first
    name and the capitalised words after it, up to the first that is not; else none.
    (A byline in mixed case, "By Chad Smith", is a first name and a surname as any.)"""
    if len(run) < 3 or run[0].text.upper() != "BY" or not run[1].text.isupper() or (
            run[1].text.lower() not in given):
        return []
    name = [run[1]]
    for word in run[2:]:
        if not (word.text.isupper() and word.text.isalpha()):
            break
        name.append(word)
    return name if len(name) >= 2 else []


def _surname_like(word: Word, gazetteer: Words) -> bool:
    """A middle initial ("N."), or a word rare as an ordinary word ("Sumner", not "Public")."""
    return len(word.text) == 1 or gazetteer.word_commonness(word.text) < SURNAME_ZIPF


def _bare(word: Word) -> str:
    """The word without a possessive: "Campbell's" -> "Campbell"."""
    return word.text[:-2] if word.text.endswith(POSSESSIVE) else word.text


def _starts_with_first_name(
    run: list[Word], given: frozenset[str], gazetteer: Words
) -> bool:
    """"John Coale", not "In Thailand": very common words ("In", "Will") are not taken
    for first names."""
    first = run[0].text
    return (
        len(run) >= 2
        and first.istitle()
        and first.lower() in given
        and gazetteer.word_commonness(first) < COMMON_WORD_NOT_A_NAME
    )


def _is_place_run(run: list[Word], starts: set[int]) -> bool:
    """The run starts with a place name that is not also a first name ("Paris Hilton")."""
    return run[0].start in starts and run[0].text.lower() not in lexicon.given_names()
