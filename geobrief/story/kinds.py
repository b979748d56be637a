"""The type a trigger's context gives it (the words it reads are ``story.word_roles``).

The lexicon types a word ("explosion": attack); its context may change that: "a gas
explosion" is an explosion, "an air strike" an attack, "a press conference" its own
type (the lexicon's ``retype``); infections or deaths from a disease of many are an
outbreak, of one person an infection (shown as a death when told by dying,
``story.story_deaths``); no one dying is no death; a death or a killing "in a crash",
"when a bus plunged into a gorge" or "after drinking tea laced with poison" takes its
cause's type, as does harm from a poisoned drink or meal (a poisoning: ``story.poisoned``)
and harm told in a participle's clause ("a tram hit a van, injuring six": a crash);
killing birds is a cull, unless a disease killed them; a killing told as done by accident
is an accident; who acted may type a verb ("drones struck": an attack; "locusts invaded
farms": a disaster; ``story.doers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.cases_of import by_prosecutors, one_persons, sentenced
from geobrief.story.disease_words import many, of_disease
from geobrief.story.doers import WEAPONS, by_protesters, doers_of
from geobrief.story.event_lexicon import Lexicon
from geobrief.story.movers import PEOPLE
from geobrief.story.poisoned import is_poisoned, poisoned_cause
from geobrief.story.road_crashes import by_accident
from geobrief.story.word_roles import agents, joined_word, modifiers, of_object, patient

if TYPE_CHECKING:
    from spacy.tokens import Token


_CAUSE_PREPS = frozenset({"of", "from", "after", "in", "during", "following", "when"})
_CARE = frozenset({"hospital", "clinic", "infirmary", "doctor", "emergency", "surgery"})
_CARE_VERBS = frozenset({"treat", "examine", "evaluate", "hospitalize", "admit"})
_ARRESTERS = frozenset(
    "police policeman officer trooper soldier troop army military authority agent deputy "
    "sheriff guard coastguard".split()
)
_VEHICLES = frozenset(
    "car truck lorry bus minibus train locomotive vehicle van jeep pickup tanker motorcycle "
    "motorbike scooter moped rickshaw suv tractor taxi tram driver motorist".split()
)
# "the storm claimed 12 lives", "the outbreak took 40 lives": verbs of a death whose
# subject names its cause.
_CLAIMS = frozenset({"claim", "take"})
_NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})
# Types that tell no cause of a death: "died of an infection" is told by ``of_disease``.
_NO_CAUSE = frozenset({"death", "injury", "infection"})
# Words on a blast that tell a weapon: "a bomb blast at a factory" stays an attack.
_ARMED = WEAPONS | frozenset({"suicide", "car", "roadside", "terror", "terrorist", "grenade"})

def refine_type(token: Token, kind: str, words: Lexicon) -> str:
    """The type of the happening ``token`` reports in its context; "" for no happening
    at all ("an arctic blast")."""
    if kind in ("death", "injury") and _by_no_one(token):
        return ""  # "no one in Peru has died of the virus", "nobody was hurt"
    found = patient(token)
    context = modifiers(token) | of_object(token) | _setting(token)
    if found is not None:
        context.add(found.lemma_.lower())
    retyped = one_persons(token, words.retyped(token.lemma_.lower(), context))
    if retyped is not None:  # "protesters set up camp outside the ministry": no relief camp
        return "protest" if retyped == "aid" and by_protesters(token) else retyped
    if kind == "outbreak" and token.lemma_.lower() == "outbreak":
        of = of_object(token) - {"of"}
        other = {words.noun_type(w, w) for w in of} - {None, "outbreak", "infection"}
        return str(min(other)) if other else kind
    if kind in ("infection", "death", "quarantine") and of_disease(token, words):
        return "outbreak" if many(token) else "infection"
    if kind in ("death", "injury", "hospitalization") and poisoned_cause(token):
        return "poisoning"  # "were hospitalized after eating tainted fish stew"
    if kind == "death" and token.lemma_.lower() in _CLAIMS:
        # "cholera has claimed 40 lives", "the blast took 12 lives": who took them is the
        # cause, as with "killed"
        return _subject_cause(_subject_nouns(token), words) or kind
    if kind in ("death", "injury"):
        # "wounded" tells of a weapon: "three soldiers were wounded in Helmand" is an attack
        weapon = kind == "injury" and token.lemma_.lower() == "wound"
        return _cause_type(token, words) or _clause_cause(token, words) or (
            "attack" if weapon else kind)
    if kind == "infection" and many(token):
        return "outbreak"
    if kind in ("closure", "funeral") and token.pos_ == "VERB" and (done := _subject_cause(
            _subject_nouns(token), words)) and not words.is_weak(done):
        # "Tanker blast closes Texas highway": the blast, where it closed the road; "a
        # landslide buried the village": the landslide, no funeral
        return done
    if kind == "attack" and by_accident(token):
        return "accident"  # "was accidentally shot", "killed when ... accidentally hit her"
    if kind == "attack" and token.lemma_.lower() in ("kill", "slaughter"):
        return _killing_type(token, words)
    if kind == "attack" and token.lemma_.lower() == "explode":
        # "a gas cylinder exploded", "a tanker truck overturned and exploded": what blew
        # up types it, as its modifiers type the noun ("a gas explosion")
        return next((found for c in _subject_nouns(token) if c.dep_ == "nsubj" and (
            found := words.retyped("explosion", {c.lemma_.lower()} | modifiers(c)))), kind)
    if kind == "seizure" and found is not None and found.lemma_.lower() in PEOPLE:
        # "25 schoolgirls were seized from a school"; "police seized three suspects"
        doers = {w.lemma_.lower() for w in doers_of(token)}
        return "arrest" if doers & _ARRESTERS else "kidnapping"
    if kind in ("arrest", "funeral") and found is not None and (
        found.lemma_.lower() in words.livestock
    ):  # "rounding up chickens and ducks for a mass cull", "burying the pigs"
        return "cull"
    if kind == "arrest" and (sentenced(token) or by_prosecutors(token)):
        return "court"
    if kind == "release" and token.dep_ == "conj" and token.head.lemma_.lower() in _CARE_VERBS:
        return "hospitalization"  # "treated at Mercy Hospital and released"
    if kind == "search" and (sought := _searched_for(token, words)):
        return sought
    if kind in ("attack", "fire") and by_protesters(token):
        return "protest"  # "protesters set fire to tyres": the protest's fire
    if kind == "visit" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CARE for c in token.children
    ):
        return "hospitalization"  # "visited a clinic"
    return kind


def _clause_cause(verb: Token, words: Lexicon) -> str | None:
    """The cause a harm told in a participle clause takes from the clause it follows:
    "a train hit a lorry at a crossing, injuring nine" is a crash, as "..., killing
    nine" is (``_killing_type``); "police fired on the crowd, injuring 12" tells none."""
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return None
    return _as_cause(_subject_cause(_subject_nouns(verb), words), words)


