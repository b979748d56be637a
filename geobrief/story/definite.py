""""The town", "the city", "the village": a place the text names again without its name.

"Gunmen attacked a police station in Beledweyne. The town was cut off for two days":
the second sentence is about Beledweyne. Each such phrase becomes a story mention of
the last town or city named before it, in its sentence or the one before (no further:
a place is named where the text tells of it), so events and routes read it like a name.

Not a place named again: one named right after ("the town of Batken" is its own
mention), another one ("the nearby town", "another city", "the next village"), a kind
of place ("the city council" says who, and is kept; "a town" is none), a possessive of
people ("the city's mayor" is kept: what the mayor does is in the city).
"""

from __future__ import annotations

import re

from geobrief.models import Article, Mention
from geobrief.read.sentences import split_sentences
from geobrief.story.located import Located, TextOrder, within

# "the town", "the northern city", "the same village"; the word is what is mentioned.
_DEFINITE = re.compile(
    r"\b[Tt]he\s+(?P<adjs>(?:[a-z][a-z\-]*\s+){0,2}?)(?P<word>town|city|village)\b(?!-)"
)
_ANOTHER = frozenset(
    "nearby neighbouring neighboring next other another nearest adjacent new old "
    "capital border coastal twin sister host home".split()
)
_NAMED_AFTER = re.compile(r"\s+of\s+[A-Z]|,?\s+[A-Z][a-z]")  # "the town of Batken"
_TOWNS = frozenset({"city", "feature"})


def definite_mentions(article: Article, located: TextOrder) -> list[Located]:
    """Every "the town" phrase of the article's body that names a place again, with the
    place, in text order."""
    text = article.text
    spans = split_sentences(text, article.body_start)
    found: list[Located] = []
    for index, (start, end) in enumerate(spans):
        since = spans[index - 1][0] if index else start
        for match in _DEFINITE.finditer(text, start, end):
            if set(match.group("adjs").split()) & _ANOTHER:
                continue
            if _NAMED_AFTER.match(text, match.end()):
                continue
            named = [p for p in within(located, since, match.start()) if p.place.kind in _TOWNS]
            if not named:
                continue
            place = named[-1].place
            word_start, word_end = match.span("word")
            mention = Mention(text[word_start:word_end], word_start, word_end, place.name,
                              "name")
            found.append(Located(mention, place))
    return found
