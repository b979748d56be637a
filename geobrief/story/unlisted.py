"""Happenings at a place the gazetteer lacks: "the president toured Pangandaran", "two
climbers died on Ushba", "relief restarted in the Abu Shok refugee camp".

The happening's locative argument is a capitalised name the geoparser left unresolved.
The event keeps that name as its place, shown at the best anchor the text gives: a
resolved place of the name's own phrase or of its clause ("Pangandaran, West Java"; "In
Indonesia, the president toured Pangandaran"), else the last place named just before it
in its paragraph, else a local story's dateline town or the focus country
(``story.unlisted_shown``). Its precision
(``region`` near a town or in a region, ``country``) and country are the anchor's.

What counts as such a name is strict, since a wrong event is worse than a missing one: a
run of capitalised proper nouns, or a place noun they qualify ("the Abu Shok refugee
camp"), that is the object of a locative preposition of the trigger (in, at, near,
outside, off, on, inside; "from" for an escape; "at" only before a place noun or a house
number, as "at Microsoft" is a firm) or of a visit ("toured Pangandaran"), or of the verb a noun
trigger is the subject or object of ("a fire broke out at ...") or of a backdrop. Not a
month, weekday or holiday, not a person (a given name or a title first, unless a place
noun ends the name: "Elizabeth Road"), not a body or medium ("in Congress", "on
Twitter"), not an acronym, nothing that holds a resolved place ("Oxford Crown Court" is
Oxford's). ``story.site_names`` reads the name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from geobrief.geoparse.lexicon import is_calendar_word
from geobrief.models import Mention, Place
from geobrief.story.arguments import event_place
from geobrief.story.located import Located
from geobrief.story.motion_objects import VISITS
from geobrief.story.object_places import TAKING_GROUND
from geobrief.story.phrases import ROLE_PREPS, apposed, best_place, phrase_places
from geobrief.story.roles import names_where, names_whose
from geobrief.story.rules_and_ranks import backdrop_news
from geobrief.story.site_names import PLACE_NOUNS, SITE_PREPS, name_tokens, proper_name
from geobrief.story.town_lies import town_first

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence, StoryParse

_LEFT = frozenset({"escape", "release", "evacuation", "kidnapping"})  # "escaped from the X"
# Verbs done to a place ("captured Uvira", "shelled the village of ..."): their object.
_TAKEN = TAKING_GROUND | {"liberate", "raid", "attack", "shell", "bomb", "bombard"}
# Verbs done to a building or a site, whose object or passive subject is it ("demolished
# the Hickory House building", "the Chapman Valve plant has been demolished"), and those
# whose subject it is too ("the Riverside Mall closed in 1988").
_WORKED_ON = frozenset("demolish raze build construct renovate open reopen close shut "
                       "dedicate".split())
_ERGATIVE = frozenset({"open", "reopen", "close", "collapse"})
# Where someone lives: a place only by the name in its own phrase ("at his home near
# Fort Hood"), never a name itself ("the Jones home" is a family's).
_HOMES = frozenset({"home", "house", "residence", "apartment", "flat"})
# Words that end a street's name, written out or cut short.
_STREETS = frozenset("street st road rd avenue ave boulevard blvd drive dr lane ln way "
                     "highway hwy court ct place pl terrace parkway pkwy pike circle".split())


@dataclass(frozen=True)
class Unlisted:
    """A place name the gazetteer lacks ("Abu Shok"), the phrase that names the place
    ("Abu Shok refugee camp"), where it is written, and the resolved place it is shown
    at (None until the focus country is known)."""

    name: str
    phrase: str
    start: int
    end: int
    anchor: Located | None


def unlisted_place(
    story: StoryParse, index: int, sentence: Sentence, trigger: Token, kind: str,
    regions: Mapping[str, str] | None = None,
) -> Unlisted | Located | None:
    """The unresolved name the happening ``trigger`` (of type ``kind``) takes place at,
    with its anchor, or the place of that name (``named``); None for no such name.
    ``regions``: the region id of each town the gazetteer knows."""
    for head in _heads(trigger):
        preps = SITE_PREPS | {"from"} if kind in _LEFT else SITE_PREPS
        objects: list[Token] = []  # ground taken first: "stormed the town of"
        if head.pos_ == "VERB" and head.lemma_.lower() in _TAKEN:
            objects += [c for c in head.children if c.dep_ == "dobj" and (
                c.lemma_.lower() in PLACE_NOUNS or c.pos_ == "PROPN")]
        worked_on = _worked_on(head) if head is trigger else []  # "the X plant was razed"
        objects += worked_on
        # its own phrases, and those of an adverb of distance ("arrested two blocks away
        # on Chandler Street")
        holders = [head, *(c for c in head.children if c.dep_ == "advmod" and c.pos_ == "ADV")]
        objects += [g for h in holders for c in h.children if c.dep_ == "prep"
                    and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
                    and (c.lower_ != "at" or g.lemma_.lower() in PLACE_NOUNS | _HOMES
                         or _address(g))]
        if head.pos_ == "VERB" and head.lemma_.lower() in VISITS:  # not "visited Gregg at"
            objects += [c for c in head.children if c.dep_ == "dobj"]
        for obj in objects:
            if obj.dep_ == "dobj" and any(  # "captured the town of Uvira": a listed place
                    sentence.place_of(g) for c in obj.children if c.dep_ == "prep"
                    and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
                return None
            tokens = name_tokens(sentence, obj)
            if obj in worked_on and obj not in tokens:
                continue  # "shut down the fast lane of Interstate 64": the lane is no site
            found = named(story, sentence, tokens) if tokens else None
            if isinstance(found, Unlisted):
                anchor = _anchor(story, (index, sentence), tokens, trigger, kind, regions)
                return replace(found, anchor=anchor)
            if found is not None:
                return found
    return None


def _worked_on(verb: Token) -> list[Token]:
    """The site a verb of building, opening or closing acts on: its object or passive
    subject ("demolished the Hickory House building", "Richmond's Bo Kong Restaurant was
    shut down"), or the subject of one with no object ("the Riverside Mall closed")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _WORKED_ON:
        return []
    alone = not any(c.dep_ == "dobj" for c in verb.children)  # not "Belk opened a store"
    # a subject is the site only when the verb says nowhere else: "the Grand Hotel opened
    # in Brighton" is Brighton's
    placed = any(c.dep_ == "prep" and c.lower_ in SITE_PREPS and any(  # not "on March 10"
        g.dep_ == "pobj" and not is_calendar_word(g.lower_) for g in c.children)
        for c in verb.children)
    return [c for c in verb.children if (c.dep_ == "dobj" or (not placed and (
        c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and alone and lemma in _ERGATIVE))))
        and (c.lemma_.lower() in PLACE_NOUNS or c.pos_ == "PROPN")]


