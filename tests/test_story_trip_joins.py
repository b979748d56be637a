"""A trip told over two sentences, or in a gapped list, on newswire written for the
project: a second sentence whose mover is the first one's (named again, by the noun of
its "of" phrase, or by a stand-in such as "many", "most", "the group", "dozens of them")
goes on from where the first one left; a list that leaves out the verb ("many to
Iligan and some to Cagayan de Oro") names one goal per clause. Guards: another mover
("the governor", "others", "many of the wounded soldiers"), a second sentence about
something else, a trip back to the place left, a planned trip and someone's origin do
not make a made trip from the first sentence's place. A trip told in an "after" phrase
does not start at the place of the clause it hangs on ("died in Nakuru after his
deployment to Somalia"), and a trip after a visit starts there ("returned to Lagos after
a visit to Accra"). A goal the gazetteer lacks, named again, is where the text first
placed it ("the Mater Misericordiae Hospital in Nairobi")."""

from __future__ import annotations

import pytest
from conftest import trips

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        ("Thousands fled Kadugli after the town was shelled. Many walked to Kosti.",
         ("Kadugli", "Kosti", "made")),
        ("About 2,000 people left Mariupol on Tuesday. Most travelled to Zaporizhzhia.",
         ("Mariupol", "Zaporizhzhya", "made")),
        ("The fishermen left Dakar last week. Dozens of them reached the Canary Islands "
         "on Sunday.", ("Dakar", "Canary Islands", "made")),
        ("Hundreds of families fled Goma on Monday. Many of the families walked to Bukavu.",
         ("Goma", "Bukavu", "made")),
    ],
)
def test_a_trip_goes_on_from_the_departure_told_just_before(
    text: str, trip: tuple[str, str, str], gazetteer: Gazetteer
) -> None:
    """Fails on main: the second trip had no start (an arrival only)."""
    assert trip in trips(text, gazetteer)


def test_the_group_goes_on_from_where_the_trip_before_ended(gazetteer: Gazetteer) -> None:
    """Fails on main: "the group" named no mover told before."""
    text = ("Hundreds of refugees walked from Aleppo to Azaz on Monday. The group then "
            "moved to Kilis.")
    assert ("I‘zāz", "Kilis", "made") in trips(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of migrants set out from San Pedro Sula on Thursday in a caravan "
        "heading for the United States. The group crossed into Guatemala on Friday.",
        "The lorries left Mombasa on Monday, bound for Kampala. The lorries reached "
        "Nairobi on Wednesday.",
        "A ship carrying grain sailed from Odesa on Monday, bound for Istanbul. The ship "
        "reached Varna on Tuesday.",
    ],
)
def test_a_trip_only_bound_somewhere_goes_on_from_its_start(
    text: str, gazetteer: Gazetteer
) -> None:
    """Fails on main: the second trip started where the first was only bound (the
    United States, Kampala, Istanbul), as if the mover had got there; and the trip only
    bound there was drawn as made (STORY.md: "headed for Syria" is no trip made)."""
    found = trips(text, gazetteer)
    bound = {"United States", "Kampala", "Istanbul"}
    assert not {start for start, _, _ in found} & bound
    assert {status for _, end, status in found if end in bound} == {"planned"}


def test_a_gapped_list_names_a_goal_per_clause(gazetteer: Gazetteer) -> None:
    """Fails on main: only the first goal of the list was drawn."""
    text = "Residents fled Marawi on Tuesday, many to Iligan and some to Cagayan de Oro."
    assert trips(text, gazetteer) == [
        ("Marawi City", "Cagayan de Oro", "made"), ("Marawi City", "Iligan", "made")]
    text = "Villagers fled Marawi on Tuesday. Many went to Iligan, others to Cagayan de Oro."
    assert trips(text, gazetteer) == [
        ("Marawi City", "Cagayan de Oro", "made"), ("Marawi City", "Iligan", "made")]


def test_towns_of_a_gapped_list_stand_for_their_country(gazetteer: Gazetteer) -> None:
    """Fails on main: one route, to the first town only."""
    text = ("Thousands of Venezuelans crossed into Colombia last month, many to Cucuta and "
            "others to Bogota.")
    assert trips(text, gazetteer) == [
        ("Venezuela", "Bogotá", "made"), ("Venezuela", "Cúcuta", "made")]


