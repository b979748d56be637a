"""Optional NER stage: fuse spaCy's named entities with the gazetteer matcher's mentions.

Off by default (``--ner``). It shares the story step's English model and its loader
(``geobrief.read.language``), with the entity recognizer in place of the parser.

1. Drop a gazetteer mention that lies strictly inside a longer PERSON entity ("Sharon"
   in "Sharon Mueller"), or inside a two-word ORG/FAC entity whose other word is a
   name ("Paris" in "Paris Hilton", which the small model calls an ORG); never a country
   form. A mention that is the whole entity stays (the small model calls many a town a
   person), as do places in longer organisation names ("Shreveport Police Department").
2. Add a place entity (GPE, LOC, FAC) that the gazetteer knows but the matcher missed,
   when it overlaps no mention already kept.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from geobrief.models import Article, Mention
from geobrief.read.language import NER_COMPONENTS, load_english

if TYPE_CHECKING:
    from spacy.language import Language

PERSON = "PERSON"
NAME_LIKE = frozenset({"ORG", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LEADING = ("the ", "The ")
_POSSESSIVE = ("'s", "\u2019s")


class Lookup(Protocol):
    """What fusion needs from the gazetteer."""

    def country_form(self, text: str) -> tuple[str, str] | None: ...
    def candidates(self, name: str) -> list[Any]: ...
    def word_commonness(self, name: str) -> float: ...


@dataclass(frozen=True)
class _Entity:
    start: int
    end: int
    label: str


@functools.cache
def load_model() -> Language:
    """The spaCy pipeline (tokenizer, tok2vec and ner only), loaded once per process."""
    return load_english(NER_COMPONENTS)


def fuse_mentions(article: Article, mentions: list[Mention], gazetteer: Lookup) -> list[Mention]:
    """The matcher's mentions less people's names, plus places it missed; by offset."""
    entities = find_entities(article)
    kept = [m for m in mentions if not _inside_name(article.text, m, entities, gazetteer)]
    added = _missed_places(article, entities, kept, gazetteer)
    return sorted([*kept, *added], key=lambda m: m.start)


def find_entities(article: Article) -> list[_Entity]:
    """spaCy's entities in the article body, as character spans."""
    ents = load_model()(article.text).ents
    return [_Entity(e.start_char, e.end_char, e.label_) for e in ents
            if e.start_char >= article.body_start]


def _inside_name(
    text: str, mention: Mention, entities: list[_Entity], gazetteer: Lookup
) -> bool:
    """The mention lies strictly inside a person's name, or inside a two-word ORG/FAC
    entity whose other word is a name ("Paris Hilton"); never a country form."""
    if mention.form != "name" or gazetteer.country_form(mention.name) is not None:
        return False
    for entity in entities:
        start, end = _trimmed(text, entity.start, entity.end)
        inside = start <= mention.start and mention.end <= end
        if not inside or (start, end) == (mention.start, mention.end):
            continue
        if entity.label == PERSON:
            return True
        if entity.label in NAME_LIKE and _name_pair(text, mention, start, end, gazetteer):
            return True
    return False


def _name_pair(text: str, mention: Mention, start: int, end: int, gazetteer: Lookup) -> bool:
    """Two words, the other a capitalised name that is no dictionary word and no country
    form ("Hilton" of "Paris Hilton"; not "Police" of "Fargo Police")."""
    rest = (text[start : mention.start] + " " + text[mention.end : end]).split()
    if len(rest) != 1 or len(text[start:end].split()) != 2:
        return False
    word = rest[0]
    return (
        word[:1].isupper()
        and word.isalpha()
        and gazetteer.word_commonness(word) == 0
        and gazetteer.country_form(word) is None
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading "the" or a trailing possessive."""
    if text.startswith(_LEADING, start, end):
        start += 4
    if text.endswith(_POSSESSIVE, start, end):
        end -= 2
    return start, end


def _missed_places(
    article: Article, entities: list[_Entity], kept: list[Mention], gazetteer: Lookup
) -> list[Mention]:
    found = (
        _as_mention(article.text, e, gazetteer)
        for e in entities
        if e.label in PLACE_LABELS and not _overlaps(e, kept)
    )
    return [m for m in found if m is not None]


def _overlaps(entity: _Entity, mentions: list[Mention]) -> bool:
    return any(m.start < entity.end and entity.start < m.end for m in mentions)


def _as_mention(text: str, entity: _Entity, gazetteer: Lookup) -> Mention | None:
    """The entity as a mention when the gazetteer knows its name; None for names in
    capitals (subheads) or lower case."""
    start, end = _trimmed(text, entity.start, entity.end)
    surface = text[start:end]
    name = " ".join(surface.split())
    if not name or not name[0].isupper() or name.isupper():
        return None
    if gazetteer.country_form(name) is None and not gazetteer.candidates(name):
        return None
    return Mention(surface, start, end, name, "name")
