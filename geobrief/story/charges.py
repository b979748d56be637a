"""The crime someone is held, charged or tried for: a charge, not a happening of its own.

"Police arrested a man in Leeds on suspicion of murder" tells of an arrest in Leeds; the
murder is what he is suspected of, and where it happened the sentence does not say. So is
"was charged in Cork with arson", "detained in Mombasa for drug trafficking", "arrested in
Osaka in connection with the robbery". Such a crime is told as a happening of its own only
when its own phrase places it ("charged with a robbery at a bank in Galway").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.homes import DWELLINGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# "on suspicion of", "on charges of", "accused of", "convicted of", "guilty of"
_OF_HEADS = frozenset(
    "suspicion charge count accusation allegation accuse suspect convict acquit guilty "
    "innocent".split()
)
# "arrested for arson", "jailed for fraud", "charged with murder"
_FOR_HEADS = frozenset(
    "arrest detain hold jail imprison sentence convict try indict prosecute fine charge "
    "book".split()
)
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "on", "off"})


def charged_crime(sentence: Sentence, token: Token, triggers: set[Token]) -> bool:
    """Whether ``token`` is only the crime that the holding or charging of someone, a
    trigger of the same sentence, names: its place is the arrest's, not the crime's."""
    # a crime told by a gerund too: "charged with four counts of selling heroin"
    if token.dep_ not in ("pobj", "pcomp") or _placed(sentence, token):
        return False
    prep, head = token.head.lower_, token.head.head
    if prep == "with" and head.lower_ == "connection":  # "in connection with the robbery"
        holder = head.head.head if head.head.dep_ == "prep" else head.head
        return holder in triggers
    lemma = head.lemma_.lower()
    if prep == "of" and lemma in _OF_HEADS:
        holder = head.head.head if head.dep_ == "pobj" else head  # "on suspicion of"
        return holder in triggers or head in triggers or token.head.head.head in triggers
    if (prep == "for" and lemma in _FOR_HEADS) or (prep == "with" and lemma == "charge"):
        return head in triggers
    return False


def _placed(sentence: Sentence, token: Token) -> bool:
    """The crime's own phrase names a place ("with a robbery at a bank in Galway"), or a
    gerund's object does ("with robbing the Tralee Credit Union")."""
    if token.dep_ == "pcomp" and any(sentence.place_of(w) is not None for w in token.subtree):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _LOCATIVE
               and any(sentence.place_of(w) is not None for w in c.subtree)
               for c in token.children)


# A case a court happening is about: "pleaded not guilty in the August death of Sarah
# Widmer at their home in Hamilton Township", "prosecuted in a Georgia man's death",
# "dismissed a lawsuit over a raid in Mombasa": where the death or the raid was, not the
# court.
_CASE_PREPS = frozenset({"in", "over", "for", "at"})


def case_words(verb: Token, court: str) -> set[Token]:
    """The words of the phrases of ``verb``'s clause that name the case a court
    happening is about: "over" anything, or "in"/"for" a happening of another kind than
    ``court`` ("in the death of ..."; not "at a hearing in Akron"), or a home, where no
    court sits ("not guilty at their home in ...": the parser's misreading)."""
    nouns = lexicon().nouns
    return {
        t for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ in _CASE_PREPS
        and (prep.lower_ == "over" or any(
            nouns.get(o.lemma_.lower(), court) != court or o.lemma_.lower() in DWELLINGS
            for o in prep.children if o.dep_ == "pobj"))
        for t in prep.subtree
    }