def _address(name: Token) -> bool:
    """A house number before a street's name: "at 3537 Seventh Street Northwest", "at 197
    N. Cedar St." (where "at" a bare name may be a firm's: "at Microsoft"); not a time
    ("at 8 Pacific")."""
    words = [name, *(c for c in name.children if c.dep_ == "compound")]
    return any(c.dep_ == "nummod" and c.text.isdigit() and c.i < name.i for c in name.children
               ) and any(w.lower_.rstrip(".") in _STREETS for w in words)


def named(story: StoryParse, sentence: Sentence, tokens: list[Token]) -> Located | Unlisted:
    """The place ``tokens`` name: the article's place of that name where another mention
    of it was resolved ("in Montana Sunday", after "Montana"), else the name as written
    without the kind of place after it ("St Therese's"), its phrase and span, no anchor."""
    start, end = sentence.offset(tokens[0]), sentence.offset(tokens[-1]) + len(tokens[-1])
    name = "".join(t.text_with_ws for t in proper_name(tokens)).strip()
    name = name[:-1] if tokens[-1].pos_ == "NUM" and name.endswith(".") else name  # "27A."
    known = next((pair for s in story.sentences for pair in s.places
                  if pair.mention.form == "name" and name.lower() in (
                      pair.mention.text.lower(), pair.place.name.lower())), None)
    phrase = "".join(t.text_with_ws for t in tokens).strip()
    return known or Unlisted(name, phrase, start, end, None)


