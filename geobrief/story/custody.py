"""Two police-blotter happenings told by what a verb does to someone or something
rather than by a happening word.

- Held in a jail: "Tolbert is being held in the Smith County Jail in Tyler", "was booked
  into the county jail", "remanded in custody at a prison in Perth", "was held on $2,000
  bond in the Pima County Jail", "held for a week in the Wake County Detention Center"
  report a detention (an arrest), as "was taken to a hospital in Tucson" reports a
  hospitalization.
- Stolen goods: "police recovered a stolen Ford Ranger in Tyler": the thing recovered
  is named by its make or model, which no word list holds; that it was stolen says it
  is property, the object the lexicon asks of "recover".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import durations
from geobrief.story.word_roles import patient

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that keep someone somewhere: "held", "booked into", "lodged", "remanded".
_HOLDING = frozenset("hold book lodge jail keep remand".split())
# "the Pima County Jail", "the Wake County Detention Center", "a correctional facility"
_JAILS = frozenset("jail prison penitentiary lockup custody detention correctional".split())
# What someone is held on or without: "held on $5,000 bail", "held without bond".
_BAIL = frozenset({"bail", "bond"})
# What an object stolen before is, for the lexicon ("recover": vehicle, car, property...).
STOLEN_GOODS = "property"


def held_in_jail(token: Token) -> bool:
    """"was being held in the Smith County Jail", "booked into the county jail": a verb
    of keeping whose "in", "into" or "at" phrase holds a jail, prison or custody; not one
    that only says who someone is ("an inmate being held in a jail in Perth")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _HOLDING or _describes(token):
        return False
    return any(
        child.dep_ == "prep" and child.lower_ in ("in", "into", "at")
        and any(t.lemma_.lower() in _JAILS for t in child.subtree)
        for child in (*token.children, *_bail_phrases(token),
                      *(p for g in durations(token) for p in g.children))
    )


def _bail_phrases(verb: Token) -> list[Token]:
    """The phrases hung on the bail someone is held on: "held on $2,000 bond in the
    county jail" (the parse hangs the jail on the bond)."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "without")
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _BAIL
            for p in g.children if p.dep_ == "prep"]


def _describes(verb: Token) -> bool:
    """"a man being held in a jail is accused of ...": a participle that says who he is,
    hung on its noun or, misparsed, read as the sentence's verb with no "is" or "was"."""
    being = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    return verb.dep_ == "acl" or (being and not any(c.dep_ == "aux" for c in verb.children))


def stolen_patient(token: Token) -> bool:
    """What the verb acts on was stolen: "recovered a stolen Ford Ranger", "the stolen
    outboard motor was recovered"."""
    found = patient(token)
    return found is not None and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "stolen" for c in found.children)
