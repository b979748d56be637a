"""Places that come from who acts rather than from a locative phrase.

A state acting at home ("Belarus has freed 52 prisoners"), or reporting ("Romania
confirmed another outbreak", "Vietnamese authorities announced three deaths", "according
to Kenya's health ministry"); "over its territory" (the country "its" refers to); a
local authority ("police in Lagos arrested"); the subject's own place ("two children in
Baghdad have died"); where people were sent away from ("expelled from Angola"); and a
sentence that points back ("there", "the attack occurred") to the sentence before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geobrief.story.clauses import clause_verb
from geobrief.story.local_agents import LOCAL_AGENTS, NEWS, named_by
from geobrief.story.located import Located
from geobrief.story.phrases import best_place, locative_place, phrase_places
from geobrief.story.there import there_place
from geobrief.story.word_roles import agents, cited

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# Acts whose adjective or subject names who acted, not where: "Russian drones attacked".
AGENT_TYPES = frozenset("attack invasion shoot-down raid visit talks meeting exercise".split())
_OWN_GROUND = frozenset("territory soil airspace land waters border borders coast skies".split())
_AT_HOME = frozenset(
    "release election arrest exercise closure inauguration pardon expulsion court cull test "
    "launch seizure emergency evacuation ban vaccination quarantine commutation decision "
    "advisory purchase hiring appointment".split()
)
# "California has confirmed 13 cases": a state or town reports what happens within it.
_REPORTED = frozenset({"outbreak", "infection", "death", "hospitalization"})
_REPORT_VERBS = frozenset(
    "confirm report record register detect identify announce have see log count".split()
)
_TOLL_VERBS = frozenset({"raise", "put", "revise", "update"})  # "raised the death toll to 31"
# Who reports for a place: "Ghanaian health officials", "the health ministry of Jordan".
_AUTHORITIES = LOCAL_AGENTS | {"official", "authority", "service", "institute", "centre",
                                "center", "spokesman", "spokeswoman", "spokesperson"}
# "Most of Kenya is suffering from drought": who suffers a hazard is where it is.
_SUFFERED = frozenset({"disaster", "outbreak", "war", "famine", "outage", "fire"})
_SUFFERS = frozenset("suffer experience endure face battle fight grapple reel struggle".split())
# "Accra hosted the summit": the host is where it happened.
_HOSTS = frozenset({"host", "welcome"})
# Those whose home a disaster struck: "residents of Padang fled after the quake".
_RESIDENTS = frozenset("resident inhabitant villager homeowner household".split())
# Works and landforms that stand where they are: "Guatemala's Fuego volcano erupted".
_SITES = frozenset("volcano dam mine bridge reactor levee embankment glacier".split())


def home_place(sentence: Sentence, trigger: Token, kind: str) -> Located | None:
    """A place that does at home what the trigger says ("Belarus has freed 52
    prisoners", "NSW extended its ban"), reports it ("California has confirmed 13
    cases", "the province of Masvingo reported cases", "cases were reported from Hong
    Kong"), suffers it ("most of Kenya is suffering from drought") or hosts it: the
    subject of its verb (or the place "which" stands for: "travelled from India, which
    banned ...") or of the verb that reports it; only a country otherwise ("Haiti held
    elections"); never for an act whose subject is who acted elsewhere (an attack, a
    visit), nor for one the verb only follows ("Australia sends police after riots")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following", "amid"):
        return None
    verb = clause_verb(trigger)
    if kind in AGENT_TYPES and verb.lemma_.lower() not in _HOSTS:
        return None
    for _ in range(3):
        lemma = verb.lemma_.lower()
        told = (kind in _REPORTED and _reports(verb, trigger)) or (
            kind in _SUFFERED and lemma in _SUFFERS)
        anywhere = told or lemma in _HOSTS or kind in _AT_HOME
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "from India, which recently banned ...": not "Peruvians who"
        if subject is None and told:  # "20 cases were confirmed by the Peruvian ministry"
            subject = next(iter(agents(verb)), None)
        if subject is not None and (kind in _AT_HOME or verb != trigger):
            found = sentence.place_of(subject)
            if found is None and told:
                found = _reporter_place(sentence, subject)
            if found is not None and (found.place.kind == "country" or anywhere):
                return found
        source = next(iter(cited(verb)), None) if kind in _REPORTED else None
        if source is not None and source.lemma_.lower() in _AUTHORITIES:
            found = _reporter_place(sentence, source)
            if found is not None:
                return found
        if told and _reports(verb, trigger):
            found = _reported_from(sentence, verb) or _opened_with(sentence, verb)
            if found is not None:
                return found
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _reports(verb: Token, trigger: Token) -> bool:
    """A verb that reports a count: "confirmed 13 cases", "raised the death toll", or an
    authority's word on a count: "Malawi's health ministry said cases had risen to 412"
    (not on one person's fate: "an Egyptian official said two crew drowned" at sea)."""
    lemma = verb.lemma_.lower()
    said = lemma in ("say", "announce", "state") and trigger.pos_ == "NOUN" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _AUTHORITIES for c in verb.children)
    return said or lemma in _REPORT_VERBS or (
        lemma in _TOLL_VERBS and trigger.lemma_.lower() == "toll")


