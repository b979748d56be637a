"""When a happening took place: a date in its clause, or an offset from the article's
date ("a day after Poland shot down ...", "on the eve of a joint exercise").

The dates of a sentence are found once (``geobrief.read.dates``) and resolved against the
article's date (front matter, ``--date`` or a date the text states). A happening takes
the date written inside its own clause, nearest first; when its sentence has a single
date told for a clause above it ("..., officials said on Tuesday"), that one, unless
the happening is told in a clause with a time of its own (a relative or adverbial
clause: "who was kidnapped in Gao was released on Monday"; a time no day resolves:
"exploded last week, police said Monday"); a "when" clause tells what
happened at that time ("died on Monday when a mine hit their truck in Helmand"). A
happening with no date, in a sentence that counts days from the one dated before ("Two
days later, police arrested three men"), takes that day plus the count
(``story.counted_on``), not the day it was reported on.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from geobrief.read.dates import DateMention, counts_on, find_dates, offset_date
from geobrief.story.clauses import clause_verb, has_subject, participle_clause
from geobrief.story.event_lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from geobrief.story.parse import Sentence, StoryParse

_ANY_DAY = dt.date(2000, 1, 1)
_YEAR = re.compile(r"\d{4}")
# A day and month ("January 23", "23 Jan."): a digit beside a month's name.
_DAY_MONTH = re.compile(r"\d\s+(?:of\s+)?[A-Z][a-z]{2}|"
                        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
OFFSET_REACH = 50  # characters: an offset phrase stands just before the happening's word
# Clauses with a time of their own: a date outside them belongs to another happening.
_OWN_TIME = frozenset({"relcl", "acl", "advcl"})
_MODIFIER = frozenset({"compound", "nummod", "amod", "nmod"})  # "the 2017 protests"
_DEEDS = ("tion", "sion", "ment")  # "declaration", "invasion", "announcement"
_FROM_UNTIL = frozenset({"since", "until"})  # "the deadliest since 1995": a time from which
# A clause at the time of the one it hangs on: "when", "while", "as troops stormed".
_AT_THE_TIME = frozenset({"when", "while", "as"})
# Words that put a joined clause at a time of its own: "was taken to a hospital, but later
# died on Sunday" (Sunday is the death's day, not the admission's).
_THEN = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "eventually"})
# Times no day resolves: "exploded in Kabul last week, police said Monday" happened in a
# time of its own, not on the day it was reported.
_VAGUE_TIMES = frozenset("week month weekend recently earlier ago previously lately".split())
_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"\d+(?:st|nd|rd|th)")


def event_date(
    story: StoryParse, sentence: Sentence, trigger: Token, *, future: bool = False
) -> str | None:
    """The ISO date of the happening ``trigger`` reports, or None; ``future``: the
    happening is to come ("will visit on Saturday" is the coming Saturday)."""
    anchor = story.article.date
    iso = _clause_date(story.article.text, sentence, trigger, anchor, future)
    if iso is None or anchor is None or len(iso) != 10:
        return iso
    # a day and month alone, read as the nearest one, may be on the wrong side of the
    # article's day: a deed done is in the past, a happening to come in the future
    step = 1 if future and iso < anchor.isoformat() else -1 if (
        not future and iso > anchor.isoformat() and _told_past(_teller(trigger))) else 0
    text = story.article.text[sentence.start : sentence.end]
    return _year_moved(iso, step) if step and _yearless(text, anchor, iso) else iso


def _teller(trigger: Token) -> Token:
    """The verb that tells of a noun happening as its subject or object ("a curfew was
    imposed on 4 March", "declared a state of emergency"), else the trigger itself."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return trigger
    token = trigger
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return token.head
        if token.dep_ not in ("pobj", "prep", "compound") or token.head == token:
            break
        token = token.head
    return trigger


def _told_past(verb: Token) -> bool:
    """A verb that tells a past deed: "attacked", "had attacked", "has attacked", "was
    attacked" (not a noun: "the Sept. 13 vote" may be to come)."""
    if verb.pos_ != "VERB":
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "would", "shall", "to") or c.tag_ == "MD" for c in helpers):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.tag_ in ("VBD", "VBZ", "VBP") for c in helpers))


def _yearless(text: str, anchor: dt.date, iso: str) -> bool:
    """The sentence wrote that day without its year ("on Sept. 13")."""
    told = [d for d in _sentence_dates(text, anchor, False) if d.iso == iso]
    return bool(told) and not any(_YEAR.search(text, d.start, d.end) for d in told)


def _year_moved(iso: str, step: int) -> str:
    """"Sept. 13" told as done in a March text is last September's, and told as to come
    in an October text next September's, though the other is nearer (``read.dates``
    takes the nearest for a day and month alone)."""
    day = dt.date.fromisoformat(iso)
    try:
        return day.replace(year=day.year + step).isoformat()
    except ValueError:  # 29 February
        return iso


