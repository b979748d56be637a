"""Happenings that another one in their sentence set off.

"A student died in custody in Lahore, sparking a wave of demonstrations": the death and
the protests are two happenings at one place, the second caused by the first. One
sentence draws one happening per place (``story.events``), and a weak one (a death)
gives way to a strong one there; but a happening set off by another is its outcome, not
the same news told twice, so both are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object is what their subject, or the clause they hang on, set off.
_SETTING_OFF = frozenset("spark trigger prompt provoke ignite unleash spur fuel cause".split())


def is_set_off(trigger: Token) -> bool:
    """The happening is what a verb of setting off acts on: "..., sparking protests",
    "which triggered a wave of riots", "the killing provoked days of unrest"."""
    token = trigger
    if token.dep_ == "pobj" and token.head.lower_ == "of":  # "a wave of demonstrations"
        token = token.head.head
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _SETTING_OFF
