"""Statistics told with a happening's word, which the story leaves out (STORY.md: "generic
statements and statistics"): a share ("nearly 40 percent of the country's dengue cases
are recorded in one state", "a third of the farms were hit by drought"), a change by a
share ("reduced its malaria cases by 60 percent"), a count over a whole year ("Last
year, 210 cholera cases were recorded across the province"), a rate ("two fires each
day"), what happens as a rule ("Kidnappings for ransom have become common in northern
Nigeria") and, for a purchase, a habit or a need ("tourists buy souvenirs", "families
struggle to buy bread").

News all the same: "two of the five cases were in Kerala" (part of the outbreak told),
"the tally climbed to 412 on Friday" (a count on a day), "an outbreak in 2003" (one
happening, not a count). Used by ``story.triggers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.word_roles import simple_present

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that tell a share of a whole, not a number of things.
_SHARES = frozenset({"percent", "%", "percentage", "proportion", "quarter", "fraction"})
# What a happening that is usual somewhere is said to be.
_USUAL = frozenset(
    "common commonplace frequent rare routine rife rampant widespread regular endemic".split())
# Spans a rate is told per, and what makes one a span from a time instead ("a day after").
_UNITS = frozenset({"day", "night", "week", "month", "year", "hour"})
_FROM_THEN = frozenset({"ago", "after", "before", "later", "earlier", "prior", "since"})
# Count nouns that a year-long figure counts.
_COUNTED = frozenset({"case", "death", "infection", "illness", "fatality"})
# Verbs of what one needs to do, not what was done: "struggling to buy bread".
_NEEDS = frozenset({"struggle", "afford", "able", "unable", "need", "scramble"})


def is_statistic(token: Token) -> bool:
    """The happening's word is told in a statistic, not as a happening."""
    return (_of_share(token) or _share_affected(token) or _by_share(token) or _yearly(token)
            or _usual(token) or _rate(token))


def _share(token: Token) -> bool:
    """"percent", "per cent", "%", "a quarter": a share of a whole."""
    if token.lower_ == "cent":
        return token.i > 0 and token.nbor(-1).lower_ == "per"
    return token.lower_ in _SHARES


def _verb(token: Token) -> Token | None:
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _of_share(token: Token) -> bool:
    """"40 percent of dengue cases": the happening's noun is of a share."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and _share(token.head.head)


def _share_affected(token: Token) -> bool:
    """"30 per cent of farms were affected by the drought", "a quarter of homes were hit by
    floods": what a share of things suffered, told as the passive's agent."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    verb = token.head.head
    return any(c.dep_ == "nsubjpass" and _share(c) for c in verb.children)


def _by_share(token: Token) -> bool:
    """"reduced its malaria cases by 60 percent": a change in a figure by a share."""
    verb = _verb(token)
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(_share(g) for g in c.children)
        for c in verb.children)


def _yearly(token: Token) -> bool:
    """"Last year, 210 cases of cholera were recorded": a count of cases or deaths over
    the whole last year ("two prior cases were reported in 2019" is an earlier outbreak)."""
    if token.lemma_.lower() not in _COUNTED or token.tag_ != "NNS" or not any(
            c.dep_ == "nummod" for c in token.children):
        return False
    verbs = [t for t in token.ancestors if t.pos_ in ("VERB", "AUX")][:2]  # "reported having"
    for c in (c for verb in verbs for c in verb.children):
        if c.dep_ == "npadvmod" and c.lower_ == "year" and any(
                d.lower_ == "last" for d in c.children):
            return True
    return False


def _rate(token: Token) -> bool:
    """"two fires each day in Iraq", "three attacks a week", "40 people die of malaria per
    day": a rate of the happening itself, told in its own clause: a counted plural noun,
    or a verb in the simple present. Not a rate of something else ("the airport, which
    handles 20 million passengers a year, was closed"), nor of a happening going on or
    done ("cholera is killing 20 people a day", "jets struck Gaza every night"), nor "a
    day after", "a week ago", "a day of celebrations"."""
    verb = _verb(token)
    if verb is None:
        return False
    if token.pos_ == "NOUN":
        counted = token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
        if not counted:
            return False
    elif not simple_present(token):
        return False
    return any(_a_rate(t) and _in_clause(t, verb) for t in verb.subtree)


def _a_rate(t: Token) -> bool:
    """"each day", "every week", "a year", "per hour": a span things are counted by."""
    return (t.lemma_.lower() in _UNITS and t.head.lower_ not in _FROM_THEN
            and not (t.i + 1 < len(t.doc) and t.nbor(1).lower_ in _FROM_THEN)
            and not any(c.lower_ in _FROM_THEN | {"of"} for c in t.children) and (
                t.head.lower_ == "per" or any(c.dep_ == "det" and (
                    c.lower_ in ("each", "every")
                    or (c.lower_ in ("a", "an") and t.dep_ == "npadvmod"))
                    for c in t.children)))


def _in_clause(token: Token, verb: Token) -> bool:
    """``token`` hangs on ``verb`` through no clause of its own (a relative clause, a
    participle, a clause of time or report)."""
    while token != verb:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj"):
            return False
        token = token.head
    return True


def _usual(token: Token) -> bool:
    """"Kidnappings for ransom have become common in Kaduna", "cholera is endemic in
    Haiti", "such attacks are rare": what happens there as a rule (not "the attack was
    rare for the town": one happening, told with its article)."""
    verb = token.head
    return (token.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "become", "remain", "grow")
            and not any(c.dep_ == "det" and c.lower_ != "such" for c in token.children)
            and any(c.dep_ == "acomp" and c.lower_ in _USUAL for c in verb.children))


def habit_or_need(verb: Token) -> bool:
    """A verb in the simple present with no helper (a habit: "tourists buy souvenirs"), or
    one that someone struggles or can afford to do (a need: "families struggle to buy
    bread")."""
    return simple_present(verb) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NEEDS)
