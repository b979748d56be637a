"""The command-line contracts of DESIGN.md, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geobrief.cli import cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SAMPLE = SEEDS / "belarus-prisoners.txt"
COMMANDS = ["build", "places", "export", "batch", "watch", "demo"]  # batch, watch: test_batch


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m geobrief`` in a new process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "geobrief", *args],
        capture_output=True, text=True, cwd=cwd, timeout=120, check=False,
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_commands_have_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Example: geobrief" in result.stdout


def test_every_command_is_tested() -> None:
    assert set(cli.commands) == set(COMMANDS)


def test_places_json_contract() -> None:
    result = run("places", str(SAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == str(SAMPLE)
    text = SAMPLE.read_text(encoding="utf-8")
    keys = {"text", "start", "end", "place_id", "name", "kind", "country", "lat", "lon"}
    for mention in record["mentions"]:
        assert keys <= set(mention)
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["kind"] in {"country", "city", "region", "feature"}
        assert len(mention["country"]) == 2
    names = {p["name"] for p in record["places"]}
    assert {"Minsk", "Vilnius", "Belarus", "Lithuania"} <= names
    assert all(p["mentions"] >= 1 for p in record["places"])


def test_places_jsonl_one_line_per_input() -> None:
    other = SEEDS / "mekong-floods.txt"
    result = run("places", str(SAMPLE), str(other), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert [json.loads(line)["source"] for line in lines] == [str(SAMPLE), str(other)]


def test_export_geojson_layers(tmp_path: Path) -> None:
    out = tmp_path / "map.geojson"
    result = run("export", str(SAMPLE), "--format", "geojson", "-o", str(out))
    assert result.returncode == 0, result.stderr
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection"
    layers = {f["properties"]["layer"] for f in collection["features"]}
    assert layers == {"places", "countries", "borders", "routes", "events"}
    for feature in collection["features"]:
        if feature["properties"]["layer"] == "borders":
            assert {"a", "b", "groups", "length_km"} <= set(feature["properties"])


def test_demo_builds_from_any_directory(tmp_path: Path) -> None:
    result = run("demo", "-o", "demo.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "demo.html").read_text(encoding="utf-8")
    assert "leaflet" in page.lower() and "Vilnius" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "missing.txt", "-o", "x.html"], "no such file"),
        (["build", ".", "-o", "x.html"], "is a directory"),
        (["places", "missing.txt", "missing2.txt", "--format", "json"], "one article"),
        (["build", "empty.txt", "-o", "x.html"], "empty"),
        (["build", "empty.txt", "-o", "x.html", "--date", "soon"], "not a date"),
        (["export", "empty.txt", "--format", "jpg", "-o", "x"], "jpg"),
        (["batch", "missing", "-o", "site"], "not a folder"),
        (["watch", "missing", "-o", "site"], "not a folder"),
        (["batch", ".", "-o", "site", "--scheduler", "tcp://127.0.0.1:9"], "Dask scheduler"),
    ],
)
def test_bad_input_one_line_no_traceback(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty.txt").write_text("\n")
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()


def test_unwritable_output_leaves_nothing(tmp_path: Path) -> None:
    result = run("build", str(SAMPLE), "-o", str(tmp_path / "no" / "dir" / "x.html"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "no").exists()


def test_outputs_are_readable_like_any_file(tmp_path: Path) -> None:
    out = tmp_path / "map.geojson"
    assert run("export", str(SAMPLE), "--format", "geojson", "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as open(path, "w") would make it
    assert [p.name for p in tmp_path.iterdir()] == ["map.geojson"]  # no temporary left


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("Talks in Minsk.", ["--tiles", "nosuchtiles"], "unknown tile layer"),
        ("Talks in Minsk.", ["--tiles", "https://a.example;script-src */{z}.png"], "tile URL"),
        ("Talks in Minsk. " * 25_001, [], "25,001 place names, more than the 25,000"),
        ("---\ndate: 2025-01-01\n---\n", [], "empty"),
    ],
)
def test_more_bad_input(tmp_path: Path, content: str, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text(content)
    result = run("build", "a.txt", "-o", "x.html", *args, cwd=tmp_path)
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.html").exists()


def test_continents_have_no_country(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Trade between Europe and Asia slowed.\n")
    record = json.loads(run("places", str(tmp_path / "a.txt"), "--format", "json").stdout)
    assert {p["name"]: p["country"] for p in record["places"]} == {"Europe": None, "Asia": None}
    out = tmp_path / "a.json"
    result = run("export", str(tmp_path / "a.txt"), "--format", "json", "-o", str(out))
    assert result.returncode == 0
    assert json.loads(out.read_text())["focus"] is None


def test_build_keeps_a_file_it_did_not_write_unless_forced(tmp_path: Path) -> None:
    mine = tmp_path / "notes.html"
    mine.write_text("<p>my own notes</p>")
    result = run("build", str(SAMPLE), "-o", str(mine))
    assert result.returncode == 1 and "--force" in result.stderr
    assert mine.read_text() == "<p>my own notes</p>"
    assert run("build", str(SAMPLE), "-o", str(mine), "--force").returncode == 0
    assert run("build", str(SAMPLE), "-o", str(mine)).returncode == 0  # now it is ours


@pytest.mark.parametrize("fmt", ["html", "fragment", "png", "svg", "json", "geojson"])
def test_the_same_input_gives_the_same_bytes(tmp_path: Path, fmt: str) -> None:
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.{fmt}"
        args = ["build", str(SAMPLE)] if fmt == "html" else ["export", str(SAMPLE), "--format", fmt]
        assert run(*args, "-o", str(out)).returncode == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1000


def test_the_size_limit_is_an_option(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(SAMPLE.read_text(encoding="utf-8") + "x" * 20_000, encoding="utf-8")
    result = run("build", str(story), "-o", str(tmp_path / "a.html"), "--max-mb", "0.01")
    assert result.returncode == 1 and "byte limit (--max-mb)" in result.stderr
    assert not (tmp_path / "a.html").exists()
    assert run("build", str(story), "-o", str(tmp_path / "a.html")).returncode == 0
    site = run("batch", str(tmp_path), "-o", str(tmp_path / "site"), "--max-mb", "0.01")
    assert site.returncode == 1 and "byte limit" in site.stderr
