"""Goals told as a site, a body or a happening, and the town where they lie.

"flew the injured to hospitals in Jalalabad": the goal phrase names a site with no
place, and the town right after it, which the parser hung on the verb, is the goal. So
is the town after a site whose own name holds a wider place: "samples were flown to the
West Africa Reference Laboratory at Dakar" went to Dakar, not to West Africa. "Swabs were
sent to the WHO and Kenya": the first body is no place, the one joined to it is. "Went to
trial in Alexandria" went nowhere, but "travelled to a festival in Kathmandu" went there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Where people and goods are taken: "to hospitals in Jalalabad", "to a camp near Goma".
SITES = frozenset(
    "hospital clinic jail prison camp shelter base station centre center laboratory lab "
    "airport port hotel school morgue facility institute".split()
)

# Verbs of a journey someone makes on purpose: to a happening, they go where it is.
# Not "go", "come" or "drive": "went to trial", "came to the aid of", "drove thousands
# to the protests".
_JOURNEYS = frozenset("travel fly journey trek sail head walk".split())


def goal_town(prep: Token, goal: Token | None) -> bool:
    """"flew the injured to hospitals in Jalalabad", "travelled to the conference in
    Accra": the "in" or "at" phrase right after an open goal phrase (``goal``) on a site,
    or on a happening someone journeys to, is where the goal is."""
    return goal is not None and prep.lower_ in ("in", "at") and prep.i == (
        goal.right_edge.i + 1) and any(c.lemma_.lower() in SITES or (
            _journey_to(goal.head, c)) for c in goal.children)


def in_site_name(sentence: Sentence, places: list[Located]) -> bool:
    """Every place of a goal phrase is part of a site's name ("to the East Africa Rift
    Hospital", "to the European Reference Laboratory"): the phrase says which site, and
    a town told right after it says where the site is."""
    for pair in places:
        tokens = sentence.tokens_of(pair)
        head = tokens[-1] if tokens else None
        while head is not None and head.dep_ == "compound" and head.head != head:
            head = head.head
        if head is None or head is tokens[-1] or head.lemma_.lower() not in SITES:
            return False
    return bool(places)


def joined_objects(sentence: Sentence, prep: Token) -> list[Located]:
    """The places joined by "and" to a goal phrase's object that is itself no place:
    "sent to the WHO and Britain" (the parse hangs Britain on "WHO")."""
    found = []
    for pobj in (c for c in prep.children if c.dep_ == "pobj" and sentence.place_of(c) is None):
        found += [p for c in pobj.children if c.dep_ == "conj"
                  if (p := sentence.place_of(c)) is not None]
    return found


def in_goal_phrase(sentence: Sentence, pair: Located, word: Token) -> bool:
    """The place is named in a "to" phrase of the motion ``word`` ("sent to the European
    Union Laboratory at Weybridge"): part of where the mover went, never where it was."""
    tokens = sentence.tokens_of(pair)
    return bool(tokens) and any(
        a.head == word and a.dep_ in ("prep", "dative") and a.lower_ in ("to", "into", "onto")
        for a in tokens[-1].ancestors)


def to_happening(prep: Token, word: Token) -> bool:
    """"go to trial in Alexandria", "went to war": the phrase names a happening, not
    where someone went; "sent residents into the streets of the capital" says they were
    out of doors there. But a journey to a happening at a place goes there: "travelled
    from India to the festival in Bariyarpur", "flew to a summit in Lima"."""
    words = lexicon()
    return any(
        child.dep_ == "pobj" and (child.lower_ == "streets" or (words.noun_type(
            child.lower_, child.lemma_.lower()) is not None and not _journey_to(word, child)))
        for child in prep.children
    )


def _journey_to(word: Token, happening: Token) -> bool:
    """A journey verb whose goal is a happening placed by its own phrase ("to the festival
    in Bariyarpur") or by the one right after it, which the parser may hang on the verb
    ("travelled to the conference in Accra")."""
    after = happening.right_edge.i + 1
    return word.lemma_.lower() in _JOURNEYS and lexicon().noun_type(
        happening.lower_, happening.lemma_.lower()) is not None and (
        any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in happening.children)
        or (after < len(happening.doc) and happening.doc[after].lower_ in ("in", "at")
            and happening.doc[after].head == word))
