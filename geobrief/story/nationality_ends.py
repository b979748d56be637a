"""The ends of a movement that the mover's nationality tells.

"Greek aid arrived in Adana" came from Greece (the mover's own adjective); "three Kenyan
nurses landed in Canada" from Kenya (an adjective of the sentence, not one that
qualifies whoever does another verb); "Haitian migrants deported from the Bahamas" went
to Haiti; a traveller back from abroad in a country's report ("Fiji has confirmed a case
in a woman who returned from Australia") came to that country. Used by ``story.routes``
when a movement's own phrases name no such end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.movers import PEOPLE, mover
from geobrief.story.roles import QUALIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.motion import Movement
    from geobrief.story.parse import Sentence

_SENDS_HOME = frozenset({"expel", "deport", "repatriate"})
# Verbs of a traveller come back or come in from abroad.
_COMES_BACK = frozenset({"return", "arrive", "come", "travel", "fly"})


def movers_country(sentence: Sentence, who: Token | None, move: Movement) -> Located | None:
    """The country the mover's own adjective names, when it is not the goal's: "Greek
    aid arrived in Adana" came from Greece, whatever place the sentence named before.
    Not for people: "British students moved to Nairobi" from where they were."""
    if who is None or move.goal is None or who.lemma_.lower() in PEOPLE:
        return None
    for child in who.children:
        pair = sentence.place_of(child) if child.dep_ in QUALIFIERS else None
        if pair is not None and pair.mention.form == "adjective" and (
            pair.place.country != move.goal.place.country
        ):
            return pair
    return None


# Phrases that name whom a mover met or left: "after talks with Thai leaders".
_MET = frozenset({"with", "after", "following", "against", "among", "before"})


def nationality_origin(sentence: Sentence, move: Movement) -> Located | None:
    """The mover's country, named by an adjective or demonym in the sentence ("Kenyan
    citizens"), when it is not the goal's; not one that qualifies whoever does another
    verb ("Hungarian Prime Minister Viktor Orban called Dodik, and Vucic travelled")."""
    if move.goal is None:
        return None
    for pair in sentence.places:
        if (pair.mention.form == "adjective" and pair.place.country != move.goal.place.country
                and not _someone_elses(sentence, pair, move.word)
                and not _described(sentence, pair, move.word) and not _met(sentence, pair)):
            return pair
    return None


def _met(sentence: Sentence, pair: Located) -> bool:
    """The adjective qualifies those the mover met or left, in a phrase of its own:
    "After talks with Thai leaders she flew to Yangon" came from no Thailand."""
    tokens = sentence.tokens_of(pair)
    for token in tokens[-1].ancestors if tokens else ():
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "prep" and token.lower_ in _MET:
            return True
    return False


def _described(sentence: Sentence, pair: Located, word: Token) -> bool:
    """The adjective is in a relative clause that tells who someone is, not where they
    set out: "The men, who prosecutors say worked for Russian intelligence, fled to
    Belarus" came from no Russia."""
    tokens = sentence.tokens_of(pair)
    if not tokens:
        return False
    clauses = [a for a in tokens[-1].ancestors if a.dep_ == "relcl"]
    return any(c != word and c not in word.ancestors for c in clauses)


def _someone_elses(sentence: Sentence, pair: Located, word: Token) -> bool:
    """The place qualifies the subject of another clause joined to the motion word's by
    "and" ("X called ..., and Y travelled")."""
    tokens = sentence.tokens_of(pair)
    token = tokens[-1] if tokens else None
    while token is not None and token.dep_ in QUALIFIERS:
        token = token.head
    if token is None or token.dep_ not in ("nsubj", "nsubjpass") or token.head == word:
        return False
    verb = token.head
    return (word.dep_ == "conj" and word.head == verb) or (
        verb.dep_ == "conj" and verb.head == word)


def _sent_home(sentence: Sentence, move: Movement) -> Located | None:
    """For people expelled or deported with no goal told, their own country, when the
    text names them by it: "thousands of Angolans that were expelled from Congo" went to
    Angola, "Haitian migrants deported from the Bahamas" to Haiti."""
    word = move.word
    if move.source is None or word.lemma_.lower() not in _SENDS_HOME:
        return None
    who = mover(word)
    if who is None:
        return None
    of = [g for c in who.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for token in (who, *of, *(c for c in who.children if c.dep_ in QUALIFIERS)):
        pair = sentence.place_of(token)
        if pair is not None and pair.mention.form == "adjective" and (
            pair.place.country != move.source.place.country
        ):
            return pair
    return None


def _reporting_country(sentence: Sentence, move: Movement) -> Located | None:
    """For a traveller come back from abroad with no goal told, the country whose report
    the sentence is, named as its subject: "Fiji has confirmed its first case in a woman
    who returned from Australia" ended in Fiji."""
    if move.source is None or move.word.lemma_.lower() not in _COMES_BACK:
        return None
    for verb in (t for t in move.word.ancestors if t.pos_ in ("VERB", "AUX")):
        for child in (c for c in verb.children if c.dep_ == "nsubj"):
            pair = sentence.place_of(child)
            if pair is not None and pair.place.kind == "country" and (
                pair.mention.form == "name" and pair.place.country != move.source.place.country
            ):
                return pair
    return None


def home_goal(sentence: Sentence, move: Movement) -> Located | None:
    """Where a trip with a start and no goal told went home to: the people's own country
    (``_sent_home``), or the country whose report the sentence is (``_reporting_country``)."""
    return _sent_home(sentence, move) or _reporting_country(sentence, move)
