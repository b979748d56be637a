"""Counts told beside a place by "with": "Queensland is the second, with 61 infections",
"the state of Bavaria has been the hardest hit, with 1,312 cases", "the town of Kasese
has been hard hit, with 310 cases reported and 12 people dead". The copula says which
place it is; the counted cases are there. A place the copula only may be
("could be the worst hit") places nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import best_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# "has been hit hardest", "was the worst affected": a passive that ranks a place.
_STRUCK = frozenset({"hit", "affect", "strike"})
_HOW_HARD = frozenset({"worst", "hardest", "hard", "badly", "most", "severely", "heavily"})


def is_counted_with(noun: Token) -> bool:
    """``noun`` is counted in a "with" phrase: "..., with 61 infections". Such a count
    ranks a place among others, so it is a part of a wider happening, not all of it."""
    return _with(noun) is not None and any(c.dep_ == "nummod" for c in noun.children)


def told_worst_hit(noun: Token) -> bool:
    """``noun``'s sentence ranks a place by how hard the happening struck it: "The area
    worst affected by cholera is Harare, where 208 people died out of 8,454 suspected
    cases". What happened there is a part of a wider happening, not all of it."""
    return any(t.lemma_.lower() in _STRUCK and any(
        c.dep_ == "advmod" and c.lower_ in _HOW_HARD for c in t.children) for t in noun.doc)


def _with(noun: Token) -> Token | None:
    """The "with" that ``noun`` is counted under: its object, or the subject of the
    clause the parser reads after it ("hard hit, with 310 cases reported and 12 people
    dead", where "dead" is taken for the clause's verb)."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.dep_ == "pcomp":
        head = head.head
    elif noun.dep_ != "pobj":
        return None
    return head if head.lower_ == "with" else None


def counted_with(sentence: Sentence, noun: Token) -> Located | None:
    """The subject place of the copula whose "with" phrase counts ``noun``, or None."""
    if not is_counted_with(noun):
        return None
    prep = _with(noun) or noun.head
    verb = prep.head.head if prep.head.dep_ in ("attr", "acomp") else prep.head  # "the worst hit"
    struck = verb.lemma_.lower() in _STRUCK and any(c.dep_ == "auxpass" for c in verb.children)
    if not (verb.lemma_.lower() == "be" or struck) or any(c.tag_ == "MD" for c in verb.children):
        return None
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    subject = next((c for w in words for c in w.children if c.dep_ in ("nsubj", "nsubjpass")),
                   None)  # "Bavaria has been the hardest hit": read as a passive
    if subject is None:
        return None
    found = best_place(sentence, phrase_places(sentence, subject))
    return None if found is None or found.mention.form == "adjective" else found
