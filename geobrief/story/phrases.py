"""Places in a phrase of a parsed sentence, and the most specific of them.

"in the village of Khoni of the Tsalka district" holds two places; "in Kenya's
capital, Nairobi" two more. A phrase's places are every place mention under its head,
not counting clauses inside it nor an origin ("from ...").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from geobrief.read.dates import find_dates
from geobrief.story.event_lexicon import lexicon
from geobrief.story.located import KIND_RANK, Located
from geobrief.story.movers import PEOPLE
from geobrief.story.named_buildings import placed_elsewhere

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence


LOCATIVE = frozenset(
    "in at near outside off on inside across throughout into over along around within onto "
    "aboard beside amid among across between towards toward opposite beyond behind below "
    "above under underneath upon nearby through".split()
)
# Any day to read a phrase of time against ("In March,"): only whether it is one matters.
_ANY_DAY = dt.date(2000, 1, 1)
_WHITHER = frozenset({"into", "onto", "towards", "toward", "through", "across", "over"})
# The prepositions of a movement's ends and path ("from Dover to Calais via Lille").
ROLE_PREPS = frozenset({"from", "to", "into", "towards", "toward", "via", "through", "onto"})
# "just west of St. Paris", "five miles north of Lagos", "20 km from the border".
_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west northward southward eastward westward outside upstream "
    "downstream inland offshore mile miles kilometre kilometres kilometer kilometers km "
    "yard yards metre metres meter meters feet foot short".split()
)
_AREA_WORD = re.compile(
    r"\s+(?:district|province|county|region|state|prefecture|governorate|oblast|"
    r"department|municipality|parish|division|area|valley)s?\b",
    re.IGNORECASE,
)
# Nouns a place name can be "of": "the lakeside town of Kisumu", "the camp of Abu Shok".
PLACE_NOUNS = frozenset(
    "town city hometown village capital region province state district island port county "
    "camp area suburb neighbourhood neighborhood municipality".split()
)
NOT_INSIDE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"})
# Nouns an adjective of a place can locate: "in Iranian waters", "a Haitian village"; not
# "a ban on Iranian arms exports", whose adjective says whose exports, nor "near the
# Venezuelan border", which is as often the other side of it.
_GROUND = frozenset(
    "territory soil airspace land water waters coast sky city town village capital province "
    "region district port island side camp base hospital prison jail countryside mainland "
    "embassy consulate shore".split()
)
_PARTIES = frozenset({"between", "among"})  # "an exercise between Russian and Belarusian forces"


def phrase_places(
    sentence: Sentence, root: Token, *, skip: Token | None = None,
    stop: frozenset[str] = frozenset({"from", "with", "by"}), others: bool = True,
) -> list[Located]:
    """The places in the phrase under ``root``, not counting clauses inside it nor the
    phrases named in ``stop``: by default an origin ("from ...") and a partner ("the
    border with Georgia", "clashes with Russian troops"); not ``others``: nor a place
    that names another happening ("at a moment of tension in the Russia-Ukraine war").
    Nor an agent ("a crackdown by the U.S. military"), nor the words of "any" or "no"
    place ("to any Los Angeles campaign"; but "in any district of Kampala" is in Kampala)."""
    found: list[Located] = []
    unnamed = _any_words(root) if root.dep_ == "prep" else set()
    stack = [root]
    while stack:
        token = stack.pop()
        if token == skip:
            continue
        pair = sentence.place_of(token)
        if pair is not None and pair not in found and not _names_disease(token) and (
                token.i not in unnamed) and (
            others or not _names_happening(token)
        ) and (root.lower_ in _PARTIES or _locates(token, pair)):
            found.append(pair)
        for child in token.children:
            if child.dep_ in NOT_INSIDE or (child.dep_ == "prep" and child.lower_ in stop):
                continue
            stack.append(child)
    return sorted(found, key=lambda p: p.mention.start)


def _any_words(prep: Token) -> set[int]:
    """The words (indexes) of the "any" or "no" noun the phrase is of, with the words
    that qualify it, not its own phrases: "any Los Angeles City campaign"."""
    stack = [g for g in prep.children if g.dep_ == "pobj" and any(
        d.dep_ == "det" and d.lower_ in ("any", "no") for d in g.children)]
    words: set[int] = set()
    while stack:
        token = stack.pop()
        words.add(token.i)
        stack += [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return words


def _locates(token: Token, pair: Located) -> bool:
    """A name locates; an adjective only the ground it qualifies ("in Iranian waters")."""
    if pair.mention.form != "adjective" or token.dep_ not in ("amod", "compound", "nmod"):
        return True
    return bool({token.head.lower_, token.head.lemma_.lower()} & _GROUND)


def _names_happening(token: Token) -> bool:
    """A place that modifies a happening's noun: "the Russia-Ukraine war", "the Bali
    bombing"."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "nmod") and head.head != head:
        head = head.head
        if head.pos_ == "NOUN" and lexicon().noun_type(head.lower_, head.lemma_.lower()):
            return True
    return False


