"""Who did it, as a happening's type: weapons striking are an attack ("drones struck
Odesa"), a crowd barring a road or clashing with police a protest ("miners blocked the
highway near Oruro"), pests invading a disaster ("locusts invaded farms in Marsabit",
not an army's invasion). ``story.kinds`` and ``story.triggers`` type verbs by these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.word_roles import agents

if TYPE_CHECKING:
    from spacy.tokens import Token

_CROWDS = frozenset(
    "protester protestor demonstrator supporter activist student lawyer rioter marcher "
    "crowd mob youth worker".split()
)
# "Russian drones struck Odesa", "artillery pounded the town", "hit by a missile": an
# attack told by the weapon or the force that struck.
_STRIKES = frozenset({"strike", "hit", "pound", "target"})
WEAPONS = frozenset(
    "drone missile rocket airstrike warplane jet artillery shell mortar bomb troop army "
    "militant gunman insurgent".split()
)
# Who strike or protest by trade ("truckers", "miners"), beside the crowds above.
_STRIKERS = frozenset(
    "miner farmer trucker striker villager driver fisherman teacher unionist resident".split()
)
_BLOCKS = frozenset({"block", "blockade", "barricade"})
_CLASHES = frozenset({"clash", "battle", "fight", "fighting", "skirmish", "scuffle", "riot"})
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher"})
_CROWD_ACTS = frozenset({"attack", "storm", "ransack", "torch", "stone", "set", "burn"})
# Pests whose invasion is a natural hazard, not a force's ("swarms of desert locusts
# invaded farms", "armyworms have invaded maize fields in Zambia").
PESTS = frozenset(
    "locust grasshopper armyworm caterpillar insect pest beetle aphid weevil".split()
)
_INVADES = frozenset({"invade", "overrun"})


def doers(verb: Token) -> list[Token]:
    """Who did it: the verb's subject, or its passive's agent ("hit by a missile")."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "pobj")] + agents(verb)


def doer_type(verb: Token) -> str | None:
    """The type a verb takes from who does it: a weapon or a force striking is an attack
    ("drones struck", "hit by a missile"); a crowd or strikers barring a way a protest
    ("miners blocked the highway near Oruro"; police closing a road is no happening);
    pests invading a disaster ("swarms of locusts invaded farms in Marsabit")."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    found = doers(verb)
    found += [g for d in found for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]  # "hundreds of farmers", "a salvo of"
    if lemma in _STRIKES and any(d.lemma_.lower() in WEAPONS for d in found):
        return "attack"
    if lemma in _BLOCKS and any(d.lemma_.lower() in _CROWDS | _STRIKERS for d in found):
        return "protest"
    if lemma in _INVADES and any(d.lemma_.lower() in PESTS for d in found):
        return "disaster"
    return None


def by_protesters(token: Token) -> bool:
    """"supporters fought street battles with police", "protesters clashed with
    police": street clashes by a crowd are a protest."""
    verb = token.head if token.dep_ in ("dobj", "pobj") else token
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
    lemma = token.lemma_.lower()
    # "protesters stormed parliament", "attacked the embassy", "burned tyres": what a
    # protest did
    return (bool(subjects & _CROWDS) and lemma in _CLASHES) or (
        bool(subjects & _PROTESTERS) and lemma in _CROWD_ACTS)
