"""The briefing page in headless Chromium, with every network request blocked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import HOSTILE

from geobrief.gazetteer.index import Gazetteer
from geobrief.models import Briefing
from geobrief.pipeline import brief
from geobrief.render.fragment import render_fragment
from geobrief.render.page import render_page

CHROMIUM = Path("/usr/bin/chromium")
AXE_DEFAULT = Path(__file__).resolve().parents[1] / ".axe/node_modules/axe-core/axe.min.js"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LAYER_NAMES = ["Places", "Countries", "Borders", "Routes", "Events"]
CENTER = (  # the (first) map's centre as [lat, lon]
    "() => { const c = Object.values(window.geobrief)[0].map.getCenter(); return [c.lat, c.lng]; }"
)
IN_VIEW = "(p) => Object.values(window.geobrief)[0].map.getBounds().contains(p)"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed"),
]


@dataclass
class Visit:
    """What happened while a page was open."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.blocked == [], "the page tried to load something"
        assert self.console_errors == []
        assert self.page_errors == []
        assert self.dialogs == []


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def visit(
    browser: Any,
    html: str,
    path: Path,
    *,
    bypass_csp: bool = False,
    map_: bool = True,
    allow: tuple[str, ...] = (),
    width: int = 1200,
) -> Visit:
    """Open ``html`` from ``path`` in a window ``width`` px wide; abort (and record) every
    request but file:, data: and URLs starting with one of ``allow`` (a local test server).
    ``bypass_csp`` lets a test inject its own script (axe-core) past the page's policy."""
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900}, bypass_csp=bypass_csp)
    seen = Visit(page)
    page.on("console", lambda m: m.type == "error" and seen.console_errors.append(m.text))
    page.on("pageerror", lambda error: seen.page_errors.append(str(error)))
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))

    def guard(route: Any) -> None:
        if route.request.url.startswith(("file:", "data:", *allow)):
            route.continue_()
        else:
            seen.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(path.as_uri(), wait_until="load")
    if map_:  # wait until the map has drawn
        page.wait_for_selector(".leaflet-overlay-pane svg path", state="attached")
    return seen


def layer_names(page: Any) -> list[str]:
    labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    return [label.strip() for label in labels]


