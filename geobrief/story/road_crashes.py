"""A road crash told by the vehicle that hit someone, or by a driver losing control.

"A pedestrian was hit by a car on Main Street in Tulsa", "a pickup truck struck a cyclist
in Boulder", "a boy was knocked down by a bus in Nakuru", "was run over by a lorry in
Kumasi", "the driver lost control of his SUV near Waco", "the pickup left the road and
rolled over near Richland": each is a crash there. Without a vehicle, "hit" and "struck"
are an attack only when a weapon or a force strikes (``story.doers``), and losing
control of a town is no crash. A killing done "accidentally" is an accident
(``by_accident``, read by ``story.kinds``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.word_roles import agents, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# What hits a pedestrian or a cyclist on a road, and who drives it.
_VEHICLES = frozenset(
    "car truck pickup van suv bus minibus vehicle lorry tractor motorcycle motorbike train "
    "taxi cab jeep sedan trailer semi tram streetcar".split()
)
_DRIVERS = frozenset({"driver", "motorist", "trucker"})
_HITS = frozenset({"hit", "strike", "knock"})
_BY_ACCIDENT = frozenset({"accidentally", "inadvertently", "unintentionally"})
# What a vehicle does when it goes off the road ("overturn" and "plunge" are in the
# lexicon), with the word that says so: "the car flipped (over)", "rolled over", "veered
# off the road", "skidded into a ditch"; not "rolled into Gaza", "skidded to a halt".
_MISHAPS = {"roll": frozenset({"over", "off"}), "veer": frozenset({"off", "into", "across"}),
            "skid": frozenset({"off", "into"}), "swerve": frozenset({"off", "into"}),
            "careen": frozenset({"off", "into"})}
_FLIPS = frozenset({"flip"})  # "the car flipped" needs no other word
_ROADS = frozenset("road roadway highway pavement".split())
# "was run over by a lorry", "mowed down" is left to the lexicon (a truck driven into a
# crowd is an attack)
_RUN_OVER = frozenset({"over", "down"})


def vehicle_crash(verb: Token) -> str | None:
    """A vehicle or its driver hit someone or something ("was hit by a car", "a van
    struck a cyclist", "was run over by a bus"), or a driver lost control of a vehicle
    ("lost control of his car near Waco"): a crash."""
    return "crash" if verb.pos_ == "VERB" and _crashed(verb) else None


def _crashed(verb: Token) -> bool:
    """Whether a vehicle hit something or its driver lost control of it."""
    lemma = verb.lemma_.lower()
    hits = lemma in _HITS or (lemma == "run" and any(
        c.dep_ == "prt" and c.lower_ in _RUN_OVER for c in verb.children))
    if hits:
        doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)
        return any(d.lemma_.lower() in _VEHICLES | _DRIVERS for d in doers)
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    if lemma in _FLIPS or (lemma in _MISHAPS and words & _MISHAPS[lemma]) or (
            lemma == "leave" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _ROADS for c in verb.children)):
        return _vehicle_did(verb)
    return lemma == "lose" and any(
        c.dep_ == "dobj" and c.lower_ == "control" and _of_vehicle(c) for c in verb.children)


def _vehicle_did(verb: Token) -> bool:
    """The verb's subject is a vehicle: "the car flipped", and "the pickup left the road
    and rolled" (a joined verb shares the first one's subject)."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _VEHICLES for c in verb.children)


def _of_vehicle(control: Token) -> bool:
    """"control of his squad car", "control of the vehicle"."""
    return any(g.lemma_.lower() in _VEHICLES for g in prep_objects(control, "of"))


def by_accident(verb: Token) -> bool:
    """The killing verb, or the "when" clause that tells how, says it was an accident:
    "was accidentally shot", "killed when a neighbour accidentally hit her" (not "after
    he inadvertently stumbled on their hideout", which tells what led to it)."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and any(
        m.lower_ == "when" for m in c.children))]
    return any(c.dep_ == "advmod" and c.lower_ in _BY_ACCIDENT for v in clauses
               for c in v.children)
