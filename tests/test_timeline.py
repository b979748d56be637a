"""The timeline and distances sections of the briefing page."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup
from conftest import HOSTILE

from geobrief.models import Briefing, Layers
from geobrief.render.page import distances, render_page
from geobrief.story.timeline import build_timeline, human_date


@pytest.fixture(scope="module")
def page(reference_briefing: Briefing) -> str:
    return render_page(reference_briefing)


@pytest.fixture(scope="module")
def soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def section_after(soup: BeautifulSoup, title: str) -> list[str]:
    """The tag names between the ``<h2>`` titled ``title`` and the next ``<h2>``."""
    heading = next(h for h in soup.find_all("h2") if h.get_text() == title)
    names = []
    for tag in heading.find_next_siblings():
        if tag.name == "h2":
            break
        names.append(tag.name)
    return names


@pytest.mark.parametrize(
    ("iso", "text"),
    [
        ("2022-02", "February 2022"),
        ("2025-09-10", "10 September 2025"),
        ("2025", "2025"),
        ("2025-13", "2025-13"),
        ("2025-02-30", "2025-02-30"),
        ("soon", "soon"),
    ],
)
def test_human_date(iso: str, text: str) -> None:
    assert human_date(iso) == text


def test_timeline_oldest_first(reference_briefing: Briefing, soup: BeautifulSoup) -> None:
    entries = soup.select("ol.timeline > li > button.timeline-entry[data-place]")
    dated = reference_briefing.layers.events["date"].dropna()
    assert len(entries) == len(dated) >= 2
    dates = [entry.time["datetime"] for entry in entries]
    assert dates == sorted(dates)
    first, last = entries[0], entries[-1]
    assert first.time.get_text() == "February 2022"
    assert "Invasion" in first.select_one(".summary").get_text()
    assert first.select_one(".place").get_text() == "Ukraine"
    assert first["data-place"] == "country:UA"
    assert 44 < float(first["data-lat"]) < 53 and 22 < float(first["data-lon"]) < 41
    assert last.time.get_text() == "12 September 2025"
    assert "Exercise" in last.select_one(".summary").get_text()
    assert all(entry["type"] == "button" for entry in entries)


def test_timeline_script_is_inline(soup: BeautifulSoup, page: str) -> None:
    scripts = [s.string or "" for s in soup.find_all("script") if s.get("type") is None]
    script = next(s for s in scripts if "timeline-entry" in s)
    assert "window.geobrief" in script and "setView" in script and "openPopup" in script
    assert not soup.find_all("script", src=True)
    assert len(page.encode()) < 600_000


def test_timeline_leaves_out_undated(reference_briefing: Briefing) -> None:
    events = reference_briefing.layers.events.copy()
    events["date"] = [None, *events["date"][1:]]
    timeline = build_timeline(events, reference_briefing.places)
    assert len(timeline) == events["date"].notna().sum()
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)


def test_no_dated_events(reference_briefing: Briefing) -> None:
    events = reference_briefing.layers.events.copy()
    events["date"] = None
    layers = dataclasses.replace(reference_briefing.layers, events=events)
    soup = BeautifulSoup(
        render_page(dataclasses.replace(reference_briefing, layers=layers)), "html.parser"
    )
    assert soup.select("ol.timeline") == []
    assert "No dated events" in soup.get_text()
    assert section_after(soup, "Timeline") == ["p"]


def test_distances(reference_briefing: Briefing, soup: BeautifulSoup) -> None:
    items = [li.get_text(" ", strip=True) for li in soup.select("ul.distances li")]
    route = next(i for i in items if i.startswith("Minsk → Vilnius"))
    focus = next(li for li in soup.select("ul.distances li.from-focus"))
    assert focus.get_text(" ", strip=True).startswith("Minsk – Vilnius")
    for text in (route, focus.get_text()):
        km = int(re.search(r"(\d+) km", text).group(1))
        assert 160 <= km <= 185
    rows = distances(reference_briefing)["from_origin"]
    assert [row["km"] for row in rows] == sorted(row["km"] for row in rows)


def test_distances_without_cities(reference_briefing: Briefing, empty_layers: Layers) -> None:
    bare = Briefing(reference_briefing.article, [], [], empty_layers, focus="BY")
    assert distances(bare) == {"routes": [], "origin": None, "from_origin": []}
    soup = BeautifulSoup(render_page(bare), "html.parser")
    assert soup.select("ul.distances") == [] and soup.select("ol.timeline") == []
    assert "No routes or cities" in soup.get_text()


def test_hostile_strings_stay_text(hostile_briefing: Briefing) -> None:
    soup = BeautifulSoup(render_page(hostile_briefing), "html.parser")
    entries = soup.select("button.timeline-entry")
    assert entries and all(e.select_one(".summary").get_text().endswith(HOSTILE) for e in entries)
    for entry in entries:
        assert [tag.name for tag in entry.find_all(True)] == ["time", "strong", "span"]
        assert entry.time["datetime"].endswith(HOSTILE)  # not a date: shown as written
        assert entry.time.get_text() == entry.time["datetime"]
    routes = soup.select("ul.distances li.route")
    assert routes and all(HOSTILE in li.get_text() for li in routes)
    assert not soup.select("ol.timeline script, ul.distances script")
