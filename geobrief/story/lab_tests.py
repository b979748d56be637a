"""A laboratory's test: samples tested or a finding confirmed at a laboratory.

"The result was confirmed by a government laboratory in Nairobi", "further tests are
being conducted at the national laboratory in Lyon", "samples were flown to
Johannesburg, where an analysis confirmed the virus", "the case was confirmed at the
veterinary institute in Pretoria", "Thai officials are conducting tests on samples from
the dead birds": a test done where the laboratory is (the outbreak news
tells where the samples came from elsewhere). What the laboratory confirmed ("the
presence of the virus in the samples", "the death") is no happening at the laboratory's
town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.phrases import locative_place
from geobrief.story.word_roles import agents, patient, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Sites that are laboratories by their word ("the national laboratory", "a WHO lab")...
_LABS = frozenset({"laboratory", "lab", "institute"})
# ... or by what they do ("the Northern Veterinary College", "a Diagnostic Center").
_LAB_KINDS = frozenset(
    "veterinary diagnostic diagnostics reference virology pathology microbiology".split()
)
_SITES = frozenset("college centre center unit facility university school".split())
# What a laboratory does with a finding: "confirmed", "identified", "isolated".
_CONFIRMING = frozenset("confirm verify diagnose identify detect isolate analyse analyze".split())
# Verbs that carry out a test ("tests are being conducted", "testing was done").
_DOING = frozenset("conduct perform do carry run complete process".split())
_TESTS = frozenset({"test", "testing", "analysis", "analyses", "retesting"})
_SAMPLES = frozenset({"sample", "specimen", "swab", "tissue", "blood"})
# "a laboratory located in Saskatoon", "a lab based in Lyon".
_SITED = frozenset({"locate", "base", "situate", "house"})
# A named place a finding's own phrase gives ("H5N1 in ducks in Bulacan").
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def lab_test(verb: Token) -> bool:
    """The verb tells a test done at a laboratory: a finding a laboratory confirmed ("was
    confirmed by a laboratory in Dakar", "confirmed at the Veterinary College in
    Pretoria", "where an analysis confirmed the virus") or a test carried out at one or on
    samples ("tests are being conducted at the laboratory in Lyon", "are conducting tests
    on samples from the birds"); not tests that confirmed a finding somewhere ("tests
    confirmed H5N1 in ducks in Bulacan": the outbreak's news)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _CONFIRMING:
        return _at_lab(verb) or _where_tested(verb)
    if lemma not in _DOING:
        return False
    test = patient(verb)
    if test is None or test.lemma_.lower() not in _TESTS:
        return False
    return _at_lab(verb) or any(
        g.lemma_.lower() in _SAMPLES for g in prep_objects(test, "on"))


def lab_place(sentence: Sentence, verb: Token) -> Located | None:
    """Where the laboratory of a test is ("a reference laboratory located in Lusaka
    confirmed the virus in a cow": Lusaka, not where the cow was); None when the test
    names no laboratory with a place."""
    if verb.pos_ != "VERB":
        return None
    for lab in _labs(verb):
        found = sentence.place_of(lab) or locative_place(sentence, lab, static=True) or next(
            (p for c in lab.subtree if c.dep_ == "acl" and c.lemma_.lower() in _SITED
             for p in [locative_place(sentence, c, static=True)] if p is not None), None)
        if found is not None:
            return found
    return None


def _at_lab(verb: Token) -> bool:
    """A laboratory did it ("a laboratory in Kampala confirmed", "confirmed by a WHO
    lab") or it was done at one ("conducted at the national laboratory", "done at the
    university and at the reference laboratories in Brescia")."""
    return bool(_labs(verb))


def _labs(verb: Token) -> list[Token]:
    """The laboratories that did what the verb tells or where it was done."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)
    sites = prep_objects(verb, "at") + prep_objects(verb, "in")
    return [n for n in doers + sites + [c for s in sites for c in s.conjuncts] if _lab(n)]


def _lab(noun: Token) -> bool:
    """A laboratory: "the national laboratory", "a Diagnostic Center", "the Northern
    Veterinary College"."""
    lemma = noun.lemma_.lower()
    return lemma in _LABS or (lemma in _SITES and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _LAB_KINDS for c in noun.children))


def _where_tested(verb: Token) -> bool:
    """"flown to Johannesburg, where an analysis confirmed the virus": a test told by a
    clause about the place the samples went."""
    return any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _TESTS for c in verb.children)


def lab_result(noun: Token) -> bool:
    """What a laboratory's test confirmed, with no place of its own told ("the presence
    of the virus in the samples", "the death was confirmed by a laboratory in Nairobi"):
    the test's news, not a happening where the laboratory is."""
    return noun.dep_ in ("dobj", "nsubjpass") and lab_test(noun.head) and not any(
        t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.ent_type_ in _PLACE_ENTS
        for t in noun.subtree)