def test_guard_a_planned_trip_after_a_departure_stays_planned(gazetteer: Gazetteer) -> None:
    """Guard (passes on main too): a plan to go on is drawn as planned, not made."""
    text = "Thousands fled Goma on Monday. Many plan to travel to Bukavu next week."
    assert ("Goma", "Bukavu", "made") not in trips(text, gazetteer)
    assert ("Goma", "Bukavu", "planned") in trips(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands fled Goma on Monday. The governor flew to Kinshasa on Tuesday.",
        "Fighters left Idlib on Tuesday. Others were bused to Jarablus.",
        "Thousands fled Goma on Monday. Many of the wounded soldiers were flown to Kinshasa.",
        "Hundreds of families fled Beni on Monday. Many shops in Butembo stayed closed.",
    ],
)
def test_guard_another_mover_or_topic_is_not_joined(text: str, gazetteer: Gazetteer) -> None:
    """Guard: the first sentence's place is no start of another mover's trip."""
    assert all(start is None for start, end, _ in trips(text, gazetteer) if end is not None)


def test_guard_no_trip_back_to_the_place_left(gazetteer: Gazetteer) -> None:
    text = "Hundreds fled Jalalabad on Sunday. Many returned to Jalalabad on Monday."
    assert all(start != end for start, end, _ in trips(text, gazetteer))


def test_guard_someones_origin_is_no_start(gazetteer: Gazetteer) -> None:
    text = "A lorry driver from Leeds left Dover on Friday. He drove to Calais."
    assert ("Dover", "Calais", "made") in trips(text, gazetteer)
    assert all(start != "Leeds" for start, _, _ in trips(text, gazetteer))


def test_a_trip_told_after_the_clause_does_not_start_there(gazetteer: Gazetteer) -> None:
    """Fails on main: the place of the clause an "after" phrase hangs on was taken as
    the start of the trip told in it, though the mover was there after the trip."""
    text = "A medic died in Nakuru last week after his deployment to Somalia."
    assert all(start != "Nakuru" for start, _, _ in trips(text, gazetteer))


def test_a_return_after_a_visit_starts_at_the_visit(gazetteer: Gazetteer) -> None:
    """Fails on main: "after a visit to Accra" told no start for the return."""
    text = "The trade minister returned to Lagos on Sunday after a visit to Accra."
    assert ("Accra", "Lagos", "made") in trips(text, gazetteer)
    text = "The cardinal flew to Manila after a pilgrimage to Rome."
    assert trips(text, gazetteer) == [("Rome", "Manila", "made")]


def test_a_goal_named_again_is_where_the_text_first_placed_it(gazetteer: Gazetteer) -> None:
    """Fails on main: the unlisted goal was shown at the last place told before it
    (Eldoret, its own start), so no trip was drawn."""
    text = ("The Mater Misericordiae Hospital in Nairobi said a surgeon, Jane Wambui, is "
            "seriously ill. Wambui went to Eldoret on May 6. On Thursday she was "
            "airlifted to the Mater Misericordiae Hospital.")
    layers = brief(text, gazetteer=gazetteer).layers
    found = [(r["from"], r["to"], r["to_anchor"]) for r in records(layers.routes)]
    assert ("Eldoret", "Mater Misericordiae Hospital", "Nairobi") in found


def test_a_trip_goes_on_across_a_wire_storys_paragraph_break(gazetteer: Gazetteer) -> None:
    """Fails before: in wire copy each sentence is a paragraph, and the join stopped at
    the break. A pronoun does not cross it (a guard)."""
    text = ("Thousands of civilians fled El Obeid after the city was shelled on Saturday.\n\n"
            "Many walked for days to Kosti, on the White Nile.")
    assert ("El Obeid", "Kosti", "made") in trips(text, gazetteer)
    text = "Thousands of civilians fled El Obeid on Saturday.\n\nThey later returned to Kosti."
    assert ("El Obeid", "Kosti", "made") not in trips(text, gazetteer)


def test_a_trip_starts_at_the_town_not_the_country_it_lies_in(gazetteer: Gazetteer) -> None:
    """A guard (passes on main too): "from Tobruk in eastern Libya" starts in Tobruk."""
    text = "The boat had sailed from Tobruk in eastern Libya and later reached Malta."
    assert trips(text, gazetteer) == [("Tobruk", "Malta", "made")]


def test_a_boat_only_heading_somewhere_is_on_a_trip_to_come(gazetteer: Gazetteer) -> None:
    """Fails on main: a made trip from Libya to Italy, where the boat never came. The
    town is the start, not the country it lies in (no actor that sent the boat)."""
    text = "The boat had sailed from Tobruk in eastern Libya and was heading for Italy."
    assert trips(text, gazetteer) == [("Tobruk", "Italy", "planned")]
