"""The briefing page: structure, self-containment, marked source text, escaping."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from bs4 import BeautifulSoup
from conftest import HOSTILE

from geobrief.models import Briefing, Layers, Mention, Place
from geobrief.render.page import legend, mark_text, paragraphs, render_page

LAYER_NAMES = ["Places", "Countries", "Borders", "Routes", "Events"]


def soup_of(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def code_scripts(soup: BeautifulSoup) -> list[str]:
    """The text of every script that runs (not the JSON data island)."""
    return [s.string or "" for s in soup.find_all("script") if s.get("type") is None]


def control_names(page: str) -> list[str]:
    overlays = re.search(r"overlays\s*:\s*\{(.*?)\}", page, re.S)
    assert overlays, "no layer control"
    return re.findall(r'"([^"]*)"\s*:', overlays.group(1))


@pytest.fixture(scope="module")
def page(reference_briefing: Briefing) -> str:
    return render_page(reference_briefing)


@pytest.fixture(scope="module")
def soup(page: str) -> BeautifulSoup:
    return soup_of(page)


def test_headline_and_meta(reference_briefing: Briefing, soup: BeautifulSoup) -> None:
    article = reference_briefing.article
    assert soup.h1.get_text() == article.title
    assert article.title in soup.title.get_text()
    meta = soup.select_one(".meta").get_text(" ", strip=True)
    assert "Reuters" in meta and "VILNIUS" in meta
    assert soup.select_one("time")["datetime"] == "2025-09-11"
    assert "/" not in soup.select_one(".source").get_text(), "no local path on the page"


def test_map_is_inline_with_five_layers(page: str, soup: BeautifulSoup) -> None:
    div = soup.select_one(".map-frame > div.folium-map")
    assert div is not None and not soup.find("iframe")
    assert any(re.search(rf'L\.map\(\s*"{div["id"]}"', s) for s in code_scripts(soup))
    assert control_names(page) == LAYER_NAMES
    data = json.loads(soup.select_one("script#geobrief-data").string)
    assert data["map"] == div["id"] and data["focus"] == "BY"
    assert "window.geobrief = " in page


def test_self_contained(soup: BeautifulSoup, page: str) -> None:
    assert not soup.find_all("script", src=True)
    assert not soup.find_all("link")
    assert not soup.find_all(["iframe", "object", "embed", "video", "audio"])
    for image in soup.find_all("img"):  # the printed map, inlined
        assert image["src"].startswith("data:image/svg+xml;base64,"), image["src"][:40]
    assert not re.search(r"url\(\s*['\"]?(https?:|//)|@import", page)
    for link in soup.find_all("a", href=True):
        assert link.find_parent(class_="attribution"), link
    assert len(page.encode()) < 1_000_000


def test_every_mention_is_marked(reference_briefing: Briefing, soup: BeautifulSoup) -> None:
    owner = {(m.start, m.end): p for p in reference_briefing.places for m in p.mentions}
    marks = {int(mark["data-start"]): mark for mark in soup.select(".source-text mark.place")}
    assert len(marks) == len(reference_briefing.mentions)
    for mention in reference_briefing.mentions:
        mark = marks[mention.start]
        assert mark.get_text() == mention.text
        assert mark["data-place"] == owner[mention.start, mention.end].place_id


def test_source_text_is_complete(reference_briefing: Briefing, soup: BeautifulSoup) -> None:
    shown = "".join(p.get_text() for p in soup.select(".source-text p"))
    # hard-wrapped lines ("with\nthe United States") rejoin with a space
    text = re.sub(r"\n(?=[a-z])", " ", reference_briefing.article.text)
    assert shown == text.replace("\n", "")


def test_places_events_borders(reference_briefing: Briefing, soup: BeautifulSoup) -> None:
    rows = soup.select("table.places tbody tr")
    assert len(rows) == len(reference_briefing.places)
    belarus = next(r for r in rows if r.td.get_text() == "Belarus")
    assert [td.get_text() for td in belarus.find_all("td")][1:] == ["country", "BY", "8", "focus"]
    assert len(soup.select("ul.events li")) == len(reference_briefing.layers.events)
    borders = [li.get_text(" ", strip=True) for li in soup.select("ul.borders li")]
    assert len(borders) == len(reference_briefing.layers.borders)
    poland = next(b for b in borders if b.startswith("Belarus – Poland"))
    assert re.search(r": \d+ km measured", poland) and "NATO" in poland


def test_a_place_of_no_country_shows_no_country(gazetteer: object) -> None:
    """The European Union is of no country: its cell is empty (fails on 9079f19: "None")."""
    from geobrief.pipeline import brief

    briefing = brief("EU monitors visit Gori. European Union monitors travelled from Tbilisi "
                     "to Gori, Georgia on Friday.", gazetteer=gazetteer)  # type: ignore[arg-type]
    rows = soup_of(render_page(briefing)).select("table.places tbody tr")
    union = next(r for r in rows if r.td.get_text() == "European Union")
    assert [td.get_text() for td in union.find_all("td")][1:3] == ["region", ""]


def test_legend_lists_what_the_map_shows(soup: BeautifulSoup, empty_layers: Layers) -> None:
    shown = [li.get_text(strip=True) for li in soup.select(".legend li")]
    assert "Border with a NATO member" in shown and "Movement" in shown
    assert legend(empty_layers) == []


def test_attribution(soup: BeautifulSoup) -> None:
    text = " ".join(soup.select_one(".attribution").get_text().split())
    for credit in (
        "Place data © GeoNames (CC BY 4.0)",
        "Country shapes: Natural Earth (public domain)",
        "Map: Leaflet",
    ):
        assert credit in text


def test_article_strings_are_escaped_everywhere(hostile_briefing: Briefing, page: str) -> None:
    hostile = render_page(hostile_briefing)
    soup = soup_of(hostile)
    assert soup.h1.get_text() == HOSTILE
    assert soup.select_one(".dateline").get_text() == HOSTILE
    assert "gbpwned" not in hostile
    assert "<script>alert(1)" not in hostile
    assert len(soup.find_all("script")) == len(soup_of(page).find_all("script"))
    for script in code_scripts(soup):
        for raw in ("${x}", "alert(1)</", "{{ 'gb'", "{# &", "`\\"):
            assert raw not in script
    assert control_names(hostile) == LAYER_NAMES
    data = json.loads(soup.select_one("script#geobrief-data").string)
    assert all(place["name"].endswith(HOSTILE) for place in data["places"])
    cells = [tr.td.get_text() for tr in soup.select("table.places tbody tr")]
    assert all(cell.endswith(HOSTILE) for cell in cells)


def test_missing_fields_render(reference_briefing: Briefing, empty_layers: Layers) -> None:
    article = dataclasses.replace(
        reference_briefing.article, date=None, agency=None, dateline=None, source=""
    )
    bare = Briefing(article, [], [], empty_layers)
    soup = soup_of(render_page(bare))
    assert soup.select_one("time") is None
    assert "No places found" in soup.get_text()
    assert len(soup.select(".source-text p")) > 0


def test_mark_text_splits_and_keeps_everything() -> None:
    text = "From Minsk\nTo Vilnius, via Minsk.\nand on."
    minsk = Place("geonames:625144", "Minsk", "city", "BY", 0.0, 0.0)
    minsk.mentions = [Mention("Minsk", 5, 10, "Minsk"), Mention("Minsk", 27, 32, "Minsk")]
    stray = Mention("Vilnius", 14, 21, "Vilnius")
    overlap = Mention("Minsk\nTo", 5, 13, "x")
    segments = mark_text(text, [*minsk.mentions, stray, overlap], [minsk])
    assert "".join(seg.text for seg in segments) == text
    marked = [(seg.text, seg.place_id) for seg in segments if seg.mention]
    assert marked == [("Minsk", "geonames:625144"), ("Vilnius", None), ("Minsk", minsk.place_id)]
    paras = paragraphs(segments)
    assert ["".join(s.text for s in para) for para in paras] == [
        "From Minsk",
        "To Vilnius, via Minsk. and on.",
    ]
    assert paras[1][1].start == 14
