"""Places named together that stand for one happening, not one each.

"Confirmed measles cases in 16 states, including Texas, Ohio and Florida": the cases are
spread over the sixteen states, and the three named are examples of them, not three
outbreaks. "A bus crashed on the highway between Kathmandu and Pokhara": one crash,
between the two towns. ``story.events`` tells such a happening once, at the first
place, rather than once per place listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

_EXAMPLE_MARKS = frozenset({"including", "include", "like", "among"})
_PLACE_NOUNS = frozenset(
    "state country province county region district city town nation territory "
    "municipality prefecture village".split()
)
_MANY = frozenset({"several", "many", "numerous", "multiple", "various", "dozens", "some"})


def among_many(sentence: Sentence, pair: Located) -> bool:
    """``pair`` is named in an "including" (or "such as", "like") phrase of a plural
    place noun that is counted or said to be many ("in 16 states, including Texas",
    "in several countries such as Peru")."""
    for token in sentence.tokens_of(pair)[:1]:
        for above in token.ancestors:
            if above.dep_ == "prep" and _marks_example(above):
                group = above.head
                return group.lemma_.lower() in _PLACE_NOUNS and group.tag_ == "NNS" and any(
                    c.dep_ == "nummod" or c.lower_ in _MANY for c in group.children)
    return False


def _marks_example(prep: Token) -> bool:
    """"including", "like", "among", or "such as" (the parser hangs "such" on "as")."""
    return prep.lower_ in _EXAMPLE_MARKS or (
        prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))


def one_between(sentence: Sentence, pair: Located) -> bool:
    """``pair`` is the first of two places a happening lies between ("on the road between
    Kathmandu and Pokhara"), not of parties ("talks between Kenya and Somalia", which
    never reach here: their "between" names no place)."""
    for token in sentence.tokens_of(pair)[:1]:
        prep = next((a for a in token.ancestors if a.dep_ == "prep"), None)
        return prep is not None and prep.lower_ == "between"
    return False


def in_a_list(sentence: Sentence, pair: Located) -> bool:
    """``pair`` is one of three or more places named in a list ("cases in the United
    States, Canada, Spain and Israel"): where things are, not where one person was."""
    first = next(iter(sentence.tokens_of(pair)[-1:]), None)
    while first is not None and first.dep_ == "conj":
        first = first.head
    members = [] if first is None else [t for t in first.subtree
                                        if t == first or t.dep_ == "conj"]
    return sum(sentence.place_of(t) is not None for t in members) >= 3
