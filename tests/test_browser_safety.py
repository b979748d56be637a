"""Hostile hosts and settings in headless Chromium: a tile server given with --tiles, a
script that slips into the page, fragments on awkward host pages."""

from __future__ import annotations

import base64
import dataclasses
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup
from test_browser import CHROMIUM, LAYER_NAMES, browser, visit

from geobrief.models import Briefing
from geobrief.render import page as page_module
from geobrief.render.fragment import render_fragment
from geobrief.render.page import render_page

__all__ = ["browser"]  # the fixture, shared with test_browser

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed"),
]

# A 1x1 PNG: every tile the fake server sends.
TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
TILES_LOADED = (
    "() => [...document.querySelectorAll('img.leaflet-tile')].filter(i => i.naturalWidth).length"
)


@pytest.fixture
def tile_server() -> Iterator[tuple[str, list[str]]]:
    """A local http server that answers every path with a PNG tile: (base URL, paths asked)."""
    asked: list[str] = []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(TILE)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    thread.join()


def test_tiles_given_with_tiles_load_past_the_policy(
    browser: Any,
    reference_briefing: Briefing,
    tile_server: tuple[str, list[str]],
    tmp_path: Path,
) -> None:
    base, asked = tile_server
    briefing = dataclasses.replace(reference_briefing, tiles=base + "/{z}/{x}/{y}.png")
    seen = visit(browser, render_page(briefing), tmp_path / "tiles.html", allow=(base,))
    page = seen.page
    page.wait_for_function(f"() => ({TILES_LOADED})() > 0")
    assert asked and all(path.endswith(".png") for path in asked)
    assert page.evaluate(TILES_LOADED) == len(asked)
    seen.assert_clean()  # no request refused by the policy, nothing blocked, no error


def test_a_script_slipped_into_the_page_does_not_run(
    browser: Any,
    reference_briefing: Briefing,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    smuggled = Markup("<script>alert('smuggled')</script>")
    monkeypatch.setattr(page_module, "standfirst", lambda article: smuggled)
    seen = visit(browser, render_page(reference_briefing), tmp_path / "smuggled.html")
    assert seen.page.locator(".leaflet-tooltip.gb-label").count() > 0  # the page's own ran
    assert seen.dialogs == []
    assert [e for e in seen.console_errors if "Content Security Policy" in e]


def host_page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title>'
        f"</head><body>{body}</body></html>"
    )


def assert_maps_drawn(page: Any, count: int) -> None:
    figures = page.locator("figure.geobrief-fragment").all()
    assert len(figures) == count
    assert page.locator(".leaflet-container").count() == count
    for figure in figures:
        labels = figure.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        assert [label.strip() for label in labels] == LAYER_NAMES
        assert figure.locator(".leaflet-overlay-pane svg path").count() > 0


def test_a_fragment_works_where_an_element_is_named_l(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    body = f'<p id="L">A host element named L.</p>{render_fragment(reference_briefing)}'
    seen = visit(browser, host_page(body), tmp_path / "named-l.html")
    assert_maps_drawn(seen.page, 1)
    assert seen.page.locator("#L").inner_text() == "A host element named L."
    seen.assert_clean()


def test_the_same_fragment_pasted_twice_draws_two_maps(
    browser: Any, reference_briefing: Briefing, tmp_path: Path
) -> None:
    fragment = render_fragment(reference_briefing)
    seen = visit(browser, host_page(f"{fragment}<p>Between.</p>{fragment}"), tmp_path / "x2.html")
    assert_maps_drawn(seen.page, 2)
    seen.assert_clean()
