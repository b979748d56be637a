"""The type a happening takes from who does it: a weapon or an armed force striking is
an attack ("Russian forces struck a fuel depot"), a crowd barring a way or clashing
with police a protest ("miners blocked the highway near Oruro", "riot police clashed
with protesters in Honiara"), robbers bursting in a robbery, a dam bursting a flood,
pests invading a disaster ("locusts invaded farms in Marsabit", not an army's
invasion). Used by ``story.kinds`` and ``story.triggers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.movers import PEOPLE
from geobrief.story.road_crashes import vehicle_crash
from geobrief.story.word_roles import agents, patient

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
# Who strike in war besides a weapon: "Russian forces struck a fuel depot".
_FORCES = WEAPONS | frozenset({"force", "military", "soldier", "fighter", "navy", "warship"})
# What one strikes that is no target: "rebel troops struck a deal with the government".
_STRUCK_NOT = frozenset("deal agreement accord pact bargain compromise truce ceasefire "
                        "balance tone note chord pose blow".split())
# Who strike or protest by trade ("truckers", "miners"), beside the crowds above.
_STRIKERS = frozenset(
    "miner farmer trucker striker villager driver fisherman teacher unionist resident".split()
)
_BLOCKS = frozenset({"block", "blockade", "barricade"})
# "Robbers burst into a bank in Lagos", "thieves raided a jeweller's in Leeds": a break-in
# told by who broke in; a local headline's "Rustlers hit farms near Dubbo", "Vandals
# strike Ballarat school", "Dog-nappers hit ..." alike (a theft, vandalism, a fire).
_THIEVES = frozenset({"robber", "thief", "burglar", "shoplifter", "pickpocket", "rustler",
                      "napper", "dognapper", "vandal", "arsonist"})
_THEFTS = {"robber": "robbery", "burglar": "burglary", "vandal": "vandalism",
           "arsonist": "fire"}
_BREAK_INS = frozenset({"burst", "break", "storm", "raid", "enter", "hit", "strike", "target",
                        "ransack"})
# "a dam burst in Derna", "the river overflowed its banks in Sindh": water let loose, a flood.
_HOLDERS = frozenset({"dam", "levee", "dyke", "dike", "embankment", "reservoir", "river"})
_BURSTS = frozenset({"burst", "breach", "overflow", "overtop"})
# Pests whose invasion is a natural hazard, not a force's ("swarms of desert locusts
# invaded farms", "armyworms have invaded maize fields in Zambia").
PESTS = frozenset(
    "locust grasshopper armyworm caterpillar insect pest beetle aphid weevil".split()
)
_INVADES = frozenset({"invade", "overrun"})
# Armed men storming or seizing a place: "gunmen stormed the Hotel Askia in Gao",
# "militants seized a school": an attack, whatever the place's name (not "seized two
# aid workers", a kidnapping, nor "police seized the hotel's accounts").
_ARMED = frozenset("gunman militant insurgent jihadist attacker assailant rebel".split())
_TAKES = frozenset({"storm", "seize", "overrun"})
_CLASHES = frozenset({"clash", "battle", "fight", "fighting", "skirmish", "scuffle", "riot"})
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher"})
_CROWD_ACTS = frozenset({"attack", "storm", "ransack", "torch", "stone", "set", "burn"})
# Who recall goods: "a Manitoba dairy recalled its cheese", "Kenya's drug regulator has
# recalled a batch of syrup", "Sunrise Feeds Ltd. recalled ..."; not someone remembering.
_RECALLERS = frozenset(
    "company firm maker manufacturer producer processor distributor supplier retailer "
    "supermarket brand dairy bakery packer grower importer exporter carmaker automaker "
    "regulator agency ministry department administration authority fda inc ltd llc corp "
    "plc gmbh foods".split()
)
# Whom a ministry or firm recalls home, no goods: "recalled its ambassador", "its staff".
_RECALLED_PEOPLE = PEOPLE | frozenset(
    "ambassador envoy consul minister staff personnel delegation team squad parliament "
    "representative attache".split()
)


def doers_of(verb: Token) -> list[Token]:
    """Who did it: the verb's subject, or its passive's agent ("hit by a missile")."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "pobj")] + agents(verb)


def doer_type(verb: Token) -> str | None:
    """The type a verb takes from who does it: a weapon or a force striking is an attack
    ("drones struck", "hit by a missile"); a crowd or strikers barring a way a protest
    ("miners blocked the highway near Oruro"; police closing a road is no happening);
    robbers bursting in a robbery ("robbers stormed a bank in Accra"), burglars a
    burglary, thieves a theft; a dam or a river bursting a flood, a disaster ("a dam burst
    near Derna"); pests invading a disaster ("swarms of locusts invaded farms in
    Marsabit"); armed men storming or seizing a place an attack ("gunmen stormed the
    Hotel Askia"); a vehicle hitting someone a crash ("a bus knocked down a boy"); a
    company or a regulator recalling goods a recall ("the Brisbane company recalled its
    frozen berries"), whatever the goods."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    doers = doers_of(verb)
    doers += [g for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]  # "hundreds of farmers", "a salvo of"
    if lemma in _STRIKES and any(d.lemma_.lower() in _FORCES for d in doers):
        struck = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        return None if struck & _STRUCK_NOT else "attack"
    if lemma in _BLOCKS and any(d.lemma_.lower() in _CROWDS | _STRIKERS for d in doers):
        return "protest"
    thieves = [d.lemma_.lower() for d in doers if d.lemma_.lower() in _THIEVES]
    if lemma in _BREAK_INS and thieves:  # robbers rob, burglars burgle
        return _THEFTS.get(thieves[0], "theft")
    if lemma in _BURSTS and any(d.lemma_.lower() in _HOLDERS for d in doers):
        return "disaster"
    if lemma in _INVADES and any(d.lemma_.lower() in PESTS for d in doers):
        return "disaster"
    if lemma == "recall" and any(  # "a company based in Fresno recalled its berries"
            w.lemma_.lower() in _RECALLERS or w.lower_ in _RECALLERS for d in doers
            for w in (d, *(c for c in d.children if c.dep_ in ("appos", "compound")))) and (
            _recalled_goods(verb)):
        return "recall"
    if lemma in _TAKES and any(d.lemma_.lower() in _ARMED for d in doers) and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PEOPLE for c in verb.children):
        return "attack"
    return vehicle_crash(verb)  # "was hit by a car": a crash (``story.road_crashes``)


def _recalled_goods(verb: Token) -> bool:
    """What was recalled are goods, not people called home ("the ministry recalled its
    ambassador", "recalled 300 staff from the embassy") nor a memory ("recalled that")."""
    goods = patient(verb)
    return goods is not None and goods.pos_ != "PRON" and (
        goods.lemma_.lower() not in _RECALLED_PEOPLE)


def by_protesters(token: Token) -> bool:
    """"supporters fought street battles with police", "protesters clashed with
    police", "riot police clashed with protesters": street clashes of a crowd are a
    protest."""
    verb = token.head if token.dep_ in ("dobj", "pobj") else token
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
    if not subjects and verb.dep_ == "conj":  # "protesters blocked roads and clashed with"
        subjects = {c.lemma_.lower() for c in verb.head.children if c.dep_ == "nsubj"}
    partners = {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"}
    lemma = token.lemma_.lower()
    # "protesters stormed parliament", "attacked the embassy", "burned tyres": what a
    # protest did
    return (bool((subjects | partners) & _CROWDS) and lemma in _CLASHES) or (
        bool(subjects & _PROTESTERS) and lemma in _CROWD_ACTS)
