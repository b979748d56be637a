"""Places a happening's own words name, rather than a locative phrase: a place that
modifies a noun trigger ("the Bali bombing", "Haitian elections", "invasion of
Ukraine"), a place the verb acts on ("invaded Ukraine", "hit the port of Hodeidah"), and
the place one is barred from leaving or entering. Used by ``story.arguments``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.homes import DWELLINGS
from geobrief.story.located import TOWNS
from geobrief.story.movers import PEOPLE
from geobrief.story.phrases import best_place, locative_place, phrase_places
from geobrief.story.sitting_bodies import is_local_body, own_places
from geobrief.story.suffered import struck_by_happening
from geobrief.story.word_roles import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# Verbs of taking ground ("captured the town of Uvira"): the place taken is where it
# happened, before any phrase.
TAKING_GROUND = frozenset("capture seize storm overrun retake recapture besiege occupy".split())
# "took control of a military base", "seized control of Bunia": ground taken by force
# (not "took control of the company", "gained control of the Senate").
_CONTROL_VERBS = frozenset("take seize gain wrest grab assume".split())
_GROUND = frozenset(
    "base town city village airport airfield territory area region district province "
    "border crossing port harbour harbor barracks garrison outpost checkpoint camp "
    "palace compound oilfield refinery bridge highway road hill valley island".split()
)
# What people keep at home or near it: "a Dayton woman's car was stolen".
_PROPERTY = frozenset({*DWELLINGS, *"car truck van vehicle business store shop garage barn "
                       "farm property boat office".split()})
_TAKES_GROUND = frozenset({"invasion", "occupation", "annexation", "bombing", "shelling",
                           "siege", "attack", "liberation", "evacuation", "flooding"})


def barred_place(sentence: Sentence, trigger: Token) -> Located | None:
    """"forbade him from leaving Havana", "was blocked from entering Israel": the place
    one may not leave or enter."""
    for child in trigger.children:
        if child.dep_ != "prep" or child.lower_ != "from":
            continue
        for verb in (g for g in child.children if g.dep_ == "pcomp"):
            place = next((sentence.place_of(g) for g in verb.children if g.dep_ == "dobj"
                          and sentence.place_of(g) is not None), None)
            if place is not None:
                return place
            found = locative_place(sentence, verb, goals=True)
            if found is not None:
                return found
    return None


def modifier_place(
    sentence: Sentence, noun: Token, *, adjectives: bool, chains: bool = True
) -> Located | None:
    """"the Bali bombing", "Haitian elections", "Syria's war", "invasion of Ukraine",
    "the Haitian cholera outbreak" (on the compound before it), "the Ballarat City
    Council meeting" (``_body_towns``); with ``chains``, a name right before that
    compound ("a Macon apartment fire"; not "Gaza ceasefire talks", held elsewhere);
    not ``adjectives`` for an act whose adjective names who acted ("Israeli offensive")."""
    modifiers = ("compound", "amod", "poss", "nmod")
    words = [c for c in noun.children if c.dep_ in modifiers]
    words += [g for c in words if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"
              or (chains and g.dep_ in ("compound", "poss") and c.pos_ == "NOUN" and all(
                  t.pos_ == "NOUN" for t in noun.doc[g.i + 1:c.i]))]  # "a Macon apartment
    # fire", "a Kyoto anime studio fire"; not "a Manchester United team bus attack"
    places = [sentence.place_of(c) for c in words] + _body_towns(sentence, noun, words)
    places = [p for p in places if p is not None and (adjectives or p.mention.form == "name")]
    if not adjectives:
        places = [p for p in places if p.place.kind != "country"]
    found = best_place(sentence, places)
    if found is not None:
        return found
    if noun.lemma_.lower() in _TAKES_GROUND:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return best_place(sentence, phrase_places(sentence, child))
    return None


def _body_towns(sentence: Sentence, noun: Token, words: list[Token]) -> list[Located]:
    """"the Ballarat City Council meeting", "Dunedin City Council's session", "the Walker
    County Commissioners Court's vote": what a local body does in one sitting is in the
    town or county its name carries (``story.sitting_bodies.own_places``); not a
    country's ("the Libya sanctions committee"), nor "Bloomfield Town Council meetings",
    the body's habit."""
    if noun.tag_ != "NN":
        return []
    bodies = [c for c in words if c.dep_ in ("compound", "poss")
              and any(is_local_body(t) for t in c.subtree)]
    return [p for c in bodies for p in own_places(sentence, c)]


