"""A disease that spreads, strikes or is found somewhere: an outbreak there.

"The virus has spread to Chile", "cholera broke out in Haiti", "bird flu was detected
in Kent", "a mild strain of the H7 flu turned up in geese in Ontario"; not a
general truth ("the virus spreads through contact", "malaria is found in the tropics")
nor a fear ("may have spread"). Found in one creature ("in a stallion"), it is that
one's infection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.cases_of import one_creature
from geobrief.story.lab_tests import lab_result, lab_test
from geobrief.story.word_roles import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.event_lexicon import Lexicon

# "The virus has spread to Chile", "cholera broke out in Haiti", "the outbreak reached
# Lima", "the virus has surfaced in poultry near Hanoi": a disease that spreads, strikes or
# is found somewhere is an outbreak there.
_SPREADS = frozenset(
    "spread reach hit strike sweep ravage grip surface resurface emerge re-emerge reemerge "
    "reappear".split()
)
_FINDS = frozenset("detect find confirm identify report record discover suspect".split())
_LABS = frozenset("laboratory lab institute test analysis scientist".split())
# "a form of the virus was found": the words that name a disease by its "of" object.
_DISEASE_FORMS = frozenset("form type subtype variant version strain".split())


def disease_spreads(token: Token, particle: str | None, words: Lexicon) -> bool:
    """A disease spreads or strikes ("the virus has spread to Chile", "cholera broke out
    in Haiti"), or is found or suspected ("bird flu was detected in Kent"); not a general
    truth ("the virus spreads through contact", "malaria is found in the tropics")."""
    lemma = token.lemma_.lower()
    if lemma in _SPREADS or (lemma, particle) == ("break", "out"):
        deps: tuple[str, ...] = ("nsubj",)
    elif lemma in _FINDS:
        deps = ("nsubjpass", "dobj")
    else:
        return False
    if _generic(token, active=deps == ("nsubj",)) or any(
        c.tag_ == "MD" for c in token.children  # "may have spread": a fear
    ) or _in_the_lab(token) or any(  # "emerged as a danger to schools": a role
        c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False
    return any(child.dep_ in deps and _names_disease(child, words) for child in token.children)


def lab_finding(noun: Token) -> bool:
    """The presence of a disease a lab confirmed in samples, with no place of the finding
    told ("tests on blood samples from the patient confirmed the presence of the virus"):
    no outbreak where the sentence's other place is ("tests confirmed the presence of H5N1
    in ducks in Bulacan" tells where)."""
    if lab_result(noun):  # "the death was confirmed by a laboratory in Nairobi"
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and _in_the_lab(noun.head) and not any(
        t.dep_ == "prep" and t.lower_ in ("in", "at") for t in noun.subtree)


def spread_type(token: Token, particle: str | None, words: Lexicon) -> str | None:
    """The happening a disease's spread or finding tells (``disease_spreads``): an
    outbreak, or one creature's infection when it was found in one ("equine flu was
    detected in a stallion near Perth", "the virus was confirmed in a 45-year-old
    farmer"); a test where a laboratory confirmed it (``story.lab_tests``: "the virus
    was confirmed by a laboratory in Dakar"); None when the verb tells neither."""
    if lab_test(token):
        return "test"
    if not disease_spreads(token, particle, words):
        return None
    hosts = prep_objects(token, "in")
    found = token.lemma_.lower() in _FINDS
    return "infection" if found and any(one_creature(g) for g in hosts) else "outbreak"


def _in_the_lab(verb: Token) -> bool:
    """A laboratory that confirmed a disease in samples sent to it, with no place of the
    finding told ("samples were flown to Kinshasa, where the national laboratory confirmed
    the virus"): the lab's town is no outbreak's ("tests confirmed H5N1 at a farm in
    Suffolk" tells where)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _LABS for c in verb.children) and not (
        any(c.dep_ == "prep" for c in verb.children))


def _names_disease(noun: Token, words: Lexicon, depth: int = 2) -> bool:
    """The noun is a disease ("the virus", "bird flu"), or a form of one told by its
    "of" object ("a mild strain of the H7 flu", "an H9 variant of the bird flu")."""
    if noun.lower_ in words.diseases or any(
        c.dep_ == "compound" and c.lower_ in words.diseases for c in noun.children
    ):
        return True
    return depth > 0 and noun.lemma_.lower() in _DISEASE_FORMS and any(
        _names_disease(g, words, depth - 1) for g in prep_objects(noun, "of"))


def found_disease(token: Token, kind: str) -> bool:
    """A disease found or spreading somewhere: it gives way to what else the sentence
    tells there ("the strain was confirmed there, whereupon 4,500 birds were culled"),
    and it is in a country, not a continent ("found in Europe and Africa")."""
    lemma = token.lemma_.lower()
    return (kind == "outbreak" or (kind == "infection" and lemma in _FINDS)) and (
        token.pos_ == "VERB" and (lemma in _SPREADS or lemma in _FINDS or lemma == "break"))


def _generic(verb: Token, *, active: bool) -> bool:
    """A simple present: "spreads" (``active``), "is found" ("a village suspects the
    strain" is news)."""
    if active and verb.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(aux) and all(a in ("is", "are") for a in aux)
