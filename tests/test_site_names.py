"""The streets and buildings of local news, which the gazetteer lacks, as the places of
happenings: "Elizabeth Road" though Elizabeth is a given name, "Queen Elizabeth
Hospital" though Queen is a title, "Addenbrooke's Hospital" with its "'s", "West 11th
Street" with its ordinal and its block, "the Museum of Fine Arts" with its "of"
phrase. Each is shown at the place the paragraph named before it. Sentences written for
these tests (the Americas, Africa, Asia, Europe)."""

from __future__ import annotations

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import brief
from geobrief.story.rows import records


def _events(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str | None, str]]:
    events = records(brief(text, gazetteer=gazetteer).layers.events)
    return [(e["type"], e["place"], e.get("anchor"), e["country"]) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name before a road, a title before a hospital: the site is named after them
        ("Police in Lexington reported several crimes this week. A house was burglarized "
         "on Elizabeth Road on Thursday.",
         ("burglary", "Elizabeth Road", "Lexington", "US")),
        ("Police in Mthatha are investigating. Two people were injured when a gas "
         "cylinder exploded on Nelson Mandela Drive on Friday.",
         ("explosion", "Nelson Mandela Drive", "Mthatha", "ZA")),
        ("Residents of Kowloon were woken by sirens. A fire broke out at Queen Elizabeth "
         "Hospital on Tuesday night.",
         ("fire", "Queen Elizabeth Hospital", "Kowloon", "HK")),
        # a founder's "'s" is part of the name
        ("The former minister lived in Cambridge for thirty years. He died in "
         "Addenbrooke's Hospital on Monday.",
         ("death", "Addenbrooke's Hospital", "Cambridge", "GB")),
        # a numbered street, and the block of it a police report gives
        ("Police in Tulsa reported a busy weekend. A man was shot in the 2400 block of "
         "West 11th Street early Sunday.",
         ("attack", "West 11th Street", "Tulsa", "US")),
        # a name goes on with its "of" phrase; a resolved place in it is where the site is
        ("Officials in Houston said a fire broke out at the Museum of Fine Arts on Tuesday.",
         ("fire", "Museum of Fine Arts", "Houston", "US")),
        ("Police said the two victims died at the University of Ibadan Teaching Hospital "
         "on Friday.",
         ("death", "University of Ibadan Teaching Hospital", "Ibadan", "NG")),
    ],
)
def test_a_site_named_after_someone_is_where_it_happened(
    gazetteer: Gazetteer, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Fails on main: each name was refused (a given name or title first, an "'s", an
    ordinal, "the Museum": a thing, like "in the Honda") or its sentence was not parsed
    (the block), so no event was found; the hospital was named "University"."""
    assert _events(text, gazetteer) == [expected]


def test_a_countrys_s_says_where_the_site_is_not_its_name(gazetteer: Gazetteer) -> None:
    """Fails on main ("'s" was read as a person's, so no event): the highway is the
    place, shown at the country that owns it."""
    text = "Gunmen attacked a bus on Pakistan's Karakoram Highway on Monday."
    assert _events(text, gazetteer) == [
        ("attack", "Karakoram Highway", "Pakistan", "PK")]


@pytest.mark.parametrize(
    "text",
    [
        # a person met, and a shop known by its owner's name, are no sites (guards)
        "The minister arrived in Nairobi on Monday. He met John Brown on Tuesday.",
        "Police in Leeds are investigating. A woman was robbed at Smith's on Tuesday.",
    ],
)
def test_a_person_is_no_site(gazetteer: Gazetteer, text: str) -> None:
    assert all(e[1] not in ("John Brown", "Smith", "Smith's") for e in _events(text, gazetteer))


def test_with_nothing_before_it_a_site_is_in_the_datelines_town(gazetteer: Gazetteer) -> None:
    """Fails on main (shown at Kenya): a local story's street lies in its dateline's town
    when that town is in the focus country."""
    text = ("MOMBASA, Kenya (Reuters) - Police in the port city reported a violent weekend "
            "on Monday.\n\nA watchman was stabbed on Moi Avenue on Sunday night, officers "
            "said.")
    assert _events(text, gazetteer) == [("attack", "Moi Avenue", "Mombasa", "KE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a house number before the street, and a street's initial ("N.")
        ("Firefighters in Rochester had a busy night. Fire damaged a two-story house at "
         "3537 Seventh Street Northwest on Monday.",
         ("fire", "3537 Seventh Street Northwest", "Rochester", "US")),
        ("Police in Durban had a busy weekend. Gunmen robbed a shop at 197 N. West Street "
         "on Friday.",
         ("robbery", "197 N. West Street", "Durban", "ZA")),
        # where two streets meet is both streets
        ("Police in Ocala said two people were hurt. The crash occurred at the intersection "
         "of Northeast 180th Avenue and U.S. 27A.",
         ("crash", "Northeast 180th Avenue and U.S. 27A", "Ocala", "US")),
        ("Residents of Manila were alarmed. A man was shot at the corner of Rizal Avenue and "
         "Recto Avenue on Sunday.",
         ("attack", "Rizal Avenue and Recto Avenue", "Manila", "PH")),
    ],
)
def test_an_address_or_a_crossing_is_where_it_happened(
    gazetteer: Gazetteer, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Fails on a3a0a9a: "at" a number was no site (only "at" a place noun is, as "at
    Microsoft" is a firm), "N." was taken for an acronym, the sentence with a crossing was
    not parsed ("the intersection" is lower case) and two streets joined by "and" were
    refused as a list of names; the crash was shown at Ocala, the rest not at all."""
    assert _events(text, gazetteer)[-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the site a verb of building, opening or closing acts on is where it happened
        ("Health inspectors were busy in Richmond, British Columbia. Richmond's Bo Kong "
         "Vegetarian Restaurant was shut down on March 10.",
         ("closure", "Bo Kong Vegetarian Restaurant", "Richmond", "CA")),
        ("Officials in Springfield, Massachusetts, met on Monday. Crews demolished the "
         "Willow Brook apartment complex on Friday, officials at City Hall said.",
         ("demolition", "Willow Brook", "Springfield", "US")),
        # a firm that opened something is no site; a lane of a road is none
        ("Belk opened a new store in Richmond, Virginia, this week.",
         ("opening", "Richmond", None, "US")),
    ],
)
def test_a_site_built_opened_or_closed_is_where_it_happened(
    gazetteer: Gazetteer, text: str, expected: tuple[str, str, str | None, str]
) -> None:
    """The first two fail on a3a0a9a (the closure at Richmond, no demolition)."""
    assert _events(text, gazetteer)[-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building named after the town or county it serves keeps its whole name
        ("Two nurses were attacked at Kisumu County Referral Hospital on Monday.",
         ("attack", "Kisumu County Referral Hospital", None, "KE")),
        ("Protesters gathered outside Seoul City Hall on Sunday.",
         ("protest", "Seoul City Hall", None, "KR")),
        ("A man was stabbed at Frankfurt Central Station on Saturday.",
         ("attack", "Frankfurt Central Station", None, "DE")),
        ("Police in Lusaka arrested a man outside Lusaka Central Police Station.",
         ("arrest", "Lusaka Central Police Station", None, "ZM")),
        # a longer name with "of" is not named for the place (a guard)
        ("Fighting broke out at the London School of Economics on Monday.",
         ("attack", "London", None, "GB")),
        # the town on its own, or a kind of shop in lower case, is the town
        ("The driver died in a hospital in Hartford, Connecticut, on Friday.",
         ("death", "Hartford", None, "US")),
        ("A man was robbed at a Westmoreland County grocery store on Friday.",
         ("robbery", "Westmoreland County", None, "US")),
    ],
)
def test_a_building_named_after_its_town_is_where_it_happened(
    gazetteer: Gazetteer, text: str, expected: tuple[str, str, str | None, str]
) -> None:
    """The first four fail on 656d8dc: the happening was placed at the town only
    ("Kisumu County", "Seoul"), losing the site the text names."""
    assert _events(text, gazetteer)[-1:] == [expected]