def object_place(sentence: Sentence, verb: Token, *, adjectives: bool = True) -> Located | None:
    """A place the verb acts on: "invaded Ukraine", "hit Haiti", "flooded Lebanese
    farmland", "Haitian elections were held"; not ``adjectives`` where they name who
    acted ("Russian drones were shot down"), nor an adjective of people ("a French aid
    worker was released": whose worker, not where); not whom one hired or appointed ("a
    firm of Lexington, South Carolina has been hired")."""
    if verb.lemma_.lower() in _ENGAGES:
        return None
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass", "npadvmod"):
            continue
        dep = child.dep_
        if dep == "nsubjpass":  # "all of Malawi's district hospitals were shut": the hospitals
            child = whole_of(child)
        found = sentence.place_of(child)
        # "visits Georgia", misparsed; not "deported 10,000 Haitians": people, not a place;
        # "her home was burglarized": the home told before (``story.homes``)
        lemma = verb.lemma_.lower()  # "Melbourne was hit by a storm": the ground struck
        passive_home = dep == "nsubjpass" and (child.lower_ in DWELLINGS or lemma in _CLOSING or (
            lemma in _STRIKING and struck_by_happening(verb)))
        if found is not None and (dep != "nsubjpass" or passive_home) and (
                found.mention.form != "adjective") and not _done_to_people(verb, dep):
            return found
        if dep == "npadvmod":
            continue
        if child.lemma_.lower() in PEOPLE:  # "escaped Indiana inmates": whose, not where
            continue
        modifiers = [sentence.place_of(m) for m in child.children
                     if m.dep_ in ("amod", "compound", "poss")]
        modifiers = [m for m in modifiers
                     if m is not None and (adjectives or m.mention.form == "name")]
        modifiers += _owners_town(sentence, child)
        if dep == "dobj":  # "hit the port of Hodeidah", "shelled the outskirts of"
            modifiers += [p for prep in child.children if prep.dep_ == "prep"
                          and prep.lower_ == "of" for p in phrase_places(sentence, prep)
                          if p.mention.form == "name"]
        found = best_place(sentence, modifiers)
        if found is not None:
            return found
    return None


# Verbs whose object is someone taken on, wherever they are from.
_ENGAGES = frozenset({"hire", "appoint", "employ", "recruit"})
# Verbs of shutting ground, whose passive subject is the ground shut: "Randwick has been
# locked down", "Gaza was sealed off", "the town was quarantined".
_CLOSING = frozenset("lock seal close shut quarantine cordon blockade isolate".split())
# Verbs done to people, whose object a town's name is a person's ("charged with killing
# Welch", "stabbed Lincoln"), where "shelled Kharkiv" and "hit Haiti" act on ground.
_TO_PEOPLE = frozenset("kill murder slay stab strangle rape kidnap abduct behead "
                       "execute wound injure".split())


def a_victims_name(sentence: Sentence, pair: Located) -> bool:
    """The place's name is someone's the sentence kills or stabs ("had stolen property
    from Welch and had stabbed Welch"): a person there, wherever else it is told."""
    name = pair.mention.text
    return any(t.text == name and _done_to_people(t.head, t.dep_) for t in sentence.doc or ())


def _done_to_people(verb: Token, dep: str) -> bool:
    """The object of a verb done to people: a person, whatever place shares the name."""
    return dep == "dobj" and verb.lemma_.lower() in _TO_PEOPLE


# Words for a share of what an "of" phrase names: "all of", "most of", "11 of".
_SHARES = frozenset("all most many some half part much several none each both".split())


def whole_of(token: Token) -> Token:
    """What a share ("all of Malawi's district hospitals", "12 of Chile's 16 regions") is a
    share of, whose own words tell where it lies; else ``token`` itself."""
    if token.pos_ != "NUM" and token.lower_ not in _SHARES:
        return token
    return next(iter(prep_objects(token, "of")), token)


def _owners_town(sentence: Sentence, thing: Token) -> list[Located]:
    """"a Rochester man's home was burglarized", "a Dayton woman's car was stolen": the
    town of the person whose home or car it was, as local news names people by it (not
    "a Lancaster girl's body was found": where a body lies is told otherwise)."""
    if thing.lemma_.lower() not in _PROPERTY:
        return []
    return [
        place
        for owner in thing.children if owner.dep_ == "poss" and owner.lemma_.lower() in PEOPLE
        for word in owner.children if word.dep_ == "compound"
        if (place := sentence.place_of(word)) is not None
        and place.mention.form == "name" and place.place.kind in TOWNS
    ]


