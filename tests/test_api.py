"""The Python API (``import geobrief``): read a file or a text, show it, save it."""

from __future__ import annotations

import ast
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import folium
import pytest
from bs4 import BeautifulSoup
from conftest import HOSTILE, SAMPLE

import geobrief
from geobrief.pipeline import Config
from geobrief.pipeline import brief as pipeline_brief
from geobrief.render.output import export_data
from geobrief.render.page import render_page

REPO = Path(__file__).resolve().parents[1]
DATE = "2025-09-11"


@pytest.fixture(scope="module")
def briefing() -> geobrief.Briefing:
    return geobrief.brief(str(SAMPLE), date=DATE)


def test_a_str_is_a_path_and_gives_what_build_gives(briefing: geobrief.Briefing) -> None:
    assert isinstance(briefing, geobrief.Briefing)
    assert briefing.article.source == str(SAMPLE)
    assert {"Minsk", "Vilnius"} <= {p.name for p in briefing.places}
    cli = pipeline_brief(SAMPLE, Config(date=dt.date(2025, 9, 11)))  # what `build` runs
    assert briefing.to_html() == render_page(cli)
    assert briefing.to_geojson() == export_data(cli, "geojson")


def test_a_path_a_text_and_a_date_in_either_form(briefing: geobrief.Briefing) -> None:
    by_path = geobrief.brief(SAMPLE, date=dt.date(2025, 9, 11))
    by_text = geobrief.brief(text=SAMPLE.read_text(encoding="utf-8"), date=DATE)
    assert by_text.article.source == "<text>"
    assert by_path.to_geojson() == by_text.to_geojson() == briefing.to_geojson()
    dated = geobrief.brief(SAMPLE, date=dt.datetime(2025, 9, 11, 8, 30))
    assert dated.article.date == dt.date(2025, 9, 11)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: geobrief.brief("no-such-story.txt"), "no-such-story.txt: no such file"),
        (lambda: geobrief.brief("VILNIUS (Reuters) - Belarus freed 52 prisoners " * 99),
         "for an article's text use text="),
        (lambda: geobrief.brief(SAMPLE, date="11/09/2025"), "not a date like 2025-09-11"),
        (lambda: geobrief.brief(SAMPLE, resolver="nearest"), "choose from context, population"),
        (lambda: geobrief.brief(text="   \n"), "the article is empty"),
        (lambda: geobrief.geoparse(SAMPLE, max_bytes=100), "over the 100 byte limit"),
    ],
)
def test_bad_input_is_an_input_error(call: object, message: str) -> None:
    with pytest.raises(geobrief.InputError, match=message) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, ValueError) and "\n" not in str(caught.value)


def test_a_path_or_a_text_never_both() -> None:
    with pytest.raises(TypeError):
        geobrief.brief()
    with pytest.raises(TypeError):
        geobrief.brief(SAMPLE, text="Paris")


def test_geoparse_gives_the_article_and_its_places() -> None:
    text = "Protesters marched from Lyon to Paris, police in Lyon said."
    article, places = geobrief.geoparse(text=text)
    assert article.text == text
    assert sorted(p.name for p in places) == ["Lyon", "Paris"]
    for place in places:
        assert all(text[m.start:m.end] == m.text for m in place.mentions)


def _counts(briefing: geobrief.Briefing) -> str:
    """"4 places, 9 countries, ..." from the layers (each has more than one feature)."""
    sizes = {name: len(frame) for name, frame in briefing.layers.items()}
    assert min(sizes.values()) > 1
    return ", ".join(f"{n} {name}" for name, n in sizes.items())


def test_a_short_repr(briefing: geobrief.Briefing) -> None:
    shown = repr(briefing)
    assert len(shown) < 200
    assert briefing.article.title in shown and "focus BY" in shown and _counts(briefing) in shown


def test_jupyter_shows_the_summary_and_the_offline_map(briefing: geobrief.Briefing) -> None:
    soup = BeautifulSoup(briefing._repr_html_(), "html.parser")
    lines = [p.get_text() for p in soup.find_all("p")]
    assert lines[0] == briefing.article.title
    assert "focus: Belarus" in lines[1] and "2025-09-11" in lines[1]
    assert lines[2] == _counts(briefing)
    document = BeautifulSoup(soup.iframe["srcdoc"], "html.parser")
    assert document.select_one(".folium-map") and document.select_one(".legend")
    assert not document.find_all(src=True) and not document.find_all("link")  # offline


def test_the_summary_keeps_an_articles_markup_as_text(briefing: geobrief.Briefing) -> None:
    import dataclasses

    article = dataclasses.replace(briefing.article, title=HOSTILE, agency=HOSTILE)
    html = dataclasses.replace(briefing, article=article)._repr_html_()
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all("script")  # the map's scripts are inside srcdoc, escaped
    assert soup.p.get_text() == HOSTILE