def is_timed(story: StoryParse, sentence: Sentence, trigger: Token) -> bool:
    """The happening's clause writes its day, even one that does not resolve without
    the article's date ("will host its fundraiser Saturday, March 28"): a happening to
    come is then fixed, scheduled rather than a prospect."""
    anchor = story.article.date or _ANY_DAY  # any day tells whether a day is written
    return _clause_date(story.article.text, sentence, trigger, anchor, True) is not None


def _clause_date(
    text: str, sentence: Sentence, trigger: Token, anchor: dt.date | None, future: bool
) -> str | None:
    start = sentence.offset(trigger)
    prefix = text[max(sentence.start, start - OFFSET_REACH) : start].rsplit(",", 1)[-1]
    shifted = offset_date(prefix, anchor)
    if shifted is not None:  # "a raid on Sunday, a day after a bombing": from the day told
        told = [d for d in _sentence_dates(text[sentence.start : sentence.end], anchor, future)
                if sentence.start + d.end <= start - len(prefix) and len(d.iso) == 10]
        return offset_date(prefix, dt.date.fromisoformat(told[-1].iso)) if told else shifted
    dates = _with_stated_year(text[sentence.start : sentence.end], anchor, future)
    if not dates:
        return None
    clause = clause_verb(trigger)
    verb = _predicate(clause)
    doc = trigger.doc
    found = [(d, doc.char_span(d.start, d.end, alignment_mode="expand")) for d in dates]
    spans = [(d, span.root) for d, span in found if not _names_other(span, trigger)]
    when = _when_of(verb, spans)
    if when is not None:
        return when.iso
    # "the deadliest since 1995": a time from which, not when; only its "when" clause's
    spans = [(d, root) for d, root in spans if root.lower_ not in _FROM_UNTIL
             and not (_ranked(trigger) and root.dep_ == "pobj" and root.head.lower_ in _FROM_UNTIL)]
    own = {t.i for t in verb.subtree} - _other_clauses(verb) - _other_clauses(clause)
    own -= _relative_clauses(verb, trigger)
    inside = [d for d, root in spans if root.i in own]
    if inside:
        return min(inside, key=lambda d: abs(d.start - trigger.idx)).iso
    if len(spans) != 1 or (verb.dep_ in _OWN_TIME and not _at_that_time(verb, spans[0][1])):
        return None  # "who was kidnapped was freed on Monday"
    if any(t.lemma_.lower() in _VAGUE_TIMES for t in doc if t.i in own):
        return None
    if counts_on(text[sentence.start : start]):
        return None  # "Two days later, the water flooded ..., the agency said on Wednesday"
    date, root = spans[0]
    above = clause_verb(root)
    if verb.dep_ == "conj" and has_subject(verb) and above == verb.head:
        return None  # "were moved in October, but a court ordered them back": the move's
    # a date told for a clause above ("..., officials said on Tuesday"), not for another
    # happening joined by "and" ("declared an emergency and will visit on Friday")
    return date.iso if above == verb or above.is_ancestor(verb) else None


def _predicate(verb: Token) -> Token:
    """A sentence the parser read as one noun phrase ("Last month a truck overturned on a
    highway in Sonora": "overturned" a participle on "truck", the root) has the participle
    for its predicate: a date hung on the root noun, or on what it is set beside, is its."""
    head = verb.head.head if verb.head.dep_ == "appos" else verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and (
            head.pos_ in ("NOUN", "PROPN")):
        return head
    return verb


def _ranked(trigger: Token) -> bool:
    """A happening counted or ranked among others: "Canada's fifth case since May 2003",
    "the worst flooding since 1998": a time from which the count runs, not its date (not
    "have recorded 46 cases since Sunday", an outbreak's start)."""
    return any(c.dep_ in ("amod", "nummod") and (c.tag_ == "JJS" or _ORDINAL.fullmatch(c.lower_))
               for left in trigger.lefts for c in left.subtree)  # "fifth confirmed case"


def _when_of(verb: Token, spans: list[tuple[DateMention, Token]]) -> DateMention | None:
    """The date a "when" clause tells of: "since 1995, when two trains collided", "in
    March, when the river burst its banks", "three were killed Sunday when a bomb went
    off" (the day of the clause it hangs on, not the day someone "said" it). A clause the
    parser hung on its subject ("killed Thursday when an explosive device detonated": the
    device is the "when" clause) is that clause."""
    if verb.dep_ == "acl" and verb.head.dep_ == "advcl":
        verb = verb.head
    if verb.dep_ not in _OWN_TIME or not any(c.lower_ == "when" for c in verb.children):
        return None
    return next((d for d, root in spans if root == verb.head or root.is_ancestor(verb.head)
                 or (verb.dep_ == "advcl" and clause_verb(root) == verb.head)), None)


