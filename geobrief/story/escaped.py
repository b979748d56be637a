"""What an escape escaped: "Family escapes house fire in Millbrook" tells of the fire.

Local news often tells a happening by those who got away from it: "a family escaped a
blaze on Cedar Lane", "two hikers escaped from an avalanche near Banff". The happening
they fled is the news and the escape only how it ended for them, so the escape takes the
type of what it escaped (its object, its "from" phrase, the subject of its "when"
clause) when that is a happening of its own: a strong type, not an outcome such as an
injury ("escaped injury" stays an escape), and no custody ("escaped from custody").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.word_roles import joined_word, modifiers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.event_lexicon import Lexicon

# Types an escape from which is still an escape: "escaped from custody", "from detention".
_STILL_ESCAPES = frozenset({"escape", "arrest", "release", "kidnapping", "evacuation"})


def escaped_type(verb: Token, words: Lexicon) -> str | None:
    """The type of the happening an escape verb's object, "from" phrase or "when"
    clause's subject names ("escaped a house fire", "escaped unhurt when fire swept
    through the house": fire), or None when it names none."""
    if verb.pos_ != "VERB":
        return None
    fled = [c for c in verb.children if c.dep_ == "dobj"]
    fled += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ == "pobj"]
    fled += [s for c in verb.children if c.dep_ == "advcl" and any(  # "escaped when fire
        m.lower_ in ("when", "as") for m in c.children)  # swept through their home"
             for s in c.children if s.dep_ == "nsubj"]
    for noun in (n for n in fled if n.pos_ == "NOUN"):
        kind = words.noun_type(joined_word(noun), noun.lemma_.lower())
        if kind is None or words.is_weak(kind) or kind in _STILL_ESCAPES:
            continue
        return words.retyped(noun.lemma_.lower(), modifiers(noun)) or kind
    return None
