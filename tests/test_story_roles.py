"""Events on short news sentences written for the project: who someone is (an origin, an
affiliation) and what a happening is likened to are no events; happenings the lexicon
names by their verb's object or a rarer word are found; a repeat merges, a part of a
country-wide happening and a later one in a town stay apart. A happening told in passing
in a country named once, past the opening, does not make the focus, nor does a trip
still to be made."""

from __future__ import annotations

import datetime as dt

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    briefing = brief(text, Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)
    return [(str(e["type"]), str(e["place"]))
            for e in briefing.layers.events.to_dict("records")]


def test_an_affiliation_does_not_place_what_the_people_did(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Three escaped Ohio inmates captured in rural Nebraska were sent back on Monday.",
        gazetteer,
    )
    assert ("escape", "Ohio") not in events
    assert ("arrest", "Nebraska") in events


@pytest.mark.parametrize(
    "text",
    [
        "The mayor likened the crowds of tourists in Venice to an invasion.",
        "A minister compared the situation in Calais with a war.",
        "He likened life in Lyon today to that of Paris under the occupation.",
        "After the storm, Main Street in Tulsa looked like a war zone.",
        "Paris and Rome are locked in a tug-of-war over a ship seized near Naples.",
    ],
)
def test_a_likeness_is_no_happening(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _ in events_of(text, gazetteer)
            if kind in ("invasion", "war", "attack")] == []


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("Last week, Kenya lifted the death sentences of two men.", "commutation", "Kenya"),
        ("A petition was circulated around Canada on Monday.", "petition", "Canada"),
        ("Doctors set up a field hospital in Jacmel on Monday.", "aid", "Jacmel"),
        ("Rival gangs battled in a refugee camp outside Sidon on Monday.", "attack", "Sidon"),
        ("A two-hour shootout Friday north of the capital of Dagestan left two dead.", "attack",
         "Dagestan"),
        ("Rescuers are searching for two hikers missing in the mountains of Slovakia.",
         "search", "Slovakia"),
    ],
)
def test_rarer_happenings_are_found(
    text: str, kind: str, place: str, gazetteer: Gazetteer
) -> None:
    assert (kind, place) in events_of(text, gazetteer)


def test_a_part_of_a_country_wide_happening_is_its_own_event(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Thousands have fallen ill in the Malawian cholera outbreak. Only a handful of "
        "cases have been confirmed in Lilongwe.",
        gazetteer,
    )
    assert [kind for kind, _ in events] == ["outbreak", "outbreak"]
    assert events[0][1] == "Malawi"


def test_a_countrys_first_case_merges_into_the_outbreak_there(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Twelve students fell ill with flu in an outbreak in the town of Kisumu. The "
        "minister said this was Kenya's first case of the virus.",
        gazetteer,
    )
    assert events == [("outbreak", "Kisumu")]


def test_battling_a_blaze_is_no_attack(gazetteer: Gazetteer) -> None:
    events = events_of("Firefighters battled a blaze at a warehouse in Lyon.", gazetteer)
    assert [kind for kind, _ in events] == ["fire"]


def test_a_happening_told_in_a_state_then_in_a_town_of_it_is_one(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Activists staged protests outside the homes of bank executives in Ohio. About 40 "
        "protesters marched to a home in Dayton on Friday.",
        gazetteer,
    )
    assert events == [("protest", "Dayton")]
    events = events_of(
        "Activists staged protests outside the homes of bank executives in Ohio. About 40 "
        "protesters marched to a home in Austin on Friday.",
        gazetteer,
    )
    assert [place for _, place in events] == ["Ohio", "Austin"]
    events = events_of(
        "Activists staged protests outside the homes of bank executives in Ohio. The bank "
        "said it would not comment. Later, students protested at a college in Dayton.",
        gazetteer,
    )
    assert [place for _, place in events] == ["Ohio", "Dayton"]


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Norway orders checks on salmon farms after poison letter. Norway has ordered "
         "checks on every salmon farm after a letter claimed that fish were being poisoned. "
         "The letter could hurt Norway's fish exports, officials said. Inspectors, some of "
         "whom worked through the salmon virus outbreak in Chile, began their visits on "
         "Monday.", "NO"),
        ("Council plans new bridge. The city council of Dayton, Ohio approved plans for a "
         "new bridge on Monday. Engineers said the design follows one used for a bridge that "
         "collapsed in Mexico in 2019. The bridge will open in 2027, the mayor said.", "US"),
    ],
)
def test_a_happening_told_in_passing_does_not_make_the_focus(
    text: str, focus: str, gazetteer: Gazetteer
) -> None:
    """A country named in one sentence past the opening, for a backdrop or a comparison,
    is not where the story is, though a happening is told there."""
    briefing = brief(text, Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)
    assert briefing.focus == focus


