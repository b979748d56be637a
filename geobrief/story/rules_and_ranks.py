"""Sentences that tell of a happening without reporting one.

A rank among happenings ("she is the 14th nurse from the county infected since 2019",
"the worst flood in Kerala in decades") and what happens as a rule ("road accidents kill
hundreds every year", "winter flu kills thousands of Canadians annually") are statistics
and general statements, which the story leaves out. What someone was doing when the news
happened ("was leading a parade when his truck and a bus collided") is its
backdrop: it gives way to that news. People named for a happening who take part in
another ("14 protesters were arrested") report that other one. Used by
``story.triggers``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geobrief.story.word_roles import simple_present

if TYPE_CHECKING:
    from spacy.tokens import Token

# "the fifth", "the 28th": ranks past the first
_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|[a-z]+teenth|[a-z]+ieth"
)
_CAUSE_HEADS = frozenset({"result", "light", "wake", "because"})  # "as a result of"
# How often something happens as a rule ("usually floods", "often clash").
_OFTEN = frozenset(
    "usually often annually regularly routinely typically frequently normally generally "
    "traditionally seasonally yearly".split()
)


def ranked(token: Token) -> bool:
    """A rank among happenings, not one: "she is the 14th nurse from the county infected
    since 2019", "the flood is the worst flood in Kerala in decades". The
    noun a copula predicates of someone or something (or that the trigger describes) is
    ranked by an ordinal past the first or by a superlative. News all the same: "this is
    the third case in the U.S." (the happening just told), "the first case in Iraq",
    and an infinitive after the rank: "she is the second patient to die in Lima this
    week" tells that she died there, the latest of a count."""
    if token.dep_ in ("acl", "relcl") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in token.children):
        return False
    noun = token.head if token.dep_ in ("acl", "relcl") else token
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in noun.head.children
    ):
        return False
    words = [c for c in noun.children if c.dep_ == "amod"] + [
        m for c in noun.children if c.dep_ == "compound" for m in c.children if m.dep_ == "amod"]
    return any(w.tag_ == "JJS" or (_ORDINAL.fullmatch(w.lower_) and w.lower_ != "1st")
               for w in words)


def said_as_a_rule(token: Token) -> bool:
    """What happens as a rule, not a happening: a simple present with how often ("road
    accidents kill hundreds every year", "the river usually floods in spring", "every
    time I visit Lee Academy", "whenever we travel to Nairobi")."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not simple_present(verb):
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _SPANS and _every(verb.head):
        return True  # "every time I visit ...", "Every summer she drives to Denver" (the
        # parser hangs the verb on the span)
    if any(c.lower_ == "whenever" for c in verb.children) or any(
            c.dep_ == "advcl" and any(g.lower_ == "whenever" for g in c.children)
            for c in verb.children):  # "whenever we travel to Nairobi, we visit ..."
        return True
    return any((c.dep_ == "advmod" and c.lower_ in _OFTEN) or (c.dep_ == "npadvmod" and _every(c))
               for c in verb.children)


# Spans of time that "every" or "each" makes how often.
_SPANS = frozenset(
    "time day night morning evening week weekend month year summer winter spring autumn "
    "fall season".split())


def _every(noun: Token) -> bool:
    """"every year", "each time"."""
    return any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in noun.children)


def is_setting(token: Token) -> bool:
    """The backdrop of another happening: what a past progressive verb with a "when"
    clause of its own tells ("was leading a parade on May 9 on Elm Road when his
    truck and a bus collided", "were attending a wedding when the bomb went off"),
    or the cause the happening is told with, one told before ("declared a state of
    emergency as a result of the outbreak", "closed because of the floods")."""
    return _told_cause(token) or bool(backdrop_news(token))


def backdrop_news(token: Token) -> list[Token]:
    """The "when" clauses of the past progressive verb ``token`` belongs to, which tell
    the news it is the backdrop of ("was escorting a procession on Elm Road when his
    motorcycle crashed": "when ... crashed"); [] for no such verb."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBG" or not any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return []
    return [c for c in verb.children
            if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)]


def behind_news(token: Token, strong: list[Token]) -> bool:
    """A backdrop whose "when" clause tells a strong happening (one of ``strong``) is none
    of its own: "was escorting a procession on Elm Road when his motorcycle crashed" is
    the crash, there (``story.unlisted`` gives the crash the backdrop's place)."""
    return any(clause.left_edge.i <= other.i <= clause.right_edge.i
               for clause in backdrop_news(token) for other in strong)


def _told_cause(token: Token) -> bool:
    """"as a result of the outbreak", "in light of the outbreak", "because of the
    floods", "due to the storm": a cause the text has told, by a definite noun."""
    if token.dep_ != "pobj" or not any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
            for c in token.children):
        return False
    prep = token.head
    above = prep.head
    return prep.lower_ in ("because", "due") or (
        prep.lower_ == "of" and above.lower_ in _CAUSE_HEADS) or (
        prep.lower_ in ("to", "of") and above.lower_ in ("due", "owing", "because"))


# Nouns of the lexicon that name people, not a happening: "protesters", "rioters".
_PARTAKERS = frozenset("protester demonstrator rioter marcher".split())


def taking_part(token: Token, triggers: set[Token]) -> bool:
    """People named for a happening who take part in another one the sentence tells:
    "14 protesters were arrested in Arequipa" is an arrest, not a protest there; so is
    "police arrested dozens of protesters"."""
    if token.lemma_.lower() not in _PARTAKERS:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head  # "dozens of protesters": the count is the argument
    return token.head in triggers and token.dep_ in ("nsubj", "nsubjpass", "dobj")
