"""The ends of a movement that its own phrases do not name.

A trip without a named start starts where its mover last was: the end of the trip told
in the sentence just before (its start, when that trip was only bound there), or the
start of a departure told there (the same mover, "she", or a stand-in: "Thousands fled
Kadugli. Many walked to Kosti"), the country that sent it ("Belarus has freed 52
prisoners and they are on their way to Lithuania"), the place the story was before
(named in its sentence before the goal, not in a clause an "after" phrase with the trip
hangs on, or in the two sentences before), else the mover's own country ("three Peruvian
students landed in Spain"); a goal told as "neighbouring Chad" starts in the country it
neighbours. A trip with a start and no goal ("staff were flown in from Brisbane") ends
at the other place its sentence names, if one. Never someone's origin alone ("a native
of Mexico").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from geobrief.gazetteer.shapes import land_neighbours
from geobrief.story.clauses import clause_verb
from geobrief.story.examples import in_a_list
from geobrief.story.located import Located, actors_before
from geobrief.story.motion import Movement, origins_share
from geobrief.story.movers import PRONOUNS, mover_names, qualifies, stands_in, who_moved
from geobrief.story.phrases import LOCATIVE, town_of
from geobrief.story.roles import ACTORS, QUALIFIERS
from geobrief.story.site_goals import in_goal_phrase
from geobrief.story.town_lies import contains, town_first

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.parse import Sentence, StoryParse

_ORIGIN_PREPS = frozenset({"of", "from"})
_NEIGHBOURING = frozenset({"neighbouring", "neighboring", "adjacent"})
_SAYING = frozenset("say tell report announce state add claim confirm warn note".split())
# Where a place in a sentence is a place someone is or goes to ("at Bali airport", "sent
# to Innisfail"); "between" names parties.
_WHERE_PREPS = (LOCATIVE | {"to", "towards", "toward"}) - {"between", "among"}


def continued(
    story: StoryParse, last: tuple[int, Located, frozenset[str], str] | None, index: int,
    who: Token | None, status: str,
) -> Located | None:
    """Where the trip told just before, in this sentence or the one before it, ended (or,
    told without its end, started: "set out from Tapachula. The caravan walked to
    Huixtla"), when this one goes on with the same mover ("she", the same noun or a
    stand-in such as "many": "the convoy crossed into Gaza through Rafah and reached Gaza
    City" goes on from Gaza, not from Rafah; across a paragraph break, which in wire copy
    follows every sentence or two, the same noun or a stand-in, not a pronoun); not
    a pronoun for people its own sentence names ("rescued 23 survivors and took them back
    to Zuwara"), and not a made trip after a planned one ("will travel to Gulu. Last year
    he flew to Lagos")."""
    if last is None or last[0] not in (index - 1, index) or who is None:
        return None
    if not story.same_paragraph(last[0], index) and who.lower_ in PRONOUNS:
        return None
    if (last[3], status) == ("planned", "made") or not last[1].place.country:
        return None  # nor from a continent: "to visit Africa. He will land in Nairobi"
    lemma = who.lemma_.lower()
    if lemma in PRONOUNS:
        return None if who_moved(who) else last[1]
    return last[1] if stands_in(who) or mover_names(who) & last[2] else None


def neighbour_origin(story: StoryParse, index: int, move: Movement) -> Located | None:
    """For a goal told as "neighbouring Chad", the country it neighbours: that of the
    last place named before it, in its sentence or earlier, in a country that shares a
    border with it ("fighting spread across Sudan ... thousands fled into neighbouring
    Chad"; "an attack near Douentza ... thousands fled to neighbouring Niger" is from
    Mali, not from Burkina Faso named further back), told by the country's name."""
    goal = move.goal
    if goal is None or not goal.place.country or not _told_as_neighbour(story, index, goal):
        return None
    borders = set(land_neighbours(goal.place.country))
    before = [p for i in range(index + 1) for p in story.sentences[i].places
              if i < index or p.mention.end <= goal.mention.start]
    country = next((p.place.country for p in reversed(before) if p.place.country in borders),
                   None)
    return next((p for p in reversed(before)
                 if p.place.kind == "country" and p.place.country == country), None)


def _told_as_neighbour(story: StoryParse, index: int, goal: Located) -> bool:
    tokens = story.sentences[index].tokens_of(goal)
    return bool(tokens) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _NEIGHBOURING for c in tokens[-1].children
    )


