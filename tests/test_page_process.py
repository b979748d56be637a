"""The page of `geobrief build` rendered in a second process: the same page, the same
errors, and a page even when that process does not answer."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from geobrief.cli import renderer
from geobrief.errors import InputError
from geobrief.models import Briefing
from geobrief.render.page import render_page
from geobrief.render.template_cache import TemplateCache

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)


@pytest.fixture
def spare_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second process whatever the machine's load, and one that does not import first."""
    monkeypatch.setattr(renderer, "_core_to_spare", lambda: True)
    monkeypatch.setattr(renderer, "warm_up", lambda: None)


@pytest.mark.usefixtures("spare_core")
def test_the_second_process_renders_the_same_page(reference_briefing: Briefing) -> None:
    with renderer.page_renderer() as render:
        html = render(reference_briefing)
    assert html == render_page(reference_briefing)


@pytest.mark.usefixtures("spare_core")
def test_an_error_in_the_second_process_is_raised_here(
    reference_briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(briefing: Briefing) -> str:
        raise InputError("no page for this one")

    monkeypatch.setattr(renderer, "_render_here", refuse)  # the forked process has it too
    with pytest.raises(InputError, match="no page"), renderer.page_renderer() as render:
        render(reference_briefing)


@pytest.mark.usefixtures("spare_core")
def test_a_second_process_that_does_not_answer_leaves_the_page_to_this_one(
    reference_briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(renderer, "_serve", lambda conn: None)  # ends at once, unread
    with renderer.page_renderer() as render:
        html = render(reference_briefing)
    assert html == render_page(reference_briefing)


def test_compiled_templates_are_reused_and_never_stale(tmp_path: Path) -> None:
    import jinja2

    folder = tmp_path / "templates"
    (tmp_path / "page.html").write_text("one {{ x }}", encoding="utf-8")

    def render() -> str:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path),
                                 bytecode_cache=TemplateCache(folder))
        return env.get_template("page.html").render(x=1)

    assert render() == "one 1"
    assert len(list(folder.iterdir())) == 1  # written for the next process
    (tmp_path / "page.html").write_text("two {{ x }}", encoding="utf-8")
    assert render() == "two 1"


def test_an_unwritable_cache_folder_only_means_compiling_again(tmp_path: Path) -> None:
    import jinja2

    (tmp_path / "page.html").write_text("{{ x }}", encoding="utf-8")
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path),
                             bytecode_cache=TemplateCache(blocked / "templates"))
    assert env.get_template("page.html").render(x=2) == "2"
