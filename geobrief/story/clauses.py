"""Places from the clause around a trigger rather than from its own phrases.

"his hometown of Lahore, where supporters rallied", "flew to Riyadh on his trip, where
he met" (a "where" clause); "In the capital, Makhachkala, police shot ..." (a locative
anywhere in the clause, outside its subject);
"students marched in Lima to protest", "activists went to Hartford to protest", "Tanks
rolled into Ukraine when Moscow launched its invasion" (a purpose or "when" clause takes
the main clause's place); "arrested and charged in X" (joined verbs share their phrases);
"the deaths of 40 dogs found in a park in Bangkok" (where what a happening befell lay);
"rain led to floods, destroying homes in Sylhet" (where a participle says it did harm).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from geobrief.story.charges import case_words
from geobrief.story.counted_with import counted_with
from geobrief.story.event_lexicon import lexicon
from geobrief.story.located import Located
from geobrief.story.phrases import LOCATIVE, best_place, locative_place, phrase_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# "on his trip, where", "during talks, where": an occasion, not a place
_OCCASIONS = frozenset({"on", "during", "for"})
# Participles that say where something lay: "birds found in", "cocaine hidden in".
_LYING = frozenset(
    "find locate place hide store keep hold leave park strand trap dump abandon".split()
)
# Participles of harm done: "causing damage in", "killing three in", "leaving ... in".
_HARM = frozenset("cause leave destroy damage kill injure wound displace strand flood "
                  "inundate submerge devastate".split())


def where_clause(sentence: Sentence, trigger: Token) -> Located | None:
    """"his hometown of Lahore, where supporters rallied": the place the "where" clause
    holding the trigger describes; a place the clause names itself is more exact
    ("crossed Luzon, where it set off landslides in Benguet province": Benguet)."""
    token = trigger
    for _ in range(4):
        where = next((c for c in token.children if c.lower_ == "where"), None)
        if where is not None and token.dep_ in ("relcl", "ccomp", "advcl"):
            found = (locative_place(sentence, token, static=True)
                     or _place_before(sentence, where) or _apposed(sentence, token.head))
            return found if found is not None or token.dep_ != "relcl" else _occasion_place(
                sentence, token.head)
        if token.head == token:
            return None
        token = token.head
    return None


def _apposed(sentence: Sentence, noun: Token) -> Located | None:
    """"Chad, a country where floods destroyed 3,000 homes": the place a noun stands in
    apposition to."""
    return sentence.place_of(noun.head) if noun.dep_ == "appos" else None


def _occasion_place(sentence: Sentence, occasion: Token) -> Located | None:
    """"flew to Riyadh on his first foreign trip, where he met ...": a "where" clause on
    an occasion that is no place is where the verb the occasion hangs on took place, or
    went to."""
    prep = occasion.head if occasion.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.lower_ in _OCCASIONS else None
    if verb is None or verb.pos_ != "VERB" or occasion.pos_ != "NOUN":  # not "on Monday"
        return None
    return locative_place(sentence, verb, goals=True)


def _place_before(sentence: Sentence, where: Token) -> Located | None:
    """The place named just before "where" ("Turkey, where ...", "the capital, where"),
    the most specific of its phrase ("her home town of Multan in Punjab, where": Multan)."""
    for back in range(1, 4):
        if where.i - back < 0:
            return None
        found = sentence.place_of(where.doc[where.i - back])
        if found is not None:
            return best_place(sentence, [found, *_phrase_around(sentence, found)])
    return None


def _phrase_around(sentence: Sentence, pair: Located) -> list[Located]:
    """The places of the noun phrase that holds a place: up through "of", "in" and
    apposition ("hometown of Lahore in Punjab")."""
    tokens = sentence.tokens_of(pair)
    if not tokens:
        return []
    top = tokens[0]
    while top.dep_ in ("pobj", "prep", "appos", "compound") and top.head != top:
        top = top.head
    return phrase_places(sentence, top)


# Verbs that only set a happening in time beside another: "the talks came a week after".
_RELATING = frozenset({"come", "follow", "precede"})
# People named by a happening they took part in: what the clause tells is theirs, later.
_PEOPLE_OF = frozenset(
    "leader victim survivor family relative organiser organizer suspect witness".split())


def clause_locative(sentence: Sentence, trigger: Token, *, court: str = "") -> Located | None:
    """A locative phrase anywhere in the trigger's clause ("In the capital, Makhachkala,
    police shot ..."), outside its subject and a noun trigger's own words ("a Georgia man's
    death"); not the case a ``court`` ruling is about (``story.charges.case_words``)."""
    verb = clause_verb(trigger)
    if trigger.head == verb and trigger.dep_ == "nsubj" and verb.lemma_.lower() in _RELATING:
        return None  # "the talks came a week after a shooting near Tegh": the shooting's
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and (
            trigger.head.head.lemma_.lower() in _PEOPLE_OF):
        return None  # "the leaders of the riot will be moved to a jail in Latacunga"
    about = case_words(verb, court) if court else set()
    about |= {t for c in trigger.lefts if c.dep_ == "poss" for t in c.subtree if t != c}
    for token in verb.subtree:
        locative = token.lower_ in LOCATIVE and token.lower_ not in ("between", "among")
        if token.dep_ == "prep" and locative and not _in_subject(token, verb):
            found = best_place(sentence, [p for p in phrase_places(sentence, token) if not (
                about and set(sentence.tokens_of(p)) & about)])
            if found is not None:
                return found
    return None