def _at_that_time(verb: Token, date: Token) -> bool:
    """A "when", "while" or "as" clause that tells what happened at the time of the clause
    it hangs on: "died on Monday when a mine hit their truck", "rammed the doors on
    Wednesday as troops stormed the building", "ended later Thursday, when police found
    the body" (a relative clause on the day itself); not one below a clause that only
    reports ("told reporters this month she was bitten while visiting"). So does a
    participle's clause with no subject or word of its own: "drove into a crowd on Friday,
    killing two" (what the deed did, then and there)."""
    if _result_participle(verb):
        return clause_verb(date) == verb.head
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _AT_THE_TIME
               for c in verb.children):
        return False
    if verb.dep_ == "relcl":  # on the day's word: "on Thursday, when ..."
        return verb.head in date.subtree
    return verb.dep_ == "advcl" and clause_verb(date) == verb.head


def _result_participle(verb: Token) -> bool:
    """"..., killing two": a participle's clause, with no word of time before it ("...,
    later killing two")."""
    return participle_clause(verb) and not any(
        c.dep_ in ("aux", "advmod") and c.i < verb.i for c in verb.children)


def _names_other(date: Span, trigger: Token) -> bool:
    """A date that belongs to another happening's noun, not this one nor one that holds
    it: "marked the anniversary of the 2017 protests", "a survivor of the 1994 genocide",
    "sentenced ... over his declaration of martial law in December 2024"."""
    words = lexicon()
    nouns = {t.head for t in date if t.dep_ in _MODIFIER and t.head not in date}
    nouns = {n for n in nouns if words.noun_type(n.lower_, n.lemma_.lower()) is not None}
    nouns |= {t.head.head for t in date if t.dep_ == "pobj" and t.head.dep_ == "prep"
              and _is_deed(t.head.head)}
    return any(noun.pos_ == "NOUN" and noun != trigger and not noun.is_ancestor(trigger)
               for noun in nouns)


def _is_deed(noun: Token) -> bool:
    """A noun for something done: a happening's, or a verb's made noun ("declaration")."""
    lemma = noun.lemma_.lower()
    return lexicon().noun_type(noun.lower_, lemma) is not None or lemma.endswith(_DEEDS)


def _other_clauses(verb: Token) -> set[int]:
    """Tokens of the clauses joined to ``verb`` by "and" that have a subject, tense or
    time of their own ("declared an emergency and will visit Moore on Friday", "was
    admitted to a hospital, but later died on Sunday"), and of the
    clauses it reports ("admitted in court on Monday that he shot her in July 2008": the
    date is the shooting's, not the hearing's)."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and (has_subject(c) or any(g.dep_ == "aux" or (
                  g.dep_ == "advmod" and g.lower_ in _THEN) for g in c.children))]
    joined += [c for c in verb.children if c.dep_ == "ccomp" and has_subject(c)]
    return {t.i for c in joined for t in c.subtree}


def _relative_clauses(verb: Token, trigger: Token) -> set[int]:
    """Tokens of the relative clauses in the happening's clause that tell of something
    else ("closed schools ahead of the storm, which is expected on Wednesday", "arrested a
    man who had escaped on Sunday"); not one about a noun happening itself ("the attack
    in Kabul, which took place on Monday")."""
    phrase = {t.i for t in trigger.subtree} if trigger.pos_ in ("NOUN", "PROPN") else set()
    return {t.i for r in verb.subtree if r.dep_ == "relcl" and r.head.i not in phrase
            and r != trigger and not r.is_ancestor(trigger) for t in r.subtree}


@functools.lru_cache(maxsize=256)
def _sentence_dates(text: str, anchor: object, future: bool) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, anchor, future=future))  # type: ignore[arg-type]


def _with_stated_year(
    text: str, anchor: dt.date | None, future: bool
) -> tuple[DateMention, ...]:
    """The sentence's dates; without the article's date, a day and month written after a
    date in full take their year from it ("A ferry sank off Bali on June 3, 2019, and a
    bus fell into a ravine in Aceh on May 28": 28 May 2019), as a reader takes it."""
    dates = _sentence_dates(text, anchor, future)
    full = next((d for d in dates if len(d.iso) == 10), None)
    if anchor is not None or full is None:
        return dates
    stated = dt.date.fromisoformat(full.iso)
    days = [d for d in _sentence_dates(text, stated, future) if d.start > full.end
            and _DAY_MONTH.search(text, d.start, d.end) and not _YEAR.search(text, d.start, d.end)]
    return tuple(sorted((*dates, *days), key=lambda d: d.start))


def date_precision(date: str | None) -> str | None:
    """"year", "month" or "day": how much of a date an ISO string gives."""
    if date is None:
        return None
    return {4: "year", 7: "month"}.get(len(date), "day")
