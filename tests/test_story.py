"""The story step on short news sentences written for the project: events, their place,
status and date; routes with their ends, mover and status; dates and the article's date."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import Config, brief
from geobrief.read.article_date import stated_date
from geobrief.read.dates import find_dates, offset_date
from geobrief.read.language import load_english

THURSDAY = dt.date(2024, 3, 14)


def briefing_of(text: str, gazetteer: Gazetteer) -> Briefing:
    return brief(text, Config(date=THURSDAY), gazetteer=gazetteer)


def plain(name: object) -> str:
    """A place's name without accents: GeoNames writes "Kandahār"."""
    decomposed = unicodedata.normalize("NFD", str(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def events_of(text: str, gazetteer: Gazetteer) -> list[dict[str, object]]:
    return briefing_of(text, gazetteer).layers.events.to_dict("records")


def routes_of(text: str, gazetteer: Gazetteer) -> list[dict[str, object]]:
    return briefing_of(text, gazetteer).layers.routes.to_dict("records")


def test_the_story_pipeline_has_a_parser_and_no_entity_recognizer() -> None:
    names = load_english().pipe_names
    assert {"tagger", "parser", "lemmatizer"} <= set(names)
    assert "ner" not in names


@pytest.mark.parametrize(
    ("text", "kind", "place", "country"),
    [
        ("A tourist from Spain was injured in a blast in Denpasar, Indonesia.", "attack",
         "Denpasar", "ID"),
        ("Gunmen killed five worshippers at a mosque in Kano on Friday.", "attack", "Kano",
         "NG"),
        ("Heavy floods swept through Dhaka, leaving thousands homeless.", "disaster", "Dhaka",
         "BD"),
        ("Thousands of students marched in Lima to protest against the law.", "protest",
         "Lima", "PE"),
        ("Cyclone Winston hit Suva, Fiji, destroying hundreds of homes.", "disaster", "Suva",
         "FJ"),
        ("A fire destroyed a warehouse in Lyon, France.", "fire", "Lyon", "FR"),
        ("An explosion ripped through the port of Beirut.", "attack", "Beirut", "LB"),
        ("Police in Houston arrested two men on Tuesday.", "arrest", "Houston", "US"),
        ("In Kenya's capital, Nairobi, a bomb exploded on Friday.", "attack", "Nairobi", "KE"),
        ("Russian drones attacked Kyiv overnight.", "attack", "Kyiv", "UA"),
    ],
)
def test_an_event_is_typed_and_placed_at_its_locative_argument(
    text: str, kind: str, place: str, country: str, gazetteer: Gazetteer
) -> None:
    (event,) = events_of(text, gazetteer)
    assert (event["type"], event["place"], event["country"]) == (kind, place, country)
    assert event["status"] == "happened"
    assert event["trigger"] and event["trigger"] in text
    assert event["precision"] == "place"


@pytest.mark.parametrize(
    "text",
    [
        "The minister plans to visit Nairobi next month.",  # a prospect
        "Talks in Geneva were called off.",  # cancelled
        "Police denied that a shooting took place in Durban.",  # denied
        "If the talks in Geneva fail, fighting could resume.",  # hypothetical
        "Police in Nairobi said no one was injured.",  # nothing happened
        "Nurses went to Gaza to deliver aid.",  # a purpose, not yet done
        "The ship broke a ban on Iranian arms exports.",  # whose exports, not where
        "Talks are due to resume in Cusco next week.",  # due, with no date: a prospect
    ],
)
def test_prospects_cancellations_and_denials_are_not_drawn(
    text: str, gazetteer: Gazetteer
) -> None:
    assert events_of(text, gazetteer) == []


def test_a_fixed_future_happening_is_scheduled_and_dated(gazetteer: Gazetteer) -> None:
    (event,) = events_of("The election will be held in Lima on May 4.", gazetteer)
    assert (event["type"], event["status"], event["date"]) == ("election", "scheduled",
                                                               "2024-05-04")
    assert event["date_precision"] == "day"


def test_a_happening_due_on_a_day_is_scheduled(gazetteer: Gazetteer) -> None:
    (event,) = events_of("Talks are due to resume in Cusco on Monday.", gazetteer)
    assert (event["type"], event["status"]) == ("talks", "scheduled")


def test_a_repeat_merges_but_the_same_words_elsewhere_are_a_new_happening(
    gazetteer: Gazetteer,
) -> None:
    events = events_of(
        "A bomb exploded in Kabul on Monday. The attack killed four people. "
        "Another attack hit Kandahar.",
        gazetteer,
    )
    dates = [(plain(e["place"]), e["date"] if isinstance(e["date"], str) else None)
             for e in events]
    assert dates == [("Kabul", "2024-03-11"), ("Kandahar", None)]


def test_a_country_named_by_its_adjective_is_a_country_level_place(
    gazetteer: Gazetteer,
) -> None:
    (event,) = events_of("Haitian elections were held on Sunday.", gazetteer)
    assert (event["type"], event["country"], event["precision"]) == ("election", "HT",
                                                                      "country")


def test_there_points_back_only_from_the_happenings_own_clause(gazetteer: Gazetteer) -> None:
    events = events_of(
        "She had worked in Uganda. The infection came from a student who was infected in "
        "Leeds by his friend there.",
        gazetteer,
    )
    assert [plain(e["place"]) for e in events] == ["Leeds"]
    (event,) = events_of(
        "The virus was found in Uganda. Five cases were confirmed there on Monday.", gazetteer
    )
    assert plain(event["place"]) == "Uganda"


def test_a_happening_near_its_object_not_at_the_dateline(gazetteer: Gazetteer) -> None:
    events = events_of(
        "BAMAKO, Mali - Gunmen attacked a truck carrying grain near the town of Mopti on "
        "Monday, killing two drivers.",
        gazetteer,
    )
    assert [(e["type"], e["place"]) for e in events] == [("attack", "Mopti")]


def test_the_cause_of_a_happening_is_not_another(gazetteer: Gazetteer) -> None:
    events = events_of(
        "GUWAHATI, India - Floods triggered by heavy rain have killed 30 people in Assam "
        "since Sunday.",
        gazetteer,
    )
    assert [(e["type"], e["place"]) for e in events] == [("disaster", "Assam")]


def test_a_continent_gives_way_to_a_country_of_the_clause(gazetteer: Gazetteer) -> None:
    (event,) = events_of(
        "His platoon came ashore on the beaches of Normandy in the invasion of Europe.",
        gazetteer,
    )
    assert (event["type"], event["country"]) == ("invasion", "FR")


def test_an_agent_is_not_the_place(gazetteer: Gazetteer) -> None:
    assert events_of("Rebels gave up ground during a crackdown by the U.S. army.",
                     gazetteer) == []


def test_an_adjective_locates_the_ground_it_qualifies(gazetteer: Gazetteer) -> None:
    (event,) = events_of("A tanker exploded in Iranian waters on Monday.", gazetteer)
    # a tanker that exploded is an explosion, as "a tanker explosion" is
    assert (event["type"], event["country"]) == ("explosion", "IR")


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("A family from Leeds took the ferry from Dover, England to Calais.",
         ("Dover", "Calais")),
        ("Sudan sent refugees into Chad.", ("Sudan", "Chad")),
        ("She reached Lisbon after a stopover in Madrid.", ("Madrid", "Lisbon")),
        ("Thousands fled into Jordan from Syria.", ("Syria", "Jordan")),
        ("The team flew from Auckland to Sydney on Sunday.", ("Auckland", "Sydney")),
        ("Nurses held in the lakeside town of Kisumu were driven to Nairobi.",
         ("Kisumu", "Nairobi")),
        ("The governor returned to Columbus from a trade mission to Vietnam on Sunday.",
         ("Vietnam", "Columbus")),
        ("The soldiers flew back to Accra from a tour of duty in Mali.", ("Mali", "Accra")),
    ],
)
def test_routes_take_their_ends_from_the_motion_verb(
    text: str, route: tuple[str, str], gazetteer: Gazetteer
) -> None:
    (row,) = routes_of(text, gazetteer)
    assert (row["from"], row["to"]) == route
    assert row["status"] == "made"


