"""Event triggers: the nouns and verbs of a parsed sentence that report a happening.

"an explosion", "floods", "the trial" (nouns); "was arrested", "shot down", "opened
fire" (verbs, with their particle or object). Not triggers: a word inside a place's
name ("Fire District"), a noun that only modifies another ("fire department", "flood
victims"), a noun the lexicon rules out by its modifier ("heart attack", "press
release"), nor a noun that a verb phrase already types ("fire" in "opened fire"), nor the
cause of another happening ("floods triggered by heavy rain").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from geobrief.story.abroad import for_voting, voted_into_office
from geobrief.story.charges import charged_crime
from geobrief.story.custody import STOLEN_GOODS, held_in_jail, stolen_patient
from geobrief.story.decisions import decision_type
from geobrief.story.disease_spread import found_disease, lab_finding, spread_type
from geobrief.story.doers import doer_type
from geobrief.story.escaped import escaped_type
from geobrief.story.event_lexicon import Lexicon, lexicon
from geobrief.story.kinds import refine_type
from geobrief.story.object_places import control_taken
from geobrief.story.phrases import dates
from geobrief.story.rules_and_ranks import (
    behind_news,
    is_setting,
    ranked,
    said_as_a_rule,
    taking_part,
)
from geobrief.story.statistics import habit_or_need, is_statistic
from geobrief.story.status import fought
from geobrief.story.warrants import warrant_type
from geobrief.story.word_roles import joined_word, modifiers, of_object, patient, to_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# "a vaccination drive", "a culling campaign": an effort is the happening its word names;
# but an election campaign is no vote, a test drive no test
_EFFORTS = frozenset("drive campaign programme program blitz".split())
_NOT_EFFORTS = frozenset({"election", "talks", "test"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_CARRIED = frozenset(
    "take rush airlift fly transport send transfer bring carry helicopter medevac airlift "
    "evacuate admit readmit".split()
)
_LIKENING = frozenset({"liken", "compare", "equate", "akin", "similar", "analogous"})
_CARE = frozenset({"hospital", "hospitals", "clinic", "infirmary", "icu", "trauma"})
# Polls that open or close tell of the vote held there (``story.abroad.for_voting``).
_OPEN_CLOSE = frozenset({"open", "reopen", "close"})
# The last word of a happening's name ("the Boston Marathon", "the Cannes Film Festival").
_NAMED_KINDS = frozenset(
    "marathon triathlon regatta tournament championship championships olympiad festival "
    "carnival expo exposition summit telethon".split()
)


@dataclass(frozen=True)
class Trigger:
    """A word that reports a happening and the happening's type."""

    token: Token
    type: str
    weak: bool


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """The triggers of a parsed sentence: the strong ones in text order, then the weak
    ones, the outcome that matters most first (``Lexicon.weakness``: "was taken to a
    hospital, where he died" tells a death), so that of one sentence's happenings at one
    place the first is the one to draw."""
    if sentence.doc is None:
        return []
    words = lexicon()
    found = []
    for token in sentence.doc:
        if sentence.place_of(token) is not None:
            continue
        kind = _noun_type(token, words) if token.pos_ in ("NOUN", "PROPN") else None
        if token.pos_ == "VERB":
            kind = _verb_type(token, words)
        if kind:
            kind = refine_type(token, kind, words)
        if kind == "escape":  # "Family escapes house fire": the fire
            kind = escaped_type(token, words) or kind
        if (kind == "arrest" and _takes_place(sentence, token)) or control_taken(sentence, token):
            kind = "attack"  # "rebels captured Uvira": ground taken, no one arrested
        if kind:
            weak = (words.is_weak(kind) or found_disease(token, kind) or is_setting(token)
                    or fought(token))
            found.append(Trigger(token, kind, weak))
    tokens = {t.token for t in found}
    strong = [t.token for t in found if not t.weak]  # news a backdrop gives way to
    kept = [t for t in found if _cause_of(t.token) not in tokens and not _compared(t.token)
            and not said_as_a_rule(t.token) and not ranked(t.token)
            and not taking_part(t.token, tokens) and not is_statistic(t.token)
            and not charged_crime(sentence, t.token, tokens)
            and not (t.weak and behind_news(t.token, strong))]
    return sorted(kept, key=lambda t: words.weakness(t.type) if t.weak else -1)


