"""What a document says about where it is: the countries and regions it names, what each
name's first reading suggests, the currency it prices in, and the words around a name.
Used by ``resolve``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from geobrief.gazetteer.forms import currency_signs
from geobrief.gazetteer.index import Candidate
from geobrief.models import Mention

CONFIDENT = 0.5  # a city resolved this surely puts its region and country in the context
LINE_WINDOW = 300  # characters each side of a name read for a headline's title case
AGREEING = 2  # ... as do this many names first read in one region, however unsurely
# Prepositions that say where: a capitalised word right after one, in running text, is a
# place more often than a word ("fire broke out in Boston", "the ferry from Split"). Not
# "to", which as often comes before a person ("spoke to Perry").
LOCATIVES = frozenset("in at near from into outside inside across through throughout".split())
_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([a-z]+) \Z")
# "the coastal city of Saida", "the village of Sarpi", "off the coast of Pylos", "on the
# outskirts of Goma", "two miles east of Brandon": the words say a place.
_TOWN_OF = re.compile(
    r"(?<![\w'\u2019-])(?:(?:city|town|village|port|capital|suburb|coast|outskirts|shores"
    r"|(?:north|south)(?:-?(?:east|west))?|east|west) of"
    r"|(?:city|town|village|capital)) \Z")  # and "the village Dvani", "its capital Tskhinvali"
# "to" after a word of going is a goal, as sure as "from" ("flew to Assisi", "a pilgrimage
# to Lourdes"), where "spoke to Perry" is a person.
_GOING_TO = re.compile(
    r"(?<![\w'\u2019-])(?:go|goes|going|went|gone|travel|travell?(?:ed|ing|s)|fly|flies|flying|"
    r"flew|flown|moved?|moving|returned?|returning|fled|fleeing|headed|heading|sailed|drove|"
    r"driven|walked|marched|deported|evacuated|taken|sent|transferred|airlifted|relocated|"
    r"trip|journey|visit|flight|pilgrimage|voyage|way) to \Z"
)
# "in Independence Day" (a longer name), "at Loop 286" (a road), "into Bell's back" (whose?)
_NAME_GOES_ON = re.compile(r" [A-Z0-9]|['\u2019]s\b")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]+\b")
# Words a title-cased headline leaves in lower case ("Fire in Reading Leaves Two Homeless").
_TITLE_LOWER = LOCATIVES | frozenset(
    "a an the and or nor but for of on by with as over onto upon off per up".split()
)


@dataclass(frozen=True)
class Choice:
    """The place chosen for a name, and how surely (a softmax share of the scores)."""

    candidate: Candidate
    confidence: float


@dataclass
class Context:
    """What the document says about where it is: the countries and regions it names, and
    what each name's first reading suggests (``support``, by name)."""

    countries: set[str] = field(default_factory=set)
    regions: set[tuple[str, str]] = field(default_factory=set)
    listed: frozenset[str] = frozenset()  # countries of the regions listed beside a name
    region_meant: bool = False  # the words around the name say a region ("New York state")
    located: bool = False  # the text puts the name after a locative preposition ("in Bath")
    located_names: frozenset[str] = frozenset()  # the names it does that for, casefolded
    township: bool = False  # the text writes the name before "Township" ("Jackson Township")
    townships: frozenset[str] = frozenset()  # the names it does that for, casefolded
    capitals: frozenset[str] = frozenset()  # place ids of the countries' capitals
    anchor: tuple[float, float] | None = None  # (lat, lon) of the other places resolved
    blind: bool = False  # the population baseline: context is recorded but never used
    support: dict[str, Choice] = field(default_factory=dict)
    counties: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> its state
    named_regions: set[tuple[str, str]] = field(default_factory=set)  # "Ohio", "Edgar County"

    def add(self, candidate: Candidate) -> None:
        if self.blind:
            return
        self.countries.add(candidate.country)
        if candidate.kind == "region" and candidate.admin1:
            self.regions.add((candidate.country, candidate.admin1))
            self.named_regions.add((candidate.country, candidate.admin1))

    def read_dollars(self, text: str, named: Iterable[Choice], read: Iterable[Choice]) -> None:
        """After a first reading of the names (``read``; ``named``: the countries): a text
        that prices in bare "$" again and again, and names no other country nor a region
        of one, is read in the United States (``priced_in_dollars``)."""
        regions = [choice for choice in read if choice.candidate.kind == "region"]
        if priced_in_dollars(text, {choice.candidate.country for choice in [*named, *regions]}):
            self.countries.add("US")

    def without(self, name: str) -> Context:
        """The context as the document's other names give it: a name's own first reading
        never supports itself ("Mansfield" read in Texas does not put Texas in context)."""
        others = [c for key, c in self.support.items() if key != name.casefold()]
        local = Context(set(self.countries), set(self.regions), blind=self.blind,
                        capitals=self.capitals, named_regions=set(self.named_regions))
        shared = Counter((c.candidate.country, c.candidate.admin1) for c in others)
        for choice in others:
            place = choice.candidate
            if place.kind == "region":
                local.add(place)
            elif place.admin1 and (choice.confidence >= CONFIDENT
                                   or shared[place.country, place.admin1] >= AGREEING):
                local.regions.add((place.country, place.admin1))
                local.countries.add(place.country)
        for key, state in self.counties.items():
            if key != name.casefold():  # "Edgar County" puts Illinois in context
                local.regions.add(state)
                local.named_regions.add(state)
                local.countries.add(state[0])
        local.anchor = anchor(others)
        return local


