"""A wire story's dateline ("CAIRO (Reuters) - ...") says where the reporter was, on
sentences written for the project: a country a trip leaves is not its dateline's city
("crossed into Gaza from Egypt" did not leave Cairo), and a happening that a sentence
places away from the dateline is not told a second time at the dateline by another word
of it ("a landslide buried a village in Enga, and 300 are feared killed"), while one
placed in the dateline's own state still takes the dateline's town."""

from __future__ import annotations

from conftest import happenings

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


def test_a_country_a_trip_leaves_is_not_the_datelines_city(gazetteer: Gazetteer) -> None:
    text = ("CAIRO, Oct 14 (Reuters) - A convoy of 80 aid trucks crossed into Gaza from Egypt "
            "through the Rafah crossing on Tuesday, the Red Crescent said.")
    routes = records(brief(text, gazetteer=gazetteer).layers.routes)
    assert [(r["from"], r["to"]) for r in routes] == [("Egypt", "Gaza")]


def test_one_happening_placed_away_from_the_dateline_is_not_told_there_again(
    gazetteer: Gazetteer,
) -> None:
    text = ("PORT MORESBY, May 26 (AP) - A landslide buried a village in Enga province on "
            "Friday, and officials fear more than 300 people were killed.")
    assert happenings(text, gazetteer) == [("disaster", "Enga")]


def test_a_happening_in_the_datelines_region_keeps_the_datelines_town(
    gazetteer: Gazetteer,
) -> None:
    # a guard: South Carolina holds Greenville, so the dateline says where in it
    text = ("GREENVILLE, S.C. (AP) - Detectives believe a man who shot four worshippers in "
            "a South Carolina church had planned the attack for weeks.")
    assert ("attack", "Greenville") in happenings(text, gazetteer)


def test_a_happening_across_the_country_is_in_the_datelines_country(
    gazetteer: Gazetteer,
) -> None:
    """"across the country", "in the country's south": the dateline's country, not its
    city; with no country in the dateline, its city is all there is."""
    text = ("Deadly weather\n\nKABUL, Afghanistan (AP) — Floods swept through villages across "
            "the country on Friday, killing 50 people.")
    assert happenings(text, gazetteer) == [("disaster", "Afghanistan")]
    text = ("ADDIS ABABA, Ethiopia, July 23 (AP) — Heavy rains triggered a landslide that "
            "killed 229 people in the country's south, officials said.")
    assert happenings(text, gazetteer) == [("disaster", "Ethiopia")]
    # a guard: "instability in the country" that worries are about places nothing
    text = ("ISLAMABAD, Pakistan — The dispute deepened worries about instability in the country, "
            "and a bomb exploded in the city on Monday.")
    assert happenings(text, gazetteer) == [("attack", "Islamabad")]


def test_a_town_the_sentence_names_as_such_keeps_the_dateline_out(
    gazetteer: Gazetteer,
) -> None:
    """Fails on main: the fighting before the town fell was placed at the Khartoum
    dateline, though the sentence names the town where it all happened."""
    text = ("KHARTOUM, Dec 19 - Rebels seized the town of Wad Madani on Monday after days "
            "of fighting with the army, residents said.")
    # rebels seizing a town attack it, as captured towns are attacks (test_news_wording)
    assert happenings(text, gazetteer) == [("attack", "Wad Medani")]


def test_a_place_a_bearing_is_taken_from_is_the_sentences_own(gazetteer: Gazetteer) -> None:
    # fails on main: the rain, placed nowhere, was a second flood at Islamabad
    text = ("ISLAMABAD, July 9 - Days of heavy rain flooded villages south of Peshawar on "
            "Tuesday, officials said.")
    assert happenings(text, gazetteer) == [("disaster", "Peshawar")]


def test_a_dateline_dashed_in_windows_1252_read_as_latin_1(gazetteer: Gazetteer) -> None:
    """Fails on 3648eb3 (no event): a text saved in Windows-1252 and read as Latin-1 writes
    its dashes as "\\x97" and "\\x96" ("BOWLING GREEN, Ohio (AP) \\x97 Students ..."); the
    dateline is still one, and the sentence after it reads as it would with "—"."""
    for dash in ("\x97", "\x96", "\u2014"):
        text = (f"Students endorse fee. KENT, Ohio (AP) {dash} Students at Kent State "
                "University have voted to approve a fee to build a new arena.")
        assert happenings(text, gazetteer) == [("vote", "Kent State University")], dash
