"""What calls a happening off or denies it: the verbs of ``story.status`` that make a
happening cancelled ("police blocked the march", "called off the talks") or denied
("denied the raid took place"), and how far they reach: a march that "a landslide
blocked the highway" did not stop, and a raid that "a judge dismissed a lawsuit over" did
happen. A test that came back negative denies the case it was of ("two suspected cases
in Lagos tested negative").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CANCEL_VERBS = frozenset(
    "cancel postpone scrap suspend abandon delay shelve foil thwart prevent avert block "
    "ban".split()
)
CANCEL_PHRASES = frozenset({"call off", "put off", "break off"})  # verb and particle
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
_RESULTS = frozenset({"acomp", "oprd", "advmod", "advcl", "xcomp", "dobj"})  # "came up negative"
_TESTED = frozenset({"test", "come", "prove", "return"})
_TESTS = frozenset({"test", "sample", "specimen", "result"})
_CASES = frozenset({"case", "infection"})
# Verbs that only say how a happening seemed or went: "did not appear to suffer injuries".
_SEEMING = frozenset({"appear", "seem", "manage"})


def denies(verb: Token, trigger: Token) -> bool:
    """A denial reaches the happening it names ("denied the raid took place", "rejected
    reports of an attack"), not one that its object is only about or that someone denies
    a part in: "a judge dismissed a lawsuit over the police raid on a market in
    Mombasa", "the group denied involvement in the bombing in Quetta" tell a raid
    and a bombing that did happen."""
    token = trigger
    while token != verb and token.head != token:
        if token.dep_ == "pobj" and token.head.lower_ != "of":
            return False
        token = token.head
    return True


def cancels(verb: Token) -> bool:
    """"cancel", "postpone"... or a phrasal verb that means it ("called off the talks")."""
    lemma = verb.lemma_.lower()
    particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return lemma in CANCEL_VERBS or bool(particles & CANCEL_PHRASES)


def reaches(verb: Token, trigger: Token) -> bool:
    """The cancelling verb governs the happening, not as its doer: "police blocked the
    march" stopped it; "a landslide blocked the highway", "floods forced the
    postponement" did happen."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "agent")]
    return trigger in verb.subtree and not any(trigger in d.subtree for d in doers)


def found_negative(verb: Token, trigger: Token) -> bool:
    """A case, or what was tested of it, came out negative: "two suspected cases tested
    negative", "tests on the suspected cases came up negative" (not "contacts of the
    case tested negative", "water samples tested negative after the flood", "sentiment
    turned negative")."""
    if verb.lemma_.lower() not in _TESTED or not any(
            c.lower_ == "negative" and c.dep_ in _RESULTS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _TESTS | _CASES:
        return False
    if trigger == subject:
        return trigger.lemma_.lower() in _CASES
    # "tests on (of) the suspected cases": the case the tests were of
    return trigger.lemma_.lower() in _CASES and trigger.dep_ == "pobj" and (
        trigger.head.lower_ in ("on", "of", "from") and trigger.head.head == subject)


def says_not(verb: Token, below: list[Token], *, own: bool) -> bool:
    """``verb`` has a "not" that denies the happening: the happening's ``own`` verb, or
    one that only says how the verb right below it, the happening itself (``below`` is
    just that verb), seemed or went: "did not appear to have crashed", "did not manage to
    storm the prison" (not "did not hesitate to attack", nor what the verb below acts on:
    "did not manage to put out the fire", "did not appear to be hurt in the crash")."""
    seeming = len(below) == 1 and below[0].dep_ == "xcomp" and (
        verb.lemma_.lower() in _SEEMING)
    return (own or seeming) and any(c.dep_ == "neg" for c in verb.children)
