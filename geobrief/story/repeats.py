"""Repeats of one happening: a later report of it merges into its first.

A report is the same happening as an earlier one when it is of the same kind
(``_same_kind``) and told at the same place, or at the country of one told only by its
country, or in a town of a region told just before (``_same_place``, ``_inside``); one
told as new ("a second blast", "another outbreak") or with another date is a new one,
and so is a part of a country's happening ("half of the cases were in Texas and New
Mexico"), a country's happening told with a date of its own after an undated one in
one of its towns, and one told as before them ("a previous outbreak", "prior cases"). A
headline (``story.parse``) sums up a happening that the next two sentences tell in
detail, as new ("Blast injures two in Abkhazia", then "A bomb exploded at a market
in the Gali district ..."): that report is the headline's happening, at its place
(``_retold``). A repeat lends the first report its date, a drawn status and
a more exact place.
"""

from __future__ import annotations

from geobrief.story.status import DRAWN

Row = dict[str, object]
# a place carries its country: a village the gazetteer lacks, told first with no anchor
# ("Vandals desecrate graves near Jbeil church") and then shown at a town of its
# country, is in that country
_PLACE_KEYS = ("summary", "place", "place_id", "country", "countries", "precision", "anchor",
               "geometry")
_REPORT_KEYS = (*_PLACE_KEYS, "sentence", "trigger")
_RETOLD_WITHIN = 2  # sentences after the first


def _same_place(old: Row, new: Row) -> bool:
    """The same place, or the same country where one of the two is told only by its
    country ("a car bomb in Baghdad" then "the bombing in Iraq"); not a happening told
    as new ("a recent epidemic in Zimbabwe"), nor a part of a country-wide happening
    told after it ("the Haitian outbreak", then "cases were reported in the capital"),
    nor one of another date. A place the gazetteer lacks is only itself."""
    if old["anchor"] or new["anchor"] or not old["place_id"] or not new["place_id"]:
        # the same name, or one of the two told at the other's anchor ("an explosion in
        # the village of Khoni of the Tsalka district", then "in the district")
        # but one told as new at a spot in the town told before is another ("a fire in
        # Leeds", then "other fires, among them a grass fire on Otley Street")
        spot = bool(new["new"] and new["anchor"] and not old["anchor"]
                    and old["precision"] == "place")
        return old["place"] == new["place"] or _inside(old, new) or (
            old["place_id"] == new["place_id"] and not (old["anchor"] and new["anchor"])
            and not spot)
    if old["place_id"] == new["place_id"] or _inside(old, new):
        return True
    country_level = "country" in (old["precision"], new["precision"])
    dates = [str(d) for d in (old["date"], new["date"]) if d]
    if len(dates) == 2 and not (dates[0].startswith(dates[1]) or dates[1].startswith(dates[0])):
        return False
    part = new["precision"] != "country" and (bool(old["adjective"]) or bool(new.get("parts")))
    return (country_level and not new["new"] and not part and not _dated_apart(old, new)
            and old["country"] is not None and old["country"] == new["country"])


def _dated_apart(old: Row, new: Row) -> bool:
    """A country's happening told with a date of its own after an undated one at a place
    in it, not named as that one ("four nurses in Cebu tested positive", then
    "the Philippines confirmed its first case in June"): another happening."""
    return (new["precision"] == "country" and old["precision"] != "country"
            and bool(new["date"]) and not old["date"] and not new.get("definite"))


def _same_kind(old: Row, new: Row) -> bool:
    """The same type, or a country's case told after an outbreak there ("an outbreak in
    Kisumu", then "Kenya's first case")."""
    return old["type"] == new["type"] or (
        (old["type"], new["type"]) == ("outbreak", "infection") and new["precision"] == "country"
    )


def is_new(rows: list[Row], row: Row) -> bool:
    """A happening not told before; a repeat merges into its first report (its date, a
    drawn status and a more exact place carry over) and is not new."""
    for old in rows:
        if row.get("earlier") and not old.get("earlier"):
            continue  # "two prior cases in the same state": before the one told
        retold = _retold(old, row)
        if _same_kind(old, row) and (retold or _same_place(old, row)):
            if old["date"] is None and row["date"] is not None:
                old["date"], old["date_precision"] = row["date"], row["date_precision"]
            if old["status"] not in DRAWN and row["status"] in DRAWN:
                old["status"] = row["status"]
            if retold:  # the headline's happening told in detail: that report, its place
                old.update({key: row[key] for key in (*_REPORT_KEYS, "index", "headline")})
            elif old["precision"] == "country" and (row["precision"] != "country" or (
                    row["anchor"] and not old["anchor"])):  # a village the gazetteer lacks
                old.update({key: row[key] for key in _REPORT_KEYS})  # the report placing it
            elif _inside(old, row):  # told where in the region: that report and its town
                old.update({key: row[key] for key in _REPORT_KEYS})
            return False
    return True


def _inside(old: Row, new: Row) -> bool:
    """A happening told in a region, then in the next sentence, not as new, in a town of
    it ("activists visited homes in Connecticut. Protesters walked to a home in
    Fairfield"); further on, a town's happening is another one, unless it is told at a
    place the gazetteer lacks near that town ("a ranger who died in Texas", then "he
    had lived on a ranch near Fort Hood", shown at Killeen)."""
    near = int(new["index"]) - int(old["index"]) <= 1  # type: ignore[call-overload]
    return (old["precision"] == "region" and not old["anchor"]
            and ((new["precision"] == "place" and near) or bool(new["anchor"]))
            and new.get("region") == old["place_id"] and not new["new"])


def _retold(old: Row, new: Row) -> bool:
    """``new`` tells in detail, in the next sentences, the happening the article's
    headline (``story.parse``) sums up at its place or at a region or country that
    holds its place."""
    if not old["headline"] or int(new["index"]) > _RETOLD_WITHIN:  # type: ignore[call-overload]
        return False
    if (old["place_id"], old["place"]) == (new["place_id"], new["place"]):
        return True  # at the same place: the body's report tells more
    if old["precision"] == "country":
        return new["precision"] != "country" and new["country"] == old["country"]
    return old["precision"] == "region" and (new.get("region") == old["place_id"] or (
        bool(new["anchor"]) and new["place_id"] == old["place_id"]))  # a village of it


def refine(rows: list[Row], row: Row) -> None:
    """"A military air strike on a festival in central Myanmar", then "The paraglider
    attack hit a crowd in Sagaing region": "the attack", placed only by its clause, tells
    where in its country the last happening of its kind was. It lends that place and
    nothing more (not a date or a status: "the worst outbreak seen in Africa" is not
    the cases told before it)."""
    old = next((r for r in reversed(rows) if r["type"] == row["type"]), None)
    if (old is not None and old["precision"] == "country" and row["precision"] != "country"
            and not old["anchor"] and old["country"] == row["country"]):
        old.update({key: row[key] for key in _REPORT_KEYS})