def _names_disease(token: Token) -> bool:
    """A place in a disease's name: "the Hong Kong flu", "West Nile virus"."""
    head = token
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    return head is not token and head.lower_ in lexicon().diseases


def best_place(sentence: Sentence, places: list[Located]) -> Located | None:
    """The most specific of ``places`` (a town before its region and country: "the town
    of Galle, in the Southern Province" is Galle), the first named among equals; an
    adjective ("Haitian") only when nothing else is named. A part of the world set beside
    a country says where that lies ("in Laos, Southeast Asia" is Laos)."""
    named = [p for p in places if p.mention.form != "adjective"] or places
    named = [p for p in named if not _says_where_it_lies(sentence, p, named)] or named
    named = [p for p in named if not placed_elsewhere(sentence, p)] or named  # "Temple"
    if not named:
        return None
    return min(named, key=lambda p: (_rank(sentence, p), p.mention.start))


def _says_where_it_lies(sentence: Sentence, pair: Located, places: list[Located]) -> bool:
    """A part of the world, of no country, in apposition to another of ``places``."""
    if not pair.place.world_part:
        return False
    tokens = sentence.tokens_of(pair)
    return bool(tokens) and tokens[-1].dep_ == "appos" and any(
        sentence.place_of(tokens[-1].head) is other for other in places if other is not pair)


def _rank(sentence: Sentence, pair: Located) -> int:
    """How wide a place is, as its phrase names it: a town's name before "district"
    ("Matara district") names the district."""
    rank = KIND_RANK.get(pair.place.kind, 1)
    end = pair.mention.end - sentence.start
    if rank == 0 and _AREA_WORD.match(sentence.text, end, end + 20):
        return 1
    return rank


def locative_place(
    sentence: Sentence, head: Token, *, targets: bool = False, parties: bool = False,
    static: bool = False, goals: bool = False,
) -> Located | None:
    """The most specific place in the locative phrases of ``head`` ("in Sweden, at a
    farm near Vasteras"), else of its object or of its "of" phrase ("the first case of
    flu in Iraq"); a country gives way to a town in it that a later one names ("in
    Sweden, ... attacked a farm near Vasteras"); a bearing from a place counts ("just
    west of St. Paris"). ``targets``: "against" too (an attack's target); ``parties``:
    not "between" (who talked); nor "on", which for talks tells what about ("talks on
    Ukraine"); ``static``: where, not whither (a joined verb's "crossed into Lithuania"
    is not where the first verb happened); ``goals``: "to" too, for a happening at its
    goal ("a visit to Rome", "admitted to a hospital in Tucson", "deployed to Kandahar")."""
    preps = LOCATIVE | {"against"} if targets else LOCATIVE
    preps = preps - {"between", "among", "on"} if parties else preps
    preps = preps - _WHITHER if static else preps
    preps = preps | {"to"} if goals and not static else preps
    country: Located | None = None  # "In Mali, militants attacked a post outside Mopti"
    for holder in _holders(head):
        found: list[Located] = []
        for child in holder.children:
            # "struck off Japan's coast": the parser may make "off" a particle
            if child.dep_ in ("prep", "dative", "prt") and child.lower_ in preps:
                found += (phrase_places(sentence, child, others=False)
                          or apposed(sentence, child))
            elif child.dep_ == "advmod" and sentence.place_of(child) is not None:
                found.append(sentence.place_of(child))  # type: ignore[arg-type]
            else:
                found += [p for p in [bearing_place(sentence, child)] if p is not None]
        if not found:
            continue
        best = best_place(sentence, found)
        if country is None and best.place.kind == "country":
            country = best  # a town in it the object's phrase names is more specific
        elif country is None or (best.place.kind != "country"
                                 and best.place.country == country.place.country):
            return best
    return country