def _takes_place(sentence: Sentence, verb: Token) -> bool:
    """"captured Goma", "seized the town of Uvira": the object is a place."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and sentence.place_of(c) is not None
        and sentence.place_of(c).mention.form != "adjective"  # "captured two Russians"
        for c in verb.children)


def _compared(token: Token) -> bool:
    """A likeness, not a happening: "likening the situation to an invasion", "compared
    the floods with those of a war", "looked like a war zone": anything the likening
    verb governs, its subject aside."""
    if token.dep_ == "pobj" and token.head.lower_ == "like":
        return True
    below = token
    for verb in token.ancestors:
        if verb.lemma_.lower() in _LIKENING and below.dep_ not in ("nsubj", "nsubjpass"):
            return True
        below = verb
    return False


def _cause_of(token: Token) -> Token | None:
    """The happening a trigger only caused: "floods triggered by heavy rain" (the rain)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.head.dep_ != "acl":
        return None
    return prep.head.head


def _noun_type(token: Token, words: Lexicon) -> str | None:
    if _named_storm(token, words):
        return "disaster"
    # a common noun the tagger took for a name: one opening the sentence, or one in
    # lower case ("the bird flu outbreak")
    opening = _opening_noun(token) or (token.pos_ == "PROPN" and token.text.islower())
    effort = token.dep_ == "compound" and token.head.lemma_.lower() in _EFFORTS
    if (_modifier(token) and not effort) or (
        token.pos_ == "PROPN" and not _court_name(token) and not opening
        and not _named_happening(token)
    ):
        return None
    word, lemma = token.lower_, token.lemma_.lower()
    if words.noun_type(joined := joined_word(token), joined):  # "killed in a hit-and-run"
        word = lemma = joined
    if (opening or _named_happening(token)) and lemma == word and word.endswith("s"):
        lemma = word[:-1]  # a name keeps its plural: "Landslides", "the Jazz Championships"
    kind = words.noun_type(word, lemma)
    if kind is None or _typed_by_verb(token, words) or (effort and kind in _NOT_EFFORTS) or (
            lab_finding(token)):  # "tests confirmed the presence of the virus": no place
        return None
    around = modifiers(token)
    if around & words.noun_never - words.needs_of(word, lemma):  # not "a boil water advisory"
        return None
    context = around | of_object(token) | {token.head.lemma_.lower()}
    context |= {c.lemma_.lower() for c in token.children if c.dep_ == "poss"}  # "council's"
    if token.dep_ == "pobj":  # "a state of emergency": the noun the phrase hangs on
        context.add(token.head.head.lemma_.lower())
    # "Violence flared in Mogadishu" read as a noun phrase; "a tsunami warning" read as
    # "a tsunami warning (people)": the participle the parse hangs on the noun
    context |= {c.lemma_.lower() for c in token.children if c.dep_ == "acl"}
    if context & (words.noun_not_with.get(word) or words.noun_not_with.get(lemma) or set()):
        return None
    context |= {c.lower_ for c in token.children if c.dep_ == "prep"}  # "a ban on"
    return kind if words.needs_met(word, lemma, context) else None


def _opening_noun(token: Token) -> bool:
    """A common noun the tagger took for a name because it opens the sentence
    ("Landslides buried several houses"): capitalised only, and no name's part."""
    return (
        token.pos_ == "PROPN" and token.i == token.sent.start
        and token.text[:1].isupper() and token.text[1:].islower()
        and token.dep_ != "compound" and token.head.pos_ != "PROPN"
    )


