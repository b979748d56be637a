"""Templates and the page's Content-Security-Policy: nothing from the command line or an
article is compiled as a template, and the policy lets run only what geobrief wrote."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re

import pytest
from branca.element import Element
from bs4 import BeautifulSoup
from markupsafe import Markup

from geobrief.errors import InputError
from geobrief.models import Briefing, Layers
from geobrief.render import page as page_module
from geobrief.render.csp import policy, tile_sources
from geobrief.render.fragment import render_fragment
from geobrief.render.page import render_page
from geobrief.render.web.kit import literal_output
from geobrief.render.web.map import make_map, map_html

# Jinja that would print 49, the machine's working directory, or fail to compile.
TEMPLATE_TILES = (
    "https://tiles.example.org/{z}/{x}/{y}.png?a={{ 7*7 }}"
    "&b={{ cycler.__init__.__globals__.os.getcwd() }}&c={% if %}{# x"
)


def sha(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()


def allowed_hashes(html: str) -> set[str]:
    meta = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": True})
    return set(re.findall(r"'sha256-([^']+)'", meta["content"]))


def script_bodies(html: str) -> list[str]:
    """The inline scripts a browser would run (not JSON data blocks)."""
    soup = BeautifulSoup(html, "html.parser")
    return [tag.string or "" for tag in soup.find_all("script") if not tag.get("type")]


def test_a_tile_url_is_never_run_as_a_template(reference_briefing: Briefing) -> None:
    html = render_page(dataclasses.replace(reference_briefing, tiles=TEMPLATE_TILES))
    assert "a={{ 7*7 }}" in html and "=49" not in html
    assert "cycler.__init__.__globals__.os.getcwd() }}" in html
    assert "{% if %}{# x" in html  # broken template syntax is only text, not an error


def test_article_text_is_never_run_as_a_template(hostile_briefing: Briefing) -> None:
    for html in (render_page(hostile_briefing), render_fragment(hostile_briefing)):
        assert "gbpwned" not in html  # HOSTILE holds {{ 'gb' ~ 'pwned' }}


def test_map_elements_are_never_compiled_even_unescaped(
    reference_briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the escaping of article text switched off, template syntax in every string the
    map shows (names, tooltips, popups, labels, icons) still comes out as text."""
    from geobrief.render.web import draw

    monkeypatch.setattr(draw, "safe_text", lambda value: "" if value is None else str(value))
    sum_ = "{{ 1111111 * 3 }}"
    layers = reference_briefing.layers
    poisoned = {
        name: frame.assign(**{col: [f"{v} {sum_}" for v in frame[col]] for col in columns})
        for name, frame, columns in [
            ("places", layers.places, ["name"]),
            ("countries", layers.countries, ["name"]),
            ("borders", layers.borders, ["a_name"]),
            ("routes", layers.routes, ["from", "sentence"]),
            ("events", layers.events, ["summary", "sentence"]),
        ]
    }
    briefing = dataclasses.replace(reference_briefing, layers=Layers(**poisoned))
    for html in (render_page(briefing), render_fragment(briefing)):
        assert html.count(sum_) >= 5 and "3333333" not in html


def test_branca_compiles_templates_as_before_outside_geobrief() -> None:
    assert Element("{{ 6*7 }}").render() == "42"
    with literal_output():
        assert Element("{{ 6*7 }}").render() == "{{ 6*7 }}"
    assert Element("{{ 6*7 }}").render() == "42"


def test_the_policy_hashes_exactly_the_scripts_geobrief_wrote(
    reference_briefing: Briefing,
) -> None:
    html = render_page(reference_briefing)
    bodies = script_bodies(html)
    assert len(bodies) == 3  # Leaflet, the map, the page's own script
    assert allowed_hashes(html) == {sha(body) for body in bodies}


def test_a_script_that_slips_into_the_page_is_not_allowed(
    reference_briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    smuggled = "alert('smuggled')"
    monkeypatch.setattr(
        page_module, "standfirst", lambda article: Markup(f"<script>{smuggled}</script>")
    )
    html = render_page(reference_briefing)
    assert f"<script>{smuggled}</script>" in html
    assert sha(smuggled) not in allowed_hashes(html)
    assert len(allowed_hashes(html)) == 3


def test_tile_hosts_are_allowed_as_images_and_nothing_else() -> None:
    assert "img-src data:;" in policy([])
    assert "img-src data: http://127.0.0.1:8080;" in policy(
        [], images=tile_sources("http://127.0.0.1:8080/{z}/{x}/{y}.png", {})
    )
    assert tile_sources("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png", {}) == (
        "https://a.tile.example.org", "https://b.tile.example.org", "https://c.tile.example.org"
    )
    assert tile_sources("https://{s}.t.example/{z}/{x}/{y}.png", {"subdomains": "12"}) == (
        "https://1.t.example", "https://2.t.example"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://a.example;script-src *;/{z}/{x}/{y}.png",  # would add a directive
        "https://a.example' 'unsafe-inline/{z}/{x}/{y}.png",
        "javascript://a.example/{z}/{x}/{y}.png",
        "file:///srv/tiles/{z}/{x}/{y}.png",
        "https://tiles-{z}.example/{x}/{y}.png",
        "https://a.example:{p}/{z}/{x}/{y}.png",
    ],
)
def test_a_tile_url_the_policy_cannot_name_is_refused(
    url: str, reference_briefing: Briefing
) -> None:
    with pytest.raises(InputError, match="tile URL"):
        make_map(reference_briefing.layers, tiles=url)


def test_the_standalone_map_keeps_tile_urls_as_text(reference_briefing: Briefing) -> None:
    html = map_html(make_map(reference_briefing.layers, tiles=TEMPLATE_TILES))
    assert "a={{ 7*7 }}" in html and "=49" not in html
