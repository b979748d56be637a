"""Words that tell a happening is still to come, not news: what someone awaits ("held
pending deportation", "awaits trial", "arrested ahead of rallies", "a verdict is
expected"), what is only likely ("is likely to spread"), what someone plans or asks for
("are planning a rally in Minsk", "threatened a strike", "demanded talks in Oslo"),
what is only supposed or feared ("fears that cholera has spread to Lagos", "the threat
of an attack"), and what is fixed to come ("talks are due to resume", "is on track to
open"). Read by ``story.status``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.geoparse.lexicon import is_calendar_word
from geobrief.story.word_roles import simple_present

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives that tell a likelihood, not a fact: "outbreaks are likely to spread to
# Chad", "talks are unlikely to resume in Doha" are prospects.
LIKELY = frozenset("likely unlikely certain sure bound".split())
_ENDING = frozenset("end stop ease subside abate cease halt".split())
# "held pending deportation", "is awaiting trial": what is awaited has not happened yet.
_AWAITING = frozenset({"pending", "awaiting"})
# "a verdict is expected next week", "a ruling is awaited": a happening looked for, alone
# ("the toll is expected to rise" tells of what the toll does, read by its verb).
_LOOKED_FOR = frozenset({"expect", "await", "anticipate"})
# What a reward or an appeal asks for, which "leads to" an arrest only if given.
_SOUGHT = frozenset({"information", "tip", "evidence"})
FIXED_VERBS = frozenset({"schedule", "set", "due", "poise"})
_ON_COURSE = frozenset({"track", "course", "schedule"})  # "is on track to take place"
# Times still to come: "tomorrow", "this evening", "next week".
_LATER_DAYS = frozenset({"tomorrow", "tonight"})
# Verbs of what is fixed to come, which the simple present with such a time tells.
_FIXED_TO_COME = frozenset(
    "open begin start resume meet convene take hold close end arrive visit launch kick "
    "reopen debut premiere".split())
# "begins at 6:30 p.m.", "starts at 10am": a clock time told in the simple present
_CLOCK = frozenset({"p.m.", "a.m.", "pm", "am", "noon", "midnight"})
_LATER_TODAY = frozenset({"afternoon", "evening", "weekend"})  # "this week" may be past
_SPANS = frozenset("week weekend month year".split())
# Verbs whose object is a happening still to come: "are planning a rally", "threatened a
# strike", "demanded talks" (not "scheduled talks for Monday": fixed, a date to come; nor
# "urged a meeting", which in news may be what findings prompted).
_PROSPECT_OBJECT = frozenset("plan propose consider threaten promise mull weigh seek want "
                             "demand".split())
# Nouns whose "that" clause is a supposition, not a report: "there are fears that cholera
# has spread to Lagos", "raised the possibility that the virus reached Kano".
_SUPPOSITIONS = frozenset("fear possibility assumption hypothesis theory speculation rumour "
                          "rumor likelihood chance risk concern worry suspicion".split())
# "the threat of an attack", "fears of an outbreak" (not "on suspicion of an attack")
_FEARED = frozenset("threat danger prospect spectre specter fear risk possibility "
                    "likelihood".split())


def awaited(noun: Token) -> bool:
    """What someone awaits: "held pending deportation to Senegal" (the parser may also
    hang "pending" on the noun), "is awaiting extradition", "awaits trial", "arrested
    ahead of rallies" (what was done ahead of a happening came before it), "a verdict is
    expected in Kampala on Friday" (not "is expected to rise", a verb of its own), what
    information sought would lead to ("a reward for information leading to an arrest in
    Leeds"; not "the inquiry led to an arrest")."""
    if noun.dep_ == "pobj" and (noun.head.lower_ in _AWAITING or (
            noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead")):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _AWAITING for c in noun.children):
        return True
    first = noun
    while first.dep_ == "conj" and first.head != first:  # "the arrest and conviction"
        first = first.head
    leading = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "to" else None
    if leading is not None and leading.lemma_.lower() == "lead" and leading.tag_ == "VBG" and (
            leading.dep_ == "acl" and leading.head.lemma_.lower() in _SOUGHT):
        return True  # "a reward for information leading to the arrest"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _LOOKED_FOR:
        return not any(c.dep_ == "xcomp" for c in noun.head.children)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "await"


def feared(noun: Token) -> bool:
    """What a threat or a fear is of: "warned of the threat of an attack on Kabul", "the
    risk of floods in Dhaka", "fears of an outbreak": a prospect, not news."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        noun.head.head.lemma_.lower() in _FEARED)


def likely(token: Token, auxes: set[str]) -> bool:
    """Only likely: "is likely to spread" (the verb), "clashes are likely to erupt" (the
    copula a noun happening hangs on); not "fighting is unlikely to end soon", where the
    fighting goes on."""
    if "to" in auxes and token.dep_ == "xcomp" and token.head.lemma_.lower() in LIKELY:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in LIKELY and any(
        g.dep_ == "xcomp" and g.lemma_.lower() not in _ENDING for g in c.children)
        for c in token.children)


def prospect_object(verb: Token, trigger: Token) -> bool:
    """The happening is what ``verb`` plans or asks for: "are planning a rally and a
    march in Minsk", "threatened a strike at the port", "sought talks in Oslo"."""
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "a rally and a march": the march too
    return noun.dep_ == "dobj" and noun.head == verb and verb.lemma_.lower() in _PROSPECT_OBJECT


def supposed(verb: Token) -> bool:
    """The clause ``verb`` heads is what a supposition holds: "fears that cholera has
    spread to Lagos", "the assumption that birds in Fife are infected"."""
    return verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in _SUPPOSITIONS and any(
        c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in verb.children)


def verb_lemma(verb: Token) -> str:
    """The verb's lemma; "hopes" is one the tagger gets wrong ("hop": "the minister hopes
    to visit Fiji")."""
    lemma = verb.lemma_.lower()
    return "hope" if lemma == "hop" and verb.lower_.startswith("hope") else lemma


def due(verb: Token) -> bool:
    """"talks are due to resume", "the ministers are due in Lima": a copula whose
    complement fixes what comes (not "the delay is due to the strike")."""
    return any(
        c.dep_ == "acomp" and c.lemma_.lower() in FIXED_VERBS
        and any(g.dep_ == "xcomp" or (g.dep_ == "prep" and g.lower_ != "to") for g in c.children)
        for c in verb.children
    )


def planned_for_a_day(verb: Token) -> bool:
    """"The forum is planned for April 22", "a protest is planned for Friday": a plan's
    passive with its day fixes it; not "was planned for months" (how long it took)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_.lower() == "plan" and passive and any(
        c.lower_ == "for" and any(a_day(g) for g in c.subtree) for c in verb.rights)


def a_day(word: Token) -> bool:
    """A word that names a day to come or on the calendar: "Friday", "June", "tomorrow"."""
    return is_calendar_word(word.lower_) or word.lower_ in _LATER_DAYS


def on_course(token: Token) -> bool:
    """"is on track to take place", "is on course to open": fixed to come."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.lower_ in _ON_COURSE for g in c.children) for c in token.children) and any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
        for c in token.children)


def told_for_later(verb: Token) -> bool:
    """A verb in the simple present told with a time still to come: "a meeting takes place
    at 5 this evening", "the festival opens tomorrow", "the council meets next week",
    "the meeting begins at 6:30 p.m.", "the council meeting is at 7 p.m."."""
    be = verb.lemma_.lower() == "be"  # only with a clock time: not "is in custody tonight"
    if not simple_present(verb) or not (be or verb.lemma_.lower() in _FIXED_TO_COME):
        return False  # not "wildfires burn tonight", "rain lashes Mumbai this afternoon"
    near = [g for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep", "tmod")
            for g in (c, *c.children)]  # its own phrases, not a clause under it
    clock = verb.dep_ == "ROOT"  # not "CCTV shows the suspect arrives ... at 9:15 a.m."
    if be:
        return clock and any(w.lower_ in _CLOCK and w.head.lower_ == "at" for w in near)
    return any(w.lower_ in _LATER_DAYS or (clock and w.lower_ in _CLOCK and w.head.lower_ == "at")
               or any(
        (d.lower_ == "next" and w.lemma_.lower() in _SPANS) or (
            d.lower_ == "this" and w.lemma_.lower() in _LATER_TODAY) for d in w.children)
        for w in near)
