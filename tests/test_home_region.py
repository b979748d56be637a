"""Rereading a text's names against their second readings: a name moves only into the
region most of the text's other names lie in (texts and places written for geobrief)."""

from __future__ import annotations

from geobrief.gazetteer.index import Candidate, Gazetteer
from geobrief.geoparse.context import Choice
from geobrief.geoparse.home_region import keep_rereadings
from geobrief.models import Mention
from geobrief.pipeline import geoparse


def _town(name: str, admin1: str, population: int = 5000) -> Choice:
    place = Candidate(f"test:{name}.{admin1}", name, "city", "US", admin1, 40.0, -90.0,
                      population, True)
    return Choice(place, 0.9)


def _mentions(names: list[str]) -> list[Mention]:
    spans, start = [], 0
    for name in names:
        spans.append(Mention(name, start, start + len(name), name))
        start += len(name) + 2
    return spans


def test_a_name_moves_into_the_region_most_other_names_lie_in() -> None:
    names = ["Alder", "Birch", "Cedar", "Dogwood"]
    readings = {0: _town("Alder", "KS"), 1: _town("Birch", "KS"), 2: _town("Cedar", "KS"),
                3: _town("Dogwood", "MI")}
    kept = keep_rereadings(_mentions(names), readings, {3: _town("Dogwood", "KS")})
    assert kept[3].candidate.admin1 == "KS"


def test_two_names_elsewhere_do_not_move_a_name_from_its_region() -> None:
    names = ["Alder", "Birch", "Cedar", "Virginia"]
    readings = {0: _town("Alder", "CA"), 1: _town("Birch", "CA"), 2: _town("Cedar", "VA"),
                3: Choice(Candidate("region:US.VA", "Virginia", "region", "US", "VA", 37.5,
                                    -78.9, 8_000_000, True), 1.0)}
    kept = keep_rereadings(_mentions(names), readings, {2: _town("Cedar", "CA")})
    assert kept[2].candidate.admin1 == "VA"  # two towns in California are no home region
    readings[3] = _town("Elm", "CA")
    kept = keep_rereadings(_mentions([*names[:3], "Elm"]), readings, {2: _town("Cedar", "CA")})
    assert kept[2].candidate.admin1 == "CA"  # three are


def test_of_two_town_and_county_pairs_the_one_where_the_other_places_are(
    gazetteer: Gazetteer,
) -> None:
    """Glasgow lies near a Monroe County in Kentucky and in Missouri: the text's other
    town, Bowling Green, says Kentucky's (not the largest Monroe County, New York's)."""
    text = ("A Glasgow woman was charged on Friday in Monroe County District Court after a "
            "crash on the road to Bowling Green.")
    _, found = geoparse(text, gazetteer=gazetteer)
    ids = {p.name: p.place_id for p in found}
    assert ids["Monroe County"] == "region:US.KY.Monroe County"
    assert next(p.country for p in found if p.name == "Glasgow") == "US"


def test_a_town_and_county_pair_elsewhere_leaves_a_town_where_the_texts_places_are(
    gazetteer: Gazetteer,
) -> None:
    """Columbus and Franklin County lie together in Ohio, but this story is set in
    Georgia: its Columbus stays there, and so does Augusta."""
    text = ("Crews from Columbus, Macon, Savannah and Augusta cleared fallen trees on Monday. "
            "The Columbus crews then drove north to Franklin County to help.")
    _, found = geoparse(text, gazetteer=gazetteer)
    georgia = {p.name for p in found if (place := gazetteer.place(p.place_id)) is not None
               and (place.country, place.admin1) == ("US", "GA")}
    assert {"Columbus", "Macon", "Savannah", "Augusta"} <= georgia