def control_taken(sentence: Sentence, verb: Token) -> Token | None:
    """"rebels took control of a military base", "seized control of Bunia": ground taken,
    an attack; the "of" object that is a place or a piece of ground, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONTROL_VERBS:
        return None
    control = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "control"),
                   None)
    if control is None:
        return None
    return next((  # the parser hangs "of" on "control" or on the verb
        taken
        for of in (*control.children, *verb.children) if of.dep_ == "prep" and of.lower_ == "of"
        for taken in of.children if taken.dep_ == "pobj" and (
            taken.lemma_.lower() in _GROUND or _named(sentence, taken))
    ), None)


def _named(sentence: Sentence, token: Token) -> bool:
    pair = sentence.place_of(token)
    return pair is not None and pair.mention.form != "adjective"


# Verbs of a happening striking ground: "the earthquake that struck Haiti".
_STRIKING = frozenset("hit strike rock devastate ravage sweep lash batter pound engulf "
                      "flatten inundate swamp jolt shake".split())
# Verbs whose object is where the happening their subject names took place: those of
# striking ("the quake hit Haiti"), and of harm, holding and finding ("the floods
# destroyed Sindh's crops", "Haitian elections were held").
_HAPPEN_VERBS = _STRIKING | frozenset(
    "affect destroy damage kill injure occur happen break erupt spread hold stage carry "
    "conduct report confirm record detect reach bury cripple paralyse paralyze".split()
)
# The states a happening leaves ground in: "left Havana without power", "left Kathmandu
# in ruins", "left much of Dhaka under water".
_LEFT_WITHOUT = frozenset({"without", "under"})
_LEFT_IN = frozenset("ruin rubble darkness shamble tatter chaos mourning shock".split())


def acts_on_ground(verb: Token) -> bool:
    """Whether the verb's object is the ground its subject happened on: a verb of
    striking or holding, or "leave" with a state ("the hurricane left Havana without
    power"; not "the storm left Havana and headed north", a departure)."""
    if verb.lemma_.lower() in _HAPPEN_VERBS:
        return True
    if verb.lemma_.lower() != "leave":
        return False
    held = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "left parts of X in"
    return any(c.dep_ == "prep" and (c.lower_ in _LEFT_WITHOUT or (c.lower_ == "in" and any(
        g.lemma_.lower() in _LEFT_IN for g in c.children if g.dep_ == "pobj")))
        for word in held for c in word.children)


def struck_ground(sentence: Sentence, noun: Token) -> Located | None:
    """"The earthquake that struck Haiti killed thousands", "a cyclone which hit Myanmar
    in May": the ground a relative clause says the happening struck (its object, or the
    place the parser made the subject of a clause hung on it: "struck Haiti killed").
    Only a told one, not "a storm that could hit Cuba"."""
    for verb in (c for c in noun.children if c.dep_ == "relcl"):
        if verb.lemma_.lower() not in _STRIKING or verb.tag_ not in ("VBD", "VBN") or not any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
            continue
        found = object_place(sentence, verb) or next(
            (sentence.place_of(g) for c in verb.children if c.dep_ == "ccomp"
             for g in c.children if g.dep_ == "nsubj" and g.i == verb.i + 1
             and sentence.place_of(g) is not None), None)
        if found is not None:
            return found
    return None


# What an aircraft does as it leaves: "crashed shortly after take-off from Ahmedabad".
_TAKE_OFF = frozenset({"off", "take-off", "takeoff", "departure", "depart", "leave"})


def takeoff_place(sentence: Sentence, trigger: Token) -> Located | None:
    """"crashed shortly after take-off from Ahmedabad", "after taking off from Juba",
    "minutes after leaving Kathmandu": a crash right after leaving a place is at that
    place."""
    for after in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "after"):
        for word in (t for t in after.subtree if t.lemma_.lower() in _TAKE_OFF):
            word = word.head if word.dep_ == "prt" else word  # "taking off from": on "taking"
            found = object_place(sentence, word) if word.lemma_.lower() == "leave" else None
            found = found or best_place(sentence, [p for c in word.children if c.dep_ == "prep"
                                                   and c.lower_ == "from"
                                                   for p in phrase_places(sentence, c)])
            if found is not None:
                return found
    return None


def struck_as_told(verb: Token) -> bool:
    """A passive told as done ("a school in Gaza was hit"), not a state ("the building in
    Marshall is fully occupied")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def by_happening(verb: Token) -> bool:
    """A happening does it ("a strike on a house in Khan Younis killed 11"): its phrase
    tells where it struck, where an attacker's would tell where they came from."""
    words = lexicon()
    return any(c.dep_ == "nsubj" and (words.noun_type(c.lower_, c.lemma_.lower())
                                      or c.lemma_.lower() in words.noun_needs)
               for c in verb.children)
