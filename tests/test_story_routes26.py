"""Routes on sentences written for the project (round 26): someone who followed another
to a place went there ("followed her to Cincinnati from Milwaukee"); following a
happening, or someone into a trade, is no trip; a flight told with what it escaped
starts where that was ("fled into Chad to escape fighting in Darfur", ``story.escapes``);
a ship that "set sail" left (the last test, failing on 21cf8ac; "bound for Crete" is
only where it was headed). The first and third tests fail on 0901c4d; the second is a
guard."""

from __future__ import annotations

import pytest
from conftest import trips

from geobrief.gazetteer.index import Gazetteer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rimai followed her to Cincinnati from Milwaukee in 2004.",
         [("Milwaukee", "Cincinnati", "made")]),
        ("Thousands of refugees followed the retreating army into Kosovo.",
         [(None, "Kosovo", "made")]),
    ],
)
def test_who_followed_someone_to_a_place_went_there(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == found


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak followed floods in Mozambique.",
        "He followed his father into politics in Nairobi.",
        "She followed the advice of doctors in Lagos.",
    ],
)
def test_guard_following_a_happening_or_a_trade_is_no_trip(
    text: str, gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thousands of refugees fled across the border into Chad to escape fighting in "
         "Darfur.", [("Darfur", "Chad", "made")]),
        ("Hundreds of families fled to Bangladesh to escape violence in Myanmar.",
         [("Myanmar", "Bangladesh", "made")]),
    ],
)
def test_a_flight_told_with_what_it_escaped_starts_there(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    """Each failed on 4309015: a planned trip from the escape, and a made one from
    nowhere."""
    assert trips(text, gazetteer) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ship set sail from Lisbon for Madeira on Monday.",
         [("Lisbon", "Madeira", "made")]),
        ("The crew set sail from Benghazi bound for Crete.", [("Benghazi", None, "made")]),
        ("The company set its sights on Lagos last year.", []),
    ],
)
def test_a_ship_that_set_sail_left(
    text: str, found: list[tuple[object, object, object]], gazetteer: Gazetteer
) -> None:
    assert trips(text, gazetteer) == found
