"""Who moved: the token the parse names as the mover (:func:`mover`: the object of
"sent refugees", the subject of "was deported"), whether it is the weather, and the
phrase for it in words: "52 prisoners", "a U.S. led delegation", "the family".

A pronoun stands for the people counted before it in the sentence ("Belarus has freed
52 prisoners and they are on their way"); a phrase is cut before a relative clause and
kept short.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

MAX_WORDS = 6
PRONOUNS = frozenset(
    {"they", "he", "she", "it", "we", "those", "them", "him", "her", "i", "their", "his", "its"}
)
# Words that stand, like a pronoun, for movers told just before, not for new ones:
# "Thousands fled Kadugli. Many walked to Kosti", "Refugees crossed into Bangladesh. The
# group then moved to Cox's Bazar" ("many residents" is the noun's, not a stand-in).
STANDINS = frozenset("many most some several few all half both rest remainder group".split())
# "Dozens of them reached Lampedusa": a count of the people told before.
_COUNTS = frozenset("dozen hundred thousand score million".split())
# Nouns for people: a place that qualifies them says their nationality, origin or
# affiliation ("a French aid worker", "Indiana inmates", "Kenyan troops"), not where they
# were or where a happening to them took place.
PEOPLE = frozenset(
    "activist athlete boy businessman captive casualty child citizen civilian climber convict "
    "couple crew detainee diplomat doctor driver employee engineer evacuee expatriate family "
    "fan farmer fighter girl hiker idp patient survivor victim "
    "hostage immigrant inmate journalist man migrant militant missionary national nun nurse "
    "officer official passenger people person pilgrim pilot player priest prisoner rebel "
    "refugee reporter researcher resident sailor scientist soldier student suspect teacher "
    "teenager tourist traveler traveller troop volunteer voter woman worker pupil schoolgirl "
    "schoolboy schoolchild worshipper villager supporter".split()
)
# Bodies of people who act as one: "fled from Houston police".
_FORCES = frozenset("police authority force army military guard deputy agent sheriff".split())
# "52 prisoners of various nationalities", "hundreds of refugees".
_COUNTED = re.compile(
    r"\b(?:\d(?:[\d,.]*\d)?|dozens|hundreds|thousands|several|many)(?:\s+of)?"
    r"(?:\s+(?!(?:and|but|who|that|which|to|in|on|at|by|for|from|with|were|are|was|is|"
    r"had|has|have)\b)"
    r"[a-z][\w-]*){1,4}"
)
_CUT = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl"})
# Verbs whose object is what moves: "sent refugees into Chad", "deported him to Kenya".
CAUSATIVE = frozenset(
    "send deport evacuate transfer take bring smuggle ship transport carry escort airlift "
    "repatriate extradite expel fly drive move deploy dispatch export import return divert "
    "bus deliver put place load bundle herd cram".split()
)
# "took the ferry", "drove a truck": the object is how, not who.
VEHICLES = frozenset(
    "ferry bus train plane flight boat ship car truck taxi road route highway helicopter jet "
    "coach tram metro subway vehicle van motorcycle bike bicycle".split()
)
_WEATHER = frozenset(
    "front system storm rain snow cloud wind hurricane cyclone typhoon depression weather "
    "tornado blizzard monsoon flood water ash plume smoke wave tsunami lava floodwater mudslide "
    "landslide fire wildfire blaze flame quake earthquake tremor aftershock eruption drought "
    "heatwave".split()
) | frozenset(  # and a front line: "fighting reached El Obeid", "the war spread to Kivu"
    "fighting violence war conflict clash battle unrest insurgency shelling".split()
)
# Papers on their way through a procedure: "the budget now goes to the council", "the bill
# was sent to the Senate" (common nouns: not "Bill flew to Denver"); money sent to a body
# ("send donations to the Tensas Parish Fund", "checks may be mailed to").
_PAPERS = frozenset(
    "budget bill proposal measure legislation law motion resolution ordinance amendment "
    "petition application request matter report donation contribution check cheque "
    "payment".split()
)


def who_moved(token: Token | None) -> str:
    """The words for the mover ``token``; "" when the text does not plainly say."""
    if token is None or token.pos_ in ("ADP", "VERB") or token.tag_ in ("WDT", "WP"):
        return ""  # no mover, or "which", "who": the phrase it stands for is told elsewhere
    if token.lower_ in PRONOUNS:
        return _counted_before(token) or _speaker(token)
    words = _phrase(token)
    return " ".join(words.split()) if 0 < len(words.split()) <= MAX_WORDS else ""


def _phrase(token: Token) -> str:
    """The noun phrase of ``token`` as written: its left modifiers, itself and a short
    "of" phrase ("Fifty-two people", "52 prisoners of various nationalities")."""
    left = [t for t in token.lefts if t.dep_ not in _CUT]
    tokens = [t for child in left for t in child.subtree] + [token]
    of_phrase = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
    if of_phrase:
        tokens += list(of_phrase[0].subtree)
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    return token.doc[first : last + 1].text.strip(" ,;:\"'()")


def _counted_before(token: Token) -> str:
    """The last counted phrase before a pronoun in its sentence, if any."""
    before = token.doc.text[: token.idx]
    counted = list(_COUNTED.finditer(before))
    return counted[-1].group() if counted else ""


def _speaker(token: Token) -> str:
    """"Prime Minister James Marape said he would travel to Enga": "he" is the one named
    as saying it."""
    verb = token.head
    if token.lower_ not in ("he", "she") or token.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return ""
    said_by = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    words = _phrase(said_by) if said_by is not None and said_by.pos_ == "PROPN" else ""
    return " ".join(words.split()) if len(words.split()) <= MAX_WORDS else ""


def mover_names(who: Token | None) -> frozenset[str]:
    """The lemmas a later sentence may name the mover ``who`` by: its own, and the noun of
    its "of" phrase or the one it is counted in ("a caravan of 900 migrants" is "the
    caravan" and "the migrants"; "hundreds of families" is "the families"); {""} for
    no mover."""
    if who is None:
        return frozenset({""})
    names = {who.lemma_.lower()}
    names |= {g.lemma_.lower() for c in who.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"}
    holder = who.head.head
    if who.dep_ == "pobj" and who.head.lower_ == "of" and holder.pos_ in ("NOUN", "PROPN"):
        names.add(holder.lemma_.lower())
    return frozenset(names)


def stands_in(who: Token) -> bool:
    """The mover is a stand-in for people told before ("many", "most of them", "the
    group", "dozens of them"), not a new noun phrase ("many of the Kenyan pilgrims" names
    its own), nor other people ("others were bused to Jarablus")."""
    of = [g for c in who.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    if any(g.pos_ in ("NOUN", "PROPN") for g in of):
        return False
    lemma = who.lemma_.lower()
    return lemma in STANDINS or (lemma in _COUNTS and any(g.lower_ in PRONOUNS for g in of))


def join_movers(first: object, second: str) -> str:
    """"52 prisoners" and "A U.S. led delegation" -> "52 prisoners and a U.S. led
    delegation"; each mover once."""
    second = re.sub(r"^(A|An|The)\b", lambda m: m.group().lower(), second) if first else second
    names: list[str] = []
    for name in (str(first or ""), second):
        if name and name.casefold() not in {n.casefold() for n in names}:  # "The convoy" once
            names.append(name)
    return " and ".join(names)


def qualifies(token: Token, who: Token | None) -> bool:
    """The word is part of a name that qualifies the mover: "four U.S. Chinook
    helicopters" are whose, or of which make, not where they were."""
    return who is not None and who in _qualified(token)


def whose_people(token: Token) -> bool:
    """The word is part of a name that qualifies people or a force: "fled from Houston
    police", "escaped from Ukrainian troops" tell whom they fled, not where from."""
    return any(noun.pos_ == "NOUN" and noun.lemma_.lower() in PEOPLE | _FORCES
               for noun in _qualified(token))


def _qualified(token: Token) -> Iterator[Token]:
    """The words a modifier qualifies, nearest first, up its chain of modifiers ("U.S."
    of "Chinook" of "helicopters")."""
    while token.dep_ in ("compound", "amod", "poss", "nmod") and token.head != token:
        token = token.head
        yield token


def is_weather(word: Token) -> bool:
    """Weather moves too ("a cold front arriving", "the storm headed to Florida"), and so
    do waves, lava, fire and fighting ("waves reached the port of Kuji", "fighting reached
    the city") and a bill on its way to a vote, but none is a route; "it" is what the
    clause above moves ("the typhoon is expected to weaken as it moves toward Taiwan")."""
    found = mover(word)
    while found is not None and found.lower_ == "it" and word.head != word:
        word = word.head
        found = mover(word)
    if found is None:
        return False
    if found.lemma_.lower() == "air":  # "cold air came down to the coast"; not "air cargo"
        return True
    words = [found, *(c for c in found.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in _WEATHER or (w.pos_ == "NOUN" and w.lemma_.lower() in _PAPERS)
               for w in words)  # "the storm system"


def mover(word: Token) -> Token | None:
    """Who or what moved: the object of a causative verb ("sent refugees"), the subject
    of a passive ("was deported"), else the subject; for a noun, its possessor."""
    lemma = word.lemma_.lower()
    children = list(word.children)
    if word.pos_ == "NOUN" and not any(c.dep_ == "nsubj" for c in children):
        return next((c for c in children if c.dep_ == "poss"), None)
    if lemma in CAUSATIVE:
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ != "PROPN" and obj.lemma_.lower() not in VEHICLES:
            return obj
    for dep in ("nsubjpass", "nsubj"):
        subject = next((c for c in children if c.dep_ == dep), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and word.dep_ == "relcl":
            return word.head  # "the Angolans who were expelled"
        if subject is not None:
            return subject
    # "is due to visit Kendari": through the adjective ("acomp") to the one who is due
    if word.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "acomp") and word.head != word:
        return word.head if word.dep_ in ("acl", "relcl") else mover(word.head)
    if word.dep_ == "pcomp" and word.head.dep_ == "prep":  # "... before moving into Arkansas"
        return mover(word.head.head)
    return None
