"""The article's sentences, parsed once and shared by events, routes and focus.

A dateline ("VILNIUS (Reuters) - ") is cut off the sentence it opens. Only what the
story needs is parsed: the sentences that name a place (the dateline
excepted), the ones that point back to a place ("there"), and the ones that may name
a place the gazetteer lacks ("toured Pangandaran"). Each is
parsed on its own, with spaCy's tagger, parser and lemmatizer (``read.language``), so a
sentence here is exactly a sentence of ``geobrief.read.sentences``. Every token knows the
place mention it belongs to, if any.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geobrief.models import Article
from geobrief.read.ingest import DATELINE_SENTENCES, after_dateline
from geobrief.read.language import load_english
from geobrief.read.sentences import split_sentences
from geobrief.story.gerunds import nominal_gerunds
from geobrief.story.headlines import (
    as_written,
    better_parse,
    is_title_case,
    lower_stems,
    running_text,
)
from geobrief.story.located import KIND_RANK, Located, within
from geobrief.story.pointer_words import NAMED_AGAIN, may_continue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A sentence without a place name that still says where: "there", or "the attack
# occurred ..." (the happening the sentence before told; ``story.actors``).
_POINTS_BACK = re.compile(r"\bthere\b|\b(?:occurred|happened|took place)\b", re.IGNORECASE)
# A sentence that may name a place the gazetteer lacks ("toured Pangandaran", "died on
# Ushba", "made its way to Holy Cross Cemetery"): a locative or goal preposition or a
# visit, then a capitalised word that is no month or weekday; a street's block or a house
# number or a crossing may come between ("in the 2400 block of Elm Street", "at 197 N.
# Cedar St.", "near the intersection of Grand Avenue and ...").
# ``story.unlisted`` and ``story.unlisted_goals`` read it.
_UNLISTED = re.compile(
    r"\b(?:in|at|near|outside|off|on|inside|aboard|from|to|into|towards?|"
    r"visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:\d+\s+block\s+of\s+|\d+\s+(?:[NSEW]\.\s+)?|"
    r"(?:intersection|corner|junction|crossroads)\s+of\s+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|"
    r"Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][A-Z]?[a-z]"  # "UMass Memorial"
)
# "Springfield, Ohio -- ", "Tega Cay \u2014 ": a place, maybe its state, and a dash.
_INLINE_DATELINE = re.compile(
    r"\s*[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}(?:, ?[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2})?"
    r" ?(?:--|\u2013|\u2014) "
)
# "cases outside of Indonesia": outside a country or a region is anywhere but there; outside a
# town is at its edge ("a camp outside Saida").
_OUTSIDE = re.compile(r"\boutside(?:\s+of)?\s+(?:the\s+)?$", re.IGNORECASE)
# A state's name before a number names its highway: "W.Va. 61", "KY 80", "Ohio 63".
_ROUTE_NUMBER = re.compile(  # then no counted thing: not "In Virginia 3 people died"
    r" \d{1,3}[A-Z]?\b(?![,.]\d)(?=[.,;:)]|$| [A-Z]| (?:in|at|near|and|or|to|from|between"
    r"|through|on|off|west|east|north|south|westbound|eastbound|northbound|southbound"
    r"|bypass|extension|bridge|interchange|exit|corridor)\b)"
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_STOPS = frozenset(".!?\"'\u201d\u2019:")  # that end a sentence, not a headline
MAX_SENTENCE = 1500  # characters: a longer "sentence" is a list or a table, not parsed
MAX_SENTENCES = 400  # per article, so that a huge file stays bounded


@dataclass
class Sentence:
    """One sentence: its span in the article, its place mentions and its parse (None
    when it was not parsed)."""

    start: int
    end: int
    places: list[Located]
    doc: Doc | None = None
    lead: Located | None = None  # a dateline's place ("SPRINGFIELD, Ohio - ...")
    lead_country: Located | None = None  # and its country, where the dateline names it
    headline: bool = False  # the article's first line, or a first sentence in title case
    beyond: list[Located] = field(default_factory=list)  # "outside (of) Peru": not a place
    _by_token: dict[int, Located] = field(default_factory=dict)
    _beyond: frozenset[int] = frozenset()

    def place_of(self, token: Token) -> Located | None:
        """The place mention ``token`` is part of, if any."""
        return self._by_token.get(token.i)

    def is_beyond(self, token: Token) -> bool:
        """Whether ``token`` names a country or region the sentence puts outside."""
        return token.i in self._beyond

    def tokens_of(self, pair: Located) -> list[Token]:
        """The tokens of a place mention of this sentence."""
        return [] if self.doc is None else [
            t for t in self.doc if self._by_token.get(t.i) is pair
        ]

    def offset(self, token: Token) -> int:
        """The article offset where ``token`` starts."""
        return self.start + token.idx

    @property
    def text(self) -> str:
        return "" if self.doc is None else self.doc.text


@dataclass
class StoryParse:
    """Every sentence of the article body, in order, the parsed ones with their docs."""

    article: Article
    sentences: list[Sentence]

    def parsed(self) -> Iterator[tuple[int, Sentence]]:
        """(index, sentence) for each parsed sentence, in text order."""
        return ((i, s) for i, s in enumerate(self.sentences) if s.doc is not None)

    @property
    def seat(self) -> Located | None:
        """The dateline's place ("KISUMU - ..."), if the article opens with one."""
        return next((s.lead for s in self.sentences if s.lead is not None), None)

    def paragraph_before(self, index: int, count: int = 2) -> list[Sentence]:
        """Up to ``count`` sentences just before sentence ``index`` in its paragraph,
        nearest first."""
        return [self.sentences[i] for i in range(index - 1, max(index - count - 1, -1), -1)
                if self.same_paragraph(i, index)]

    def paragraph_of(self, sentence: Sentence) -> tuple[int, int]:
        """The character span of the paragraph that holds ``sentence``."""
        text = self.article.text
        breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, sentence.start)]
        after = _PARAGRAPH_BREAK.search(text, sentence.end)
        return (breaks[-1] if breaks else 0), (after.start() if after else len(text))

    def same_paragraph(self, first: int, last: int) -> bool:
        """Whether sentences ``first`` to ``last`` (indexes) are in one paragraph: no
        blank line between them."""
        between = self.article.text[self.sentences[first].end : self.sentences[last].start]
        return _PARAGRAPH_BREAK.search(between) is None