def narrative_origin(
    story: StoryParse, index: int, move: Movement, others: Collection[int] = (),
    regions: Mapping[str, str] | None = None, who: Token | None = None,
    unmade: Collection[str] = (),
) -> Located | None:
    """Where the story was before the trip: the last place named before the goal in its
    sentence, else the last place of the two sentences before it (by name, not by an
    adjective, and not the goal itself or a place around it), but not an end of another
    mover's trip (``others``: mention starts; "the boat ... heading for Lampedusa" is not
    where "them" were rescued from), and only from a sentence that tells of the same mover
    (``who``: "he", or the same noun) when the mover is named; in its own sentence, not
    the goal of a trip told as not made (``unmade``: place ids). Nothing further back, nor
    across a paragraph break: a route's ends are named where the text tells it."""
    goal = move.goal
    if goal is None:
        return None
    here = story.sentences[index]
    within = [c for c in (_when_clause(move), _after_phrase(move)) if c is not None]
    before = [
        (here, p) for p in here.places
        if p.mention.end <= goal.mention.start and not in_phrase(here, p, goal, move.word)
        and not in_goal_phrase(here, p, move.word)  # "to the EU Laboratory at Weybridge"
        and all(any(c.is_ancestor(t) for t in here.tokens_of(p)) for c in within)
        and not any(qualifies(t, who) for t in here.tokens_of(p)[-1:])  # "U.S. helicopters"
    ]
    earlier = [  # not one of a list ("cases in the United States, Canada and Israel")
        (s, p) for s in reversed(story.paragraph_before(index)) if _tells_of(s, who)
        for p in s.places if p.mention.start not in others and not in_a_list(s, p)
    ]
    for candidates in (before, earlier):
        found = [
            p for s, p in candidates  # not "Busan" of "asked to visit Busan while on a trip"
            if where_someone_was(s, p) and (s is not here or p.place.place_id not in unmade)
            and not contains(p.place, goal.place, regions)
            and not contains(goal.place, p.place)  # Lampedusa to Sicily is a trip
        ]
        if found:
            return town_first(found, regions, story.article.text)
    return None


def _when_clause(move: Movement) -> Token | None:
    """The verb of the "when" clause on a time that the movement is told in ("Poland has
    built a wall since 2022, when migrants flew to Minsk"): the rest of the sentence is
    another time, and its places and actors are not where the mover was nor who sent
    it. Not a clause on the main verb ("he was in Lagos when he flew to Abuja")."""
    verb = clause_verb(move.word)
    when = verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children)
    return verb if when else None


def _after_phrase(move: Movement) -> Token | None:
    """The "after" phrase the movement is told in ("a soldier died in Nakuru after his
    deployment to Somalia"): the places of the clause it hangs on are where the mover was
    after the trip, not where it started."""
    token = move.word
    for _ in range(3):
        head = token.head
        if token.dep_ in ("pobj", "pcomp") and head.lower_ in ("after", "following"):
            return head
        if head == token or head.pos_ in ("VERB", "AUX"):
            return None
        token = head
    return None


def _tells_of(sentence: Sentence, who: Token | None) -> bool:
    """The sentence may be about the mover ``who``: a pronoun or no mover could be anyone;
    a noun must be in it ("the crew blasted off from Baikonur" is not where "refugees"
    crossed from)."""
    if who is None or who.lemma_.lower() in PRONOUNS or sentence.doc is None:
        return True
    return any(t.lemma_.lower() == who.lemma_.lower() for t in sentence.doc)


def where_someone_was(sentence: Sentence, pair: Located) -> bool:
    """A place named where the story was ("stopped in Gainesville", "Kisumu
    hospital"), not someone's origin ("a native of Mexico", "a couple from Leeds") nor
    an adjective ("Kenyan") nor a name that qualifies who acts ("the US military", "a
    Texas company")."""
    tokens = sentence.tokens_of(pair)
    if pair.mention.form == "adjective" or not tokens:
        return False
    lies = tokens[-1].head  # "a couple from Leeds in England": where Leeds lies, no more
    if lies.dep_ == "prep" and lies.lower_ == "in" and sentence.place_of(lies.head) is not None:
        return where_someone_was(sentence, sentence.place_of(lies.head))
    if tokens[-1].dep_ in QUALIFIERS and (
        pair.place.kind == "country" or tokens[-1].head.lower_ in ACTORS
    ):
        return False  # who acts: "the US military said", "Kenya's health minister"
    head = tokens[-1].head
    while head.head != head and (
        sentence.place_of(head) is not None or head.dep_ in ("conj", "cc", "appos")
    ):
        head = head.head  # "citizens of Poland, Latvia and France": up to "of"
    origin = head.dep_ == "prep" and head.lower_ in _ORIGIN_PREPS
    if origin and town_of(head):
        return True  # "the lakeside town of Kisumu", "his hometown of Lahore"
    # "a couple from Leeds", "most of them from Sudan", "two from Eritrea"
    return not (origin and head.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"))


def _in_origin(sentence: Sentence, pair: Located) -> bool:
    """The place is inside a phrase that tells where someone is from ("the group, from a
    church in Dublin, was seized"), up to its clause's verb."""
    tokens = sentence.tokens_of(pair)
    for prep in tokens[-1].ancestors if tokens else ():
        if prep.pos_ in ("VERB", "AUX"):
            return False
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.head.pos_ in (
            "NOUN", "PROPN", "PRON"
        ):
            return True
    return False


def in_locative(sentence: Sentence, pair: Located, *, goals: bool = True) -> bool:
    """The place is in a locative or (with ``goals``) a goal phrase ("at Bali airport",
    "in Lagos and Abuja", "to Innisfail")."""
    tokens = sentence.tokens_of(pair)
    if pair.mention.form == "adjective" or not tokens:
        return False
    head = tokens[-1]
    while head.head != head and (
        sentence.place_of(head) is not None
        or head.dep_ in ("compound", "conj", "cc", "appos", "pobj", "amod", "poss")
    ):
        head = head.head
    return head.dep_ in ("prep", "dative") and head.lower_ in (_WHERE_PREPS if goals else LOCATIVE)


def sending_country(story: StoryParse, sentence: Sentence, move: Movement) -> Located | None:
    """A destination without a start: the country the sentence names as an actor before
    it, in another country ("Belarus has freed ... on their way to Lithuania"); not a
    name that only qualifies a noun ("four U.S. Chinook helicopters landed in Kalam":
    whose helicopters, not where from)."""
    if move.goal is None or _when_clause(move) is not None:
        return None
    text = story.article.text
    actors = actors_before(text, sentence.places, move.goal.mention.start)
    others = [
        p for p in actors
        if p.place.country != move.goal.place.country and not _only_speaks(sentence, p)
        and not any(t.dep_ == "compound" for t in sentence.tokens_of(p)[-1:])
        and not any(a.lower_ == "from" and origins_share(a)  # "120 people, mostly from
                    for t in sentence.tokens_of(p)[:1] for a in t.ancestors)  # Nigeria"
    ]
    return others[-1] if others else None


def _only_speaks(sentence: Sentence, pair: Located) -> bool:
    """The country only tells of the trip ("the U.S. team said he would fly to Canada"):
    its verb is one of saying."""
    tokens = sentence.tokens_of(pair)
    head = tokens[-1] if tokens else None
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head is not None and head.lemma_.lower() in _SAYING


def sentence_goal(sentence: Sentence, move: Movement) -> Located | None:
    """For a trip with a start and no goal, the other named place of its sentence."""
    if move.source is None:
        return None
    for pair in sentence.places:
        if in_phrase(sentence, pair, move.source, move.word):
            continue
        if not in_locative(sentence, pair) or _in_origin(sentence, pair):
            continue  # "at Bali airport"; not "citizens of Poland", "from a church in Dublin"
        if not contains(pair.place, move.source.place) and not contains(
            move.source.place, pair.place
        ):
            return pair
    return None


def in_phrase(sentence: Sentence, pair: Located, end: Located, word: Token) -> bool:
    """``pair`` is named in the phrase of the motion ``word`` that holds ``end`` ("to the
    county jail in Fresno", "from Brisbane and Townsville")."""
    tokens = sentence.tokens_of(end)
    if not tokens:
        return False
    head = tokens[0]
    while head.head != word and head.head != head:
        head = head.head
    span = list(head.subtree)
    return span[0].idx <= pair.mention.start - sentence.start <= span[-1].idx
