"""The map on any screen, in headless Chromium: at 390, 768 and 1440 px the names are
placed for the map's real size (and again when the window changes), none clipped by the
frame and none over another, measured from the DOM; the layer control folds on a phone;
tables do not break words; the dark theme passes axe. The reference story, and stories
across the date line (Pacific, Bering Strait) and near the pole (Svalbard)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
import test_browser
from test_browser import axe_serious, visit

from geobrief.models import Briefing
from geobrief.render.page import render_page
from geobrief.story.rows import records

browser = test_browser.browser  # one Chromium per module, as in test_browser
pytestmark = test_browser.pytestmark
STORIES = ["reference", "pacific", "bering", "svalbard"]
WIDTHS = [390, 768, 1440]

# The name labels Leaflet shows, as boxes against each other and the map's frame.
NAMES = """() => {
  const frame = document.querySelector(".leaflet-container").getBoundingClientRect();
  const all = [...document.querySelectorAll(
    ".leaflet-tooltip.gb-label, .leaflet-tooltip.gb-label-country")];
  const shown = all.filter((e) => getComputedStyle(e).visibility !== "hidden");
  const boxes = shown.map((e) => [e.textContent, e.getBoundingClientRect()]);
  const overlaps = [], clipped = [];
  boxes.forEach(([name, a], i) => {
    if (a.left < frame.left || a.top < frame.top || a.right > frame.right ||
        a.bottom > frame.bottom) { clipped.push(name); }
    boxes.slice(i + 1).forEach(([other, b]) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        overlaps.push(name + " / " + other);
      }
    });
  });
  const control = document.querySelector(".leaflet-control-layers");
  return {shown: boxes.map(([name]) => name), all: all.length, overlaps, clipped,
    folded: !control.classList.contains("leaflet-control-layers-expanded")};
}"""

# Whether each place's dot (by place_id) is inside the map's view.
IN_VIEW = """(ids) => {
  const gb = Object.values(window.geobrief)[0], bounds = gb.map.getBounds(), seen = {};
  gb.groups.places.eachLayer((g) => g.eachLayer && g.eachLayer((l) => {
    const p = l.feature && l.feature.properties;
    if (p && p.place_id && l.getRadius) { seen[p.place_id] = bounds.contains(l.getLatLng()); }
  }));
  return ids.map((id) => seen[id]);
}"""

# The longitudes of each route line as Leaflet draws it.
ROUTES = """() => {
  const gb = Object.values(window.geobrief)[0], lines = [];
  gb.groups.routes.eachLayer((g) => g.eachLayer && g.eachLayer((l) => {
    if (l.getLatLngs) { lines.push(l.getLatLngs().flat(3).map((p) => p.lng)); }
  }));
  return lines;
}"""

# Lines of text in each one-word cell of the places table (a broken word takes two).
CELL_LINES = """() => [...document.querySelectorAll("table.places td")]
  .filter((td) => td.offsetParent !== null && /^\\S+$/.test(td.textContent.trim()))
  .map((td) => {
    const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const tops = new Set();
    for (let text = walk.nextNode(); text; text = walk.nextNode()) {
      if (!text.textContent.trim()) { continue; }
      range.selectNodeContents(text);
      [...range.getClientRects()].forEach((r) => tops.add(Math.round(r.top)));
    }
    return [td.textContent.trim(), tops.size];
  })"""


@pytest.fixture(scope="module")
def briefings(reference_briefing: Briefing, far_briefings: dict[str, Briefing]) -> dict[str, Any]:
    return {"reference": reference_briefing, **far_briefings}


@pytest.fixture(scope="module")
def pages(briefings: dict[str, Briefing]) -> dict[str, str]:
    return {name: render_page(briefing) for name, briefing in briefings.items()}


def _focus(briefing: Briefing) -> str:
    rows = [r for r in records(briefing.layers.places) if r.get("role") == "focus"]
    return str(rows[0]["name"])


def _assert_placed(names: dict[str, Any], focus: str) -> None:
    assert names["overlaps"] == []
    assert names["clipped"] == []
    assert focus in names["shown"]  # the most important name always shows
    assert len(names["shown"]) >= 2


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("story", STORIES)
def test_names_fit_the_map_at_every_width(
    browser: Any,
    briefings: dict[str, Briefing],
    pages: dict[str, str],
    tmp_path: Path,
    story: str,
    width: int,
) -> None:
    seen = visit(browser, pages[story], tmp_path / f"{story}.html", width=width)
    page = seen.page
    names = page.evaluate(NAMES)
    _assert_placed(names, _focus(briefings[story]))
    if width != 768:  # folded on a phone, open on a wide screen
        assert names["folded"] == (width == 390)
    other = 1440 if width < 1440 else 390  # turned or resized: the names are placed again
    page.set_viewport_size({"width": other, "height": 900})
    page.wait_for_timeout(300)
    _assert_placed(page.evaluate(NAMES), _focus(briefings[story]))
    seen.assert_clean()


@pytest.mark.parametrize(
    ("story", "places"),
    [
        ("pacific", ["Auckland", "Nuku‘alofa", "Suva", "Apia", "Pago Pago"]),
        ("bering", ["Nome", "Uelen", "Provideniya", "Anadyr"]),
        ("svalbard", ["Longyearbyen", "Tromsø"]),
    ],
)
def test_the_story_fills_the_view_across_the_date_line(
    browser: Any,
    briefings: dict[str, Briefing],
    pages: dict[str, str],
    tmp_path: Path,
    story: str,
    places: list[str],
) -> None:
    seen = visit(browser, pages[story], tmp_path / f"{story}.html", width=1440)
    page = seen.page
    ids = [p.place_id for name in places for p in briefings[story].places if p.name == name]
    assert len(ids) == len(places)
    assert page.evaluate(IN_VIEW, ids) == [True] * len(ids)
    tightest = "(gb) => gb.map.getBoundsZoom(gb.bounds) - gb.map.getZoom()"
    gap = page.evaluate(f"() => ({tightest})(Object.values(window.geobrief)[0])")
    assert gap <= 1  # zoomed in on the story, not out to the world
    for line in page.evaluate(ROUTES):  # drawn continuously, not round the world
        assert all(abs(b - a) < 5 for a, b in itertools.pairwise(line))
    seen.assert_clean()


def test_the_timeline_finds_an_event_across_the_date_line(
    browser: Any, pages: dict[str, str], tmp_path: Path
) -> None:
    seen = visit(browser, pages["pacific"], tmp_path / "timeline.html")
    page = seen.page
    entry = page.locator("button.timeline-entry").first
    lon = float(entry.get_attribute("data-lon") or "nan")
    assert lon < 0  # Tonga: west of the date line, drawn east of it
    entry.click()
    centre = page.evaluate("() => Object.values(window.geobrief)[0].map.getCenter().lng")
    assert centre == pytest.approx(lon + 360, abs=0.5)
    assert page.locator(".leaflet-popup-content").count() == 1
    seen.assert_clean()


def test_tables_do_not_break_words_on_a_phone(
    browser: Any, pages: dict[str, str], tmp_path: Path
) -> None:
    seen = visit(browser, pages["reference"], tmp_path / "table.html", width=390)
    cells = seen.page.evaluate(CELL_LINES)
    assert len(cells) > 10
    assert [cell for cell in cells if cell[1] != 1] == []
    seen.assert_clean()


def test_the_dark_theme_passes_axe(
    browser: Any, pages: dict[str, str], tmp_path: Path
) -> None:
    seen = visit(browser, pages["reference"], tmp_path / "dark.html", bypass_csp=True)
    page = seen.page
    paper = "() => getComputedStyle(document.body).backgroundColor"
    light = page.evaluate(paper)
    page.emulate_media(color_scheme="dark")
    assert page.evaluate(paper) != light
    assert axe_serious(page) == []
    page.emulate_media(media="print")  # print stays black on white
    assert page.evaluate(paper) in ("rgb(255, 255, 255)", light)
