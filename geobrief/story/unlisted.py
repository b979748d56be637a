"""Happenings at a place the gazetteer lacks: "the president toured Pangandaran", "two
climbers died on Ushba", "relief restarted in the Abu Shok refugee camp".

The happening's locative argument is a capitalised name the geoparser left unresolved.
The event keeps that name as its place, shown at the best anchor the text gives: a
resolved place of the name's own phrase or of its clause ("Pangandaran, West Java"; "In
Indonesia, the president toured Pangandaran"), else the last place named just before it
in its paragraph, else the focus country (``story.unlisted_shown``). Its precision
(``region`` near a town or in a region, ``country``) and country are the anchor's.

What counts as such a name is strict, since a wrong event is worse than a missing one: a
run of capitalised proper nouns, or a place noun they qualify ("the Abu Shok refugee
camp"), that is the object of a locative preposition of the trigger (in, at, near,
outside, off, on, inside; "from" for an escape; "at" only before a place noun, as "at
Microsoft" is a firm) or of a visit ("toured Pangandaran"), or of the verb a noun
trigger is the subject or object of ("a fire broke out at ...") or of a backdrop. Not a
month, weekday or holiday, not a person (a given name or a title first), not a body or
medium ("in Congress", "on Twitter"), not an acronym, nothing that holds a resolved
place ("Oxford Crown Court" is Oxford's).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from geobrief.geoparse.lexicon import given_names, is_calendar_word, person_titles
from geobrief.models import Mention, Place
from geobrief.story.arguments import event_place
from geobrief.story.located import Located
from geobrief.story.motion_objects import VISITS
from geobrief.story.object_places import TAKING_GROUND
from geobrief.story.phrases import ROLE_PREPS, apposed, best_place, phrase_places
from geobrief.story.roles import names_where, names_whose
from geobrief.story.rules_and_ranks import backdrop_news

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence, StoryParse

_PREPS = frozenset("in at near outside off on inside aboard".split())
_LEFT = frozenset({"escape", "release", "evacuation", "kidnapping"})  # "escaped from the X"
# Verbs done to a place ("captured Uvira", "shelled the village of ..."): their object.
_TAKEN = TAKING_GROUND | {"liberate", "raid", "attack", "shell", "bomb", "bombard"}
# Common nouns a name can qualify and still name a place: "the Abu Shok refugee camp".
_PLACE_NOUNS = frozenset(
    "camp prison jail penitentiary facility mine market bazaar mosque church cathedral "
    "temple shrine monastery village town township settlement neighbourhood neighborhood "
    "district quarter suburb hospital clinic school university college airport airfield "
    "station port harbour harbor square park mountain mount peak glacier volcano river "
    "lake bay beach island valley canyon forest desert bridge dam road street avenue "
    "highway hotel bar restaurant cafe stadium arena base compound mall plaza palace "
    "courthouse hall center centre farm ranch plant refinery field pass area zone".split()
)
# "in protest of", "in support of", "in the wake of": a preposition, not a place's phrase.
_IDIOMS = frozenset("protest support honor honour memory favor favour search defiance "
                    "solidarity recognition violation charge lieu pursuit spite wake".split())
# Where someone lives: a place only by the name in its own phrase ("at his home near
# Fort Hood"), never a name itself ("the Jones home" is a family's).
_HOMES = frozenset({"home", "house", "residence", "apartment", "flat"})
# Words that say what kind of site a name is, never part of the name: "the Branchville
# Correctional Facility", "Fort Hood military base".
_KIND_WORDS = frozenset(
    "refugee correctional detention internment penal juvenile military army naval".split()
)
# Capitalised words that name no place: bodies, media, languages and the like.
_NOT_PLACES = frozenset(
    "congress senate parliament assembly cabinet government ministry department agency "
    "committee council commission party union league association federation company "
    "corporation corp inc ltd llc group bank fund foundation institute times post news "
    "journal herald tribune press network twitter facebook youtube instagram tiktok "
    "whatsapp telegram internet web television tv radio english french spanish arabic "
    "german russian chinese court police army navy force forces office service "
    "services program programme project operation act bill law war world cup games "
    "olympics championship series season episode book film show".split()
)

# Faiths and orders that name what a site is, not where: "a Jesuit university in Managua".
_FAITHS = frozenset(
    "jesuit catholic muslim islamic christian jewish buddhist hindu sikh orthodox anglican "
    "methodist baptist lutheran presbyterian evangelical protestant coptic shiite shia sunni "
    "franciscan dominican benedictine salesian adventist pentecostal".split()
)


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
    story: StoryParse, index: int, sentence: Sentence, trigger: Token, kind: str
) -> Unlisted | Located | None:
    """The unresolved name the happening ``trigger`` (of type ``kind``) takes place at,
    with its anchor, or the place of that name (``named``); None for no such name."""
    for head in _heads(trigger):
        preps = _PREPS | {"from"} if kind in _LEFT else _PREPS
        objects: list[Token] = []  # ground taken first: "stormed the town of"
        if head.pos_ == "VERB" and head.lemma_.lower() in _TAKEN:
            objects += [c for c in head.children if c.dep_ == "dobj" and (
                c.lemma_.lower() in _PLACE_NOUNS or c.pos_ == "PROPN")]
        objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj"
                    and (c.lower_ != "at" or g.lemma_.lower() in _PLACE_NOUNS | _HOMES)]
        if head.pos_ == "VERB" and head.lemma_.lower() in VISITS:  # not "visited Gregg at"
            objects += [c for c in head.children if c.dep_ == "dobj"]
        for obj in objects:
            if obj.dep_ == "dobj" and any(  # "captured the town of Uvira": a listed place
                    sentence.place_of(g) for c in obj.children if c.dep_ == "prep"
                    and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
                return None
            tokens = name_tokens(sentence, obj)
            found = named(story, sentence, tokens) if tokens else None
            if isinstance(found, Unlisted):
                anchor = _anchor(story, (index, sentence), tokens, trigger, kind)
                return replace(found, anchor=anchor)
            if found is not None:
                return found
    return None


def named(story: StoryParse, sentence: Sentence, tokens: list[Token]) -> Located | Unlisted:
    """The place ``tokens`` name: the article's place of that name where another mention
    of it was resolved ("in Montana Sunday", after "Montana"), else the name as written
    without the kind of place after it ("St Therese's"), its phrase and span, no anchor."""
    start, end = sentence.offset(tokens[0]), sentence.offset(tokens[-1]) + len(tokens[-1])
    name = "".join(t.text_with_ws for t in _proper(tokens)).strip()
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


def name_tokens(sentence: Sentence, obj: Token, *, depth: int = 0) -> list[Token]:
    """The tokens of the unresolved name ``obj`` heads, or []: a proper noun with its
    proper-noun compounds ("Branchville Correctional Facility"), a place noun with them
    ("Abu Shok refugee camp"), or the name in a common noun's own locative or "of"
    phrase ("a sushi bar in Piccadilly", "the village of Sarpi", and one step further
    for a place noun's "of": "a school in the town of Maga")."""
    if obj.pos_ == "NOUN" and (depth == 0 or (obj.lemma_.lower() in _PLACE_NOUNS and depth == 1)):
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            if depth == 1 and prep.lower_ != "of":
                continue
            if prep.lower_ in _PREPS or (prep.lower_ == "of" and obj.lower_ not in _IDIOMS):
                for inner in (g for g in prep.children if g.dep_ == "pobj"):
                    found = name_tokens(sentence, inner, depth=depth + 1)
                    if found:
                        return found
    words = _contiguous(sorted([*_compounds(obj), obj], key=lambda t: t.i))
    names = [w for w in words if w.pos_ == "PROPN"]
    if not names or names[0] != words[0]:
        return []
    if obj.pos_ != "PROPN" and obj.lemma_.lower() not in _PLACE_NOUNS:
        return []
    # a number is part of the name: "on Route 9", "at Terminal 2"
    words += [c for c in obj.rights if c.i == obj.i + 1 and c.dep_ == "nummod"][:1]
    return words if _is_name(sentence, words, obj) else []


def _proper(tokens: list[Token]) -> list[Token]:
    """The name without the kind of place after it: "Abu Shok" of "Abu Shok refugee
    camp", "Branchville" of "Branchville Correctional Facility"; a capitalised place
    noun is part of the name ("Mercy Memorial Hospital", "Holy Cross Cemetery"), and a
    name that is all such words ("Mount Elgon" is not "Mount") stays whole."""
    for cut, token in enumerate(tokens):
        lemma = token.lemma_.lower()
        kind = lemma in _KIND_WORDS or (token.text.islower() and lemma in _PLACE_NOUNS)
        if kind and cut > 0 and tokens[cut - 1].dep_ != "case":  # not "St Mary's church"
            return tokens[:cut]
    return tokens


def _compounds(head: Token) -> list[Token]:
    """The words that form a name with ``head`` before it: "Abu" and "Shok" (on "Shok")
    in "Abu Shok refugee camp"."""
    found = []
    for child in head.lefts:
        if child.dep_ in ("compound", "flat", "nmod") or (
            child.dep_ == "amod" and child.lower_ in _KIND_WORDS  # "military base"
        ) or child.tag_ == "HYPH":  # "Pont-Sondé"
            found += [child, *_compounds(child)]
        elif _saints(child):  # "St Therese's church": the saint's name and its "'s"
            found += [child, *_compounds(child), *(c for c in child.children if c.dep_ == "case")]
    return found


def _saints(token: Token) -> bool:
    """A saint's name that a church, square or hospital is named after ("St Mary's")."""
    firsts = {c.lower_ for c in token.children if c.dep_ == "compound"}
    return token.dep_ == "poss" and bool(firsts & {"st", "st.", "saint"})


def _contiguous(words: list[Token]) -> list[Token]:
    """The words that run without a gap up to the last one (the head)."""
    run = [words[-1]]
    for word in reversed(words[:-1]):
        if word.i != run[0].i - 1:
            break
        run.insert(0, word)
    return run


def _is_name(sentence: Sentence, words: list[Token], head: Token) -> bool:
    """Capitalised proper nouns that name no resolved place, person, body or time."""
    if any(sentence.place_of(t) is not None or sentence.is_beyond(t) for t in words):
        return False
    names = [t for t in words if t.pos_ == "PROPN"]
    lowered = [t.lower_ for t in names]
    if any(not t.text[:1].isupper() or (t.text.isupper() and len(t.text) > 1) for t in names):
        return False  # lower case, or an acronym ("at UCLA", "in NATO")
    if any(is_calendar_word(w) for w in lowered) or set(lowered) & _NOT_PLACES:
        return False
    if set(lowered) <= _FAITHS:  # "a Jesuit university"; not "St Mary's Catholic Church"
        return False
    if lowered[0] in person_titles() or head.lower_ in _NOT_PLACES:
        return False
    if head.pos_ == "PROPN" and head.lemma_.lower() not in _PLACE_NOUNS and any(
        c.dep_ == "det" for c in head.children
    ):
        return False  # "in the Honda", "in the Times": a thing or a title
    if any(c.dep_ in ("poss", "conj") and not _saints(c) for c in head.children):
        return False  # a person's ("at Smith's"), or a list of names that may be streets
    # "near John Brown", 'Ann "Kay" Jones' (a nickname cut off); not "the Abu Shok camp"
    cut = next((t.lower_ for t in head.lefts if t.i < words[0].i and t.pos_ == "PROPN"), "")
    if head.pos_ != "PROPN":
        return True
    # "the village of Kok-Tash": two words joined by a hyphen are no given and family name
    hyphened = len(words) == 3 and words[1].tag_ == "HYPH"
    first = lowered[0] if len(names) > 1 and not hyphened else ""
    return not {cut, first} & given_names()


def _anchor(
    story: StoryParse, at: tuple[int, Sentence], tokens: list[Token], trigger: Token, kind: str
) -> Located | None:
    """The resolved place that holds the name: one of its own phrase ("Pangandaran, West
    Java", "Piccadilly in London"), else the one the happening's sentence gives it
    (``arguments.event_place``: "in the Kakuma camp outside Lodwar"), else
    one its sentence names by name ("Japan said a missile landed off Yonaguni"; not a
    firm's base: "the firm, based in Houston, said a leak near Saramuro"), else
    the last one named in the sentences just before it in its paragraph (or the one
    before); never a trip's end ("fled to Belarus") nor whose a firm is ("Houston's")."""
    index, sentence = at
    head = tokens[-1]
    found = best_place(sentence, phrase_places(sentence, head) + apposed(sentence, head))
    found = found or event_place(sentence, trigger, kind) or best_place(sentence, [
        p for p in sentence.places if names_where(sentence, p) and not _trip_end(sentence, p)])
    if found is not None and not names_whose(sentence, found):  # "a Houston firm's rig"
        return found
    for before in story.paragraph_before(index) or story.sentences[max(index - 1, 0) : index]:
        places = [p for p in before.places if not (_trip_end(before, p) or names_whose(before, p))]
        if places:
            return max(places, key=lambda p: p.mention.start)
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