def _named_happening(token: Token) -> bool:
    """A happening's name that ends in its kind: "the Boston Marathon", "the G20
    Summit", "the 9th Annual Lakeside Regatta"."""
    return token.lower_ in _NAMED_KINDS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _named_storm(token: Token, words: Lexicon) -> bool:
    """"Cyclone Winston hit Fiji": the storm's title word before its name."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ == "PROPN"
        and words.noun_type(token.lower_, token.lemma_.lower()) == "disaster"
    )


def _court_name(token: Token) -> bool:
    """"Oxford Crown Court heard ...": a court named after its town is a hearing there."""
    return token.lower_ in ("court", "tribunal") and token.dep_ in ("nsubj", "pobj", "nsubjpass")


def _typed_by_verb(token: Token, words: Lexicon) -> bool:
    """The noun is the object of a verb phrase the lexicon types ("opened fire")."""
    head = token.head
    return (
        token.dep_ in _OBJECT_DEPS
        and head.pos_ == "VERB"
        and f"{head.lemma_.lower()} {token.lemma_.lower()}" in words.verb_object
    )


def _modifier(token: Token) -> bool:
    """A word that qualifies a noun ("rescue teams"), also as the second of two joined
    ones ("search and rescue teams", "search-and-rescue teams"): no happening."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ in _MODIFIER_DEPS


def _verb_type(token: Token, words: Lexicon) -> str | None:
    if token.dep_ in ("amod", "compound"):
        return None
    lemma = token.lemma_.lower()
    particle = next(
        (c.lower_ for c in token.children if c.dep_ in ("prt", "acomp", "oprd")
         or (c.dep_ == "advmod" and f"{lemma} {c.lower_}" in words.phrasal)), None
    ) or to_phrase(token, words.phrasal)  # "shot down", "set free", "laid to rest"
    # "born on March 2, 1921, in Millersburg": the place hangs on the date, and the date's
    # own "in" ("married Rosa in 1958") is no place; "into" is ("broken into Wednesday")
    when = dates(token)
    holders = [token, *(c for c in token.children if c.dep_ == "dobj"), *when]
    # "admitted to receiving drugs": a "to" that governs a gerund is a confession's
    preps = frozenset(c.lower_ for h in holders for c in h.children if c.dep_ in ("prep", "dative")
                      and not (c.lower_ == "to" and any(
                          g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))
                      and (c.lower_ == "into" or c not in {d.head for d in when}))
    obj = _patient(token)
    if spread := spread_type(token, particle, words):  # "bird flu was found in Kent"
        return spread
    # "drones struck Odesa", "was hit by a car", "police executed a search warrant"
    if by_doer := doer_type(token) or decision_type(token) or warrant_type(token, words):
        return by_doer
    if (token.lemma_.lower() in _OPEN_CLOSE and for_voting(patient(token))) or (
            voted_into_office(token)):  # "polling stations were opened": the vote
        return "election"
    for lemma in (token.lemma_.lower(), *_stems(token)):
        kind = words.verb_type(lemma, particle, obj, preps)
        if kind is None and stolen_patient(token):  # "recovered a stolen Ford Ranger"
            kind = words.verb_type(lemma, particle, STOLEN_GOODS, preps)
        if (kind in ("deployment", "birth", "drug dealing") and token.dep_ == "acl") or (
                kind == "purchase" and habit_or_need(token)):  # "China buys copper"
            return None  # "troops stationed in Iraq", "a cow born in Canada": who they are
        if kind is not None:
            return kind or None
    if held_in_jail(token):  # "is being held in the Smith County Jail"
        return "arrest"
    return "hospitalization" if _to_hospital(token) else None


def _stems(token: Token) -> list[str]:
    """Bases of a verb form the lemmatizer missed: "scamming" (scam), "vandalized"."""
    word = token.lower_
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            doubled = [base[:-1]] if len(base) > 2 and base[-1] == base[-2] else []
            return [*doubled, base, base + "e"]
    return []


def _to_hospital(token: Token) -> bool:
    """"was taken to a hospital in Tucson", "airlifted to Sparrow Hospital": a motion
    to a hospital is a hospitalization."""
    if token.lemma_.lower() not in _CARRIED:
        return False
    return any(
        child.dep_ in ("prep", "dative") and child.lower_ in ("to", "into")
        and any(t.lower_ in _CARE for t in child.subtree)
        for child in token.children
    )


def _patient(token: Token) -> str | None:
    """The patient's lemma; "with" for "charged with ..." (the charge is the object)."""
    found = patient(token)
    if found is not None and found.pos_ != "PRON":
        return found.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return "with"
    if found is not None:
        return found.lower_
    return "dead" if any(c.lower_ == "dead" for c in token.children) else None