def _reporter_place(sentence: Sentence, reporter: Token) -> Located | None:
    """The place a reporter names: "the province of Masvingo", "Kenya's health
    ministry", and an authority's adjective ("Ghanaian health officials", "the Philippine
    health department")."""
    if any(c.lower_ in NEWS for c in reporter.children):  # "the Russian News Agency"
        return None
    found = best_place(sentence, phrase_places(sentence, reporter))
    if found is not None or reporter.lemma_.lower() not in _AUTHORITIES:
        return found
    return named_by(sentence, reporter)


def _reported_from(sentence: Sentence, verb: Token) -> Located | None:
    """"cases were confirmed in bulletins from Macau": where a report came from."""
    for token in verb.subtree:
        if token.dep_ == "prep" and token.lower_ == "from":
            found = best_place(sentence, phrase_places(sentence, token, stop=frozenset()))
            if found is not None:
                return found
    return None


def _opened_with(sentence: Sentence, verb: Token) -> Located | None:
    """"In Kaduna, the state health ministry announced that ...": the place a report
    opens with, before its subject, is where what it reports happened."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subject is None else best_place(sentence, [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < subject.i
        for p in phrase_places(sentence, c)])


def pointed_place(text: str, before: Sentence, trigger: Token, own: Sentence) -> Located | None:
    """The place of the sentence before that the trigger's clause points back to: by
    "there" (``story.there``), or as a happening the sentence before told, named again to
    say how it happened ("four medics in Darfur were shot dead. The ambush took place on a
    stretch of road ..."), where it is not someone's origin ("Olsen, 64, of Bemidji,
    died ... The collision happened at a junction"). None when it points nowhere. ("In the
    capital" alone is left unplaced: measured, it misplaced more happenings than it
    placed.)"""
    if _happened_again(trigger):
        return best_place(before, [p for p in before.places if ORIGIN.search(
            text, max(0, p.mention.start - 6), p.mention.start) is None])
    return there_place(before, trigger, own)


# "a driver, 64, of Kitale", "a firm from Nakuru": a place told as someone's origin.
ORIGIN = re.compile(r"\b(?:of|from)\s+$")


def _happened_again(trigger: Token) -> bool:
    """"The attack occurred", "the explosion took place", "this outbreak happened": a
    definite happening, subject of a verb that only says it happened."""
    verb = trigger.head
    lemma = verb.lemma_.lower()
    return (
        trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj"
        and not any(c.tag_ == "MD" for c in verb.children)  # "could have happened"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
        and (lemma in ("occur", "happen") or (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)))
    )


def own_ground(sentence: Sentence, trigger: Token) -> Located | None:
    """"over its territory": the country the possessive refers to, the clause's subject."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for token in verb.subtree:
        if token.lemma_.lower() in _OWN_GROUND and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children
        ):
            return _subject_country(sentence, verb)
    return None


