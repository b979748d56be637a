"""Happenings placed by what their sentence points back to ("the state", "the region",
"the attack occurred") and happenings told by a noun that is the subject of a light verb
("Shelling continued in Donetsk"). Short texts written for the project, from several
regions."""

from __future__ import annotations

import datetime as dt

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.rows import records

FRIDAY = dt.date(2026, 9, 18)


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    layers = brief(text, Config(date=FRIDAY), gazetteer=gazetteer).layers
    return [(e["type"], e["place"], e["trigger"]) for e in records(layers.events)]


def test_a_happening_named_by_a_gerund_hangs_on_its_light_verb(gazetteer: Gazetteer) -> None:
    texts = {
        "Shelling continued in Donetsk overnight, the regional governor said.":
            ("attack", "Donetsk", "Shelling"),
        "Fighting spread across Sudan's western region of Darfur this week.":
            ("attack", "Darfur", "Fighting"),
        "Looting spread to Durban on Tuesday as unrest grew.": ("theft", "Durban", "Looting"),
        "Rioting broke out in Leicester after the match.": ("protest", "Leicester", "Rioting"),
    }
    for text, event in texts.items():
        assert events_of(text, gazetteer) == [event], text  # once, with its place


def test_a_gerund_with_its_own_object_or_a_spread_feared_is_no_such_happening(
    gazetteer: Gazetteer,
) -> None:
    text = "Fighting the blaze in Athens took firefighters six hours."
    assert [t for t, _, _ in events_of(text, gazetteer)] == ["fire"]
    text = "Health officials fear the virus may have spread to Toowoomba, Queensland."
    assert events_of(text, gazetteer) == []


def test_the_state_and_the_region_are_the_ones_named_just_before(gazetteer: Gazetteer) -> None:
    text = ("Monsoon rains swamped Kerala, India, on Sunday. A curfew was imposed across "
            "the state on Monday.")
    assert ("closure", "Kerala", "curfew") in events_of(text, gazetteer)
    text = "Cholera hit the Artibonite region of Haiti. Schools were closed across the region."
    assert ("closure", "Artibonite", "closed") in events_of(text, gazetteer)
    # "the region" is the one the text called a region, not a part of the world
    text = ("Measles shots start in 12 East African countries. Outbreaks were found across "
            "the region in Kenya and Uganda.")
    assert {p for _, p, _ in events_of(text, gazetteer)} == {"Kenya", "Uganda"}


def test_each_word_means_the_kind_of_place_a_reader_takes_it_for(gazetteer: Gazetteer) -> None:
    texts = {
        "A tanker ran aground near Mombasa, Kenya. Oil spilled across the port on Tuesday.":
            ("spill", "Mombasa", "spilled"),
        "Ebola was confirmed in Equateur province, Congo. Vaccinations began in the province "
        "on Monday.": ("vaccination", "\u00c9quateur", "Vaccinations"),
        "Floods hit Laurel County, Kentucky. Roads were closed across the county on Monday.":
            ("closure", "Laurel County", "closed"),
    }
    for text, event in texts.items():
        assert event in events_of(text, gazetteer), text
    # "the area" is somewhere near a place, not the place
    text = "Wildfires burned near Mendoza, Argentina. Patients were taken to hospitals in the area."
    assert [t for t, _, _ in events_of(text, gazetteer)] == ["fire"]


def test_the_state_as_an_authority_a_qualifier_or_a_part_of_the_country_is_no_place(
    gazetteer: Gazetteer,
) -> None:
    text = ("Monsoon rains swamped Kerala, India, on Sunday. The state media said a curfew "
            "was imposed.")
    assert "closure" not in {t for t, _, _ in events_of(text, gazetteer)}
    # "the eastern region" of Chad, not a region named before; Chad itself is no town
    text = "Cholera was confirmed in Chad on Monday. Clinics were opened in the eastern region."
    assert "opening" not in {t for t, _, _ in events_of(text, gazetteer)}
    # "the country" alone does not place a new happening
    text = "Cholera spread through Haiti last month. Schools were closed across the country."
    assert "closure" not in {t for t, _, _ in events_of(text, gazetteer)}


def test_a_happening_told_again_to_say_how_is_where_the_sentence_before_told_it(
    gazetteer: Gazetteer,
) -> None:
    text = ("Six aid workers died in South Sudan on Saturday. The attack occurred on a "
            "stretch of road as they drove north.")
    assert ("attack", "South Sudan", "attack") in events_of(text, gazetteer)
    # a victim's home town is not where the crash was
    text = "Amir Khan, 41, of Peshawar, was killed on Monday. The crash occurred on a highway."
    assert "crash" not in {t for t, _, _ in events_of(text, gazetteer)}
    text = "The Quetta police said the attack could have happened anywhere."
    assert events_of(text, gazetteer) == []


def test_her_home_is_the_town_told_as_where_she_lives(gazetteer: Gazetteer) -> None:
    text = ("Maria Lopes, 38, worked as a cook while living in Cowley Road, Littlemore, "
            "Oxford. Officers found forged papers during a raid on her home in March.")
    assert ("raid", "Oxford", "raid") in events_of(text, gazetteer)
    # a town named as where she went is not her home
    text = "She flew to Madrid, Spain, on Monday. Police later raided her home."
    assert "raid" not in {t for t, _, _ in events_of(text, gazetteer)}


def test_the_capital_of_a_region_is_in_that_region_and_an_owner_after_it_is_no_name(
    gazetteer: Gazetteer,
) -> None:
    text = "Floods hit the capital of Sindh province on Monday."
    assert events_of(text, gazetteer) == [("disaster", "Sind", "Floods")]
    # "Mali's army" opens the next phrase: it is not the capital's own name
    text = "Gunmen attacked a checkpoint 30 km north of the capital, Mali's army said."
    assert events_of(text, gazetteer) == [("attack", "Bamako", "attacked")]


def test_a_happening_read_as_a_noun_phrase_with_its_light_verb_is_placed_by_the_verb(
    gazetteer: Gazetteer,
) -> None:
    # the tagger reads "flared" as a reduced relative of "Violence"
    text = "Violence flared in Mogadishu on Sunday."
    assert events_of(text, gazetteer) == [("attack", "Mogadishu", "Violence")]
    assert events_of("Violence in Mogadishu.", gazetteer) == []  # no happening told
