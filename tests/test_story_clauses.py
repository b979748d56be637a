"""Where a happening is when its own words name no place: a relative clause that tells
it ("an outbreak of cholera that began in Lusaka"), a copula ("most of the cases were in
Bavaria and Saxony": parts of the country's outbreak, each its own event), the clause it
is joined to ("found the suspects in Durban, but ... an officer was shot"), the jury
that acted ("a Maricopa County grand jury indicted"). "There" points to where the
sentence before says something was, never to a place that only qualifies someone ("a
Nairobi lawyer"); a country's first case told with a date of its own is not the undated
cluster told before in one of its towns. Short texts written for the project, from
several regions. A transfer someone awaits ("awaiting extradition to Mexico", "pending
deportation to Senegal") is planned, not made."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records

WEDNESDAY = dt.date(2026, 3, 4)


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    return [(str(e["type"]), str(e["place"])) for e in records(layers.events)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials are investigating an outbreak of cholera that began in Lusaka in January.",
         [("outbreak", "Lusaka")]),
        ("An outbreak of measles that has spread in Kerala closed 40 schools.",
         [("outbreak", "Kerala")]),
        ("Forecasters are watching a storm that could hit Cuba next week.", []),
    ],
)
def test_a_relative_clause_says_where_a_happening_was(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == found


def test_parts_of_a_countrys_outbreak_are_events_of_their_own(gazetteer: Gazetteer) -> None:
    text = ("Measles cases have been confirmed in Germany this spring. "
            "Most of the cases were in Bavaria and Saxony.")
    assert events_of(text, gazetteer) == [
        ("outbreak", "Germany"), ("outbreak", "Bavaria"), ("outbreak", "Saxony")]


def test_a_joined_clause_without_a_place_is_where_the_clause_before_was(
    gazetteer: Gazetteer,
) -> None:
    text = ("Police found the suspects on Sunday in Durban, but during the struggle an "
            "officer was shot in the arm.")
    assert events_of(text, gazetteer) == [("attack", "Durban")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Maricopa County grand jury indicted two men on Tuesday.", "Maricopa County"),
        ("An Auckland jury acquitted the driver on Friday.", "Auckland"),
    ],
)
def test_a_jury_acts_where_it_sits(text: str, place: str, gazetteer: Gazetteer) -> None:
    assert events_of(text, gazetteer) == [("court", place)]


def test_there_is_not_a_place_that_only_qualifies_someone(gazetteer: Gazetteer) -> None:
    text = ("The man was convicted of fraud in another country, according to Nairobi "
            "lawyer Ann Wambui. He was sentenced there to two years in prison.")
    assert events_of(text, gazetteer) == []


def test_a_countrys_dated_first_case_is_not_the_cluster_told_before(
    gazetteer: Gazetteer,
) -> None:
    text = ("Six pupils in Cusco tested positive for dengue. "
            "Peru reported its first case of the disease in March 2019.")
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    rows = [(e["type"], e["place"], e["date"]) for e in records(layers.events)]
    assert rows == [("outbreak", "Cusco", None), ("outbreak", "Peru", "2019-03")]


def test_prior_cases_in_the_same_state_are_an_earlier_outbreak_there(
    gazetteer: Gazetteer,
) -> None:
    text = ("Four new cases of the strain were detected at a hospital in Queensland. Three "
            "of the patients were elderly. Two prior cases in the same state had been "
            "reported in 2019.")
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    rows = [(e["type"], e["place"], e["date"]) for e in records(layers.events)]
    assert rows == [("outbreak", "Queensland", None), ("outbreak", "Queensland", "2019")]


def test_a_happening_in_a_with_clause_is_where_its_clause_is(gazetteer: Gazetteer) -> None:
    text = ("At least three patients in Chile tested positive for the new strain, with "
            "two of the cases proving fatal.")
    assert events_of(text, gazetteer) == [("outbreak", "Chile")]


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        ("The suspect is held in Houston while awaiting extradition to Mexico.",
         ("Houston", "Mexico", "planned")),
        ("The smuggler is held in Tangier pending deportation to Senegal.",
         ("Tangier", "Senegal", "planned")),
        ("The men were deported from Tangier to Senegal on Monday.",
         ("Tangier", "Senegal", "made")),
    ],
)
def test_an_awaited_transfer_is_planned_not_made(
    text: str, trip: tuple[str, str, str], gazetteer: Gazetteer
) -> None:
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    assert [(r["from"], r["to"], r["status"]) for r in records(layers.routes)] == [trip]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The smuggler is held in Tangier pending deportation to Senegal.", []),
        ("The banker was arrested in Lyon pending extradition to Spain.",
         [("arrest", "Lyon")]),
        ("The suspect in Houston is awaiting extradition to Mexico.", []),
        ("The men were deported from Tangier to Senegal on Monday.",
         [("expulsion", "Tangier")]),
    ],
)
def test_an_awaited_expulsion_has_not_happened(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """"pending deportation", "awaiting extradition": the expulsion is to come, not an
    event on the map, and the trip stays planned."""
    assert events_of(text, gazetteer) == found
    layers = brief(text, Config(date=WEDNESDAY), gazetteer=gazetteer).layers
    made = "made" if "deported" in text else "planned"
    assert all(r["status"] == made for r in records(layers.routes))


def test_a_date_in_a_reported_clause_is_not_the_reporting_ones(gazetteer: Gazetteer) -> None:
    """"admitted in court on Monday that he stabbed ... in May 2010": May 2010 dates the
    stabbing, not the hearing."""
    text = ("A Derry man admitted in Belfast Crown Court on Monday that he stabbed his "
            "neighbour in Newry in May 2010.")
    layers = brief(text, Config(date=None), gazetteer=gazetteer).layers
    rows = [(e["type"], e["place"], e["date"]) for e in records(layers.events)]
    assert rows == [("court", "Belfast", None), ("attack", "Newry", "2010-05")]


def test_a_clash_with_someone_in_a_place_is_in_that_place(gazetteer: Gazetteer) -> None:
    """The parser hangs "in Darfur" on "police", the clash's "with" object."""
    text = "Clashes with police in Darfur have left 14 farmers wounded and two men dead."
    assert events_of(text, gazetteer) == [("attack", "Darfur")]


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("Police arrested three men in Kandahar two days later.", "2011-03-14"),
        ("The next day, hundreds protested in Kandahar.", "2011-03-13"),
        ("Police arrested three men in Kandahar.", None),
        ("A month later, police arrested three men in Kandahar.", "2011-04"),
        ("Floods struck Kandahar the following year.", "2012"),
    ],
)
def test_a_happening_told_days_later_counts_from_the_one_before(
    second: str, date: str | None, gazetteer: Gazetteer
) -> None:
    text = f"A bomb exploded in Herat on 12 March 2011. {second}"
    layers = brief(text, Config(date=None), gazetteer=gazetteer).layers
    assert [e["date"] for e in records(layers.events)] == ["2011-03-12", date]
