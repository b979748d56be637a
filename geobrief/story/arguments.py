"""Where a happening took place: the place in its locative argument.

The place is read from the parse, in this order, and is never an origin ("a tourist
from Spain"), an agent's nationality ("Russian drones") or who acted ("Poland shot
down ..."):

1. a locative phrase of the trigger ("in Bali", "at a market in Kano", "off Crete",
   "in Kenya's capital, Nairobi"), or of the noun it qualifies, or of a relative clause
   that tells it ("an outbreak of cholera that began in Lusaka"), or where what it
   befell lay ("the deaths of 40 dogs found in a park in Bangkok"), or where a copula
   puts it ("half of the cases were in Texas");
2. a place that modifies a noun trigger ("the Bali bombing", "Haitian elections",
   "Syria's civil war"), or its "of" object for a taking of ground ("invasion of
   Ukraine");
3. a place the verb acts on ("invaded Ukraine", "visited Nairobi", "hit Haiti"), or the
   ground it took control of ("took control of a base in the town of Bunia");
4. for a noun trigger, the locative phrase or object of the verb it is subject, object
   or agent of ("an earthquake struck Japan", "held elections in Peru", "a Leeds
   warehouse was destroyed by fire"), or of the verb its phrase attaches to ("injured in
   the blast in Bali"; a trip's goal for its purpose: "flew to Geneva for talks"), or where
   that verb's participle says it did harm ("rain led to floods, destroying homes in Sylhet");
5. "over its territory": the country "its" refers to, the clause's subject; for a
   shoot-down, the country whose air defences acted ("Latvia's air defences");
6. a locative phrase of a local authority that acted ("police in Lagos arrested");
7. a country acting at home, or a place reporting what happens in it ("Belarus has
   freed 52 prisoners", "California has confirmed 13 cases", "Ghanaian health officials
   raised the death toll", "Accra hosted the talks");
8. the place of the clause it is joined to ("found them in Durban, but during the
   struggle an officer was shot");
9. a locative phrase anywhere in the trigger's clause;
10. for a disease, whose people it struck (``story.sufferers``: "a Leeds boy tested
    positive", "the virus killed three Cambodian villagers").

Among the places of one phrase, the most specific wins: a town before its region, a
region before its country ("in Springfield, Illinois" is Springfield).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from geobrief.story.actors import (
    AGENT_TYPES,
    from_place,
    home_place,
    hosts_place,
    own_ground,
    subject_locative,
)
from geobrief.story.advisories import advised_place
from geobrief.story.circumstances import when_clause
from geobrief.story.clauses import (
    clause_locative,
    clause_verb,
    conjuncts,
    copula_place,
    effect_places,
    joined_clause,
    main_clause,
    patient_place,
    relative_place,
    where_clause,
)
from geobrief.story.decisions import COURT, bench_place
from geobrief.story.disease_spread import found_disease
from geobrief.story.gerunds import LIGHT_VERBS
from geobrief.story.lab_tests import lab_place
from geobrief.story.local_agents import local_agent, telling_police
from geobrief.story.located import TOWNS, Located
from geobrief.story.object_places import (
    TAKING_GROUND,
    a_victims_name,
    acts_on_ground,
    barred_place,
    by_happening,
    control_taken,
    modifier_place,
    object_place,
    struck_as_told,
    struck_ground,
    takeoff_place,
)
from geobrief.story.phrases import locative_place
from geobrief.story.recalls import recaller_place
from geobrief.story.reported import report_setting
from geobrief.story.roles import says_who
from geobrief.story.scenes import scene_place
from geobrief.story.suffered import sufferer_site
from geobrief.story.sufferers import sufferer_country, sufferer_town
from geobrief.story.word_roles import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence


# "talks between the U.S. envoys and the Belarusian government": who met, not where.
_BETWEEN_PARTIES = frozenset({"talks", "meeting"})
# Happenings whose adjective says who acted or gave: "Israeli offensive", "Greek aid".
_BY_ADJECTIVE = AGENT_TYPES | {"aid"}
_LEFT_PLACE = frozenset({"expulsion", "evacuation", "escape", "release", "launch", "kidnapping",
                         "theft", "robbery", "burglary"})  # "a car stolen from Decatur"
# Happenings at their goal: "a visit to Rome", "deployed to Kandahar", "aid delivered to Goma".
_AT_GOAL = frozenset({"visit", "deployment", "hospitalization", "pilgrimage", "aid", "protest"})
# "the outbreak was found in Hohhot": verbs that place a happening told before.
_PLACING = frozenset("occur happen take find detect confirm report break start begin "
                     "erupt spread record hit strike".split())
# "Latvia's air defences shot down two drones": a country's defences act over its own ground.
_DEFENCES = frozenset({"defence", "defense", "defences", "defenses"})
# "flew to Geneva for talks": the purpose of a trip happens at its goal.
_TRIPS = frozenset("travel fly go come head return journey sail drive rush".split())
# "Looting spread to Durban": a happening that spreads happens at its goal.
_SPREADING = frozenset({"spread", "extend"})
# "The outbreak may have reached Kenya": where a hedged spread goes is a fear, not a place.
_REACHING = _SPREADING | {"reach"}
# A happening in one's own body befalls one at home; not a death ("an Ohio man drowned").
_IN_THE_BODY = frozenset({"infection"})
# Verbs that tell a count was reported somewhere ("cases of measles confirmed in Kano").
_REPORTED = frozenset({"report", "confirm", "record", "register", "document", "log"})


def event_place(
    sentence: Sentence, trigger: Token, kind: str, *, own_only: bool = False
) -> Located | None:
    """The place of the happening ``trigger`` reports, or None. ``own_only``: only a
    place the trigger's own phrase names (for "the attack", which may be one told
    before)."""
    if trigger.dep_ == "compound" or (trigger.dep_, trigger.head.lower_) == ("appos", "magnitude"):
        trigger = trigger.head  # "Cyclone Winston", "a magnitude 6.1 quake": the head's role
    # where a quake was felt is where people were: "tremors were felt in Kabul and as far
    # away as Islamabad" places nothing but what the tremors' own phrase says
    own_only = own_only or (trigger.head.lemma_.lower() == "feel" and trigger.dep_ in (
        "nsubjpass", "dobj"))
    places = (p for p in _argument_places(sentence, trigger, own_only, kind)  # not "based in X"
              if p is None or kind == "recall" or not (
                  says_who(sentence, p, speakers=False) or a_victims_name(sentence, p)))
    for found in places:
        if found is not None and found.place.kind == "country":
            # "Cases in Mexico were found in Jalisco": the most specific
            return next((p for p in places if p is not None and p.place.kind != "country"
                         and p.place.country == found.place.country), found)
        if found is not None and not found.place.country:
            # "landed in Normandy during the invasion of Europe": a continent gives way
            return next((p for p in places if p is not None and p.place.country), found)
        if found is not None:
            return found
    return None


def _argument_places(
    sentence: Sentence, trigger: Token, own_only: bool, kind: str
) -> Iterator[Located | None]:
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in TAKING_GROUND:
        # "captured the town of Uvira on the shore of Lake Tanganyika": the town taken
        yield object_place(sentence, trigger, adjectives=False)
    yield lab_place(sentence, trigger) if kind == "test" else None  # "a lab in Lusaka"
    if (taken := control_taken(sentence, trigger)) is not None:  # "took control of a base"
        yield sentence.place_of(taken) or locative_place(sentence, taken, static=True)
    yield locative_place(
        sentence, trigger, targets=kind in AGENT_TYPES, parties=kind in _BETWEEN_PARTIES,
        goals=kind in _AT_GOAL or found_disease(trigger, kind),  # "spread to Chile"
        static=kind == COURT,  # "dismissed a lawsuit over a raid in Mombasa": what about
    )
    yield recaller_place(sentence, trigger) if kind == "recall" else None  # "a Lima firm"
    if trigger.pos_ in ("NOUN", "PROPN"):  # "cases reported in Zambia", "a rally held in"
        for told in _told_of(trigger):
            yield locative_place(sentence, told, static=True)
        yield relative_place(sentence, trigger)  # "an outbreak that began in Peru"
        yield struck_ground(sentence, trigger)  # "the earthquake that struck Haiti"
    if not own_only:  # "..., where schools were closed in Mangaluru"; not "into Burundi,
        yield where_clause(sentence, trigger)  # where ... since the fighting began"
    yield patient_place(sentence, trigger)  # "the deaths of flamingos found at Nakuru"
    if kind in _BETWEEN_PARTIES or kind == "visit":
        yield hosts_place(sentence, trigger)  # "talks with his Egyptian hosts"
    if kind == "ban":
        yield barred_place(sentence, trigger)
    yield advised_place(sentence, trigger) if kind == "advisory" else None  # "issued for"
    if trigger.pos_ in ("NOUN", "PROPN"):
        yield modifier_place(sentence, trigger, adjectives=kind not in _BY_ADJECTIVE,
                             chains=kind not in _BETWEEN_PARTIES)
        yield bench_place(sentence, trigger) if kind == COURT else None  # "a Supreme Court ruling"
        yield copula_place(sentence, trigger, homes=kind in ("outbreak", "infection"))
        yield scene_place(sentence, trigger)  # "Kisumu was the scene of violent protests"
        if kind in _LEFT_PLACE:
            yield from_place(sentence, trigger)
        if own_only:
            if trigger.head.lemma_.lower() in _PLACING:
                yield from _through_head(sentence, trigger, goals=kind in _AT_GOAL)
            return
        yield from _through_head(sentence, trigger, goals=kind in _AT_GOAL)
    else:
        yield own_ground(sentence, trigger)
        yield object_place(sentence, trigger, adjectives=kind not in AGENT_TYPES)
        yield sufferer_site(sentence, trigger)  # "a Leeds warehouse burned"
        for partner in conjuncts(trigger):
            yield locative_place(sentence, partner, static=True)
        for partner in _participles(trigger):  # "attacked a train, taking hostages near Sibi"
            yield locative_place(sentence, partner, static=True)
    yield own_ground(sentence, trigger)
    yield _defended_ground(sentence, trigger, kind)
    yield main_clause(sentence, trigger)
    yield report_setting(sentence, clause_verb(trigger))  # "In Kashmir, officials say ..."
    yield when_clause(sentence, trigger)  # "were killed when gunmen stormed a village in X"
    yield local_agent(sentence, trigger, adjectives=kind not in AGENT_TYPES)
    if (verb := clause_verb(trigger)).dep_ == "advcl" and any(
            c.dep_ == "mark" for c in verb.children):  # "officials in Lusaka warned after
        yield local_agent(sentence, verb.head)  # cholera killed 40", as "after an outbreak"
    if trigger.dep_ in ("acl", "relcl"):  # "police in Lagos fired at people protesting"
        yield local_agent(sentence, clause_verb(trigger.head))
    if kind not in AGENT_TYPES or struck_as_told(trigger) or by_happening(trigger):
        yield subject_locative(  # the target: "a school in Gaza was hit"
            sentence, trigger, homes=kind == "disaster")
    if kind in _LEFT_PLACE:
        yield from_place(sentence, trigger)
    if kind == "crash":  # "crashed shortly after take-off from Ahmedabad"
        yield takeoff_place(sentence, trigger)
    yield joined_clause(sentence, trigger)  # "found them in X, but ... was stabbed"
    if not own_only:
        yield home_place(sentence, trigger, kind)
    yield clause_locative(sentence, trigger, court=kind if kind == COURT else "")
    yield telling_police(sentence, trigger, adjectives=kind not in AGENT_TYPES)
    if kind in _IN_THE_BODY:
        yield sufferer_town(sentence, trigger)
    if kind == "arrest" and any(c.dep_ == "nsubjpass" for c in trigger.children):
        # "a Regina man was arrested": in local news, in his town; "a Louisiana man"
        # names the state he came from
        yield sufferer_town(sentence, trigger, kinds=TOWNS)
    yield sufferer_country(sentence, trigger, kind)  # "killed two Cambodian villagers"


def _told_of(noun: Token) -> list[Token]:
    """The participles that say where the noun was told: its own ("cases reported in
    Zambia"), or a report's hung on its "of" object by the parser ("cases of cholera
    reported in Zambia"; not "cases of a virus first identified in Wuhan")."""
    kinds = prep_objects(noun, "of")
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"] + [
        c for g in kinds for c in g.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _REPORTED]


