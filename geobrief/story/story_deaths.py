"""Deaths and killings told in a disease's story (its outbreak, or one person's
infection), and killings told in a natural disaster's or a mishap's story (the disaster,
the crash).

An outbreak report seldom names the disease again in every sentence: after "cholera has
spread to the capital", "nine deaths were recorded in Nairobi" and "she died in a
hospital in Lima" are the disease's, as "died of cholera" is (``story.kinds``). A death
is read so when no cause is told in its own phrase ("died of an overdose", "died after
a fall" stay deaths) and the last happening told before it that could kill, in the
article or in its own sentence, is an outbreak or an infection, not an attack, a crash,
a fire or a storm.

A natural disaster's or a mishap's story types its killings so: after "a cyclone made
landfall in Myanmar", "40 people were killed in Sittwe" is the cyclone's, a disaster,
not an attack (after a crash, the crash's). A killing is read so only when nobody is
told doing it (no subject, no "by ..."): "gunmen killed 40" stays an attack in any
story; "dozens died" there stays a death. One person's infection told by their dying is
shown as a death (``as_told``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from geobrief.story.disease_words import many
from geobrief.story.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

_DISEASE = frozenset({"outbreak", "infection"})
# The happenings that may cause a death told after them (a meeting, a visit or a
# deployment tells of none).
_KILLERS = _DISEASE | frozenset(
    "attack war crash accident fire disaster explosion collapse poisoning stampede "
    "sinking flooding drowning invasion".split()
)
# Mishaps whose story's killings by no one are theirs ("a bus overturned near Cusco ...
# twelve passengers were killed in Cusco": the crash); a death stays a death there (the
# article told before may be another story's: "two climbers died on a peak").
_MISHAPS = frozenset("disaster crash accident fire explosion collapse sinking stampede".split())
# the words of dying itself (a drowning, a suicide or an overdose tells its own cause)
_DYING = frozenset({"die", "death", "fatality", "perish", "succumb", "toll"})
# The words of one person's dying as a trigger shows them ("died", "a fatality"): a
# disease's infection told by one is shown as a death (``as_told``).
_DYING_WORDS = frozenset(
    "die dies died dying death fatality perish perished succumb succumbed".split()
)
# "died of/from/after/following ...", "deaths due to ...": a cause told in the phrase
_CAUSES = frozenset({"of", "from", "after", "following", "due", "because", "as"})
# the words of a phrase's object that may name someone or somewhere ("the Mukuru slums",
# "leaving Lima")
_NAMING = frozenset({"pobj", "pcomp", "compound", "amod", "poss", "nmod", "dobj"})


def story_deaths(triggers: list[Trigger], told: Sequence[str]) -> list[Trigger]:
    """``triggers`` with each death or killing by no one of a disease's story typed as
    its outbreak, or as an infection for one person, and each killing by no one told
    after a natural disaster, a crash, a fire or another mishap as that happening;
    ``told``: the types of the happenings drawn before, in order."""
    out = []
    in_order = sorted(triggers, key=lambda t: t.token.i)
    for trigger in triggers:
        token = trigger.token
        if (_dying(trigger) or _killing_by_no_one(trigger)) and not _cause_told(token) and (
                not _retold(token)):
            before = [*told, *(t.type for t in in_order
                               if t.token.i < token.i or t.type in _DISEASE)]
            killers = [kind for kind in before if kind in _KILLERS]
            last = killers[-1] if killers else None
            if last in _DISEASE:
                kind = "outbreak" if many(token) else "infection"
                trigger = replace(trigger, type=kind, weak=False)
            elif last in _MISHAPS and _killing_by_no_one(trigger):
                trigger = replace(trigger, type=last, weak=False)
        out.append(trigger)
    return out


def _dying(trigger: Trigger) -> bool:
    """A death told by a word of dying, or as found or pronounced "dead" (the lexicon's
    phrasal "find dead", "pronounce dead")."""
    token = trigger.token
    return trigger.type == "death" and (token.lemma_.lower() in _DYING or any(
        c.dep_ in ("acomp", "oprd") and c.lower_ == "dead" for c in token.children))


def _killing_by_no_one(trigger: Trigger) -> bool:
    """"40 people were killed in Sittwe": a killing typed an attack only for want of a
    cause (``story.kinds``), with no killer told: no subject, no "by ..." agent."""
    token = trigger.token
    return (trigger.type == "attack" and token.pos_ == "VERB" and token.lemma_.lower() == "kill"
            and not any(c.dep_ in ("nsubj", "agent", "csubj") for c in token.children))


def _retold(token: Token) -> bool:
    """"the deaths": deaths told before, typed where they were told (were they not
    drawn, "most of the deaths were in the north" still tells where they were)."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children)


def _cause_told(token: Token) -> bool:
    """"died of an overdose", "died after a fall", "deaths due to heat"; not where or who
    ("deaths from the slums of Nairobi", "the deaths of two women", "died after leaving
    Lima": a phrase that names someone or somewhere)."""
    for child in token.children:
        word = child.lower_
        if word not in _CAUSES or (token.pos_ == "NOUN" and word == "of"):
            continue
        if word in ("due", "because"):
            return True
        objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        named = [w for g in objects for w in (g, *g.children) if w.dep_ in _NAMING]
        if objects and not any(w.pos_ == "PROPN" for w in named):
            return True
    return False


def as_told(row: dict[str, Any]) -> dict[str, Any]:
    """An event row as the news tells it: one person's infection told by their dying ("a
    woman in Cairo has died of bird flu", "she died in a hospital in Lima" in a cholera
    story) is a death. It is read as the disease's infection until then, so that it is
    placed (at the sufferer's home) and merged with the outbreak as an infection is."""
    if row["type"] != "infection" or str(row["trigger"]).lower() not in _DYING_WORDS:
        return row
    return {**row, "type": "death", "summary": f"Death: {row['place']}"}
