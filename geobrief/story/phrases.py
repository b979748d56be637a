"""Places in a phrase of a parsed sentence, and the most specific of them.

"in the village of Achguara of the Ochamchire district" holds two places; "in Kenya's
capital, Nairobi" two more. A phrase's places are every place mention under its head,
not counting clauses inside it nor an origin ("from ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.located import Located

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence


LOCATIVE = frozenset(
    "in at near outside off on inside across throughout into over along around within onto "
    "aboard beside amid among across between towards toward opposite beyond behind below "
    "above under underneath upon nearby through".split()
)
_WHITHER = frozenset({"into", "onto", "towards", "toward", "through", "across", "over"})
NOT_INSIDE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"})
KIND_RANK = {"city": 0, "feature": 0, "region": 1, "country": 2}


def phrase_places(
    sentence: Sentence, root: Token, *, skip: Token | None = None,
    stop: frozenset[str] = frozenset({"from", "with"}),
) -> list[Located]:
    """The places in the phrase under ``root``, not counting clauses inside it nor the
    phrases named in ``stop``: by default an origin ("from ...") and a partner ("the
    border with Georgia", "clashes with Russian troops")."""
    found: list[Located] = []
    stack = [root]
    while stack:
        token = stack.pop()
        if token == skip:
            continue
        pair = sentence.place_of(token)
        if pair is not None and pair not in found:
            found.append(pair)
        for child in token.children:
            if child.dep_ in NOT_INSIDE or (child.dep_ == "prep" and child.lower_ in stop):
                continue
            stack.append(child)
    return sorted(found, key=lambda p: p.mention.start)


def best_place(sentence: Sentence, places: list[Located]) -> Located | None:
    """The most specific of ``places`` (a town before its region and country), the first
    named among equals; an adjective ("Haitian") only when nothing else is named."""
    named = [p for p in places if p.mention.form != "adjective"] or places
    if not named:
        return None
    return min(named, key=lambda p: (KIND_RANK.get(p.place.kind, 1), p.mention.start))


def locative_place(
    sentence: Sentence, head: Token, *, targets: bool = False, parties: bool = False,
    static: bool = False,
) -> Located | None:
    """The most specific place in a locative phrase of ``head`` (or of its object);
    ``targets``: "against" too (an attack's target); ``parties``: not "between" (who
    talked); ``static``: where, not whither (a joined verb's "crossed into Lithuania" is
    not where the first verb happened)."""
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "npadvmod"))]
    preps = LOCATIVE | {"against"} if targets else LOCATIVE
    preps = preps - {"between", "among"} if parties else preps
    preps = preps - _WHITHER if static else preps
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found = best_place(sentence, phrase_places(sentence, child))
                if found is not None:
                    return found
            if child.dep_ == "advmod" and sentence.place_of(child) is not None:
                return sentence.place_of(child)
    return None


def conjoined_places(sentence: Sentence, pair: Located) -> list[Located]:
    """Places joined to ``pair`` by "and" or "or" in its phrase, as specific as it ("in
    Nebraska and Iowa"; not "in Lagos and Nigeria")."""
    tokens = sentence.tokens_of(pair)
    found: list[Located] = []
    stack = [c for t in tokens for c in t.children if c.dep_ == "conj"]
    while stack:
        token = stack.pop()
        other = sentence.place_of(token)
        if other is None or other is pair or other in found:
            continue
        if other.mention.form != "adjective" and other.place.kind == pair.place.kind:
            found.append(other)
            stack.extend(c for c in token.children if c.dep_ == "conj")
    return sorted(found, key=lambda p: p.mention.start)
