"""What suffered a happening, and where it stands.

The town whose name qualifies it: "a Leeds warehouse burned", "a Lagos ferry capsized"
(``story.arguments``, after the place the verb acts on). Only a name right before a
common noun, not a country nor an adjective, which tell a ship's flag or an owner ("a
Greek ferry sank"), nor a brand or a style ("a Boston Scientific plant", "a Chicago
pizza restaurant"), nor a ship or a market named after a town ("the Kursk submarine",
"Shanghai stocks crashed"), nor people, whose town is where they live ("Chiefland man,
19, stabbed"; ``story.sufferers`` reads that for a disease).

A place struck, told in the passive, by a happening of the lexicon: "Melbourne was hit
by a severe thunderstorm" (``story.object_places``); not a team ("Leeds were hit by
injuries") nor a person ("Sydney was hit by a car", "Georgia was struck by lightning").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.event_lexicon import lexicon
from geobrief.story.movers import PEOPLE
from geobrief.story.phrases import best_place
from geobrief.story.word_roles import agents, patient

# Things named after a town that do not stand in it: ships, and what markets trade
# ("Shanghai stocks crashed", "the Nairobi stock market").
_NAMED_AFTER = frozenset(
    "ship vessel submarine freighter liner yacht trawler carrier stock share price sale "
    "index currency bond economy".split())
# What strikes people more than places: "Georgia was struck by lightning".
_STRIKES_PEOPLE = frozenset({"lightning"})
# Weapons that strike a place: "Odesa was struck by drones".
_WEAPONS = frozenset("drone missile rocket shell bomb mortar artillery grenade".split())

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence


def sufferer_site(sentence: Sentence, verb: Token) -> Located | None:
    """The town whose name qualifies what suffered ``verb``, told as its subject ("a
    Leeds warehouse burned"), or as the noun the parser hangs the verb on ("A bus
    overturned near Mecca", read as a noun phrase)."""
    sufferer = patient(verb)
    if sufferer is None or sufferer.dep_ not in ("nsubj", "ROOT") or sufferer.pos_ != "NOUN" or (
            {sufferer.lemma_.lower(), *(c.lemma_.lower() for c in sufferer.children
                                         if c.dep_ == "compound")} & (PEOPLE | _NAMED_AFTER)):
        return None
    return best_place(sentence, [  # "a Leeds warehouse", "Mumbai's Taj hotel"
        p for m in sufferer.children if (m.dep_ == "poss" or (
            m.dep_ == "compound" and m.i == sufferer.i - 1))
        and (p := sentence.place_of(m)) is not None and p.mention.form == "name"
        and p.place.kind != "country"])


def struck_by_happening(verb: Token) -> bool:
    """The passive ``verb`` tells a happening of the lexicon that struck its subject
    ("was hit by a severe thunderstorm", "was hit by a wave of drones"), not a weak one
    ("were hit by injuries") nor lightning, and its subject is no team ("Leeds were hit":
    a town's name with a plural verb) nor a person ("Sydney, 34, was hit")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or any(c.dep_ == "appos" and c.pos_ == "NUM" for c in subject.children):
        return False
    if subject.tag_ == "NNP" and any(
            c.dep_ == "auxpass" and c.lower_ in ("were", "are") for c in verb.children):
        return False
    words = lexicon()
    doers = agents(verb)
    doers += [c for g in doers for c in g.children if c.dep_ == "compound"]  # "Storm Eunice"
    kinds = [words.noun_type(g.lower_, g.lemma_.lower()) for g in doers
             if g.lemma_.lower() not in _STRIKES_PEOPLE]
    return any(kind and not words.is_weak(kind) for kind in kinds) or any(
        g.lemma_.lower() in _WEAPONS for g in doers)