def _defended_ground(sentence: Sentence, trigger: Token, kind: str) -> Located | None:
    """"Latvia's air defences shot down two drones", "Latvian air defence intercepted a
    drone": a shoot-down by a country's defences happens over that country."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if kind != "shoot-down" or subject is None:
        return None
    words = [subject, *(c for c in subject.children if c.dep_ in ("poss", "amod", "compound"))]
    if not any(t.lemma_.lower() in _DEFENCES or t.lower_ in _DEFENCES for t in words):
        return None
    owners = [p for p in map(sentence.place_of, words) if p is not None]
    return next((p for p in owners if p.place.kind == "country"), None)


def _participles(verb: Token) -> list[Token]:
    """What the happening did as it went on, told by a participle: "attacked a train,
    taking more than 100 passengers hostage near Sibi"."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]


def _through_head(
    sentence: Sentence, noun: Token, *, goals: bool
) -> Iterator[Located | None]:
    """The verb the noun is subject or object of, or whose phrase holds it; ``goals``:
    its goal too ("marchers went to the Hartford office of ...")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "agent":  # "destroyed by fire": as "fire destroyed"
        noun, head = head, head.head
    if noun.dep_ == "ROOT":  # "Violence flared in Mogadishu", "A tornado hit Dayton, Ohio",
        for verb in (c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1):
            if verb.lemma_.lower() in LIGHT_VERBS:  # each read as a noun phrase
                yield locative_place(sentence, verb, goals=verb.lemma_.lower() in _SPREADING)
            if acts_on_ground(verb):
                yield object_place(sentence, verb)
    if noun.dep_ == "conj":
        yield locative_place(sentence, head)
        head = head.head
    hedged = any(c.tag_ == "MD" for c in head.children)  # "may have spread"
    if noun.dep_ == "nsubj" and hedged and head.lemma_.lower() in _REACHING:
        return
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "agent") and head.pos_ in (
            "VERB", "AUX"):
        goals = goals or (noun.dep_ == "nsubj" and head.lemma_.lower() in _SPREADING
                          and not hedged)
        yield locative_place(sentence, head, goals=goals)
        if acts_on_ground(head):  # "the Russian embassy was damaged by a blast": Russia's
            yield object_place(sentence, head, adjectives=noun.dep_ != "agent")
        for partner in conjuncts(head):
            yield locative_place(sentence, partner, static=not goals, goals=goals)
        yield from effect_places(sentence, head)  # "floods hit, causing damage in Sindh"
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        trip = head.lower_ == "for" and head.head.lemma_.lower() in _TRIPS
        yield locative_place(sentence, head.head, goals=trip)  # "flew to Minsk for talks"
        yield from effect_places(sentence, head.head)  # "led to flooding, causing damage in"


