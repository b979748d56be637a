""""The town", "the city", "the village": a place the text names again without its name.

"Gunmen attacked a police station in Beledweyne. The town was cut off for two days":
the second sentence is about Beledweyne. Each such phrase becomes a story mention of
the last town or city named before it, in its sentence or the one before (no further:
a place is named where the text tells of it; "the same state" says it is one named
before, a little further back), so events and routes read it like a name.

Not a place named again: one named right after ("the town of Batken" is its own
mention), another one ("the nearby town", "another city", "the next village"), a kind
of place ("the city council" says who, and is kept; "a town" is none), a possessive of
people ("the city's mayor" is kept: what the mayor does is in the city). A town named
only as whose people they are ("two Goshen men") is not the one "the city" means.

The same holds for the words of a region, a port or an island, each read as a reader
would: "the province" and "the state" are the last first-level region named ("the
state" of Kerala, of Ohio), "the region" and "the district" the last region the text
called so ("the Artibonite region", "the region of Darfur", "Swat district": "the
region" is as often a part of the world), "the county" the last county, "the port" the
last town, "the island" the last island, town or region; each in a country (not "the
region" of Asia). They are read only where they say where ("in the state", "across the
region"): as a subject or object they are the authority ("the state bars ...", "the
county will pay"), and as a goal they are vague ("visits to the region"). A word that
only qualifies another is no place ("the state media", "the county jail", "the district
attorney", "the state of emergency"), nor "the eastern region" (a part of the country,
not the region named before). "The area" is not read so: it is somewhere near a place
("hospitals in the area"), and measured on 817 news texts it placed as many happenings
and trips wrong as right. Nor is "the country": a happening placed only in a country
needs its own sentence to name it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geobrief.models import Article
from geobrief.read.sentences import split_sentences
from geobrief.story.homes import home_mentions
from geobrief.story.located import TOWNS, Located, TextOrder, named_again
from geobrief.story.movers import PEOPLE

# "the town", "the northern city", "the same village"; the word is what is mentioned.
_DEFINITE = re.compile(
    r"\b[Tt]he\s+(?P<adjs>(?:[a-z][a-z\-]*\s+){0,2}?)"
    r"(?P<word>town|city|village|port|island|province|state|region|district|county)\b(?!-)"
)
_ANOTHER = frozenset(
    "nearby neighbouring neighboring next other another nearest adjacent new old "
    "capital border coastal twin sister host home".split()
)
_NAMED_AFTER = re.compile(r"\s+of\s+[A-Z]|,?\s+[A-Z][a-z]")  # "the town of Batken"
_REGIONS = frozenset({"region"})
# The kinds of place each word may mean again ("first" and "county": only a first-level
# region, or only a county, by its id).
_MEANS: dict[str, frozenset[str]] = {
    "town": TOWNS, "city": TOWNS, "village": TOWNS, "port": TOWNS,
    "island": TOWNS | _REGIONS, "region": _REGIONS,
    "district": _REGIONS, "province": frozenset({"first"}), "state": frozenset({"first"}),
    "county": frozenset({"county"}),
}
_OLD_WORDS = frozenset({"town", "city", "village"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "people"}
_SAME_REACH = 3
_VILLAGE_MAX = 100_000  # people: a place larger is a town or a city, whatever it is called
_CALLED = frozenset({"region", "district"})
# Before a new word, only what keeps it the place named: "the same province", "the
# restive region"; not "the school district", "the home county", nor a part of the
# country ("the eastern region" of Chad, not the region named before).
_SAME = frozenset("same whole entire affected stricken troubled restive volatile".split())
# A new word is a place where it says where ("in the state", "across the region"); as a
# subject or object it is the authority ("the state bars ...", "the county will pay"),
# and as a goal it is vague ("visits to the region", "bring that money to the county").
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|on|across|throughout|around|inside|within|outside|from|of|off|over|"
    r"through)\s+$"
)
# After a new word, what shows it is a noun of its own: punctuation, a possessive, or a
# word of grammar ("in the province on Monday", "the state has", "the region where").
_FOLLOWS = re.compile(
    r"(?:\s*[,.;:!?)\"\u201d\u2019]|['\u2019]s\b|\s*$|\s+(?:in|on|at|for|from|to|into|with|by|"
    r"since|during|after|before|over|under|near|last|this|and|or|but|as|is|was|are|were|has|"
    r"had|have|will|would|could|can|may|said|says|where|which|that|who|until|through|"
    r"yesterday|today|overnight|earlier|later|itself)\b)"
)


def definite_mentions(article: Article, located: TextOrder) -> list[Located]:
    """Every "the town" phrase of the article's body that names a place again, with the
    place, in text order; "his home" too (``story.homes``)."""
    text = article.text
    spans = split_sentences(text, article.body_start)

    def keep(match: re.Match[str]) -> Callable[[Located], bool] | None:
        if not _points_back(text, match):
            return None
        word, kinds = match.group("word"), _MEANS[match.group("word")]
        return lambda pair: (bool(pair.place.country) and _means(pair, kinds)
                             and _called(text, pair, match) and not _whose(text, pair)
                             and not (word == "village" and _city_sized(pair)))

    found = named_again(text, spans, located, _DEFINITE, keep, _reach)
    return sorted([*found, *home_mentions(text, spans, located)],
                  key=lambda pair: pair.mention.start)


def _whose(text: str, pair: Located) -> bool:
    """A town named only as whose people ("Two Goshen men were charged ... outside a
    store on the city's south side"): where they are from, not the city told of."""
    word = _NEXT_WORD.match(text, pair.mention.end)
    if word is None:
        return False
    noun = word.group(1)
    return _PLURALS.get(noun, noun.removesuffix("s")) in PEOPLE or noun in PEOPLE


def _city_sized(pair: Located) -> bool:
    """Too large to be "the village" ("gunmen attacked the village of Kauran Namoda ...
    police arrested suspects in Gusau, the state capital. The governor visited the
    village": not Gusau, a city of 200,000)."""
    return (pair.place.population or 0) > _VILLAGE_MAX


def _reach(match: re.Match[str]) -> int:
    """How many sentences back the phrase may point: one, and for "the same state" (said
    to be the one named before) three ("... in Oregon. Two of the five patients died.
    An earlier case in the same state was confirmed in 2019")."""
    return _SAME_REACH if "same" in match.group("adjs").split() else 1


def _points_back(text: str, match: re.Match[str]) -> bool:
    """The phrase names a place told before: not another one, nor one named right after,
    nor (for the words beyond town, city and village) a word that qualifies a noun."""
    adjs = set(match.group("adjs").split())
    if adjs & _ANOTHER or _NAMED_AFTER.match(text, match.end()):
        return False
    if match.group("word") in _OLD_WORDS:
        return True
    return (adjs <= _SAME and _FOLLOWS.match(text, match.end()) is not None
            and _WHERE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None)


def _called(text: str, pair: Located, match: re.Match[str]) -> bool:
    """For "the region" and "the district", a place the text called so ("the Artibonite
    region", "Swat district", "the region of Darfur"): "the region" is as often a part of
    the world ("West and Central African countries ... the region")."""
    word = match.group("word")
    if word not in _CALLED:
        return True
    start, end = pair.mention.start, pair.mention.end
    return re.match(rf"\s+{word}\b", text[end : end + 12]) is not None or re.search(
        rf"\b{word}\s+of\s+(?:the\s+)?$", text[max(0, start - 20) : start]) is not None


def _means(pair: Located, kinds: frozenset[str]) -> bool:
    """The place is of a kind the word means: "first" a first-level region
    ("region:IN.13"), "county" a county ("region:US.KY.Laurel County")."""
    place = pair.place
    if place.kind in kinds:
        return True
    if place.kind != "region" or not place.place_id.startswith("region:"):
        return False
    parts = place.place_id.split(".")
    return ("first" in kinds and len(parts) == 2 and not parts[0].endswith("WORLD")) or (
        "county" in kinds and len(parts) >= 3)
