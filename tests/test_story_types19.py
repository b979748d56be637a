"""Event types fixed on the pooled audit's type confusions, checked on sentences written
for the project, from several regions:

- a warrant carried out is the happening its kind names ("executed a search warrant": a
  search; "served an arrest warrant": an arrest) (``story.warrants``);
- to seize power is a coup, not a seizure of goods (``data/event_lexicon.json``);
- handcuffing oneself to something is no arrest (``verb_never_object``);
- a disease found in one animal or person ("detected in a stallion") is that one's
  infection; found in a flock or in two swans it stays an outbreak
  (``story.disease_spread``);
- a visit participle right after a death's noun and its person ("its first death, a
  boy, visiting relatives in ...") tells where the death was (``story.while_there``);
- a visit and a meeting at one place in one sentence are one visit, the meeting part
  of it (``story.per_place``);
- two states' people meeting hold talks; a local meeting stays a meeting
  (``story.diplomacy``);
- a death "when a van reversed and ran her over" is a crash, the "when" told on the
  second of two joined verbs (``story.kinds``);
- what was found says what happened: someone found safe or alive ends a search, a
  suspicious device or a bomb found is a bomb scare (``data/event_lexicon.json``).
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import happenings as drawn

from geobrief.gazetteer.index import Gazetteer

happenings = partial(drawn, fields=("type", "place"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Detectives executed a search warrant at a flat in Mombasa on Wednesday.",
         [("search", "Mombasa")]),
        ("A search warrant was executed at a warehouse in Rotterdam early on Friday.",
         [("search", "Rotterdam")]),
        ("Federal agents served an arrest warrant on a former governor in Guadalajara.",
         [("arrest", "Guadalajara")]),
    ],
)
def test_a_warrant_carried_out_is_what_its_kind_names(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: no happening (or an execution)."""
    assert happenings(text, gazetteer) == found


def test_guard_a_warrant_only_issued_is_no_happening(gazetteer: Gazetteer) -> None:
    text = "A judge in Lusaka issued an arrest warrant for the businessman last week."
    assert happenings(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Soldiers seized power in Conakry on Sunday and dissolved the government.",
         [("coup", "Conakry")]),
        ("The junta seized power in Bamako in August 2020.", [("coup", "Bamako")]),
    ],
)
def test_seizing_power_is_a_coup(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: a seizure."""
    assert happenings(text, gazetteer)[:1] == found


def test_guard_seizing_goods_stays_a_seizure(gazetteer: Gazetteer) -> None:
    text = "Customs officers seized 300 kilograms of cocaine at the port of Guayaquil."
    assert [kind for kind, _ in happenings(text, gazetteer)] == ["seizure"]


def test_handcuffing_oneself_is_no_arrest(gazetteer: Gazetteer) -> None:
    """Fails on main: an arrest."""
    text = "An activist handcuffed himself to the gates of the parliament in Wellington."
    assert "arrest" not in [kind for kind, _ in happenings(text, gazetteer)]


def test_guard_police_handcuffing_a_suspect_stays_an_arrest(gazetteer: Gazetteer) -> None:
    text = "Officers handcuffed the suspect outside a bank in Durban on Monday."
    assert happenings(text, gazetteer) == [("arrest", "Durban")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bird flu was first detected in a dead swan on a lake near Uppsala.",
         [("infection", "Uppsala")]),
        ("Rabies was confirmed in a stray dog in Chiang Rai on Thursday.",
         [("infection", "Chiang Rai")]),
    ],
)
def test_a_disease_found_in_one_creature_is_its_infection(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: an outbreak."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "Bird flu was detected in a flock of ducks in Gelderland on Monday.",
        "The H5N1 strain was found in three swans in Aberdeenshire.",
    ],
)
def test_guard_a_disease_found_in_many_stays_an_outbreak(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _ in happenings(text, gazetteer)] == ["outbreak"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Netherlands also reporting its first death, a Belgian boy, visiting relatives "
         "in Utrecht.", "Utrecht"),
        ("The United Arab Emirates also reporting its first death, an Indian man, visiting "
         "his brother in Sharjah.", "Sharjah"),
    ],
)
def test_a_visit_after_a_deaths_person_is_the_death(
    text: str, place: str, gazetteer: Gazetteer
) -> None:
    """Fails on main: a visit there."""
    drawn = happenings(text, gazetteer)
    assert ("visit", place) not in drawn
    assert ("death", place) in drawn


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("During a visit to Hue on Monday, the minister met flood victims in Hue.", "Huế"),
        ("The king toured Al Hoceima and met families in Al Hoceima on Tuesday.", "Al Hoceïma"),
    ],
)
def test_a_visit_with_a_meeting_at_its_place_is_the_visit(
    text: str, place: str, gazetteer: Gazetteer
) -> None:
    """Fails on main: a meeting (the weak visit gave way to it)."""
    assert happenings(text, gazetteer) == [("visit", place)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Brazilian Foreign Minister Souza met Argentine Economy Minister Paz in Montevideo.",
         [("talks", "Montevideo")]),
        ("Ghanaian President Mensah met with his Nigerian counterpart in Abuja on Monday.",
         [("talks", "Abuja")]),
    ],
)
def test_two_states_people_meeting_hold_talks(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Fails on main: a meeting."""
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "The mayor met shopkeepers from Fremantle at the town hall in Perth.",
        "Councillors from Lyon met officials from Grenoble in Annecy on Tuesday.",
    ],
)
def test_guard_a_meeting_within_one_country_stays_a_meeting(
    text: str, gazetteer: Gazetteer
) -> None:
    assert {kind for kind, _ in happenings(text, gazetteer)} == {"meeting"}


def test_a_death_when_a_van_reversed_and_ran_her_over_is_a_crash(gazetteer: Gazetteer) -> None:
    """Fails on main: a death (the "when" hangs on the second joined verb)."""
    text = ("A pensioner died on Saturday outside a pharmacy in Limerick when a delivery van "
            "reversed and ran her over.")
    assert happenings(text, gazetteer) == [("crash", "Limerick")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fail on 3648eb3 (no event)
        ("Police said Tasha Shelton was found safe this morning at a hotel in Richmond, "
         "Virginia.", [("search", "Richmond")]),
        ("The missing boy was found alive in Leeds on Tuesday.", [("search", "Leeds")]),
        ("A suspicious device was found this afternoon in a storage unit in Nairobi.",
         [("bomb scare", "Nairobi")]),
        ("Police found a grenade in a car in Mombasa.", [("bomb scare", "Mombasa")]),
        # guards (a review's cases): a finding that is no happening
        ("The company found a way to grow in Leeds.", []),
        ("Researchers in Nairobi found that the vaccine works.", []),
        ("Investigators found a tracking device under a car in Manila.", []),
        ("Archaeologists found the remains of a Roman villa in Canterbury.", []),
    ],
)
def test_a_finding_told_by_what_was_found(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """Found safe or alive, the end of a search; a suspicious device or a bomb found, a
    bomb scare."""
    assert happenings(text, gazetteer) == found
