"""One happening per place in a sentence, unless the sentence tells two things done.

A sentence often names one happening with several words ("met in Doha for peace talks",
"gunmen opened fire on a bus in Kano, killing four"): one of them is drawn at its place.
Two happenings joined by "and" as two clauses, each doing its own thing, are two: "In
Cox's Bazar, a cholera outbreak has sickened 200 refugees and residents protested over
water" (an outbreak and a protest); "three reporters were detained and released a day
later" (a detention and a release). A death, an injury or a stay in hospital joined so
is what the other did ("was shot and died"): it gives way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geobrief.models import Place
from geobrief.story.clauses import clause_verb
from geobrief.story.status import DRAWN

if TYPE_CHECKING:
    from spacy.tokens import Token

Row = dict[str, object]
# What a happening outranks at its place in its sentence: "met in Doha for peace talks"
# tells talks; "toured Aceh and met survivors" a visit (the meeting is part of it);
# "stormed a school and kidnapped 303 pupils" a kidnapping (when joined by "and":
# "attacked a train, taking 100 passengers hostage" is an attack).
OUTRANKS = {"talks": frozenset({"meeting"}), "visit": frozenset({"meeting"}),
            "kidnapping": frozenset({"attack"})}
# What harm did, told joined to what harmed ("was shot and died", "cases rose and a
# nurse was infected"): never a second one.
_HARM = frozenset({"death", "injury", "hospitalization", "infection"})
# Happenings that make one occasion, whichever of them is told: "toured Aceh and met
# survivors" is one visit; "stormed a school and kidnapped pupils" one kidnapping;
# "raided a university and seized its property" one raid.
_ONE_OCCASION = (frozenset({"visit", "meeting", "talks"}), frozenset({"attack", "kidnapping"}),
                 frozenset({"raid", "seizure", "search", "arrest"}))


def place_key(place: Place | Row) -> tuple[str, str]:
    """What tells two places apart: the id, and for a name the gazetteer lacks, shown
    at a place of the gazetteer, the name too."""
    if isinstance(place, Place):
        return place.place_id, place.name
    return str(place["place_id"]), str(place["place"])


def clauses(token: Token) -> tuple[int, int]:
    """The clause a trigger is told in (its verb, or the verb its noun belongs to) and
    the clause that one is joined to by "and" (itself when none): "an outbreak has
    sickened 200 and residents protested" tells two clauses, "protested" joined to
    "sickened"."""
    verb = clause_verb(token)
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
    return verb.i, verb.head.i if joined else verb.i


def one_per_place(rows: list[Row]) -> list[Row]:
    """One happening per place in a sentence: of those drawn, one that happened before one
    fixed to come ("arrested ahead of the vote on Sunday"), then the first strong one,
    else the first; a prospect only when none is. One told as before it ("where a
    previous outbreak occurred") is another, and so is one of another type told in a
    clause joined to the kept one's (``clauses``), harm aside. A word of the same type
    there lends the kept one its date ("cases have climbed since the outbreak in Peru
    began in 2019"). One that another set off is another too (``consequences``)."""
    kept: list[Row] = []
    for row in sorted(rows, key=lambda r: (r["status"] not in DRAWN, r["status"] == "scheduled",
                                           bool(r["weak"]))):
        same = [k for k in kept if place_key(k) == place_key(row) and not _joined(k, row)
                and k["earlier"] == row["earlier"] and k["set_off"] == row["set_off"]]
        if not same:
            kept.append(row)
        elif row["outranks"] and same[0]["type"] in OUTRANKS[str(row["type"])] and (
                same[0]["status"] == row["status"]):
            kept[kept.index(same[0])] = row
        elif same[0]["date"] is None and same[0]["type"] == row["type"]:
            same[0].update(date=row["date"], date_precision=row["date_precision"])
    return sorted(kept, key=lambda r: int(r["at"]))  # type: ignore[call-overload]


def _joined(kept: Row, row: Row) -> bool:
    """Two happenings of two types, drawn alike, told in two clauses joined by "and"."""
    (one, one_to), (other, other_to) = kept["clauses"], row["clauses"]  # type: ignore[misc]
    kinds = {str(kept["type"]), str(row["type"])}
    return (len(kinds) == 2 and one != other and (one_to == other or other_to == one)
            and kept["status"] == row["status"] and not kinds & _HARM
            and not any(kinds <= occasion for occasion in _ONE_OCCASION))