def _holders(head: Token) -> list[Token]:
    """The trigger, its objects ("burned 260 acres and five structures in Eastland
    County"), and for a noun the objects of its "of", "with" or
    "between" ("the first case of flu in Iraq", "clashes with police in Bihar", "talks
    between Russia and Ukraine in Istanbul": the parser hangs the place on a last noun)."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "npadvmod")]
    holders = [head, *objects, *(g for c in objects if c.dep_ == "dobj" for g in c.conjuncts
                                 if g.lemma_.lower() not in PEOPLE)]  # "and a man on his way to"
    holders += dates(head) + durations(head)  # "born on March 2, 1921, in Millersburg"
    if head.pos_ in ("NOUN", "PROPN"):
        objects = [g for c in head.children if c.dep_ == "prep"
                   and c.lower_ in ("of", "with", "between")
                   for g in c.children if g.dep_ == "pobj"]
        holders += objects + [c for g in objects if g.head.lower_ == "between"
                              for c in g.children if c.dep_ == "conj"]
    return holders


def dates(head: Token) -> list[Token]:
    """The date in a phrase of time of ``head``, where the parser hangs a place that
    follows it: "was born on March 2, 1921, in Millersburg" (the "in" hangs on March),
    "was recovered on Sunday in Tyler"."""
    found = []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for date in (g for g in prep.children if g.dep_ == "pobj"):
            inner = [c.i for c in date.children if c.dep_ == "prep" and c.i > date.i]
            end = min(inner) if inner else max(t.i for t in date.subtree) + 1
            if find_dates(head.doc[prep.i : end].text, _ANY_DAY):
                found.append(date)
    return found


# The units of a span of time: "held for three days", "fought for hours".
_SPANS = frozenset("minute hour night day week weekend month year decade".split())


def durations(head: Token) -> list[Token]:
    """The span in a "for" phrase of ``head``, where the parser hangs a place that
    follows it, as on a date: "was held for three days in the Hall County Jail" (the
    "in" hangs on "days")."""
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _SPANS]


def apposed(sentence: Sentence, prep: Token) -> list[Located]:
    """"In the capital, Makhachkala, police ...", "toured Pangandaran, West Java": a
    place set off by a comma right after the phrase, which the parse hung elsewhere; not
    after a phrase of time, where the place begins the clause ("In 1991, Iraq invaded
    Kuwait": Iraq is who invaded)."""
    doc = prep.doc
    end = max(t.i for t in prep.subtree) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    pair = sentence.place_of(doc[end + 1])
    if pair is None or pair.mention.form != "name":
        return []
    phrase = doc[prep.left_edge.i : end].text
    return [] if find_dates(phrase, _ANY_DAY) else [pair]  # not a phrase of time


def bearing_place(sentence: Sentence, token: Token) -> Located | None:
    """The place a bearing is taken from: "west of St. Paris", "five miles north of
    Lagos", "20 km from the border"; also a "from" whose distance the parser hung
    beside it ("sank a couple of kilometres from Tofino Harbour", "two miles from
    Nanaimo" with "miles" under the "from")."""
    if token.dep_ == "prep" and token.lower_ == "from" and _measured(token):
        return best_place(sentence, phrase_places(sentence, token, stop=frozenset()))
    if token.dep_ not in ("advmod", "npadvmod", "prep", "amod", "appos", "dobj") or (
        token.lemma_.lower() not in _BEARINGS and token.lower_ not in _BEARINGS
    ):
        return None
    for child in token.subtree:
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and child.head is not child:
            found = best_place(sentence, phrase_places(sentence, child, stop=frozenset()))
            if found is not None:
                return found
    return None


def _measured(prep: Token) -> bool:
    """A distance comes right before the "from", or hangs on it: "a couple of miles
    from", "about 500 metres from"."""
    before = prep.doc[prep.i - 1] if prep.i else None
    words = [c for c in prep.children if c.dep_ == "npadvmod"]
    words += [before] if before is not None else []
    return any(w.lemma_.lower() in _BEARINGS or w.lower_ in _BEARINGS for w in words)


def town_of(of: Token) -> bool:
    """``of`` joins a place name to a place noun: "the town of Wad Madani", "his hometown
    of Lahore" (the name is where someone was, or what happened in)."""
    return of.lower_ == "of" and of.head.lemma_.lower() in PLACE_NOUNS
