"""A warrant carried out is the happening its kind names.

"Detectives executed a search warrant on a flat in Nakuru" tells a search there,
"officers served an arrest warrant on the mayor at his home in Cebu City" an arrest: the
verb alone ("executed") would tell an execution, or nothing ("served"), and the kind of
warrant is only a modifier of its object, which is no trigger. A warrant that is only
issued or sought ("a judge issued an arrest warrant") is a prospect and stays no
happening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.event_lexicon import Lexicon

# Verbs that carry a warrant out ("carried out", "conducted" and "executed" alike).
_CARRY_OUT = frozenset({"execute", "serve", "carry", "conduct", "perform"})


def warrant_type(verb: Token, words: Lexicon) -> str | None:
    """The type of the warrant ``verb`` carries out, by the warrant's kind ("search
    warrant": a search); None when the verb carries out no warrant of a known kind."""
    if verb.lemma_.lower() not in _CARRY_OUT:
        return None
    warrants = warrants_of(verb)
    warrants += [c for w in warrants for c in w.conjuncts if c.lemma_.lower() == "warrant"]
    for warrant in warrants:
        for kind in (c for c in warrant.children if c.dep_ == "compound"):
            found = words.noun_type(kind.lower_, kind.lemma_.lower())
            if found:
                return found
    return None


def warrants_of(verb: Token) -> list[Token]:
    """The warrants ``verb`` acts on: its object or passive subject ("issued an arrest
    warrant", "a search warrant was executed")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() == "warrant"]