def parse_story(article: Article, located: list[Located]) -> StoryParse:
    """Split the article, then parse the sentences the story needs in one batch."""
    sentences = []
    for index, (start, end) in enumerate(split_sentences(article.text, article.body_start)):
        told = start
        if article.dateline and index < DATELINE_SENTENCES:
            start = after_dateline(article.text, start, end)  # "VILNIUS (Reuters) - "
        places = [p for p in within(located, start, end) if p.mention.form != "dateline"
                  and not _highway(article.text, p)]
        beyond = [p for p in places if _outside(article.text, p)]
        places = [p for p in places if p not in beyond]
        lead = _lead(article.text, located, told, start)
        country = _lead(article.text, located, told, start, kinds=("country",))
        sentences.append(Sentence(start, end, places, lead=lead, lead_country=country,
                                  beyond=beyond))
    told = next((i for i, s in enumerate(sentences) if s.places or s.lead), len(sentences))
    wanted = [s for i, s in enumerate(sentences) if _wanted(article.text, s) or (
        i and _goes_on(article.text, sentences[i - 1], s)) or (
        i > told and _body_again(article.text, s))][:MAX_SENTENCES]
    if wanted:
        nlp = load_english()  # before the headlines: they use spaCy's stop words
        texts = [article.text[s.start : s.end].replace("\n", " ") for s in wanted]
        titles = [is_title_case(t) for t in texts]
        _mark_headline(article.text, sentences[0], title=sentences[0] is wanted[0] and titles[0])
        stems = lower_stems(article.text) if any(titles) or wanted[0].headline else frozenset()
        written = [_as_running_text(t, s, stems, title=title)
                   for t, s, title in zip(texts, wanted, titles, strict=True)]
        if wanted[0].headline:  # also with "The" before it: the better parse is kept
            written.append(_as_running_text(texts[0], wanted[0], stems, title=titles[0],
                                            opened=True))
        docs = list(nlp.pipe(written))
        if wanted[0].headline:
            docs[0] = better_parse(docs[0], docs.pop())
        for sentence, text, doc in zip(wanted, texts, docs, strict=True):
            if doc.text != text:  # a headline, parsed as running text would write it
                doc = as_written(doc, text) or nlp(text)
            nominal_gerunds(doc)  # "Fighting spread across Darfur": a noun, not a verb
            sentence.doc = doc
            sentence._by_token = _token_places(sentence, doc, sentence.places)
            sentence._beyond = frozenset(_token_places(sentence, doc, sentence.beyond))
    return StoryParse(article, sentences)