def test_a_trip_to_a_building_named_after_its_town_ends_there(gazetteer: Gazetteer) -> None:
    """Fails on 656d8dc (the route ended at "Hartford"): the hospital is the goal, shown
    at the town it is named after."""
    text = ("A Berlin, Connecticut, man was hurt in a crash on Tuesday. He was flown to "
            "Hartford Hospital, police said.")
    routes = records(brief(text, gazetteer=gazetteer).layers.routes)
    assert [(r["to"], r["to_id"] is not None) for r in routes] == [("Hartford Hospital", True)]


def test_a_country_adjective_before_is_no_anchor(gazetteer: Gazetteer) -> None:
    """Fails on 656d8dc (the accident was shown in Italy): "an Italian grocery store"
    names a kind of shop; the site lies in the county named with it."""
    text = ("An 80-year-old man died yesterday in the parking lot of a Westmoreland County "
            "Italian grocery store. The accident happened in the parking lot at DeLallo "
            "Marketplace.")
    assert _events(text, gazetteer)[-1:] == [
        ("accident", "DeLallo Marketplace", "Westmoreland County", "US")]


def test_there_after_a_building_named_after_its_town_is_that_building(
    gazetteer: Gazetteer,
) -> None:
    """Fails on 656d8dc (a death in Nairobi): "there" points to the hospital its own
    sentence named, not to the sentence before; but not to a hospital that only says
    where the speakers are (guard)."""
    text = ("A patient was flown to Nairobi on Sunday. Two nurses were attacked at Kisumu "
            "County Referral Hospital on Monday by relatives of a woman who had died there.")
    assert _events(text, gazetteer) == [
        ("attack", "Kisumu County Referral Hospital", None, "KE")]
    text = ("Floods hit Sylhet. Doctors at Dhaka Medical College Hospital said 12 people had "
            "drowned there.")
    assert _events(text, gazetteer) == [("disaster", "Sylhet", None, "BD"),
                                        ("death", "Sylhet", None, "BD")]


