"""Types of local-news happenings, on sentences written for the project (an audit of
local texts and eight invented local stories from the US, Canada, the UK, Ireland and
Australia):

- an escape from a happening tells of that happening ("Family escapes house fire": a
  fire), by the escape's object, its "from" phrase or its "when" clause's subject
  (``story.escaped``); an escape from custody stays an escape;
- a noun the tokenizer splits at its hyphens ("hit-and-run", "shoot-out") is typed as
  the whole word (``story.word_roles.joined_word``);
- what someone was doing when the news happened ("was escorting a procession on Elm
  Road when his motorcycle crashed") is no happening of its own when the news is a
  strong one: the news is drawn at the backdrop's place (``story.rules_and_ranks``,
  ``story.unlisted``).
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
        ("A family of five escaped a house fire in Rotorua on Sunday.", [("fire", "Rotorua")]),
        ("Two skiers escaped from an avalanche near Innsbruck on Tuesday.",
         [("disaster", "Innsbruck")]),
        ("Traders escaped unhurt when fire swept through a market in Kumasi.",
         [("fire", "Kumasi")]),
        ("A cyclist was killed in a hit-and-run in Cork on Friday.", [("crash", "Cork")]),
        ("A shoot-out erupted between police and gunmen in Durban on Monday.",
         [("attack", "Durban")]),
        ("A constable was escorting a funeral procession on Biashara Street in Nakuru when "
         "his motorcycle crashed.", [("crash", "Biashara Street")]),
        ("Two officers were leading a parade on Wickham Terrace in Brisbane when a car "
         "collided with their horses.", [("crash", "Wickham Terrace")]),
    ],
)
def test_local_happenings_typed_by_what_they_are(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # guards: an escape from custody is an escape; a lone word keeps its type
        ("Three prisoners escaped from custody in Lusaka on Sunday.", [("escape", "Lusaka")]),
        ("A fire destroyed a warehouse in Geelong on Monday.", [("fire", "Geelong")]),
        # guard: news that is only an outcome (a death) leaves the backdrop be
        ("Guests were attending a wedding in Lahore when the groom's uncle died.",
         [("death", "Lahore")]),
    ],
)
def test_guard_escapes_and_plain_words_unchanged(
    text: str, found: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert happenings(text, gazetteer) == found