@pytest.mark.parametrize(
    ("text", "route"),
    [("The convoy drove from Amman to Damascus through Daraa and reached Homs on Tuesday.",
      [("Amman", "Damascus"), ("Damascus", "Homs")]),
     ("The team flew from Lima to Cusco via Arequipa and then drove to Puno.",
      [("Lima", "Cusco"), ("Cusco", "Puno")])],
)
def test_a_trip_goes_on_from_where_the_same_mover_arrived(
    text: str, route: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    # the second verb of the sentence goes on from the first one's goal, not from the
    # place it passed through
    assert [(r["from"], r["to"]) for r in routes_of(text, gazetteer)] == route


def test_a_neighbouring_country_is_reached_from_where_the_story_last_was(
    gazetteer: Gazetteer,
) -> None:
    # Burkina Faso is named, but the last place before the flight lies in Mali
    text = ("Gunmen attacked a village in central Mali and fled towards the border with "
            "Burkina Faso. A bomb later struck a convoy near Douentza.\n\nThousands of "
            "people have fled the region since 2019, many of them to camps in neighbouring "
            "Niger.")
    assert ("Mali", "Niger") in [(r["from"], r["to"]) for r in routes_of(text, gazetteer)]


def test_a_place_the_parser_takes_for_an_infinitive_is_still_the_goal(
    gazetteer: Gazetteer,
) -> None:
    (row,) = routes_of("The army flew food and tents from Karachi to Dadu on Thursday.",
                       gazetteer)
    assert (row["from"], row["to"], row["status"]) == ("Karachi", "Dadu", "made")


def test_the_object_of_a_causative_verb_is_who_moved(gazetteer: Gazetteer) -> None:
    (row,) = routes_of("Sudan sent refugees into Chad.", gazetteer)
    assert row["who"] == "refugees"


def test_a_planned_trip_is_planned_and_a_tried_one_is_not_drawn(gazetteer: Gazetteer) -> None:
    (row,) = routes_of("The minister will fly from Rome to Paris on Monday.", gazetteer)
    assert row["status"] == "planned"
    assert routes_of("He tried to cross from Tijuana into San Diego.", gazetteer) == []


def test_a_trip_starts_where_the_story_was_not_where_its_speaker_is_from(
    gazetteer: Gazetteer,
) -> None:
    (row,) = routes_of(
        "The rider broke his wrist in a crash in Spain on Monday. "
        "The U.S. team said he would fly to Canada for surgery.",
        gazetteer,
    )
    assert (row["from"], row["to"], row["status"]) == ("Spain", "Canada", "planned")


def test_someones_origin_is_not_a_route(gazetteer: Gazetteer) -> None:
    assert routes_of("A couple from Melbourne won the lottery in Perth.", gazetteer) == []


def test_focus_is_where_the_happenings_are(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "American officials said U.S. troops and American advisers were in Iraq. "
        "A bomb exploded in Baghdad on Monday.",
        gazetteer,
    )
    assert b.focus == "IQ"


def test_police_and_courts_say_where_the_story_is(gazetteer: Gazetteer) -> None:
    b = briefing_of(
        "Three Latvian hikers are missing. Georgian border police are searching for the "
        "Latvian hikers, a police spokesman said. The Latvians left their group on Monday.",
        gazetteer,
    )
    assert b.focus == "GE"


def test_a_firms_base_and_its_analysts_do_not_make_the_focus(gazetteer: Gazetteer) -> None:
    """Where a company sits, whose it is and where analysts speak say who acts; the
    spill is in Peru, and its town, unknown to the gazetteer, is not shown in Houston."""
    b = briefing_of(
        "Oil spill from U.S.-owned pipeline fouls Peruvian river\n\n"
        "HOUSTON - A Texas energy company said Thursday that crude oil leaking from a "
        "pipeline it runs has reached the Maranon River in northern Peru.\n\n"
        "The company, based in Houston, said the leak near the town of Saramuro was found "
        "on Monday. Peruvian authorities declared an environmental emergency in the Loreto "
        "region on Wednesday.\n\n"
        "Shares of the firm fell in New York. Analysts in Houston and Dallas said the costs "
        "could reach $40 million. The company has operated in Texas and Oklahoma for decades.",
        gazetteer,
    )
    assert b.focus == "PE"
    assert set(b.layers.events["country"]) == {"PE"}


def test_a_participle_happens_where_its_clause_is_not_at_the_dateline(
    gazetteer: Gazetteer,
) -> None:
    events = events_of(
        "KYIV, Aug 14 (Reuters) - Russian drones struck grain warehouses in the port of "
        "Odesa overnight, wounding three workers.",
        gazetteer,
    )
    assert [e["place"] for e in events] == ["Odesa"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israeli jets struck targets in Rafah, witnesses said.", "Rafaḩ"),
        ("A shopping centre in Kharkiv was hit by a Russian missile on Monday.", "Kharkiv"),
    ],
)
def test_a_weapon_that_strikes_is_an_attack_on_its_target(
    text: str, place: str, gazetteer: Gazetteer
) -> None:
    assert [(e["type"], e["place"]) for e in events_of(text, gazetteer)] == [("attack", place)]


