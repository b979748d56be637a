"""Headlines: a title-case headline is read as the sentence it would be in running text,
and the happening it sums up is the one the next sentences tell in detail. Short texts
written for the project, from several regions."""

from __future__ import annotations

import datetime as dt

from geobrief.gazetteer.index import Gazetteer
from geobrief.pipeline import Config, brief
from geobrief.story.headlines import is_title_case, lower_stems, running_text
from geobrief.story.rows import records

FRIDAY = dt.date(2026, 9, 18)


def events_of(text: str, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    layers = brief(text, Config(date=FRIDAY), gazetteer=gazetteer).layers
    return [(e["type"], e["place"], e["trigger"]) for e in records(layers.events)]


def test_a_title_case_headline_is_lowered_where_the_article_writes_lower_case() -> None:
    headline = "Landslide Buries Homes in Uganda as Museveni Orders Inquiry"
    body = "A landslide buried homes on Monday, and more homes are at risk."
    assert is_title_case(headline)
    assert not is_title_case("Pope Francis arrives in Kinshasa for a four-day visit")
    # a sentence full of names is no headline: it writes its other words in lower case
    assert not is_title_case("Maria Santos, 41, from Porto Alegre, Brazil, died at the "
                             "Santa Casa Hospital in Pelotas")
    uganda = headline.index("Uganda")
    place = [(uganda, uganda + len("Uganda"))]
    cased = running_text(headline, lower_stems(body), place, title=True, opened=False)
    # lowered: function words, verbs ("Orders") and the article's own words ("Homes");
    # kept: the first word, the place, a name and a noun never written in lower case
    assert cased == "Landslide buries homes in Uganda as Museveni orders Inquiry"
    # as the article's headline it opens with an article, so that it has a subject
    cased = running_text(headline, lower_stems(body), place, title=True, opened=True)
    assert cased == "The landslide buries homes in Uganda as Museveni orders Inquiry"


def test_a_headline_happening_is_found_and_keeps_the_words_as_written(
    gazetteer: Gazetteer,
) -> None:
    # parsed as written, each headline is one long name with no verb
    texts = {
        "Gunmen Kidnap Students in Zamfara": ("kidnapping", "Zamfara", "Kidnap"),
        "Bus Overturns Near Cusco, Killing Six": ("crash", "Cusco", "Overturns"),
        "Earthquake Shakes Southern Mexico": ("disaster", "Mexico", "Earthquake"),
        "Chinese Trade Delegation Visits Kenya": ("visit", "Kenya", "Visits"),
    }
    # parsed as written, a headline on its own line has no verb: "Landslide buries
    # homes" is one noun phrase
    texts |= {
        "Landslide buries homes in Rwanda": ("disaster", "Rwanda", "Landslide"),
    }
    for headline, event in texts.items():
        text = f"{headline}\n\nOfficials said on Friday that more details would follow."
        assert events_of(text, gazetteer) == [event], headline


def test_the_headline_happening_is_the_one_the_next_sentence_tells_in_detail(
    gazetteer: Gazetteer,
) -> None:
    text = ("Explosion Injures Four in Balochistan\n\n"
            "An explosion at a market in Quetta injured four people on Sunday, police "
            "said. The bomb had been hidden in a cart.")
    # one happening, at the town the body names, not a second one at the province
    assert [(t, p) for t, p, _ in events_of(text, gazetteer)] == [("attack", "Quetta")]
    text = ("Protesters Clash With Police in Chile\n\n"
            "Protesters clashed with police in Valparaiso on Thursday over pension cuts.")
    assert [(t, p) for t, p, _ in events_of(text, gazetteer)] == [("protest", "Valparaíso")]


def test_a_happening_further_on_in_the_same_region_stays_its_own(gazetteer: Gazetteer) -> None:
    text = ("Explosion Injures Four in Balochistan\n\n"
            "An explosion at a market in Quetta injured four people on Sunday. Police "
            "said the market reopened. Traders said it was calm. A week earlier, "
            "another explosion hit a bus station in Turbat.")
    places = [p for t, p, _ in events_of(text, gazetteer) if t == "attack"]
    assert places == ["Quetta", "Turbat"]
