"""Guards from a review of this session's readings with sentences written for it: a
list split by semicolons goes on only while each part is a place's phrase alone ("in
Tonga, officials said" starts a clause); a town before a person is a place left only
for "leave" ("evacuated Gaza residents to Egypt" is from Gaza); "Turnbull left" is a
departure; book sales are a figure, a book sale an occasion that gives way to an arrest;
a purchase that is a habit or a need is none; "any district of Kampala" is in Kampala;
"the Toyota city government" is the city's; "at 8 Pacific" is a time, not an address;
a crossing's second street keeps its number, and two names may share one plural noun;
a country's happening told all within one of its parts is there; a test that came out
negative denies the case it was of; an arrest that information would lead to is sought.
"""

from __future__ import annotations

import pytest
from conftest import happenings, route_ends

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import geoparse


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Riots broke out in Dhaka; in Chittagong the situation was calm; and in Sylhet "
         "shops reopened.", [("protest", "Dhaka")]),
        ("The cyclone killed four people in Fiji; in Tonga, officials said no one had died.",
         [("disaster", "Fiji")]),
        ("The minister opened a school in Kisumu; he later met farmers in Eldoret.",
         [("opening", "Kisumu"), ("meeting", "Eldoret")]),
        ("Cholera cases were confirmed in Kinshasa; in Goma, near the border with Rwanda; "
         "and in Bukavu.", [("outbreak", "Kinshasa"), ("outbreak", "Goma")]),
        ("Book sales in Kenya fell 10 percent last year.", []),
        ("He was arrested for selling fake tickets at a book sale in Nairobi.",
         [("arrest", "Nairobi")]),
        ("Harrods' annual sale opened in London on Boxing Day.", [("sale", "London")]),
        ("China buys most of Zambia's copper.", []),
        ("Families in Harare are struggling to buy bread.", []),
        ("Residents bought into the idea of a new park in Kigali.", []),
        ("Schools in any district of Kampala with a cholera case were closed on Monday.",
         [("closure", "Kampala")]),
        ("Polls close at 8 Pacific in California on Tuesday.", [("election", "California")]),
        # from a precision audit of 100 drawn events (fail on a3a0a9a): a test that came
        # out negative denies the case; an arrest that information would lead to is sought
        ("Two suspected cases in Lagos tested negative for bird flu.", [("test", "Lagos")]),
        ("Tests on two suspected cases in Lagos came up negative.", []),
        ("A man in Lagos tested positive for bird flu.", [("infection", "Lagos")]),
        ("Police offered a reward for information leading to the arrest and conviction of "
         "the gunman in Leeds.", []),
        ("The investigation led to the arrest of two men in Kano on Monday.",
         [("arrest", "Kano")]),
        # guards from a second review: a negative that is not a test of the case, and
        # happenings something else led to, stay
        ("Contacts of the Ebola case in Lagos have all tested negative.",
         [("infection", "Lagos")]),
        ("Market sentiment turned negative after the coup in Niger.", [("coup", "Niger")]),
        ("A stampede leading to the death of 20 pilgrims in Mecca was blamed on crowding.",
         [("death", "Makkah")]),
        # a country's happening told all within one of its parts is there (fails on
        # a3a0a9a: none drawn, the country's point merged away)
        ("The number of horses infected with equine flu in Australia has risen to 47, all "
         "in New South Wales.", [("outbreak", "New South Wales")]),
        ("India has confirmed two cases of Nipah virus, both in Kerala.",
         [("outbreak", "Kerala")]),
        ("Protests broke out across India on Monday, though curfews were imposed only in "
         "Delhi.", [("protest", "India"), ("closure", "Delhi")]),
        # a state or country that issues a warning, buys or hires does so at home (fail
        # on a3a0a9a: no happening)
        ("Florida has issued a warning against eating alligator meat.",
         [("advisory", "Florida")]),
        ("Canada and Australia have also bought large amounts of anti-viral drugs.",
         [("purchase", "Canada"), ("purchase", "Australia")]),
    ],
)
def test_review_guards_for_events(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Buses evacuated 300 Gaza residents to Egypt.", [("Gaza", "Egypt")]),
        ("Prime Minister Malcolm Turnbull left Canberra on Monday for Jakarta.",
         [("Canberra", "Jakarta")]),
        ("The rebels in turn left Goma for Rutshuru.", [("Goma", "Rutshuru")]),
        ("Gomez was arrested by Danbury police and brought to New Milford on Monday.",
         [("Danbury", "New Milford")]),
    ],
)
def test_review_guards_for_routes(
    text: str, ends: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert route_ends(text, gazetteer) == ends


def test_a_carmakers_town_before_a_place_noun_stays(gazetteer: Gazetteer) -> None:
    text = "The Toyota city government closed schools on Monday."
    assert [p.name for p in geoparse(text, gazetteer=gazetteer)[1]] == ["Toyota"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police in Springfield, Ohio, were busy. A car crashed at the intersection of "
         "Route 9 and Route 20 on Monday.", "Route 9 and Route 20"),
        ("Police in Springfield, Ohio, were busy. A man was shot at the corner of Oak "
         "and Maple roads on Monday.", "Oak and Maple"),
        ("Police in Springfield, Ohio, were busy. A man was shot at the corner of Main and "
         "Elm streets on Monday.", "Main and Elm"),
    ],
)
def test_a_crossing_names_both_streets(text: str, place: str, gazetteer: Gazetteer) -> None:
    assert happenings(text, gazetteer)[-1][1] == place
