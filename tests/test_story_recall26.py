"""Happenings told by words the lexicon lacked, on sentences written for the project
(round 26): a vehicle that slammed, smashed, ploughed or careened into something, or
veered or skidded off the road, crashed; people pulled from rubble, a shaft or a car
were rescued (not ads pulled from papers, nor troops from a town). The first test's
slammed, ploughed and pulled sentences fail on 5667cc3 (the veered and skidded ones were
read already, from "hit a tree" and the road); the second test is a guard."""

from __future__ import annotations

import pytest
from conftest import happenings

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A truck slammed into a bus near Kisumu on Monday.", [("crash", "Kisumu")]),
        ("A car veered off the road and hit a tree outside Ballarat.",
         [("crash", "Ballarat")]),
        ("The bus skidded off an icy road near Shimla.", [("crash", "Shimla")]),
        ("A lorry ploughed into a crowd of shoppers in Glasgow.", [("crash", "Glasgow")]),
        ("Rescuers pulled three miners from a collapsed shaft near Bulawayo.",
         [("rescue", "Bulawayo")]),
        ("Two survivors were pulled from the rubble in Antakya on Tuesday.",
         [("rescue", "Antakya")]),
    ],
)
def test_crashes_and_rescues_told_by_their_own_verbs(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "The minister slammed the decision in Lagos on Monday.",
        "Prices smashed records in Mumbai.",
        "The company pulled its ads from newspapers in Lagos.",
        "The government pulled troops from Kunduz.",
    ],
)
def test_guard_the_same_verbs_told_of_words_or_things_are_no_happening(
    text: str, gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == []
