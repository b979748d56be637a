"""A local body named again as "the board" sits where the text named it before.

Local news names a council or a board once with its place and then only by its noun:
"The Oakville school board met Monday night. The board approved a new budget" tells a
decision in Oakville, as "Tema needs a clinic, council members said. On Tuesday the
council voted to build one" tells a vote in Tema. The second sentence names
no place; it points back to the body (STORY.md: the place may be named in the sentence
the happening points back to), so its decision is where the body was named: the place
the same body's own phrase names in an earlier sentence ("the Oakville school board"),
else the dateline's town ("KISUMU - ... The council also approved a market levy"),
else the one town, county or region of the sentence just before, when that sentence
tells of the body too ("Kisumu parents want a new school, board members said. The
board approved it") or is the headline, and the place is nobody's origin ("a bid from
a firm of Nakuru" says where the firm is from).

Only a local body that decides or meets, the doer of the happening, points back so:
not a legislature, a parliament or a cabinet, which sit for a whole state or country;
not "a board" or "another council", no body told before; not "the Tema Water Board",
whose name introduces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geobrief.story.actors import ORIGIN
from geobrief.story.phrases import best_place, phrase_places
from geobrief.story.pointer_words import LOCAL_BODIES, POINTING
from geobrief.story.word_roles import agents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from geobrief.story.located import Located
    from geobrief.story.parse import Sentence

# The happenings a body does itself: what it decides, votes on or meets for.
_DOES = frozenset({"decision", "vote", "meeting"})


def body_place(
    earlier: Sequence[Sentence], text: str, trigger: Token, kind: str,
    seat: Located | None = None,
) -> Located | None:
    """Where the local body that does the happening ``trigger`` reports sits, when it
    is named again with no place of its own ("the board approved the plan"): the place
    of the same body told in one of the ``earlier`` sentences (nearest first), else the
    dateline's place (``seat``: "KISUMU - ... The council also approved"), else the
    one place below a country of the sentence just before, when that one tells of
    the body too or is the headline. None for any other happening or doer."""
    bodies = [b for d in _doers(trigger) if (b := _named_again(d)) is not None]
    if kind not in _DOES or not bodies:
        return None
    family = {_family(b) for b in bodies}
    for sentence in earlier:
        if sentence.doc is None or not sentence.places:
            continue
        told = [p for t in sentence.doc if _family(t) in family for p in own_places(sentence, t)]
        if (found := best_place(sentence, told)) is not None:
            return found
    if seat is not None or not earlier or earlier[0].doc is None or not (
            earlier[0].headline or any(_family(t) in family for t in earlier[0].doc)):
        return seat
    local = {p.place.place_id: p for p in earlier[0].places if p.place.kind != "country"
             and ORIGIN.search(text, max(0, p.mention.start - 6), p.mention.start) is None}
    return next(iter(local.values())) if len(local) == 1 else None


def own_places(sentence: Sentence, body: Token) -> list[Located]:
    """The towns, counties and regions a body's own words name: before it ("the Oakville
    school board") or in its "of" or "in" phrase ("the board of Oakville"); not the rest
    of its phrase, which may tell what it decided about, nor a country ("the Libya
    sanctions committee": no local body's seat)."""
    own = [*body.lefts, *(g for c in body.rights if c.dep_ == "prep" and c.lower_ in ("of", "in")
                          for g in c.subtree)]
    tokens = {t.i for w in own for t in (w.subtree if w.dep_ != "pobj" else [w])}
    return [p for p in phrase_places(sentence, body)
            if p.place.kind != "country" and any(t.i in tokens for t in sentence.tokens_of(p))]


def is_local_body(token: Token) -> bool:
    """A council, board or commission's word ("council", "Commissioners")."""
    return bool(_family(token))


def _family(token: Token) -> str:
    """A body's word without its ending, so that "the council" is the one of the
    "councillors" and "commissioners" sit in "the commission" ("counci", "commis"), but
    not in "the committee" ("commit")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN":  # "Lamar County Commissioners": a name's word, not lemmatized
        lemma = lemma.removesuffix("s")
    return lemma[:6] if lemma in LOCAL_BODIES else ""


def _doers(trigger: Token) -> list[Token]:
    """Who does the happening: the verb's subject or agent ("the board voted", "was
    approved by the council"), a meeting noun's verb's subject ("the board held a
    meeting"); a verb joined by "and" shares the first one's ("met and approved")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _named_again(doer: Token) -> Token | None:
    """The body in "the board", "the school board", "council members", "commissioners":
    a local body told before; None for "a board", or one a name introduces ("the Tema
    Water Board")."""
    body = doer
    if doer.lemma_.lower() == "member":  # "board members decided"
        body = next((c for c in doer.children if c.dep_ == "compound"
                     and c.lemma_.lower() in LOCAL_BODIES), doer)
    if body.lemma_.lower() not in LOCAL_BODIES or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in body.children):
        return None
    dets = [c.lower_ for c in body.children if c.dep_ in ("det", "poss")]
    if not dets:  # "commissioners voted"
        return body if body.tag_ in ("NNS", "NNPS") else None
    return body if dets[0] in POINTING else None