def _outside(text: str, pair: Located) -> bool:
    """A country or a region named after "outside (of)": the story's happenings and
    routes are not there."""
    start = pair.mention.start
    return pair.place.kind in ("country", "region") and bool(
        _OUTSIDE.search(text[max(0, start - 20) : start]))


def _highway(text: str, pair: Located) -> bool:
    """A state named before a number is its highway ("closure of W.Va. 61 in East Bank",
    "on KY 80 west"): no happening is in the whole state for it."""
    return pair.place.kind == "region" and _ROUTE_NUMBER.match(text, pair.mention.end) is not None


def _mark_headline(text: str, first: Sentence, *, title: bool) -> None:
    """The article's first sentence is its headline when written in title case, or when
    it is a line of its own without a full stop ("Floods hit Dhaka" then a blank line)."""
    own_line = text[first.end : first.end + 2].lstrip(" \t")[:1] in ("\n", "\r")
    first.headline = title or (own_line and text[first.end - 1] not in _STOPS)


def _as_running_text(
    text: str, sentence: Sentence, stems: frozenset[str], *, title: bool, opened: bool = False
) -> str:
    """A title-case sentence as running text would write it, ``opened`` with "The"
    (``story.headlines``); any other sentence as it is."""
    if not (title or opened):
        return text
    spans = ((p.mention.start - sentence.start, p.mention.end - sentence.start)
             for p in sentence.places)
    return running_text(text, stems, spans, title=title, opened=opened)


def _lead(
    text: str, located: list[Located], start: int, body: int, kinds: tuple[str, ...] = ()
) -> Located | None:
    """The place of a dateline that opens the sentence: the one cut off ("VILNIUS
    (Reuters) - "), or one written in the text ("Springfield, Ohio -- Police said");
    only of ``kinds`` where given ("KABUL, Afghanistan": Afghanistan)."""
    if body == start:
        match = _INLINE_DATELINE.match(text, start, start + 80)
        body = match.end() if match else start
    places = [p for p in within(located, start, body) if p.mention.form != "adjective"
              and (not kinds or p.place.kind in kinds)]
    return min(places, key=lambda p: (KIND_RANK.get(p.place.kind, 1), p.mention.start),
               default=None)


def _wanted(text: str, sentence: Sentence) -> bool:
    if sentence.end - sentence.start > MAX_SENTENCE:
        return False
    if sentence.places or sentence.lead or _POINTS_BACK.search(text, sentence.start, sentence.end):
        return True
    return _UNLISTED.search(text, sentence.start, sentence.end) is not None


def _goes_on(text: str, before: Sentence, sentence: Sentence) -> bool:
    """A sentence just after one with places that may go on with its happening ("A guard
    was also wounded in the gunfight": ``story.continued``)."""
    return bool(before.places) and sentence.end - sentence.start <= MAX_SENTENCE and (
        may_continue(text[sentence.start : sentence.end]))


def _body_again(text: str, sentence: Sentence) -> bool:
    """A sentence after one with a place that may name again a governing body told with
    its place before it ("The board approved the plan": ``story.sitting_bodies``)."""
    return sentence.end - sentence.start <= MAX_SENTENCE and (
        NAMED_AGAIN.search(text, sentence.start, sentence.end) is not None)


def _token_places(sentence: Sentence, doc: Doc, places: list[Located]) -> dict[int, Located]:
    found: dict[int, Located] = {}
    for pair in places:
        span = doc.char_span(
            pair.mention.start - sentence.start,
            pair.mention.end - sentence.start,
            alignment_mode="expand",
        )
        for token in span or ():
            found.setdefault(token.i, pair)
    return found