def test_map_to_html_and_to_geojson(briefing: geobrief.Briefing, tmp_path: Path) -> None:
    m = briefing.map()
    assert isinstance(m, folium.Map)
    assert "cdn.jsdelivr" not in m.get_root().render()  # offline: Leaflet inlined
    briefing.to_html(tmp_path / "story.html")
    assert (tmp_path / "story.html").read_text(encoding="utf-8") == briefing.to_html()
    briefing.to_geojson(str(tmp_path / "story.geojson"))
    collection = json.loads((tmp_path / "story.geojson").read_text(encoding="utf-8"))
    assert collection == json.loads(briefing.to_geojson())
    assert collection.pop("generator") == "geobrief"  # the file's mark (render/writer.py)
    assert collection == briefing.__geo_interface__
    layers = {f["properties"]["layer"] for f in collection["features"]}
    assert layers == {"places", "countries", "borders", "routes", "events"}


def test_every_exported_name_is_there() -> None:
    for name in geobrief.__all__:
        assert getattr(geobrief, name) is not None, name
    assert geobrief.Config is Config
    assert issubclass(geobrief.InputError, geobrief.GeobriefError)


def _fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=REPO / "tests")
    return done.stdout.strip()


def test_importing_geobrief_loads_no_map_or_frame_library() -> None:
    heavy = ("folium", "matplotlib", "geopandas", "pandas", "shapely", "jinja2")
    loaded = _fresh(
        "import sys, geobrief\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))"
    )
    assert loaded == "[]"


def test_geoparse_is_the_function_whatever_was_imported_first() -> None:
    kind = _fresh(
        "from geobrief.geoparse.resolve import resolve\n"
        "from geobrief.geoparse import ner\n"
        "import geobrief, geobrief.pipeline\n"
        "print(callable(geobrief.geoparse) and geobrief.geoparse.__module__)"
    )
    assert kind == "geobrief"


def test_no_code_reaches_the_geoparse_step_through_the_attribute() -> None:
    """``geobrief.geoparse`` is the function, so ``import geobrief.geoparse.x (as y)``
    cannot work; the project imports the step's modules with ``from``."""
    found = []
    for folder in ("geobrief", "tests", "bench", "scripts"):
        for path in sorted((REPO / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                    found += [f"{path.name}: {n}" for n in names
                              if n.startswith("geobrief.geoparse")]
    assert not found


def test_the_package_is_typed() -> None:
    assert (Path(geobrief.__file__).parent / "py.typed").is_file()  # the installed wheel


def test_layers_explore_plot_and_to_file(briefing: geobrief.Briefing, tmp_path: Path) -> None:
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    for name, frame in briefing.layers.items():
        assert len(frame), name
        assert isinstance(frame.explore(), folium.Map)  # needs mapclassify
        assert frame.plot() is not None
        for driver, suffix in (("GeoJSON", "geojson"), ("GPKG", "gpkg")):
            path = tmp_path / f"{name}.{suffix}"
            frame.to_file(path, driver=driver)
            back = gpd.read_file(path)
            assert list(back[frame.columns[0]]) == list(frame[frame.columns[0]])
    import matplotlib.pyplot as plt

    plt.close("all")
    borders = gpd.read_file(tmp_path / "borders.geojson")  # lists stay lists in GeoJSON
    assert [list(g) for g in borders["groups"]] == list(briefing.layers.borders["groups"])


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="no /usr/bin/chromium")
def test_two_briefings_in_a_notebook_draw_offline(
    briefing: geobrief.Briefing, tmp_path: Path
) -> None:
    """Two cells' outputs on one page, as Jupyter shows them: each map draws in its frame,
    its legend fits, and nothing is fetched from the network."""
    sync_api = pytest.importorskip("playwright.sync_api")
    other = geobrief.brief(REPO / "seeds" / "mekong-floods.txt")
    page_path = tmp_path / "notebook.html"
    page_path.write_text(f"<!DOCTYPE html><html><body>{briefing._repr_html_()}"
                         f"{other._repr_html_()}</body></html>", encoding="utf-8")
    fetched: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 700, "height": 900})
        page.on("request", lambda r: r.url.startswith(("file:", "data:", "about:"))
                or fetched.append(r.url))
        page.goto(page_path.as_uri(), wait_until="load")
        frames = [f for f in page.frames if f != page.main_frame]
        assert len(frames) == 2
        for frame in frames:
            frame.wait_for_selector(".leaflet-overlay-pane svg path", state="attached")
            assert frame.locator(".leaflet-control-layers-overlays label").count() == 5
            content = frame.evaluate("document.documentElement.scrollHeight")
            assert content <= frame.frame_element().bounding_box()["height"]  # none hidden
        browser.close()
    assert fetched == []