def _in_subject(token: Token, verb: Token) -> bool:
    """Outside the verb's own clause; a participle on its object is inside ("attacked a
    convoy carrying aid near Mopti", "searched for climbers missing in Svaneti") unless
    it tells a happening of its own ("escaped inmates captured in Nebraska")."""
    while token != verb and token.head != token:
        on_object = (token.dep_ == "acl" and _object_of(token.head, verb)
                     and token.lemma_.lower() not in lexicon().verbs)
        if token.dep_ in ("nsubj", "nsubjpass", "relcl", "acl", "ccomp", "advcl", "conj") and (
            not on_object
        ):
            return True
        token = token.head
    return False


def _object_of(noun: Token, verb: Token) -> bool:
    """``noun`` is the verb's object, or the object of its "for" ("searched for")."""
    if noun.dep_ == "dobj":
        return noun.head == verb
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head == verb


def main_clause(sentence: Sentence, trigger: Token) -> Located | None:
    """"Tanks rolled into Ukraine when Moscow launched its invasion", "students marched
    in Lima to protest", "drones struck Odesa's port, wounding three": a happening in a
    "when", purpose, participle or "with" clause takes the main clause's place."""
    verb = clause_verb(trigger)
    if verb.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in verb.children):
        return locative_place(sentence, verb.head)
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                for c in verb.children):
        # "gathered in Lima to protest", "travelled to Lima to protest"
        return locative_place(sentence, verb.head, goals=True)
    if participle_clause(verb):  # "drones struck warehouses in Odesa, wounding three"
        return locative_place(sentence, verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.pos_ == "VERB":
        return _absolute_place(sentence, verb.head.head)
    return None


def _absolute_place(sentence: Sentence, verb: Token) -> Located | None:
    """"Four people in Latvia fell ill with the strain, with one of them dying": where
    the clause the "with" phrase hangs on is, or its subject."""
    found = locative_place(sentence, verb, static=True)
    if found is not None:
        return found
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    places = [p for p in phrase_places(sentence, subject) if p.mention.form != "adjective"]
    return best_place(sentence, places)


def joined_clause(sentence: Sentence, verb: Token) -> Located | None:
    """"He found the men in Independence, but during the struggle the man was stabbed":
    a clause joined after one told at a place, with no place of its own, is at the
    place where that clause's verb was (not its subject's: "officials in Suva said")."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    if any(c.tag_ == "MD" for c in verb.children):
        return None
    return locative_place(sentence, verb.head, static=True)


def conjuncts(verb: Token) -> list[Token]:
    """Verbs joined to this one that share its phrases ("arrested and charged in X"); not
    a clause with a subject of its own ("officials in Suva said ..., and Samoa's
    government in Apia closed schools": the closing is not in Suva)."""
    partners = [c for c in verb.children
                if c.dep_ == "conj" and c.pos_ == "VERB" and not has_subject(c)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not has_subject(verb):
        partners.insert(0, verb.head)
    return partners


def has_subject(verb: Token) -> bool:
    """The verb has a subject of its own: its clause is not the one it is joined to."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def participle_clause(verb: Token) -> bool:
    """"..., wounding three": an adverbial "-ing" clause with no subject or mark of its
    own, which tells what the clause it hangs on did, there and then."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not has_subject(verb) and not any(
        c.dep_ == "mark" for c in verb.children)


def clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` is part of (``token`` itself, if a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def copula_place(sentence: Sentence, noun: Token, *, homes: bool = False) -> Located | None:
    """"The states with reported cases are Arizona, California and Ohio", "half of the
    illnesses were in Texas", "Ohio is second, with 61 cases" (``story.counted_with``): the
    place a copula says the subject holding the happening is; with ``homes`` (cases of a
    disease) also where they are from ("nine of the cholera cases were from Kisumu")."""
    verb = clause_verb(noun)
    if (counted := counted_with(sentence, noun)) is not None:
        return counted
    if verb.lemma_.lower() != "be" or not _in_subject(noun, verb):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is not None:
        return sentence.place_of(attr)
    if any(c.tag_ == "MD" for c in verb.children):  # "cases could be in Texas"
        return None
    found = locative_place(sentence, verb, static=True)
    if found is None and homes:
        found = best_place(sentence, [p for c in verb.children if c.dep_ == "prep"
                                      and c.lower_ == "from" for p in phrase_places(
                                          sentence, c, stop=frozenset())])
    return None if found is None or found.mention.form == "adjective" else found  # "in Filipinos"


def relative_place(sentence: Sentence, noun: Token) -> Located | None:
    """"an outbreak that began in Peru", "the fire which broke out at a mill in Lagos":
    where the relative clause whose subject the happening is says it was; not one of
    what may be ("a storm that could hit Cuba"), nor a state ("a bloom of algae
    that is visible along coasts such as the Algarve")."""
    nouns = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj")]  # "an outbreak of cholera that"
    for verb in (c for n in nouns for c in n.children if c.dep_ == "relcl"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("that", "which"):
            continue
        told = verb.tag_ in ("VBD", "VBN") or any(c.lower_ in ("has", "have", "had")
                                                  for c in verb.children if c.dep_ == "aux")
        if not told or verb.lemma_.lower() == "be":
            continue
        found = locative_place(sentence, verb, static=True)
        if found is not None:
            return found
    return None


def patient_place(sentence: Sentence, trigger: Token) -> Located | None:
    """Where what the happening befell lay, told by a participle of position on it:
    "the deaths of 300 flamingos found on the shores of Lake Nakuru", "recalled cheese
    that had gone on sale at a market situated in Lyon"; for a verb, also on what it
    was found in: "bird flu was found in geese kept on farms in Hebei"."""
    if trigger.pos_ == "VERB":
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        patients += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"]
    else:
        patients = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    for token in (t for patient in patients for t in patient.subtree):
        if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN" and (
            token.lemma_.lower() in _LYING
        ):
            found = locative_place(sentence, token, static=True)
            if found is not None:
                return found
    return None


def effect_places(sentence: Sentence, verb: Token) -> Iterator[Located | None]:
    """Where the clause's participles say its happening did harm: "rain led to flooding,
    destroying homes and causing heavy damage in the province of Kerala" (their objects'
    "of" phrases too: "a large amount of damage in Sindh")."""
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    participles += [g for c in participles for g in c.children
                    if g.dep_ == "conj" and g.tag_ == "VBG"]
    for participle in (p for p in participles if p.lemma_.lower() in _HARM):
        yield locative_place(sentence, participle, static=True)
        for obj in (c for c in participle.children if c.dep_ == "dobj"):
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                yield from (locative_place(sentence, g, static=True)
                            for g in of.children if g.dep_ == "pobj")