@pytest.mark.parametrize("byline", ["", "\n\nBy Jane Doe\n\n"])
def test_the_leads_happening_makes_the_focus_though_named_once(
    byline: str, gazetteer: Gazetteer
) -> None:
    """A byline between the headline and the lead does not push the lead out of the
    story's opening."""
    briefing = brief(
        f"Bus crash kills 12 tourists.{byline or ' '}A bus carrying tourists crashed in Peru "
        "on Monday, killing 12. Argentina's foreign ministry said that most of the dead were "
        "from Argentina. Argentine officials said relatives would be told first.",
        Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer,
    )
    assert briefing.focus == "PE"


@pytest.mark.parametrize(("trip", "focus"), [("will fly to Tokyo next month", "CA"),
                                              ("flew to Tokyo last month", "JP")])
def test_a_trip_still_to_be_made_does_not_make_the_focus(
    trip: str, focus: str, gazetteer: Gazetteer
) -> None:
    """Japan is named twice, so the trip is not told in passing; made, it is the story's
    happening, still to be made it is not."""
    briefing = brief(
        "Council weighs clinic plan. The city council of Hamilton, Ontario is weighing a plan "
        "for a new clinic. Residents of Hamilton, Oakville and nearby Burlington "
        f"had opposed it for a year. The mayor {trip} for talks on a trade fair in Japan. "
        "Clinics in Japan are the model for the plan.",
        Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer,
    )
    assert briefing.focus == focus


@pytest.mark.parametrize("people", ["A Lebanon woman was", "The Lebanon couple were"])
def test_a_countrys_name_before_its_people_is_a_town(people: str, gazetteer: Gazetteer) -> None:
    """"a Lebanon woman" lives in a town named Lebanon: a country's people are said by its
    demonym ("a Lebanese woman"). With no other place named, the town is not the country."""
    briefing = brief(f"{people} charged on Monday with setting fire to a barn, the county "
                     "prosecutor said.", Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)
    assert briefing.focus != "LB"
    assert [p.kind for p in briefing.places if p.name == "Lebanon"] == ["city"]


def test_a_countrys_own_people_keep_the_country(gazetteer: Gazetteer) -> None:
    briefing = brief("A Lebanese woman was freed on Monday, officials in Lebanon said.",
                     Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)
    assert briefing.focus == "LB"


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Officials said Norway's aid agency would pay for new wells in Niger.", "NE"),
        ("Farmers in Norway and Niger face a dry year, Norway's aid agency said.", "NO"),
    ],
)
def test_a_country_named_only_as_an_agencys_owner_weighs_less(
    text: str, focus: str, gazetteer: Gazetteer
) -> None:
    """A name that only says whose an agency is weighs half, unless the country is also
    named as a place."""
    briefing = brief(text, Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer)
    assert briefing.focus == focus


def test_a_scheduled_happening_weighs_a_mention(gazetteer: Gazetteer) -> None:
    """The council's vote has happened; the mayor's dated visit has not, and does not
    outweigh it."""
    briefing = brief(
        "Council votes on clinic. The city council of Hamilton, Ontario approved a new "
        "clinic on Monday. The mayor of Hamilton will visit Tokyo on March 20 for talks on "
        "a trade fair. Officials in Tokyo and Osaka invited him, and Japan hopes for orders.",
        Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer,
    )
    assert briefing.focus == "CA"


def test_a_visit_is_one_happening_not_an_event_and_a_route(gazetteer: Gazetteer) -> None:
    """"visited Tokyo" is an event and a route's end; weighed twice it outweighed the
    town the story returns to."""
    briefing = brief(
        "Steel makers hope for orders. The mayor of Hamilton, Ontario visited Tokyo on "
        "Monday. Steel makers in Hamilton and Burlington hope the trip brings orders, he said.",
        Config(date=dt.date(2024, 3, 14)), gazetteer=gazetteer,
    )
    assert briefing.focus == "CA"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police arrested a man in Leeds on suspicion of murder on Tuesday.",
         ("arrest", "Leeds")),
        ("A teenager was detained in Mombasa on Friday for arson.",
         ("arrest", "Mombasa")),
        ("Two men were arrested in Osaka in connection with the robbery of a jeweller.",
         ("arrest", "Osaka")),
        ("Police in Volos detained a shepherd on charges of murder.", ("arrest", "Volos")),
    ],
)
def test_the_crime_someone_is_held_for_is_no_happening_at_the_arrest(
    text: str, found: tuple[str, str], gazetteer: Gazetteer
) -> None:
    # where the murder, the robbery or the fire happened, the sentence does not say
    assert events_of(text, gazetteer) == [found]


def test_a_crime_placed_in_its_own_phrase_is_still_told(gazetteer: Gazetteer) -> None:
    # guard: the charge names its own place, which is where the robbery was
    events = events_of("A man was charged on Monday with a robbery at a bank in Galway.", gazetteer)
    assert ("robbery", "Galway") in events