def test_striking_a_deal_or_a_cyclist_is_no_attack(gazetteer: Gazetteer) -> None:
    assert events_of("The company struck a deal with buyers in Lagos.", gazetteer) == []
    assert [e["type"] for e in events_of("A car hit a cyclist in Leeds.", gazetteer)] != [
        "attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters rallied at the naval base in Busan.", [("protest", "Busan")]),
        ("Militants set off a bomb in a market in Peshawar.", [("attack", "Peshawar")]),
        ("About 3,000 migrants set off on foot from Tapachula on Monday.", []),
    ],
)
def test_a_base_is_a_place_and_setting_off_is_no_bomb_by_itself(
    text: str, expected: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert [(e["type"], e["place"]) for e in events_of(text, gazetteer)] == expected


def test_a_main_verb_that_says_no_place_happens_at_the_dateline(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Man sentenced\n\nTYLER — A Smith County man was sentenced to 12 years in prison "
        "for his role in a bank fraud on Monday.",
        gazetteer,
    )
    assert [(e["type"], e["place"]) for e in events] == [("court", "Tyler")]


def test_the_dateline_is_no_guess_when_the_sentence_says_where(gazetteer: Gazetteer) -> None:
    events = events_of(
        "COLUMBUS, Ohio (AP) - Five missionaries from an Ohio church who were kidnapped in "
        "Haiti last month have been freed and flown to Miami, the church said Sunday.",
        gazetteer,
    )
    assert "Columbus" not in {e["place"] for e in events}


def test_a_trip_that_only_may_be_made_is_no_route(gazetteer: Gazetteer) -> None:
    assert routes_of("Officials fear the virus may spread to Chad from Sudan.", gazetteer) == []
    assert routes_of(
        "The winning teams may move on to the regional finals in Fresno, California.",
        gazetteer) == []
    assert [r["to"] for r in routes_of(
        "The team will travel to Fresno, California on Monday.", gazetteer)] == ["Fresno"]


def test_a_place_in_someones_origin_is_not_where_their_trip_went(gazetteer: Gazetteer) -> None:
    routes = routes_of(
        "The group, from a church in Dublin, Ohio, was seized by a gang while driving from "
        "an orphanage near Croix-des-Bouquets.",
        gazetteer,
    )
    assert "Dublin" not in {r["to"] for r in routes}


def test_a_where_clause_with_a_place_of_its_own_is_there(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Heavy rain caused flooding in parts of Karnataka, where schools were closed in "
        "Mangaluru on Monday.",
        gazetteer,
    )
    assert ("closure", "Mangaluru") in {(e["type"], e["place"]) for e in events}


def test_a_where_clause_on_a_noun_apposed_to_a_place_is_there(gazetteer: Gazetteer) -> None:
    events = events_of(
        "Doctors arrived in Chad, a country where floods destroyed 3,000 homes last month.",
        gazetteer,
    )
    assert [(e["type"], e["place"]) for e in events] == [("disaster", "Chad")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A magnitude 6.1 earthquake shook eastern Taiwan early on Monday.",
         ("disaster", "Taiwan")),
        ("Voters in Senegal went to the polls on Sunday.", ("election", "Senegal")),
        ("Cholera has killed 40 people in Malawi since January.", ("outbreak", "Malawi")),
        ("A bus overturned near Mecca.", ("crash", "Makkah")),
    ],
)
def test_common_news_phrasings_are_placed(
    text: str, expected: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert [(e["type"], e["place"]) for e in events_of(text, gazetteer)] == [expected]


def test_a_killing_that_follows_from_a_disaster_is_the_disaster(gazetteer: Gazetteer) -> None:
    events = events_of("The cyclone struck Fiji on Saturday, killing four people in Labasa.",
                       gazetteer)
    assert {str(e["type"]) for e in events} == {"disaster"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 23.03.2009", ["2009-03-23"]),
        ("on 03/23/2009", ["2009-03-23"]),
        ("In 2004, two climbers died", ["2004"]),
        ("next Monday", ["2024-03-18"]),
        ("two days ago", ["2024-03-12"]),
        ("at least 3 may have died", []),
    ],
)
def test_numeric_relative_and_sentence_initial_dates(text: str, expected: list[str]) -> None:
    assert [d.iso for d in find_dates(text, THURSDAY)] == expected


