"""Countries the article names only as whose an organisation is.

"Norway's aid agency", "a British charity", "France's foreign ministry", "the U.S.
Centers": the name says whose the agency, ministry or charity is, not where anything
happens; such bodies speak and work far from home. When a country appears in no other
way, it is not where the story is, and the focus weighs each of its mentions as an
adjective (``roles.find_focus``). A country also named as a place ("farmers in
Norway and Niger ..., Norway's aid agency said") keeps its full weight: its bodies
often work at home. Bodies that act on their own ground (police, a court, ``at_home``)
are no such owners: a name that qualifies them weighs as a dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from geobrief.models import Place
    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence, StoryParse

# The nouns of organisations that act from their country, not only in it.
ORGANISATIONS = frozenset(
    "agency agencies ministry ministries department departments centre centres center "
    "centers charity charities foundation foundations institute institutes organisation "
    "organisations organization organizations association associations".split()
)
# "Georgian border police", "a Kenyan court": bodies that act on their own ground.
_AT_HOME = frozenset(
    "police policeman policemen court judge prosecutor prosecutors sheriff coastguard "
    "firefighters firefighter guard guards".split()
)
# "a British charity", "the U.S. Centers", "France's health ministry" (not "of").
_QUALIFIERS = frozenset({"compound", "amod", "poss"})


def organisation_names(story: StoryParse) -> frozenset[int]:
    """The starts of the mentions that only qualify an organisation's noun, not one that
    acts on its own ground ("the Lagos Police Department", ``at_home``)."""
    return frozenset(
        pair.mention.start for _, pair, last in name_words(story)
        if last.dep_ in _QUALIFIERS and last.head.lower_ in ORGANISATIONS
        and not at_home(last.head)
    )


def name_words(story: StoryParse) -> Iterator[tuple[Sentence, Located, Token]]:
    """Each place mention of the parsed sentences, with its sentence and the last word
    of its name (whose head says what the name qualifies: "the U.S. Centers")."""
    for sentence in story.sentences:
        for pair in sentence.places if sentence.doc is not None else []:
            tokens = sentence.tokens_of(pair)
            if tokens:
                yield sentence, pair, tokens[-1]


def named_only_as_owner(places: list[Place], owners: frozenset[int]) -> set[str]:
    """The countries every mention of whose places is in ``owners``
    (``organisation_names``)."""
    starts: dict[str, set[int]] = {}
    for place in places:
        if place.country:
            starts.setdefault(place.country, set()).update(m.start for m in place.mentions)
    return {c for c, found in starts.items() if found and found <= owners}


def at_home(noun: Token) -> bool:
    """The noun phrase names a body that acts on its own ground ("Border Police
    spokesperson")."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in _AT_HOME for w in words)
