"""Whether a text is written as US local news, from its own conventions, not its places.

"Marta Ruiz, 23, of 418 Birch St., Dublin, was charged ... Councilwoman Lee said the
Parks and Recreation budget ... at 7 p.m." names one town, whose largest namesake is in
Ireland; a reader still knows the town is American: a numbered street address with
"St.", a councilwoman, "p.m.". Such conventions are counted by kind: a *strong* kind
(a sheriff's office, a county's board or court, a street address or "the 800 block of",
a US phone number, an elementary school, "11th-grader" or a school district, a
councilman or city manager) counts two, a *weak* one one: a clock time "7 p.m.",
"percent", a dollar sum with no other currency, "Sept. 26", American spelling, "Jones,
19, of", a high school (Scotland and Canada have them too), "Sen."/"Rep." or
"(R-Texas)" (national: they go abroad with a senator). The text is US local news at
US_LOCAL_SCORE with a strong kind among them, and never where it writes as Britain,
Ireland, Canada or Australia do ("per cent", "centre", "councillor", "£", "Gardai",
"provincial").
Last of ``resolve``'s steps (``move_us_local_towns``): where every other name of such a
text is read in the US and no word points abroad (no "Irish", no other Irish place, no
"Ireland's"), a town still read abroad moves to its largest US namesake of 10,000 people
(``home_towns.largest_namesake``; "Paris firefighters ... 3125 Elm St." is Paris,
Texas). Last, so that the text's own places place it first where they can ("Paris ...
Edgar County" is Paris, Illinois).
"""

from __future__ import annotations

import re

from geobrief.geoparse.context import CONFIDENT, Choice
from geobrief.geoparse.home_towns import Lookup, largest_namesake
from geobrief.geoparse.wording import says_nation
from geobrief.models import Mention

US_LOCAL_SCORE = 3  # two for each strong kind, one for each weak one

_STRONG = (
    re.compile(r"\b[Ss]heriff['\u2019]s (?:[Oo]ffice|[Dd]epartment|[Dd]eputies|[Dd]eputy)"),
    re.compile(r"\b[A-Z][a-z]+ (?:County|Parish|Township) (?:Sheriff|Commission|Board|Court"
               r"|Jail|Attorney|Schools?|Prosecutor|Clerk|Coroner|Circuit|Superior|District)"),
    re.compile(r"\b\d{2,5} (?:[NSEW]\. )?(?:[A-Z][a-z]+ ){1,3}"
               r"(?:St|Ave|Blvd|Rd|Dr|Ln|Pkwy)\.(?=[ ,])"),
    re.compile(r"\(\d{3}\) ?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b"),
    # a police-blotter address: "in the 800 block of Elm Drive"
    re.compile(r"\b\d{2,5} block of [A-Z]"),
    re.compile(r"\b(?:Elementary School|elementary schools?|[Ss]chool [Dd]istrict"
               r"|\d+(?:th|st|nd|rd)[- ]grader?)\b"),
    re.compile(r"\b(?:Council(?:man|woman|member)s?|[Cc]ity [Mm]anager|Vice Mayor"
               r"|Parks and Recreation|Junior College)\b"),
)
_DOLLAR = re.compile(r"(?<![A-Za-z])\$ ?\d")
_WEAK = (
    # national, not local: a senator abroad ("Sen. Ray Ortiz (R-Texas) arrived in Paris")
    re.compile(r"\b(?:Sen|Rep|Gov)\. [A-Z][a-z]+|\((?:R|D|I)-[A-Z][a-z.]+\)"),
    re.compile(r"\b\d{1,2}(?::\d\d)? [ap]\.m\."),
    re.compile(r"\bpercent\b"),
    _DOLLAR,
    re.compile(r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b"),
    re.compile(r"\b(?:centers?|colors?|neighbor\w*|favor\w*|honor\w*|labor|theaters?|defense"
               r"|traveled|canceled)\b"),
    re.compile(r"\b[A-Z][a-z]+, \d{1,2}, of\b"),
    re.compile(r"\b(?:High|Middle) School\b"),
)
# a dollar of another country, or another currency, makes "$" no American sign
_OTHER_MONEY = re.compile(r"\b(?:NZ|A|C|HK|S)\$|\b(?:pounds|euros|rupees|yuan|pesos)\b")
# written as Britain, Ireland, Canada or Australia write: no American text, whatever else
_COMMONWEALTH = re.compile(
    r"£|€|\bper cent\b|\b(?:centre|colour|neighbour|favour|honour|labour|programme"
    r"|councillor|organisation|province|provincial)s?\b|\bGardai?\b|\bRCMP\b|\bMPs?\b"
    r"|\bOPP\b|\bCoun\.",
    re.IGNORECASE,
)


def us_local_score(text: str) -> int:
    """Two for each strong kind of US local convention the text shows, one for each weak
    kind ("7 p.m.", "percent", "$2 million" with no other currency); 0 for a text written
    in Commonwealth style ("per cent", "£")."""
    if _COMMONWEALTH.search(text):
        return 0
    weak = [p for p in _WEAK if p is not _DOLLAR or not _OTHER_MONEY.search(text)]
    strong = sum(2 for p in _STRONG if p.search(text))
    return strong + sum(1 for p in weak if p.search(text)) if strong else 0


def written_as_us_local(text: str) -> bool:
    """Whether the text reads as US local news ("Smith, 19, of 20 Oak St., was held
    at the Sheriff's Office"): a score of US_LOCAL_SCORE, a strong kind among it."""
    return us_local_score(text) >= US_LOCAL_SCORE


def move_us_local_towns(
    mentions: list[Mention], chosen: dict[int, Choice], gazetteer: Lookup, text: str
) -> None:
    """Move in ``chosen`` each town read abroad, alone in its country among the text's
    names and not said to be a nation's ("Athens's prime minister"), to its largest US
    namesake of ``home_towns.HOME_TOWN`` people, where every other name is read in the US
    and the text reads as US local news (``written_as_us_local``)."""
    abroad = {c.candidate.country for c in chosen.values()} - {"US"}
    if len(abroad) != 1 or not written_as_us_local(text):
        return
    names = {mentions[i].name.casefold() for i, c in chosen.items() if c.candidate.country != "US"}
    if len(names) != 1:
        return  # "Dublin ... Cork", "Paris ... French": the country has company
    moving = [i for i, c in chosen.items() if c.candidate.country != "US"]
    if any(chosen[i].candidate.kind != "city" or mentions[i].form != "name"
           or says_nation(text, mentions[i]) for i in moving):
        return
    home = largest_namesake(gazetteer, mentions[moving[0]].name, country="US")
    for i in moving if home is not None else ():
        chosen[i] = Choice(home, CONFIDENT)