def test_a_weekday_without_an_anchor_gives_no_date() -> None:
    assert find_dates("on Monday", None) == []
    assert find_dates("yesterday", None) == []


def test_date_arithmetic_is_bounded() -> None:
    assert offset_date("two days after the ", dt.date(1, 1, 1)) is None
    assert offset_date("a day before the ", dt.date.max) is None
    assert find_dates("next Monday", dt.date.max) == []
    assert [d.iso for d in find_dates("3 years ago", dt.date(2, 1, 1))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published Tuesday, 4 June 2024\nFloods hit the town.", dt.date(2024, 6, 4)),
        ("By A. Writer, The Courier, March 24, 2009 - The mayor said", dt.date(2009, 3, 24)),
        ("Text. The team arrives in Oslo, Monday March 23, 2009. More.", dt.date(2009, 3, 23)),
        ("On Monday the war began in 1990.", None),
        # a byline after the writer's name or e-mail; not a date the head's sentences tell
        ("Mill fire. Jane Roe Staff Writer May 4, 2011 LEEDS -- A mill burned.",
         dt.date(2011, 5, 4)),
        ("Mill fire. jroe@courier.com May 4, 2011 From the Courier.", dt.date(2011, 5, 4)),
        ("Old mill. The mill was built in Leeds on May 4, 1884. It burned down.", None),
        ("Mill fire. On June 1, 2011, a man set fire to a mill in Leeds.", None),
    ],
)
def test_the_article_date_from_its_byline_or_a_caption(
    text: str, expected: dt.date | None
) -> None:
    assert stated_date(text) == expected