def _subject_country(sentence: Sentence, verb: Token) -> Located | None:
    while True:
        for child in verb.children:
            if child.dep_ == "nsubj":
                found = sentence.place_of(child)
                if found is not None and found.place.kind == "country":
                    return found
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head != verb:
            verb = verb.head
            continue
        return None


def subject_locative(sentence: Sentence, trigger: Token, *, homes: bool = False) -> Located | None:
    """"two children in Baghdad have died", "people held in Belarusian jails were set
    free": the subject's own locative phrase, or that of the clause describing it; for
    a happening after or by which its subject acted, that verb's subject ("people in
    Padang fled after the quake"). ``homes``: the place of residents too, for a
    happening that strikes where people live ("residents of Padang fled their homes
    after the quake"). A work or landform that did it stands where its owner is
    ("Guatemala's Fuego volcano erupted", "a Kenyan dam burst")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.lower_ == "to" and trigger.dep_ == "pobj":  # "voters in Senegal went to the polls"
        verb = verb.head
    elif trigger.dep_ == "pobj" and verb.dep_ in ("prep", "agent") and verb.head.pos_ == "VERB":
        verb = verb.head  # "people in Padang fled after the quake", "were left homeless by"
    for child in [*verb.children, *raised_subjects(verb)]:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        holders = [child, *(c for c in child.children if c.dep_ == "acl")]
        for holder in holders:
            found = locative_place(sentence, holder)
            if found is not None:
                return found
        if homes and child.lemma_.lower() in _RESIDENTS:
            found = best_place(sentence, [p for c in child.children if c.dep_ == "prep"
                                          and c.lower_ == "of" for p in phrase_places(
                                              sentence, c, stop=frozenset())])
            if found is not None and found.mention.form != "adjective":
                return found
        if child.lemma_.lower() in _SITES:  # "Guatemala's Fuego volcano erupted"
            return best_place(sentence, [p for c in child.children if c.dep_ in (
                "poss", "compound", "amod") if (p := sentence.place_of(c)) is not None])
    return None


def raised_subjects(verb: Token) -> list[Token]:
    """The subject a verb with none of its own takes from the verb it completes: "a woman
    in Lyon has been found to be infected", "4,000 pigs at a farm near Cebu are to be
    culled" (the woman, the pigs); not an object's ("police asked residents in Suva to
    leave": the residents leave, told as the object). A thing had done takes the one
    who had it done: "a farm in Gelderland had 5,000 turkeys culled" (the farm)."""
    had = verb.head if verb.dep_ == "ccomp" else verb.head.head  # parsed either way
    if verb.tag_ == "VBN" and had.lemma_.lower() == "have" and (
            verb.dep_ == "ccomp" or (verb.dep_, verb.head.dep_) == ("acl", "dobj")):
        return [c for c in had.children if c.dep_ == "nsubj"]
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if any(c.dep_ == "dobj" for c in verb.head.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def from_place(sentence: Sentence, trigger: Token) -> Located | None:
    """"expelled from Angola", "the expulsion of Congolese from Angola", "lifted off
    from Baikonur": where one is sent away from is where the expulsion happened."""
    holders = [trigger, *(g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj")]
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "prep" and child.lower_ == "from":
            found = best_place(sentence, phrase_places(sentence, child, stop=frozenset()))
            if found is not None and found.mention.form != "adjective":
                return found
    return None


def hosts_place(sentence: Sentence, trigger: Token) -> Located | None:
    """"talks with his Cypriot hosts", "met their Chinese hosts": a meeting with its
    hosts is in the hosts' place."""
    verb = trigger.head if trigger.pos_ != "VERB" and trigger.head.pos_ == "VERB" else trigger
    for token in sorted({*trigger.subtree, *verb.subtree}, key=lambda t: t.i):
        if token.lemma_.lower() == "host" and token.pos_ == "NOUN":
            words = [c for c in token.children if c.dep_ in ("amod", "compound", "poss")]
            found = best_place(sentence, [p for p in map(sentence.place_of, words) if p])
            if found is not None:
                return found
    return None
