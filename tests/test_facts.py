"""Key facts (the counts the text states) and the standfirst."""

from __future__ import annotations

from bs4 import BeautifulSoup

from geobrief.models import Briefing
from geobrief.read.ingest import parse_article
from geobrief.render.page import render_page
from geobrief.story.facts import find_facts, standfirst


def test_the_reference_articles_counts(reference_briefing: Briefing) -> None:
    facts = [fact.text for fact in find_facts(reference_briefing.article)]
    assert facts[:3] == ["52 prisoners", "1,300 or 1,400 prisoners", "14 foreign nationals"]
    assert all("decades" not in f and "2022" not in f and f != "22" for f in facts)
    context = find_facts(reference_briefing.article)[0].context
    assert context.startswith("Belarus has freed 52 prisoners")  # no dateline


def test_spans_of_time_dates_and_repeats_are_not_facts() -> None:
    article = parse_article(
        "Fifty-two people were freed on August 22 after three decades. In 2022, 52 people "
        "fled and 1,200 children and 3 million dollars were found. Some 10-12 trucks came. "
        "Belarus borders three members of NATO and two of the European Union's members. "
        "The 1998-2001 cholera epidemics and the 2010–12 floods were worse.",
        source="t",
    )
    texts = [fact.text for fact in find_facts(article)]
    assert texts == [
        "Fifty-two people", "1,200 children", "3 million dollars", "10-12 trucks",
        "three members of NATO",  # whose members, when a name follows
    ]


def test_distances_are_not_facts() -> None:
    """Fails on 656d8dc ("two blocks" and "500 yards" were key facts); blocks of flats
    and people from a place are still counted."""
    article = parse_article(
        "The driver was arrested two blocks away, 500 yards from 14 injured passengers who "
        "came from five apartment blocks. 300 families from Gaza fled.",
        source="t",
    )
    assert [fact.text for fact in find_facts(article)] == [
        "14 injured passengers", "five apartment blocks", "300 families"]


def test_singular_nouns_ending_in_s_are_not_counted_things() -> None:
    article = parse_article(
        "Migrants keep moving north. Thousands cross the river near Tapachula. "
        "Hundreds press on towards Monterrey. "
        "There were 23 virus cases in Cebu and 4 tuberculosis patients in Davao, while "
        "two Israelis and three Somalis were hurt.",
        source="t",
    )
    texts = [fact.text for fact in find_facts(article)]
    assert texts == ["23 virus cases", "4 tuberculosis patients", "two Israelis",
                     "three Somalis"]


def test_standfirst_is_the_first_sentence_without_the_dateline() -> None:
    article = parse_article(
        "---\ntitle: Floods\n---\nHANOI (AP) - Floods hit Hanoi. Rain went on.", source="t"
    )
    assert standfirst(article) == "Floods hit Hanoi."
    untitled = parse_article("Floods hit Hanoi. Rain went on.", source="t")
    assert untitled.title == "Floods hit Hanoi."
    assert standfirst(untitled) == "Rain went on."  # the title already says the first


def test_a_dateline_with_an_abbreviated_state_is_no_standfirst() -> None:
    """"SEVIERVILLE, Tenn. (AP) - Police ...": the sentence split cuts after "Tenn.", and
    the standfirst was "SEVIERVILLE, Tenn." (fails on bce95c5, as did ten dev pages)."""
    article = parse_article(
        "Ohio man found floating in pool, dies. SEVIERVILLE, Tenn. (AP) - Police in "
        "Sevierville say an Ohio man has died. He was 65.", source="t")
    assert article.title == "Ohio man found floating in pool, dies."
    assert standfirst(article) == "Police in Sevierville say an Ohio man has died."


def test_the_page_shows_key_facts_under_the_headline(reference_briefing: Briefing) -> None:
    soup = BeautifulSoup(render_page(reference_briefing), "html.parser")
    assert soup.select_one("header .standfirst").get_text().startswith("Belarus has freed")
    box = soup.select_one("section.key-facts")
    assert box.select_one("li strong").get_text() == "52 prisoners"
    assert box.find_previous("header") is not None and box.find_next("figure") is not None