def test_a_stated_date_resolves_relative_dates(gazetteer: Gazetteer) -> None:
    text = "Published Tuesday, 4 June 2024\nA bomb exploded in Kabul on Monday."
    (event,) = brief(text, gazetteer=gazetteer).layers.events.to_dict("records")
    assert event["date"] == "2024-06-03"


def test_a_happening_in_two_places_is_two_events(gazetteer: Gazetteer) -> None:
    events = events_of("Health officials in Ohio and Texas confirmed new cases of measles.",
                       gazetteer)
    assert [(e["type"], e["place"]) for e in events] == [("outbreak", "Ohio"),
                                                         ("outbreak", "Texas")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Five people died of cholera in Harare.", "outbreak"),  # deaths from a disease
        ("A farmer died of bird flu in Hanoi on Monday.", "death"),  # one person's
        ("A total of 20 children in Lima have died from flu.", "outbreak"),  # counted
        ("Officials killed 4,000 chickens in Hanoi.", "cull"),  # killing livestock
        ("In Karachi, her supporters fought street battles with police.", "protest"),  # crowd
        ("She visited a clinic in Glasgow on Monday.", "hospitalization"),  # care, no tour
    ],
)
def test_context_decides_the_type(text: str, kind: str, gazetteer: Gazetteer) -> None:
    (event,) = events_of(text, gazetteer)
    assert event["type"] == kind