def test_reference_page_in_chromium(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    seen = visit(browser, render_page(reference_briefing), tmp_path / "briefing.html")
    page = seen.page
    assert page.locator(".leaflet-container").count() == 1
    assert layer_names(page) == LAYER_NAMES
    assert page.locator(".leaflet-overlay-pane svg path").count() > 0
    labels = page.locator(".leaflet-tooltip.gb-label").all_inner_texts()
    assert {"Minsk", "Vilnius"} <= {label.strip() for label in labels}
    assert page.locator(".gb-arrow").count() == len(reference_briefing.layers.routes)
    page.locator(".gb-event").first.click()
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert any(s.split()[-1] in popup for s in reference_briefing.layers.events["sentence"])
    page.screenshot(path=str(tmp_path / "briefing.png"))
    assert (tmp_path / "briefing.png").stat().st_size > 20_000
    seen.assert_clean()


def test_hostile_page_runs_nothing(
    browser: Any, hostile_briefing: Briefing, tmp_path: Path
) -> None:
    seen = visit(browser, render_page(hostile_briefing), tmp_path / "hostile.html")
    page = seen.page
    assert page.locator("h1").inner_text() == HOSTILE
    assert layer_names(page) == LAYER_NAMES
    labels = page.locator(".leaflet-tooltip.gb-label").all_inner_texts()
    assert labels and all(label.strip().endswith(HOSTILE) for label in labels)
    page.locator(".gb-event").first.click()
    assert HOSTILE in page.locator(".leaflet-popup-content").inner_text()
    seen.assert_clean()


def test_timeline_entry_pans_the_map(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    seen = visit(browser, render_page(reference_briefing), tmp_path / "timeline.html")
    page = seen.page
    before = page.evaluate(CENTER)
    page.locator("button.timeline-entry").first.click()
    after = page.evaluate(CENTER)
    assert abs(after[0] - before[0]) + abs(after[1] - before[1]) > 0.5
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Invasion" in popup
    page.locator("button.timeline-entry").nth(1).focus()
    page.keyboard.press("Enter")
    assert page.evaluate(CENTER) != after
    seen.assert_clean()


def test_places_in_the_text_and_the_table_show_on_the_map(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    seen = visit(browser, render_page(reference_briefing), tmp_path / "places.html")
    page = seen.page
    minsk = next(p for p in reference_briefing.places if p.name == "Minsk")
    mention = page.locator(f'mark[data-place="{minsk.place_id}"]').first
    mention.hover()  # the city's dot turns red
    assert page.locator('.leaflet-overlay-pane path[stroke="#c8102e"]').count() == 1
    page.mouse.move(0, 0)
    assert page.locator('.leaflet-overlay-pane path[stroke="#c8102e"]').count() == 0
    mention.click()
    lat, lon = page.evaluate(CENTER)
    assert abs(lat - minsk.lat) < 0.01 and abs(lon - minsk.lon) < 0.01
    tips = page.locator(".leaflet-tooltip.gb-tip").all_inner_texts()
    assert any("Minsk" in tip for tip in tips)
    row = page.locator('tr[data-place="country:PL"]')  # a country, from the keyboard
    row.focus()
    page.keyboard.press("Enter")
    poland = next(p for p in reference_briefing.places if p.country == "PL")
    assert page.evaluate(IN_VIEW, [poland.lat, poland.lon])
    assert page.evaluate(CENTER)[1] < minsk.lon - 2  # the map moved west from Minsk
    seen.assert_clean()


def test_two_fragments_on_one_page(
    browser: Any, reference_briefing: Briefing, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    other = brief(Path(__file__).resolve().parents[1] / "seeds" / "mekong-floods.txt",
                  gazetteer=gazetteer)
    host = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title>'
        "</head><body><h1>Two maps</h1>"
        f"{render_fragment(reference_briefing)}<p>Between.</p>{render_fragment(other)}"
        "</body></html>"
    )
    seen = visit(browser, host, tmp_path / "host.html")
    page = seen.page
    assert page.locator(".leaflet-container").count() == 2
    assert page.evaluate("() => Object.keys(window.geobrief).length") == 2
    for figure in page.locator("figure.geobrief-fragment").all():
        labels = figure.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        assert [label.strip() for label in labels] == LAYER_NAMES
        assert figure.locator(".leaflet-overlay-pane svg path").count() > 0
        assert figure.locator(".folium-map").bounding_box()["height"] == 480
    names = page.locator(".leaflet-tooltip.gb-label").all_inner_texts()
    assert {"Minsk", "Vilnius", "Vientiane", "Bangkok"} <= {n.strip() for n in names}
    seen.assert_clean()


def axe_script() -> Path:
    """axe-core's script: $GEOBRIEF_AXE (make test sets it), else the repo's .axe/."""
    configured = os.environ.get("GEOBRIEF_AXE")
    path = Path(configured) if configured else AXE_DEFAULT
    if not path.exists():
        if configured:
            pytest.fail(f"GEOBRIEF_AXE={configured} does not exist")
        pytest.skip("axe-core is not installed: make axe")
    return path


def test_accessibility_axe_finds_nothing_serious(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    seen = visit(browser, render_page(reference_briefing), tmp_path / "a11y.html", bypass_csp=True)
    assert axe_serious(seen.page) == []


def axe_serious(page: Any) -> list[str]:
    """What axe-core finds serious or critical on ``page`` (opened with ``bypass_csp``)."""
    page.add_script_tag(path=str(axe_script()))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert result["passes"] or result["violations"] is not None  # axe did run
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("width", [390, 1440])
def test_readable_on_a_phone_and_a_wide_screen(
    browser: Any, reference_briefing: Briefing, tmp_path: Path, width: int
) -> None:
    seen = visit(browser, render_page(reference_briefing), tmp_path / f"w{width}.html")
    page = seen.page
    page.set_viewport_size({"width": width, "height": 900})
    page.wait_for_timeout(200)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width  # no sideways
    box = page.locator(".leaflet-container").bounding_box()
    assert box["width"] <= width and box["height"] >= 300
    for selector in ("h1", ".standfirst", ".key-facts li", ".source-text p", "table.places"):
        element = page.locator(selector).first
        assert element.bounding_box()["width"] <= width, selector
    text = "document.querySelector('.source-text p')"
    size = page.evaluate(f"() => getComputedStyle({text}).fontSize")
    assert float(size.rstrip("px")) >= 15  # body text stays readable
    shot = tmp_path / f"briefing-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    seen.assert_clean()


def test_print_shows_the_static_map_on_a4(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    seen = visit(browser, render_page(reference_briefing), tmp_path / "print.html")
    page = seen.page
    page.emulate_media(media="print")
    image = page.locator("img.print-map")
    assert image.is_visible() and not page.locator(".leaflet-container").is_visible()
    assert page.evaluate("() => document.querySelector('img.print-map').naturalWidth") > 500
    assert "Belarus" in (image.get_attribute("alt") or "")
    pdf = tmp_path / "briefing.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox [0 0 595" in data  # A4: 595 x 842 pt
    page.emulate_media(media="screen")
    assert not image.is_visible() and page.locator(".leaflet-container").is_visible()
    seen.assert_clean()


def test_the_policy_lets_the_page_run_and_refuses_anything_injected(
    browser: Any, hostile_briefing: Briefing, tmp_path: Path
) -> None:
    html = render_page(hostile_briefing)
    assert html.count('http-equiv="Content-Security-Policy"') == 1
    injected = html.replace(
        "</body>",
        '<script>alert("injected")</script><img src="data:," onerror="alert(2)"></body>',
    )
    seen = visit(browser, injected, tmp_path / "csp.html")
    page = seen.page
    assert page.locator(".leaflet-tooltip.gb-label").count() > 0  # the page's own code ran
    page.locator("button.timeline-entry").first.click()
    assert seen.dialogs == []  # neither injected script ran
    refused = [e for e in seen.console_errors if "Content Security Policy" in e]
    assert len(refused) == 2 and len(seen.console_errors) == 2


def test_a_hostile_site_runs_nothing(browser: Any, tmp_path: Path) -> None:
    from geobrief.site.batch import build_site

    indir, site = tmp_path / "in", tmp_path / "site"
    indir.mkdir()
    evil = "<script>alert(1)</script>`${alert(2)}`<img src=x onerror=alert(3)>"
    (indir / "a <b onmouseover=alert(4)> ${x}.md").write_text(
        f"---\ntitle: {evil}\nsource: {evil}\nurl: javascript:alert(5)\n---\n"
        f"MINSK (Reuters) - {evil} Talks in Minsk and Vilnius. </script><script>alert(6)"
        "</script> Troops moved from Minsk to Vilnius.\n",
        encoding="utf-8",
    )
    assert build_site(indir, site, workers=1).built == 1
    pages = [site / "index.html", *site.glob("*.html"), *(site / "places").glob("*.html")]
    for path in pages:
        html = path.read_text(encoding="utf-8")
        seen = visit(browser, html, tmp_path / f"v-{path.name}", map_="folium-map" in html)
        page = seen.page
        for link in page.locator("a:visible").all():
            link.hover()
        seen.assert_clean()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in index  # a front-matter url that is not http(s) is not a link
