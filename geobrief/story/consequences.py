"""Happenings that another one in their sentence set off.

"A student died in custody in Lahore, sparking a wave of demonstrations": the death and
the protests are two happenings at one place, the second caused by the first. One
sentence draws one happening per place (``story.events``), and a weak one (a death)
gives way to a strong one there; but a happening set off by another is its outcome, not
the same news told twice, so both are kept. So is one told as what came before the
news: "In the wake of a cholera outbreak in Beira, a protest was broken up by police"
tells the outbreak and the protest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object is what their subject, or the clause they hang on, set off.
_SETTING_OFF = frozenset("spark trigger prompt provoke ignite unleash spur fuel cause".split())
# "in the wake of", "in the aftermath of": what follows is the happening before the news
_AFTER_NOUNS = frozenset({"wake", "aftermath"})


def is_set_off(trigger: Token) -> bool:
    """The happening is what a verb of setting off acts on: "..., sparking protests",
    "which triggered a wave of riots", "the killing provoked days of unrest"; or what
    set off the news ("in the wake of an outbreak"): either way not the news itself."""
    token = trigger
    if token.dep_ == "pobj" and token.head.lower_ == "of":  # "a wave of demonstrations"
        token = token.head.head
    return (token.dep_ == "dobj" and token.head.lemma_.lower() in _SETTING_OFF) or _came_before(
        trigger)


def _came_before(trigger: Token) -> bool:
    """"in the wake of an outbreak", "in the aftermath of the floods": the happening
    another in the sentence followed (and so not that one told again)."""
    of = trigger.head
    if trigger.dep_ != "pobj" or of.lower_ != "of":
        return False
    noun = of.head
    return noun.lemma_.lower() in _AFTER_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in"
