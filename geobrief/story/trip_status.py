"""Whether a trip was made or is planned, or is no trip to draw.

A trip told as done or under way is made; one that is to come ("will fly to Paris"),
that hangs on a planned one ("is to travel to Pokhara before flying on to Dhaka") or
that someone awaits ("is awaiting a transfer to Virginia", "pending extradition to the
United States") or that was ordered ("the judge ordered him sent to a state hospital in
Salem") is planned; one tried, failed, wanted, offered, forbidden, only alleged,
only within reach ("rockets capable of reaching Haifa"), only likely ("outbreaks are
likely to spread to Chad"), only possible ("could spread to Chad"), only expected
("officials expect refugees to cross into Chad"), only asked about ("is it safe to send
them back to Lagos?", "whether he will be extradited"), only a chance or a bid ("compete
for the opportunity to travel to Austin"), one cut short on the way ("a plane flying to
Grozny crashed near Aktau"), kept from ("blocked the convoy from entering Ukraine") or
called off ("a ferry that was due to sail to Bukavu was cancelled"), one done as a rule
("are taken to centres in Albania", "all passengers arriving from Wuhan will be
screened"), a service ("direct flights to London operate daily"), a trip of anyone ("you
come to places like Ohio and you see"), and a weather system's move, is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.story.denials import cancels, reaches
from geobrief.story.motion import AIMS, Movement
from geobrief.story.movers import is_weather
from geobrief.story.prospects import LIKELY, a_day, verb_lemma
from geobrief.story.rule_trips import any_comer, anyone_you, service
from geobrief.story.rules_and_ranks import said_as_a_rule
from geobrief.story.status import event_status, joined_act, own_clause, what_a_thing_is_for
from geobrief.story.took_place import chance_taken
from geobrief.story.word_roles import simple_present

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence

# A trip tried, wanted, forbidden or only alleged ("a ship suspected of carrying arms to
# Gaza", "forbidden from entering Jenin", "calling on the government to ensure she is
# returned to Australia"), only offered or proposed ("offered to drive the family to
# Leeds": nobody decided it), only preferred ("would have preferred to see them moved to
# Qatar"), only foreseen or feared ("experts predict the blight will spread to Peru"),
# only required (``_required``), only likely ("outbreaks are likely to spread to Chad"), or
# only within someone's reach ("rockets capable of reaching Haifa", "unable to return to
# Aleppo"; "was able to" tells a trip done, so it is not here), or only asked for ("asked
# for $900 to visit Busan": a request, nobody decided it).
_NOT_MADE = frozenset(
    "try attempt fail refuse want hope seek threaten suspect accuse allege forbid ban bar "
    "prohibit prevent call urge demand ensure offer propose suggest capable incapable "
    "unable prefer predict forecast fear ask request apply".split()
) | LIKELY
# A trip that only could be made is a hypothesis, not a plan: "the virus could spread
# from Hungary to Austria", "troops may be sent into the region" ("would" reports a plan).
# What keeps a trip from being made ("blocked the convoy from entering"), or ends a
# habit of making it ("stopped flying to Kabul").
_KEEP_FROM = frozenset("stop block keep halt bar ban prevent prohibit restrain deter".split())
_CEASE = frozenset({"stop", "cease", "quit", "halt"})
# Verbs that order a trip told as a participle on their object: "ordered him sent to".
_ORDERS = frozenset({"order", "direct", "command"})
_MAYBE = frozenset({"could", "might", "may", "can", "ca"})
# A chance or a bid to make a trip, which may not have been taken.
_OPEN_CHANCES = frozenset({"opportunity", "chance", "option", "bid", "right"})
_TIME_PREPS = frozenset({"after", "before", "since", "upon", "on", "while", "when"})
# What ends a trip on the way: "a plane flying from Baku to Grozny crashed near Aktau", "a
# boat carrying migrants to Italy capsized", "a ship sailing to Gaza was seized".
_CUT_SHORT = frozenset(
    "crash sink capsize founder disappear vanish explode collide divert hijack intercept "
    "seize stop shoot ground".split()
)
# What ends a trip under way, those and more: "was driving to Kisumu when gunmen attacked
# the bus".
_ENDS_A_TRIP = _CUT_SHORT | frozenset(
    "hit strike attack ambush overturn veer roll plunge derail burst catch break".split())


def route_status(move: Movement, *, headline: bool = False) -> str | None:
    """"made" or "planned"; None for a trip tried, failed, alleged, denied or called
    off, or for the weather. Outside a ``headline`` a trip told in the simple present
    with its time is a plan ("the team flies to Atlanta on Friday"); one told with how
    often is a habit (``_as_a_rule``: "every summer she drives to Denver"); without either
    it is going on ("as refugees return to southern Sudan")."""
    if not headline and simple_present(move.word) and _timed(move.word) and not _as_a_rule(
            move.word):
        return "planned"
    if (is_weather(move.word) or _as_a_rule(move.word) or _cut_short(move.word)
            or what_a_thing_is_for(move.word) or any_comer(move.word) or service(move.word)
            or anyone_you(move.word) or _undecided(move.word)
            or _foreseen(move.word)
            or _called_off(move.word) or _kept_from(move.word)):
        return None
    token, reported, joined = move.word, False, False
    for _ in range(4):
        # a verb joined by "and" is an act of its own: "accuse Georgia of massing troops,
        # and say they evacuated children from Gori", "failed to land and returned to Rome"
        if not joined and (verb_lemma(token) in _NOT_MADE or _required(token)
                           or (not reported and _maybe(token))):
            return None
        if token is not move.word and not reported and not joined and any(
                c.dep_ == "neg" for c in token.children):
            return None  # "was not able to reach Tskhinvali", "did not manage to get to"
        if token.dep_ not in ("xcomp", "ccomp", "conj", "pcomp", "prep", "acomp") or (
                token.head == token):
            break
        if own_clause(token):  # "Orban called Dodik, and Vucic travelled": not "called"'s
            break
        # "can confirm that he flew to Lima", "could have spoiled after leaving Peru": the
        # "can" and "could" are not the trip's
        reported = reported or token.dep_ == "ccomp" or (
            token.dep_ == "pcomp" and token.head.lower_ in _TIME_PREPS)
        joined = joined_act(token)
        token = token.head
    status = event_status(move.word, dated=False)
    if status in ("happened", "ongoing"):
        return "planned" if _after_a_plan(move.word) or _awaited(move.word) or _ordered(
            move.word) else "made"
    return "planned" if status in ("planned", "scheduled") else None


def only_aimed_at(sentence: Sentence, move: Movement) -> bool:
    """The trip's goal is only where its mover was bound, not yet reached: "a caravan
    heading for the United States", "left Sfax headed for Lampedusa", "a ship bound for
    Istanbul": a trip to come (drawn as planned), and the trip the mover goes on with
    ("The group crossed into Guatemala") starts where this one did, not at its goal."""
    if move.goal is None or move.word.lemma_.lower() in AIMS:
        return move.goal is not None
    tokens = sentence.tokens_of(move.goal)
    token = tokens[0] if tokens else move.word
    for _ in range(6):  # from the goal up to the motion word
        if token == move.word or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in AIMS:
            return True
    return False


def _cut_short(word: Token) -> bool:
    """The trip is told of a vehicle that did not get there: a participle on the subject
    of a verb that ended it ("a plane flying from Baku to Grozny crashed"), or a trip
    under way when something ended it ("the minibus was travelling from Accra to Tamale
    when the driver lost control", "was sailing to Gaza when it was seized")."""
    holder = word.head
    if word.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                  for c in word.children):
        return any(c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)
                   and _ends_it(c) for c in word.children)
    return (word.dep_ == "acl" and word.tag_ == "VBG" and holder.dep_ in ("nsubj", "nsubjpass")
            and holder.head.lemma_.lower() in _CUT_SHORT)


