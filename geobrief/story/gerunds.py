"""Happenings told by a gerund that is the subject of a light verb.

"Fighting spread across Darfur", "Shelling continued in Donetsk overnight": the tagger
often reads the opening gerund as a verb ("Fighting", VBG, subject of "spread") or as an
auxiliary of the verb after it ("Shelling continued"), though it names the happening,
like "the fighting". A gerund that is an event noun of the lexicon, the subject of a
light verb (spread, erupt, break out, occur, take place, happen, continue, resume,
intensify, hit, sweep, ...) and takes no object of its own ("Fighting the fire took
hours" is an act) is retagged as that noun, so events read it as the trigger, the light
verb's locative as its place and the verb's tense as its status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that say only that a happening happened, went on or spread, and where.
LIGHT_VERBS = frozenset(
    "spread erupt break occur take happen continue resume intensify escalate rage hit sweep "
    "flare start begin grip engulf rock strike persist unfold reach extend".split()
)
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "aux"})
_OWN_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "prep", "ccomp", "xcomp", "advcl"})


def nominal_gerunds(doc: Doc) -> None:
    """Retag in place each gerund of ``doc`` that names a happening as the subject of a
    light verb: a common noun, its own lemma, the verb's subject."""
    nouns = lexicon().nouns
    for token in doc:
        if _is_nominal(token) and token.lower_ in nouns:
            token.pos_, token.tag_, token.lemma_, token.dep_ = "NOUN", "NN", token.lower_, "nsubj"


def _is_nominal(token: Token) -> bool:
    """A gerund subject of a light verb, before it, with no argument of its own."""
    head = token.head
    return (
        token.tag_ == "VBG"
        and token.pos_ in ("VERB", "AUX")
        and token.dep_ in _SUBJECT_DEPS
        and head.pos_ == "VERB"
        and head.i > token.i
        and head.lemma_.lower() in LIGHT_VERBS
        and not any(c.dep_ in _OWN_ARGUMENTS for c in token.children)
    )