def _heads(trigger: Token) -> list[Token]:
    """The trigger, a noun's verb ("a fire broke out at", "held talks at"), and the
    backdrop's of news ("was escorting a parade on Elm Road when his car crashed")."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        heads.append(trigger.head)
    elif trigger.pos_ == "VERB":  # "held talks at the ... Hotel"
        heads += [c for c in trigger.children if c.dep_ == "dobj"]
        if trigger.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in trigger.children):
            heads += _heads(trigger.head)  # "stormed a school in the village of X and kidnapped"
        heads += _heads(trigger.head) if trigger in backdrop_news(trigger.head) else []
    return heads


def _anchor(
    story: StoryParse, at: tuple[int, Sentence], tokens: list[Token], trigger: Token, kind: str,
    regions: Mapping[str, str] | None,
) -> Located | None:
    """The resolved place that holds the name: one of its own phrase ("Pangandaran, West
    Java", "Piccadilly in London"), else the one the happening's sentence gives it
    (``arguments.event_place``: "in the Kakuma camp outside Lodwar"), else
    one its sentence names by name ("Japan said a missile landed off Yonaguni"; not a
    firm's base: "the firm, based in Houston, said a leak near Saramuro"), else
    the last one named in the sentences just before it in its paragraph (or the one
    before); never a trip's end ("fled to Belarus"), whose a firm is ("Houston's") nor a
    country's adjective there ("an Italian grocery store" is a kind of shop)."""
    index, sentence = at
    head, own = tokens[-1], {t.i for t in tokens}
    found = best_place(sentence, [  # not a place in the name: "... and U.S. 27A"
        p for p in phrase_places(sentence, head) + apposed(sentence, head)
        if not own & {t.i for t in sentence.tokens_of(p)}])
    found = found or event_place(sentence, trigger, kind) or best_place(sentence, [
        p for p in sentence.places if names_where(sentence, p) and not _trip_end(sentence, p)])
    if found is not None and not names_whose(sentence, found):  # "a Houston firm's rig"
        return found
    for before in story.paragraph_before(index) or story.sentences[max(index - 1, 0) : index]:
        places = [p for p in before.places if not (  # "an Italian grocery store": a kind
            _trip_end(before, p) or names_whose(before, p) or p.mention.form == "adjective")]
        if places:
            # the town of "Springfield, Massachusetts", not the state after it
            return town_first(sorted(places, key=lambda p: p.mention.start), regions,
                              story.article.text)
    return None


def _trip_end(sentence: Sentence, pair: Located) -> bool:
    """The place is where someone went or came from ("fled to Belarus after the blast near
    the village of Mika"): it says nothing of where the unlisted place lies."""
    tokens = sentence.tokens_of(pair)
    return bool(tokens) and any(a.dep_ == "prep" and a.lower_ in ROLE_PREPS
                                for a in tokens[0].ancestors)


def as_located(found: Unlisted) -> Located:
    """The name as a located mention at its anchor's point (NaN without one yet): its
    place is named as the text names it, with the anchor's id, country and width."""
    mention = Mention(found.name, found.start, found.end, found.name)
    anchor = found.anchor.place if found.anchor is not None else None
    kind = "country" if anchor is None or anchor.kind == "country" else "region"
    place = Place(
        place_id=anchor.place_id if anchor else "", name=found.name, kind=kind,
        country=anchor.country if anchor else "",
        lat=anchor.lat if anchor else float("nan"), lon=anchor.lon if anchor else float("nan"),
    )
    return Located(mention, place)