def _ends_it(verb: Token) -> bool:
    """The verb ends a trip: a crash, an attack, a seizure, losing control."""
    lemma = verb.lemma_.lower()
    return lemma in _ENDS_A_TRIP or (lemma == "lose" and any(
        c.dep_ == "dobj" and c.lower_ == "control" for c in verb.children))


def _called_off(word: Token) -> bool:
    """The trip is told in a clause on a vehicle or trip that was called off: "a ferry
    that was due to sail from Goma to Bukavu was cancelled"."""
    token = word
    for _ in range(4):
        if token.dep_ in ("relcl", "acl"):
            verb = token.head.head
            return cancels(verb) and reaches(verb, token.head)
        if token.dep_ not in ("xcomp", "acomp") or token.head == token:
            return False
        token = token.head
    return False


def _kept_from(word: Token) -> bool:
    """The trip is one someone was kept from or stopped making: "blocked the convoy from
    entering Ukraine", "kept the flotilla from reaching Gaza", "airlines stopped flying
    to Kabul" (not "kept flying to Kabul", nor "stopped in Homs before driving on")."""
    head = word.head
    if word.dep_ == "pcomp" and head.lower_ == "from":
        return head.head.lemma_.lower() in _KEEP_FROM
    return word.dep_ == "xcomp" and word.tag_ == "VBG" and head.lemma_.lower() in _CEASE


