"""Corrections from the command line, as an editor uses them: `places --format edits`
writes a starting file, `build`, `export` and `batch` apply the file beside the article
(or `--edits FILE`), every output says it was edited, bad edits are one line and write
nothing, and batch rebuilds an article whose edits file changes, appears or goes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_edits import STORY
from test_schema import VALIDATOR, layers_validator

from geobrief.cli import cli
from geobrief.site.batch import build_site

PNG_COMMENT = re.compile(rb"tEXtComment\x00Corrected by an editor: cyclone\.edits\.yaml")


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(arg) for arg in args])


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "cyclone.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def edit_starter(story: Path) -> Path:
    """The starting file, saved beside the article with the cyclone's mentions dropped."""
    result = invoke("places", story, "--format", "edits")
    assert result.exit_code == 0, result.output
    text = result.stdout.replace("mentions: []", 'mentions:\n  - {text: "Mali", all: true, '
                                 "drop: true}")
    text = text.replace("title: \"Cyclone Mali floods Fiji's west as rivers in Brazil rise\"",
                        'title: "Cyclone Mali floods western Fiji"')
    beside = story.with_name("cyclone.edits.yaml")
    beside.write_text(text, encoding="utf-8")
    return beside


def test_an_edited_page_and_every_export_say_so(story: Path, tmp_path: Path) -> None:
    plain = invoke("export", story, "-o", tmp_path / "plain.json")
    assert plain.exit_code == 0 and "edited" not in json.loads((tmp_path / "plain.json")
                                                              .read_text("utf-8"))
    edits = edit_starter(story)
    assert invoke("build", story, "-o", tmp_path / "page.html").exit_code == 0
    page = (tmp_path / "page.html").read_text("utf-8")
    assert '<meta name="geobrief-edits" content="cyclone.edits.yaml sha256:' in page
    assert "Corrected by an editor" in page and "Cyclone Mali floods western Fiji" in page
    for name in ("b.json", "b.geojson", "b.svg", "b.png", "b.html"):
        result = invoke("export", story, "-o", tmp_path / name)
        assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "b.json").read_text("utf-8"))
    assert record["edited"] is True and record["edits"]["file"] == edits.name
    assert "country:ML" not in {p["place_id"] for p in record["places"]}
    layers = json.loads((tmp_path / "b.geojson").read_text("utf-8"))
    assert layers["edits"] == record["edits"]
    VALIDATOR.validate(record)  # docs/briefing.schema.json describes the marks
    layers_validator().validate(layers)
    assert "Corrected by an editor: cyclone.edits.yaml" in (tmp_path / "b.svg").read_text("utf-8")
    assert PNG_COMMENT.search((tmp_path / "b.png").read_bytes())
    assert "Corrected by an editor" in (tmp_path / "b.html").read_text("utf-8").splitlines()[0]
    ignored = invoke("export", story, "-o", tmp_path / "c.json", "--no-edits")
    assert ignored.exit_code == 0 and "edits" not in json.loads((tmp_path / "c.json")
                                                                .read_text("utf-8"))


@pytest.mark.parametrize(("text", "says"), [
    ("version: 1\nplaces:\n  geonames:999999999: {drop: true}\n",
     "fix.yaml: line 3: places.geonames:999999999: unknown place id"),
    ("version: 1\nmentions:\n  - {text: Timbuktu, occurrence: 1, drop: true}\n",
     "fix.yaml: line 3: mentions #1: 'Timbuktu' is not in the article's text"),
    ("version: 1\nmentions: [{text: Mali\n", "fix.yaml: line 3: not valid YAML"),
    ("version: 1\nfocus: {country: [ML]}\n", "fix.yaml: line 2: focus.country:"),
    ("\xff\xfe", "fix.yaml: not UTF-8 text"),
])
def test_bad_edits_are_one_line_and_write_nothing(
    story: Path, tmp_path: Path, text: str, says: str
) -> None:
    fix = tmp_path / "fix.yaml"
    fix.write_bytes(text.encode("latin-1") if text.startswith("\xff") else text.encode())
    page = tmp_path / "page.html"
    page.write_bytes(b"a page built before is kept")
    command = "export" if says.startswith("fix.yaml: line 2") else "build"
    result = subprocess.run([sys.executable, "-m", "geobrief", command, str(story), "--edits",
                             str(fix), "-o", str(page), "--force"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1 and page.read_bytes() == b"a page built before is kept"
    assert result.stderr.startswith("geobrief: error: ") and says in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_edits_and_no_edits_together_are_refused(story: Path, tmp_path: Path) -> None:
    result = invoke("build", story, "--edits", edit_starter(story), "--no-edits",
                    "-o", tmp_path / "x.html")
    assert result.exit_code == 2 and "--no-edits" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_batch_rebuilds_an_article_when_its_edits_change(story: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = build_site(story.parent, site, workers=1)
    assert (first.built, first.failed) == (1, [])
    edits = edit_starter(story)  # appears: rebuilt (and not read as an article)
    summary = build_site(story.parent, site, workers=1)
    assert (summary.built, summary.unchanged, summary.failed) == (1, 0, [])
    page = site / "cyclone.html"
    assert "Corrected by an editor" in page.read_text("utf-8")
    manifest = json.loads((site / "manifest.json").read_text("utf-8"))
    assert "cyclone.edits.yaml" in json.dumps(manifest)
    assert build_site(story.parent, site, workers=1).built == 0  # unchanged: nothing built
    edits.write_text(edits.read_text("utf-8").replace("western Fiji", "the west of Fiji"),
                     encoding="utf-8")
    assert build_site(story.parent, site, workers=1).built == 1  # changed: rebuilt
    assert "Cyclone Mali floods the west of Fiji" in page.read_text("utf-8")
    edits.write_text("version: 1\nfocus: {country: JP}\n", encoding="utf-8")
    bad = build_site(story.parent, site, workers=1)  # a bad file fails its article alone
    (failure,) = bad.failed
    assert failure[0] == "cyclone.txt" and "cyclone.edits.yaml" in failure[1]
    edits.unlink()  # gone: rebuilt as the machine found it
    assert build_site(story.parent, site, workers=1).built == 1
    assert "Corrected by an editor" not in page.read_text("utf-8")
