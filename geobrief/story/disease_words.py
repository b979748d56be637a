"""Whether a happening is told of a disease, and of how many: "died of cholera" is the
disease's, "infected hundreds" or "children were infected" befell many, "a nurse caught
the virus" one. ``story.kinds`` types it by these: an outbreak of many, one person's
infection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.word_roles import patient, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.event_lexicon import Lexicon

_DISEASE_PREPS = frozenset({"of", "from", "after", "with", "due", "over", "because", "to", "as"})
# Verbs whose subject carries a disease ("contracted", "tested positive", "fell ill",
# "became ill", "died of bird flu").
_CARRIER_SUBJECT = frozenset(
    "contract catch have test diagnose quarantine isolate fall become die succumb".split()
)

# What a disease is found in when a test is told as the carrier: "tests done on a dead
# swan have tested positive" (one swan, not many tests).
_SAMPLES = frozenset({"test", "sample", "specimen", "swab", "result"})

# "became infected": the lemmatizer leaves "became" read as an auxiliary as it is
_BECOMES = frozenset({"become", "became", "becomes", "becoming"})


def of_disease(token: Token, words: Lexicon) -> bool:
    """"died of bird flu", "deaths from cholera", "died after contracting H5N1", "the
    death toll from the virus" (the phrase on the verb of its object too), "quarantined
    due to the flu virus", "deaths linked to the swine flu", "cholera deaths",
    "virus-related deaths", "died of infections", "died as a result of contracting it"."""
    holders = [token, token.head] if token.dep_ in ("dobj", "nsubjpass") else [token]
    return any(
        ((child.dep_ in ("prep", "amod", "acomp") and child.lower_ in _DISEASE_PREPS)
         or (holder.pos_ == "NOUN" and child.dep_ in ("compound", "amod")))
        and any(t.lower_ in words.diseases or t.lemma_.lower() in words.diseases
                for t in child.subtree)
        for holder in holders for child in holder.children
    )


def many(token: Token) -> bool:
    """Several people: a plural noun ("infections"), or a verb whose patient (or, for
    "contracted" or "tested positive", subject) is plural or counted ("infected
    hundreds", "children were infected", "eight people are suspected to have the virus",
    "around 300 were infected")."""
    if token.pos_ == "NOUN":  # "an infection of cattle herds", "of 40 people": many too
        return token.tag_ == "NNS" or token.lemma_.lower() == "toll" or any(
            _counted(g) and g.lower_ not in lexicon().diseases  # not "a case of measles"
            for g in prep_objects(token, "of"))  # "the death toll from cholera"
    found = _carrier(token)
    if found is not None and found.lemma_.lower() in _SAMPLES:
        found = _sampled(found)
    if found is not None and found.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        found = token.head  # "students who had been quarantined"
    if found is not None and found.tag_ == "NN":  # "a total of 20 children", "a group of"
        found = next(iter(prep_objects(found, "of")), found)
    return found is not None and _counted(found)


def _sampled(test: Token) -> Token:
    """Whom a test or a sample was taken of: "tests done on a dead swan", "samples from
    12 ducks"; the test itself when none is told."""
    return next((t for t in test.subtree if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")
                 and t.head.lower_ in ("on", "from", "of")), test)


def _counted(found: Token) -> bool:
    """A plural or counted noun: "children", "20 children", "300" ("300 were infected")."""
    return (found.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in found.children)
            or (found.tag_ == "CD" and found.lower_ not in ("1", "one")))


def _carrier(verb: Token) -> Token | None:
    """Who has the disease a verb tells of: the patient of "infected", the subject of
    "contracted" (through "are suspected to have", "horses confirmed to be infected",
    "212 patients were confirmed as infected"),
    the subject of "became" in "became infected" (the parser hangs it on "became", read
    as the verb or as an auxiliary)."""
    by_subject = verb.lemma_.lower() in _CARRIER_SUBJECT
    for _ in range(2):
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                     None) if by_subject else patient(verb)
        linking = [verb.head] if verb.dep_ == "acomp" else [
            c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in _BECOMES]
        found = found or next((c for v in linking for c in v.children if c.dep_ == "nsubj"),
                              None)
        if found is not None or not (verb.dep_ == "xcomp" or _as_clause(verb)):
            return found
        verb, by_subject = verb.head, True
    return None


def _as_clause(verb: Token) -> bool:
    """"were confirmed as infected", "diagnosed as having measles": a clause marked "as"
    that tells what the clause it hangs on found its subject to be."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                        for c in verb.children)
