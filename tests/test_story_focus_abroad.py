"""The focus of a home paper's stories about happenings abroad: a local choir, band,
nurses or firefighters named by their home town or nation, working or competing in
another country. The home names say whose the people are; the story is where they act.
Stories in ``tests/texts/abroad-*.txt`` (the story is abroad) and
``tests/texts/athome-*.txt`` (the story is at home, foreigners only named), and short
texts, all written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TEXTS, focus_of

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        # "Leeds nurses" say whose the nurses are; they worked in Sierra Leone
        ("Leeds nurses return from Ebola ward. Three Leeds nurses spent six weeks at an "
         "Ebola treatment centre in Kenema, Sierra Leone. The Leeds nurses cared for 80 "
         "patients.", "SL"),
        # the first sentence says where the prize was won; "the Bradford band" is whose
        ("Brass band wins prize in Austria. The Bradford brass band won first prize in "
         "Austria on Saturday. The Bradford band has played in Bradford since 1880. "
         "Bradford council paid for the coach.", "AT"),
    ],
)
def test_a_home_name_of_who_travels_weighs_less_than_where_they_act(
    text: str, focus: str, gazetteer: Gazetteer
) -> None:
    """Each failed on main: the home town's every mention outweighed the place abroad."""
    assert focus_of(text, gazetteer) == focus


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("BOISE, Idaho -- Amy Clark has taught English for two years in Malawi. Clark "
         "teaches at a girls school in Blantyre.", "MW"),
        ("FRESNO, Calif. -- Two Fresno State researchers spent the summer counting birds "
         "in Belize. They worked from a field station near Belmopan.", "BZ"),
    ],
)
def test_a_datelines_state_adds_nothing_to_its_town(
    text: str, focus: str, gazetteer: Gazetteer
) -> None:
    """Each failed on main: "BOISE, Idaho --" weighed the dateline and the state again,
    and the home country outweighed the country where the work is done."""
    assert focus_of(text, gazetteer) == focus


def test_a_youth_choir_competing_abroad_is_where_it_sang(gazetteer: Gazetteer) -> None:
    """"Sheffield youth choir wins gold in Austria": on main, the choir's home town (its
    name, its council, its concerts at home) outweighed the festival in Graz."""
    assert brief(TEXTS / "abroad-choir.txt", gazetteer=gazetteer).focus == "AT"


def test_firefighters_sent_abroad_do_not_weigh_as_at_home(gazetteer: Gazetteer) -> None:
    """"Brazilian firefighters are helping to fight forest fires in central Chile": on
    main, "Brazilian" qualifying firefighters weighed as a body on its own ground (as
    "Georgian border police" does) and Brazil tied with Chile, named first."""
    assert brief(TEXTS / "abroad-firefighters.txt", gazetteer=gazetteer).focus == "CL"


def test_a_firms_spill_abroad_is_where_it_spilled(gazetteer: Gazetteer) -> None:
    """"Houston firm's pipeline leaks in Niger Delta": on main, the Niger Delta was no
    place; the spill was anchored at Houston, the firm's home, and the United States
    was the focus."""
    briefing = brief(TEXTS / "abroad-delta.txt", gazetteer=gazetteer)
    assert briefing.focus == "NG"


def test_a_place_the_gazetteer_lacks_is_not_anchored_at_whose_the_doers_are(
    gazetteer: Gazetteer,
) -> None:
    """"A fire broke out on a Houston company's oil rig off Pulau Tiga": Houston says
    whose the rig is, not where Pulau Tiga lies; on main the fire was shown at Houston."""
    text = ("Houston firm's rig burns off Pulau Tiga. A fire broke out on Monday on a "
            "Houston company's oil rig off Pulau Tiga. The rig lies off the coast of Sabah.")
    events = brief(text, Config(date=dt.date(2025, 11, 20)), gazetteer=gazetteer).layers.events
    fires = events[events["type"] == "fire"].to_dict("records")
    assert fires and all(e["anchor"] != "Houston" for e in fires)


# Guards (they pass on main too): a home paper's soldier, students, charity, pilgrims,
# mining firms and team abroad; and stories at home where foreigners are only named
# (a foreign collection shown in London, a visiting delegation, rescued fishermen).
GUARDS = {
    "abroad-soldier": "AF", "abroad-students": "CR", "abroad-aid": "NE",
    "abroad-pilgrims": "NP", "abroad-mine": "PE", "abroad-spill": "PG",
    "abroad-baseball": "TW", "athome-bronzes": "GB", "athome-delegation": "US",
    "athome-flood": "IN",
}


@pytest.mark.parametrize(("story", "focus"), sorted(GUARDS.items()))
def test_guard_home_paper_story_focus(story: str, focus: str, gazetteer: Gazetteer) -> None:
    assert brief(TEXTS / f"{story}.txt", gazetteer=gazetteer).focus == focus


def test_guard_where_a_thing_was_made_is_not_where_its_story_is(
    gazetteer: Gazetteer,
) -> None:
    """Guard: "kettles made in China" in a first sentence describes the kettles; the
    recall is in the United States."""
    text = ("A recall of two million electric kettles made in China and sold at hardware "
            "stores was announced on Monday by the Consumer Product Safety Commission in "
            "Washington. The kettles were sold in Texas, Ohio and Florida from 2023. Buyers "
            "in Texas reported burns.")
    assert focus_of(text, gazetteer) == "US"
