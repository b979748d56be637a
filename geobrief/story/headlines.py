"""Headlines in title case, parsed as the sentence they would be in running text.

spaCy's small English model learned from sentence-case text, so a title-case headline
comes out as one long proper noun: "Blast Injures Three in Abkhazia" has no verb, and
"Protesters Clash With Police" reads "Police" as a name. A sentence whose longer words
are all capitalised but function words is parsed as the article would write it: a word
is lowered where it is a function word ("In", "With"), a verb, adjective or adverb of the
model's own English word lists in any of its forms ("Kidnap", "Shakes", "Near"), or a
word the article writes in lower case elsewhere (give or take an ending). Place names,
acronyms, the first word and the other names stay as they are; so does a function word
that goes on a name ("Theresa May"). The parse is then put back on the words as written,
so the trigger's spelling, the offsets and the places are the article's own.

A headline has no article either, and "Landslide buries homes in Rwanda" may come out as
one noun phrase too. The article's headline (its first line, or a first sentence in
title case: ``story.parse``) is also parsed with "The" before it ("The landslide buries
homes"), and that parse is kept when only it has a verb with a subject.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from geobrief.read.language import load_english

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\u2019-]+")
_ENDINGS = ("ing", "ed", "es", "s", "e")
PREFIX = "The "  # before a headline's first word
_LEAST = 3  # capitalised words of four letters or more: "Pope Francis in Rome" is none


def is_title_case(text: str) -> bool:
    """Whether ``text`` is written in title case, as many headlines are: after the first
    word, at least three words of four letters or more are capitalised and none is in
    lower case but a function word ("Jacqueline Fleming, from Glasgow, died at the Royal
    Alexandria Hospital" is a sentence full of names, not a headline)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in _WORD.findall(text)[1:] if len(w) >= 4]
    if any(w.islower() and w not in STOP_WORDS for w in words):
        return False
    return sum(w[0].isupper() for w in words) >= _LEAST


def lower_stems(text: str) -> frozenset[str]:
    """The stems of the words ``text`` writes in lower case."""
    return frozenset(_stem(w) for w in _LOWER_WORD.findall(text))


def running_text(
    text: str, stems: frozenset[str], keep: Iterable[tuple[int, int]], *,
    title: bool, opened: bool,
) -> str:
    """``text`` as running text would write it: in sentence case if it is in ``title``
    case; ``opened``, when it opens with a word other than a function word, with "The "
    before it, that word lowered if it is a common one ("The landslide buries homes":
    with no article, the parser may read "Landslide buries homes" as one noun phrase)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded by the parse

    opener = _WORD.match(text)
    prefix = opened and opener is not None and opener.group().lower() not in STOP_WORDS
    cased = _sentence_case(text, stems, list(keep), first=prefix, rest=title)
    return PREFIX + cased if prefix else cased


def _sentence_case(
    text: str, stems: frozenset[str], kept: list[tuple[int, int]], *, first: bool, rest: bool
) -> str:
    """``text`` with each capitalised word lowered that the article writes in lower case
    (``stems``), that is a common word or a function word: the ``first`` word, the
    ``rest``, but never a word inside the spans ``kept`` (place mentions). Same length,
    same offsets."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out = list(text)
    name = False  # the word before is a capitalised word kept as written
    for number, match in enumerate(_WORD.finditer(text)):
        if number > 0 and not rest:
            break
        word, lower = match.group(), match.group().lower()
        capitalised = word[0].isupper() and word[1:].islower() and len(lower) == len(word)
        if not capitalised or (number == 0 and not first) or any(
            start < match.end() and match.start() < end for start, end in kept
        ):
            name = capitalised and number > 0
            continue
        opener = number == 0 and _common(lower, nouns=True)  # "The landslide buries"
        if opener or _stem(lower) in stems or _common(lower) or (
                lower in STOP_WORDS and not name):
            out[match.start() : match.end()] = lower
            name = False
        else:
            name = True
    return "".join(out)


def better_parse(plain: Doc, opened: Doc) -> Doc:
    """Of a headline's two parses, as it is and ``opened`` with "The", the one whose
    root is a verb with a subject ("The landslide buries homes"); ``plain`` when both
    are, or neither."""
    return opened if _is_clause(opened) and not _is_clause(plain) else plain


def _is_clause(doc: Doc) -> bool:
    return any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in doc
    )


def as_written(doc: Doc, text: str) -> Doc | None:
    """The parse ``doc`` of ``text`` as ``running_text`` wrote it, put on the words of
    ``text``; None when the parse does not fit them (the added "The" heads a word)."""
    from spacy.tokens import Doc

    shift = len(doc.text) - len(text)
    tokens = doc[1:] if shift else doc[:]
    if shift and (shift != len(PREFIX) or doc[0].text != PREFIX.strip() or any(
            t.head.i == 0 for t in tokens)):
        return None
    words = [text[t.idx - shift : t.idx - shift + len(t)] for t in tokens]
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in tokens],
        tags=[t.tag_ for t in tokens],
        pos=[t.pos_ for t in tokens],
        morphs=[str(t.morph) for t in tokens],
        lemmas=[t.lemma_ for t in tokens],
        heads=[t.head.i - (1 if shift else 0) for t in tokens],
        deps=[t.dep_ for t in tokens],
    )


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _common(word: str, *, nouns: bool = False) -> bool:
    """A verb, adjective or adverb of the model's word lists, in any form ("shook",
    "kidnapped", "near"); a noun only with ``nouns``: that list holds names ("paris")."""
    for known, exceptions, rules in _word_lists()[: 4 if nouns else 3]:
        forms = {word, *exceptions.get(word, ())}
        forms.update(word[: len(word) - len(end)] + new for end, new in rules if word.endswith(end))
        if not forms.isdisjoint(known):
            return True
    return False


@functools.cache
def _word_lists() -> list[tuple[frozenset[str], dict[str, list[str]], list[list[str]]]]:
    """For verbs, adjectives, adverbs and nouns: the lemmas the lemmatizer knows, its
    irregular forms and its ending rules."""
    lookups = load_english().get_pipe("lemmatizer").lookups
    index, exceptions, rules = (
        lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules")
    )
    return [(frozenset(index[pos]), dict(exceptions[pos]), list(rules.get(pos, [])))
            for pos in ("verb", "adj", "adv", "noun")]