def _maybe(verb: Token) -> bool:
    """Only possible: "the virus may spread to Chad", "winners may advance to the finals
    in Fresno", "troops could be sent"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MAYBE for c in verb.children)


def _after_a_plan(word: Token) -> bool:
    """The trip is told after a planned one that it hangs on, so it is planned too: "is
    to travel to Pokhara before flying on to Dhaka", "will land in Rome and then drive to
    Naples"."""
    token = word
    for _ in range(3):
        head = token.head
        if token.dep_ not in ("advcl", "pcomp", "prep", "conj") or head == token:
            return False
        if own_clause(token):  # "..., and Vucic travelled to Banja Luka"
            return False
        if head.pos_ == "VERB" and head.i < word.i:  # not "failed to land ... and returned"
            return head.lemma_.lower() not in _NOT_MADE and event_status(
                head, dated=False) in ("planned", "scheduled")
        token = head
    return False


def _required(verb: Token) -> bool:
    """A trip a rule only requires: "the statute requires that she be flown to Perth" (not "he was
    required to move his firm to Ogden", told of a move made)."""
    return verb.lemma_.lower() == "require" and not any(
        c.dep_ == "auxpass" for c in verb.children)


def _asked(word: Token) -> bool:
    """The trip is told in a yes-or-no question ("Is it safe to send them back to
    Nigeria?", "Hi, would you send it to the UK?"); not one a "why" question takes as
    done, nor a trip told before a question ("... arrived in Lampedusa, and officials
    asked: what now?")."""
    ends = [t.i for t in word.doc if t.text == "?"]
    if not ends or ends[0] < word.i:
        return False
    starts = [t.i + 1 for t in word.doc[: word.i] if t.text in (":", '"', "\u201c", ";", ",")]
    first = word.doc[max(starts, default=0)]
    return first.tag_ == "MD" or first.pos_ == "AUX"


def _foreseen(word: Token) -> bool:
    """Someone expected or anticipated the trip, told in what the verb expects ("officials
    had expected birds migrating from Africa to carry the virus into Europe"): a
    foresight, not a trip; not "is expected to arrive in Lima on Monday", a trip fixed to
    come, nor "refugees who fled to Chad had expected help"."""
    token = word
    while token.dep_ in ("ccomp", "xcomp", "advcl", "acl", "dobj") and token.head != token:
        token = token.head
        if token.lemma_.lower() in ("expect", "anticipate"):
            return not any(c.dep_ == "auxpass" for c in token.children)
    return False


def _ordered(word: Token) -> bool:
    """The trip is one someone ordered, told as a participle on whom it moves: "the
    judge ordered him sent to a state hospital" says what is to be done, not that it
    was."""
    head = word.head.head if word.dep_ == "acl" and word.head.dep_ == "dobj" else word.head
    return word.tag_ == "VBN" and word.dep_ in ("acl", "ccomp", "xcomp", "oprd") and (
        head.lemma_.lower() in _ORDERS)


def _awaited(word: Token) -> bool:
    """The trip is what someone faces: "faces deportation to Mexico" ("pending" and
    "awaiting" make the trip itself one to come: ``event_status``)."""
    return word.dep_ == "dobj" and word.head.lemma_.lower() == "face"


def _as_a_rule(word: Token) -> bool:
    """A trip told in the simple present passive is what is done as a rule, no trip
    made: "migrants rescued at sea are taken to centres in Albania" (not "are being
    taken", nor "have been taken"); so is one told with how often ("every time I visit
    Lee Academy", "whenever we travel to Nairobi": ``story.rules_and_ranks``)."""
    auxes = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
    return ([a.tag_ for a in auxes] in (["VBZ"], ["VBP"]) and auxes[0].dep_ == "auxpass") or (
        said_as_a_rule(word))


def _timed(verb: Token) -> bool:
    """The verb's clause says when: "on Friday", "next week", "tomorrow", "in June"."""
    return any(a_day(t) or t.lower_ == "next" for c in verb.children
               if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)


def _undecided(word: Token) -> bool:
    """A trip only asked about or open: told in a question ("is it safe to send them back
    to Nigeria?"), after "whether" or "if" ("it is uncertain whether he will be extradited
    to Virginia"), or as a chance or a bid not said to be taken ("compete for the
    opportunity to travel to Austin", "in a bid to reach Italy"; "had the chance to visit"
    is a trip made)."""
    if _asked(word):
        return True
    token = word
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
            return True
        if token.dep_ == "acl" and token.head.lemma_.lower() in _OPEN_CHANCES:
            return not chance_taken(token)
        if token.dep_ not in ("xcomp", "conj", "ccomp") or token.head == token:
            return False
        token = token.head
    return False
