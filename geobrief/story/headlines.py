"""Headlines in title case, parsed as the sentence they would be in running text.

spaCy's small English model learned from sentence-case text, so a title-case headline
comes out as one long proper noun: "Blast Injures Three in Abkhazia" has no verb, and
"Protesters Clash With Police" reads "Police" as a name. A sentence whose longer words
are nearly all capitalised is parsed as the article would write it: a capitalised word
is lowered where it is a function word ("In", "With"), a verb, adjective or adverb of the
model's own English word lists in any of its forms ("Kidnap", "Shakes", "Near"), or a
word the article writes in lower case elsewhere (give or take an ending). Place names,
acronyms, the first word and the other names stay as they are; so does a function word
that goes on a name ("Theresa May"). The parse is then put back on the words as written,
so the trigger's spelling, the offsets and the places are the article's own.
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


def sentence_case(text: str, stems: frozenset[str], keep: Iterable[tuple[int, int]]) -> str:
    """``text`` with each capitalised word lowered that the article writes in lower case
    (``stems``) or that is a function word, except the first word and words inside the
    spans ``keep`` (place mentions). Same length, same offsets."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded by the parse
    kept = list(keep)
    out = list(text)
    name = False  # the word before is a capitalised word kept as written
    for number, match in enumerate(_WORD.finditer(text)):
        word, lower = match.group(), match.group().lower()
        capitalised = word[0].isupper() and word[1:].islower() and len(lower) == len(word)
        if not capitalised or number == 0 or any(
            start < match.end() and match.start() < end for start, end in kept
        ):
            name = capitalised and number > 0
            continue
        if _stem(lower) in stems or _common(lower) or (lower in STOP_WORDS and not name):
            out[match.start() : match.end()] = lower
            name = False
        else:
            name = True
    return "".join(out)


def as_written(doc: Doc, text: str) -> Doc:
    """The parse ``doc`` of a sentence-cased ``text`` put on the words of ``text``; ``doc``
    itself when the two tokenise differently."""
    from spacy.tokens import Doc
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    if "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True)) != text:
        return doc
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
    )


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _common(word: str) -> bool:
    """A verb, adjective or adverb of the model's word lists, in any form ("shook",
    "kidnapped", "near"). Nouns are left out: the list of nouns holds names ("paris")."""
    for known, exceptions, rules in _word_lists():
        forms = {word, *exceptions.get(word, ())}
        forms.update(word[: len(word) - len(end)] + new for end, new in rules if word.endswith(end))
        if not forms.isdisjoint(known):
            return True
    return False


@functools.cache
def _word_lists() -> list[tuple[frozenset[str], dict[str, list[str]], list[list[str]]]]:
    """For verbs, adjectives and adverbs: the lemmas the lemmatizer knows, its irregular
    forms and its ending rules."""
    lookups = load_english().get_pipe("lemmatizer").lookups
    index, exceptions, rules = (
        lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules")
    )
    return [(frozenset(index[pos]), dict(exceptions[pos]), list(rules.get(pos, [])))
            for pos in ("verb", "adj", "adv")]