def anchor(choices: Iterable[Choice]) -> tuple[float, float] | None:
    """The median point of the confidently resolved cities and regions."""
    points = [(c.candidate.lat, c.candidate.lon) for c in choices if c.confidence >= CONFIDENT]
    if not points:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def priced_in(text: str) -> set[str]:
    """The countries whose own currency the text prices in: "a new £25,000 car" puts the
    United Kingdom in context, "A$2 million" Australia. A sign after a letter is another
    currency's ("E£" is Egypt's pound, "US$" no Singapore dollar)."""
    return {country for sign, country in currency_signs().items()
            if re.search(rf"(?<![A-Za-z]){re.escape(sign)} ?\d", text)}


def priced_in_dollars(text: str, read: set[str]) -> bool:
    """"A $765,000 financing package ... $85,000 for repairs ... $10.3 million of debt":
    a local American story prices everything in dollars; a wire story quoting a sum or two
    in dollars about Naples or Dublin does not make it American. Three bare "$" sums or
    more in more than one sentence, no other currency, and no country but the United
    States named, nor a region of another ("Woodstock, Ontario" prices in Canada's)."""
    sums = [found.start() for found in _DOLLARS.finditer(text)]
    return (len(sums) >= DOLLAR_SUMS and ". " in text[sums[0] : sums[-1]]  # two sentences
            and not priced_in(text) and read <= {"US"})


_DOLLARS = re.compile(r"(?<![A-Za-z$])\$ ?\d")
DOLLAR_SUMS = 3


def located_names(text: str, mentions: Iterable[Mention]) -> frozenset[str]:
    """Names (casefolded) that the text puts right after a locative preposition at least
    once, in running text: "in Boston on Tuesday", "from Split", or after words that say a
    town ("the city of Saida") or a goal ("flew to Assisi"). Not when a capitalised word
    or a number follows (part of a longer name: "in God We Trust", "at Loop 286"), nor
    before a possessive, nor in a line written in title case (a headline)."""
    return frozenset(m.name.casefold() for m in mentions if _after_locative(text, m))


def _after_locative(text: str, mention: Mention) -> bool:
    before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    said = _TOWN_OF.search(text, max(0, mention.start - 16), mention.start) is not None
    said = said or _GOING_TO.search(text, max(0, mention.start - 16), mention.start) is not None
    if not said and (before is None or before.group(1) not in LOCATIVES):
        return False
    if _NAME_GOES_ON.match(text, mention.end):
        return False
    start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - LINE_WINDOW)
    end = text.find("\n", mention.end, mention.end + LINE_WINDOW)
    lower = _LOWER_WORD.findall(text, start, end if end >= 0 else mention.end + LINE_WINDOW)
    return any(word not in _TITLE_LOWER for word in lower)  # running text, not a headline
