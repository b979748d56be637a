"""The type a happening takes from what is told around it, on short stories written for
the project: deaths told in a disease's story, with no cause of their own, are its
outbreak (one person's death an infection), while deaths after a bombing, or from an
overdose, stay deaths. What was done ahead of a happening ("arrested ahead of rallies
next month") is the news at their place, not the rallies still to come. A sentence
that only its dateline places ("LEEDS -- A fire destroyed ...") is read too. A search
for a suspect in a robbery, or for the cause of a blaze, tells the robbery or the fire
where the searchers are."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief

_CHOLERA = "Cholera has spread to the Kenyan capital. "


def happenings(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """The type and place of each drawn happening, in order."""
    briefing = brief(text, Config(date=dt.date(2025, 3, 4)), gazetteer=gazetteer)
    return [(str(e["type"]), str(e["place"])) for e in briefing.layers.events.to_dict("records")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_CHOLERA + "Health officials recorded twelve deaths in Mombasa last week.",
         [("outbreak", "Nairobi"), ("outbreak", "Mombasa")]),
        (_CHOLERA + "A woman died in a hospital in Mombasa on Friday.",
         [("outbreak", "Nairobi"), ("infection", "Mombasa")]),
        (_CHOLERA + "A man died of an overdose in Mombasa on Friday.",
         [("outbreak", "Nairobi"), ("death", "Mombasa")]),
        ("A bomb exploded in Nairobi. Twelve deaths were recorded in Mombasa last week.",
         [("attack", "Nairobi"), ("death", "Mombasa")]),
    ],
)
def test_deaths_in_a_disease_story_are_its_outbreak(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police detained ten activists in Minsk on Friday, ahead of opposition rallies "
         "in the city next month.", [("arrest", "Minsk")]),
        ("Police in Minsk detained ten activists on Friday ahead of rallies in Minsk on "
         "Sunday, March 9.", [("arrest", "Minsk")]),
    ],
)
def test_what_was_done_ahead_of_a_happening_is_the_news(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """A happening told as ahead of another is the one that happened: the other is
    still to come."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("LEEDS -- A fire destroyed the roof of a mill on Tuesday, injuring two firefighters.",
         [("fire", "Leeds")]),
        ("KINGSTON, Jamaica -- A 27-year-old man was shot twice early Tuesday, police said.",
         [("attack", "Kingston")]),
    ],
)
def test_a_sentence_placed_only_by_its_dateline_is_read(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """The dateline places the happening its sentence tells, be it told by the sentence's
    main verb."""
    assert happenings(text, gazetteer) == found


def test_many_who_became_infected_are_an_outbreak(gazetteer: Gazetteer) -> None:
    """Whoever "became infected" carries the disease: several of them, an outbreak."""
    text = "Several farm workers became infected with the virus in Pangasinan."
    assert happenings(text, gazetteer) == [("outbreak", "Pangasinan")]
    text = "A nurse became infected with Ebola in Madrid."
    assert happenings(text, gazetteer) == [("infection", "Madrid")]


def test_a_new_happening_at_a_spot_in_the_town_is_another(gazetteer: Gazetteer) -> None:
    """"Other fires, including a brush fire on Otley Street in Leeds" after the fire the
    dateline placed in Leeds: another fire, at its street."""
    text = ("LEEDS -- A fire destroyed the roof of a mill on Tuesday. Several other fires "
            "broke out on Tuesday, including a brush fire on Otley Street in Leeds.")
    assert happenings(text, gazetteer) == [("fire", "Leeds"), ("fire", "Otley Street")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police in Leeds are searching for a suspect in a robbery at a bank.",
         [("theft", "Leeds")]),
        ("Firefighters in Leeds are searching for the cause of a blaze that damaged a house.",
         [("fire", "Leeds")]),
        ("Rescuers in Leeds are searching for a missing climber.", [("search", "Leeds")]),
    ],
)
def test_a_search_for_someone_in_a_happening_tells_that_happening(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
