"""export --format fragment: the interactive map alone, to paste into another page."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import HOSTILE

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import brief
from geobrief.render.fragment import fragment_id, render_fragment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_a_fragment_is_one_figure_with_its_map(reference_briefing: Briefing) -> None:
    html = render_fragment(reference_briefing, height=420)
    soup = BeautifulSoup(html, "html.parser")
    (figure,) = soup.find_all("figure", recursive=False)
    ident = figure["id"]
    assert ident == fragment_id(reference_briefing.article)
    assert figure.select_one(".folium-map")["id"].startswith(f"map_{ident}_")
    assert f"#{ident} .geobrief-map {{ height: 420px;" in html
    assert not soup.find_all(["html", "head", "body"])  # a snippet, not a document
    assert not soup.find_all(src=True) and not soup.find_all("link")  # loads nothing
    assert 'typeof window.L.map === "function"' in html  # Leaflet only when the host has none
    alt = soup.find(id=figure["aria-describedby"]).get_text()
    assert "Belarus" in alt and "Minsk → Vilnius" in alt


def test_fragments_of_two_articles_share_no_id(
    reference_briefing: Briefing, gazetteer: Gazetteer
) -> None:
    other = brief(SEEDS / "mekong-floods.txt", gazetteer=gazetteer)
    page = render_fragment(reference_briefing) + render_fragment(other)
    ids = Counter(tag["id"] for tag in BeautifulSoup(page, "html.parser").find_all(id=True))
    assert ids and max(ids.values()) == 1
    names = Counter(re.findall(r"\bvar (\w+_\d{5}\w*) = ", page))  # folium's globals
    assert len(names) > 10 and max(names.values()) == 1  # none declared twice


def test_a_fragment_is_the_same_bytes_every_time(reference_briefing: Briefing) -> None:
    assert render_fragment(reference_briefing) == render_fragment(reference_briefing)


def test_hostile_strings_stay_text(hostile_briefing: Briefing) -> None:
    html = render_fragment(hostile_briefing)
    assert "<script>alert(1)" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert HOSTILE in soup.select_one(".attribution").get_text()