def test_a_states_highway_is_no_happening_in_the_state(gazetteer: Gazetteer) -> None:
    """Fails on 656d8dc (no event): "W.Va. 61" is a road, and the closure is in the town
    its phrase names."""
    text = ("Slide forces closure of W.Va. 61 in East Bank\n\nKanawha County officials said "
            "the road was closed on Monday.")
    assert _events(text, gazetteer) == [("closure", "East Bank", None, "US")]
    # a state before a count is the state (guards)
    text = "In Virginia 3 people died in floods on Monday. Storms hit Florida 10 days later."
    assert [e[1] for e in _events(text, gazetteer)] == ["Virginia", "Florida"]


def _routes(text: str, gazetteer: Gazetteer) -> list[tuple[str | None, str | None]]:
    return [(r["from"], r["to"]) for r in records(brief(text, gazetteer=gazetteer).layers.routes)]


def test_a_trip_to_a_site_in_a_local_story_ends_at_its_town(gazetteer: Gazetteer) -> None:
    """Fails on 656d8dc (no route at all): with no place in their paragraph, the two
    hospitals are shown at the town the story names most, each a trip of its own;
    "UMass" is read as the start of a name."""
    text = ("Worcester police said a stolen truck crashed on Saturday. Worcester officers "
            "chased it.\n\nTwo passengers in the van were taken to UMass Memorial Medical "
            "Center. The woman was later transferred to Saint Vincent Hospital for surgery.")
    assert _routes(text, gazetteer) == [
        (None, "UMass Memorial Medical Center"), (None, "Saint Vincent Hospital")]
    # one flown or sent far away is not in the story's town (guards)
    text = ("Worcester police said a stolen truck crashed on Saturday. Worcester officers "
            "chased it.\n\nThe soldier was flown to Landstuhl Regional Medical Center. The "
            "suspect was later sent to Guantanamo Bay.")
    assert _routes(text, gazetteer) == []


def test_a_story_town_shows_no_trip_to_earth_to_a_title_or_to_an_idiom(
    gazetteer: Gazetteer,
) -> None:
    """Guards for the story's town as an anchor: "Earth" and "State" (a championship)
    name no site, and "has taken place with regard to" is no trip."""
    text = ("Houston engineers cheered on Sunday. Houston officials said the capsule was "
            "safe.\n\nSimonyi will return to Earth 13 days later. The team makes its ninth "
            "trip to State next week. No action has taken place with regard to Highway 19.")
    assert _routes(text, gazetteer) == []


def test_a_site_after_an_adverb_of_distance(gazetteer: Gazetteer) -> None:
    """Fails on 656d8dc (no arrest): "two blocks away on Chandler Street" hangs the street
    on "away"."""
    text = ("WORCESTER, Mass. — A man crashed a stolen truck on Saturday, police said.\n\n"
            "The driver fled on foot but was arrested two blocks away on Chandler Street.")
    assert _events(text, gazetteer)[-1:] == [("arrest", "Chandler Street", "Worcester", "US")]


def test_a_site_with_nothing_before_it_is_in_the_town_the_story_names_most(
    gazetteer: Gazetteer,
) -> None:
    """Fails on 656d8dc (shown at the United States' middle, in Kansas): with no dateline
    and no place in its paragraph, the site lies in the town the story names most."""
    text = ("Lansing police are asking for help. Lansing officers said two men were seen. "
            "Both wore masks.\n\nA woman was robbed at the Frandor Shopping Center on Friday.")
    assert _events(text, gazetteer) == [
        ("robbery", "Frandor Shopping Center", "Lansing", "US")]


def test_a_building_its_own_phrase_puts_elsewhere_is_there(gazetteer: Gazetteer) -> None:
    """Fails on 656d8dc (a death in Temple, Texas, and a shooting in Egypt): the town
    a building's name begins is not where it is when its phrase says so."""
    text = "A patient died at Temple University Hospital in Philadelphia on Friday."
    assert _events(text, gazetteer) == [("death", "Philadelphia", None, "US")]
    text = "A man was shot at the Luxor Hotel in Las Vegas on Friday."
    assert _events(text, gazetteer) == [("attack", "Las Vegas", None, "US")]
    # a country or a region that holds the town is no elsewhere (a guard)
    text = "He was treated at Lagos University Teaching Hospital in Nigeria on Friday."
    assert [e[1] for e in _events(text, gazetteer)] == ["Lagos University Teaching Hospital"]