def test_a_happening_dated_after_the_article_is_scheduled(gazetteer: Gazetteer) -> None:
    events = events_of(
        "The ministers met in Oslo on the eve of a joint military exercise in Bergen.", gazetteer
    )
    exercise = next(e for e in events if e["type"] == "exercise")
    assert (exercise["date"], exercise["status"]) == ("2024-03-15", "scheduled")


def test_a_village_the_gazetteer_lacks_is_where_a_country_wide_report_happened(
    gazetteer: Gazetteer,
) -> None:
    # the headline tells the attack in Mali, the body at a village of it; a later attack
    # near a town is another one, not the first moved there
    text = ("Gunmen kill 20 villagers in central Mali\n\nGunmen killed 20 civilians in an "
            "attack on the village of Ogossagou in central Mali. Survivors were taken to "
            "Mopti. Two days later, a roadside bomb struck an army convoy near Douentza.")
    attacks = [e["place"] for e in events_of(text, gazetteer) if e["type"] == "attack"]
    assert attacks == ["Ogossagou", "Douentza"]


def test_a_relative_clause_dates_what_it_tells_of(gazetteer: Gazetteer) -> None:
    # its own noun happening: "the attack, which took place on ..."; not the happening
    # of the clause it sits in ("arrested a man who had escaped on ...")
    (attack,) = events_of("The attack in Kabul, which took place on March 10, killed four.",
                          gazetteer)
    assert attack["date"] == "2024-03-10"
    (arrest,) = events_of("Police arrested a man in Lagos who had escaped on March 2.",
                          gazetteer)
    assert arrest["date"] is None


def test_a_storm_a_relative_clause_says_is_coming_is_no_happening(gazetteer: Gazetteer) -> None:
    events = events_of("In Vietnam, authorities in Da Nang closed schools ahead of the storm, "
                       "which is expected to reach the coast on March 20.", gazetteer)
    assert [(e["type"], e["place"], e["date"]) for e in events] == [("closure", "Da Nang", None)]


@pytest.mark.parametrize(
    "text",
    [
        "A cold front arriving from Denver will bring snow to Chicago.",  # the weather
        "After his arrest in Miami, he will go to trial in Boston.",  # a happening, not a goal
        "Navies seized a ship suspected of carrying rifles from Libya to Sudan.",  # alleged
    ],
)
def test_what_moves_but_is_no_route(text: str, gazetteer: Gazetteer) -> None:
    assert routes_of(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of villagers were fleeing towards the border with Benin.",
        "The lorry turned off the motorway toward Kendal before it overturned.",
    ],
)
def test_a_trip_towards_a_place_does_not_end_there(text: str, gazetteer: Gazetteer) -> None:
    """"towards" tells a direction, not where the trip ended: no route is drawn to it."""
    assert [r["to"] for r in routes_of(text, gazetteer)] == []


def test_a_passive_carrier_from_a_place_starts_the_trip(gazetteer: Gazetteer) -> None:
    """"brought ... by wild birds from Russia": the birds came from Russia with it."""
    rows = routes_of("The virus was probably brought to Hokkaido by wild birds from Russia.",
                     gazetteer)
    assert [(r["from"], r["to"]) for r in rows] == [("Russia", "Hokkaidō")]