def _by_no_one(verb: Token) -> bool:
    """The verb's subject is no one: "no one died", "nobody was injured"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NO_ONE or (
        c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)))
        for c in verb.children)


def _searched_for(verb: Token, words: Lexicon) -> str | None:
    """The happening a search is about, whose place the search tells ("police in Leeds
    are searching for two men in a bank robbery", "for the cause of a blaze")."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "for":
            continue
        for word in (w for w in child.subtree if w.pos_ == "NOUN"):
            kind = words.noun_type(word.lower_, word.lemma_.lower())
            if kind and not words.is_weak(kind):
                return kind
    return None


def _setting(noun: Token) -> set[str]:
    """Where a blast or an accident happened, as a word that may type it: "a blast at a
    chemical plant in Tianjin" is an industrial explosion ("plant"); not when the noun
    tells a weapon ("a bomb blast at a factory")."""
    if noun.pos_ != "NOUN" or modifiers(noun) & _ARMED:
        return set()
    return {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}


def _killing_type(token: Token, words: Lexicon) -> str:
    """"the outbreak that killed three" is the outbreak's; "the strain that killed
    ducks" an outbreak, as are many "killed ... from the disease"; "hit by a car and
    killed" a crash; "killed 4,000 chickens" a cull."""
    causes = _subject_nouns(token)
    if _names_disease(causes, words):
        return "outbreak"
    if of_disease(token, words):  # "19 people have been killed in the county from the disease"
        return "outbreak" if many(token) else "infection"
    cause = _subject_cause(causes, words)
    victim = patient(token)
    if victim is not None and victim.lemma_.lower() in words.livestock and cause != "crash":
        return "cull"
    # "was killed in a car accident", "killed in the fire": the phrase names the cause
    when = next((k for c in token.children if (k := _when_clause(c, words))), None)
    kind = cause or when or _cause_type(token, words) or "attack"
    return "attack" if kind == "protest" else kind  # "strikes killed 25": no walkout


def _subject_cause(causes: list[Token], words: Lexicon) -> str | None:
    """The type of what a killing verb's subjects (``causes``) name: a disease an outbreak
    ("cholera has claimed 40 lives in Chad"), a vehicle a crash ("killed by a drunk
    driver"), a happening its own type ("a magnitude 6.9 earthquake hit ..., killing 79";
    the parse may give the earthquake's "magnitude" as a subject too)."""
    if _names_disease(causes, words):
        return "outbreak"
    if any(is_poisoned(cause) for cause in causes):
        return "poisoning"  # "poisoned gin killed eleven"
    if any(cause.lemma_.lower() in _VEHICLES for cause in causes):
        return "crash"  # "was struck by a van and killed"
    kinds = (words.retyped(c.lemma_.lower(), modifiers(c) | _setting(c)) or (
        words.noun_type(c.lower_, c.lemma_.lower()) if words.needs_met(
            c.lower_, c.lemma_.lower(), modifiers(c) | of_object(c) | {c.head.lemma_.lower()})
        else None) for c in causes)
    return next((kind for kind in kinds if kind), None)


def _names_disease(causes: list[Token], words: Lexicon) -> bool:
    """A subject names a disease or its strain ("cholera", "the strain")."""
    return any(c.lower_ in words.diseases | {"strain"} for c in causes)


def _cause_type(token: Token, words: Lexicon) -> str | None:
    """A death or an injury told with its cause: "died in a crash", "injured in the
    blast", "died after drinking tea laced with poison"; "were killed when their bus
    fell into a gorge": a vehicle that does the harm in a "when" clause, a crash."""
    for child in token.children:
        if (clause := _when_clause(child, words)) not in (None, "death"):
            return clause
        if child.dep_ == "advcl" and {m.lower_ for m in child.subtree} & {"when", "as"} and any(
                s.dep_ == "nsubj" and s.lemma_.lower() in _VEHICLES for s in child.children):
            return "crash"
        if child.dep_ not in ("prep", "advcl") or child.lower_ not in _CAUSE_PREPS:
            continue
        # what a relative clause says of the victim is no cause ("the death of a driver
        # who was leading a wedding convoy")
        described = {t.i for w in child.subtree if w.dep_ == "relcl" for t in w.subtree}
        for word in child.subtree:
            if word.dep_ == "amod" or word.i in described:
                continue  # "cash found in a stolen van": no theft
            lemma = word.lemma_.lower()
            joined = joined_word(word)  # "killed in a hit-and-run", the parse's "hit" a verb
            kind = words.nouns.get(joined) if joined != word.lower_ else None
            kind = kind or (words.verbs.get(lemma) if word.pos_ == "VERB" else words.noun_type(
                word.lower_, lemma) if word.pos_ == "NOUN" else None)
            if kind and word.pos_ == "NOUN":  # "injured in a home invasion": a theft
                kind = words.retyped(lemma, modifiers(word)) or kind
            # a disease is told by of_disease; "died following a long illness" is a death
            if cause := _as_cause(kind, words):
                return cause
    return None


def _as_cause(kind: str | None, words: Lexicon) -> str | None:
    """``kind`` when it can be what caused a death: a strong happening, not a death, an
    injury or an infection (a disease's deaths are told by ``of_disease``)."""
    return kind if kind and not words.is_weak(kind) and kind not in _NO_CAUSE else None


def _when_clause(clause: Token, words: Lexicon) -> str | None:
    """What a clause told as a death's cause makes of it ("were killed when a bus plunged
    into a gorge", "died after their car hit a tree"): "death" when the clause's verb
    tells a happening of its own, not a disease's (the crash is drawn from "plunged"; the
    killing is its outcome, which gives way to it), else its subject's type (a car's
    crash); None for any other clause."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _CAUSE_PREPS for c in clause.children
    ):
        return None
    found = patient(clause)
    preps = frozenset(c.lower_ for c in clause.children if c.dep_ == "prep")
    particle = next((c.lower_ for c in clause.children if c.dep_ == "prt"), None)  # "caved in"
    own = words.verb_type(
        clause.lemma_.lower(), particle, None if found is None else found.lemma_.lower(), preps)
    if own and not words.is_weak(own) and own not in _NO_CAUSE | {"outbreak"}:
        return "death"  # a disease's deaths are told by ``of_disease`` and its story
    return _as_cause(_subject_cause(_subject_nouns(clause), words), words)


def _subject_nouns(verb: Token) -> list[Token]:
    """The verb's subject nouns, through a relative clause ("an outbreak that killed"),
    its passive's agent ("were killed by the landslide"), or the clause it follows from
    ("the cyclone struck Fiji, killing four")."""
    # "after an outbreak of cholera killed 60 people", parsed as a noun's clause: a
    # clause with an object of its own has the noun as its subject
    told = verb.dep_ == "relcl" or (
        verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children))
    if told and not any(  # not "Cyprus, where a fire killed two"
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children
    ):
        return [verb.head, *_placed_happening(verb.head)]
    if (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):  # "the cyclone struck Fiji, killing four", "a fire ... destroyed houses and killed two"
        verb = verb.head
    return [c for c in [*verb.children, *agents(verb)]  # "Cholera has killed 40"
            if c.dep_ in ("nsubj", "pobj") and c.pos_ in ("NOUN", "PROPN")]


def _placed_happening(noun: Token) -> list[Token]:
    """What a place that "killed" stands for: the parser may hang the clause on the
    place ("set off landslides in Benguet province that killed nine", "a blast at a
    market in Quetta that killed six"), when it is the happening placed there that
    killed: the noun the place's phrase hangs on, or its verb's object."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near"):
        return []
    owner = prep.head
    if owner.pos_ == "NOUN":
        return [owner]
    return [c for c in owner.children if c.dep_ in ("dobj", "nsubj") and c.pos_ == "NOUN"]
