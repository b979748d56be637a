"""The command line behaves like the tools it is piped into and never harms a file: run
as a user runs it, in a new process (as root, as CI runs), or in-process where only the
result matters."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from geobrief.cli import cli
from geobrief.errors import OutputError
from geobrief.render.writer import written_by_geobrief

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SAMPLE = SEEDS / "belarus-prisoners.txt"
OTHER = SEEDS / "mekong-floods.txt"
PNG = b"\x89PNG\r\n\x1a\n"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
        stdout: int | io.BufferedWriter = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "geobrief", *args], cwd=cwd, input=stdin,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=300, check=False)


def on_a_terminal(*args: str) -> tuple[int, bytes, str]:
    """Run geobrief with standard output on a terminal (a pseudo-terminal read as it goes)."""
    main, other = pty.openpty()
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                chunk = os.read(main, 1 << 16)
            except OSError:  # the terminal closed
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    done = subprocess.run([sys.executable, "-m", "geobrief", *args], stdout=other,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=300,
                          check=False)
    os.close(other)
    reader.join(10)
    os.close(main)
    return done.returncode, b"".join(chunks), done.stderr.decode()


def invoke(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args))


# ---------------------------------------------------------------- 1: files are safe


@pytest.mark.parametrize("how", ["same", "relative", "symlink", "hardlink"])
@pytest.mark.parametrize("command", [["build"], ["export", "--format", "json"]])
def test_no_command_writes_over_its_own_input(tmp_path: Path, how: str, command: list[str]) -> None:
    story = tmp_path / "story.txt"
    shutil.copy(SAMPLE, story)
    output = {"same": str(story), "relative": "./story.txt", "symlink": "link",
              "hardlink": "hard"}[how]
    if how == "symlink":
        (tmp_path / "link").symlink_to("story.txt")
    elif how == "hardlink":
        os.link(story, tmp_path / "hard")
    result = run(command[0], str(story), *command[1:], "-o", output, "--force", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode() == (f"geobrief: error: {Path(output)}: is an article being "
                                      "read; not written over it\n")
    assert story.read_bytes() == SAMPLE.read_bytes()


def test_standard_input_and_output_are_guarded_too(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    shutil.copy(SAMPLE, story)
    with story.open("rb") as article:  # geobrief build - -o story.txt < story.txt
        result = subprocess.run([sys.executable, "-m", "geobrief", "build", "-", "-o",
                                 str(story)], stdin=article, capture_output=True, check=False)
    assert result.returncode == 1 and b"is an article being read" in result.stderr
    with story.open("ab") as appended:  # geobrief places story.txt >> story.txt
        result = run("places", str(story), stdout=appended)
    assert result.returncode == 1 and b"standard output is an article being read" in result.stderr
    assert story.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize(
    ("args", "name"),
    [(["build"], "page.html"), (["export", "--format", "fragment"], "map.html"),
     (["export"], "model.json"), (["export"], "layers.geojson"), (["export"], "map.png"),
     (["export"], "map.svg")],
)
def test_a_file_geobrief_did_not_write_is_kept_unless_forced(
    tmp_path: Path, args: list[str], name: str
) -> None:
    mine = tmp_path / name
    mine.write_bytes(b"my own work\n")
    command = [args[0], str(SAMPLE), *args[1:], "-o", str(mine)]
    refused = invoke(*command)
    assert isinstance(refused.exception, OutputError) and "--force" in str(refused.exception)
    assert mine.read_bytes() == b"my own work\n"
    assert invoke(*command, "--force").exit_code == 0
    assert written_by_geobrief(mine, page=False)  # the format's mark is there
    again = invoke(*command)  # now it is geobrief's own: replaced without asking
    assert again.exit_code == 0, again.output


# ---------------------------------------------------------------- 2: pipes


def test_dash_reads_the_article_from_standard_input(tmp_path: Path) -> None:
    text = SAMPLE.read_bytes()
    record = json.loads(run("places", "-", "--format", "json", stdin=text).stdout)
    assert record["source"] == "<stdin>"
    assert record["places"] == json.loads(run("places", str(SAMPLE), "--format", "json").stdout)[
        "places"]
    for mention in record["mentions"]:
        assert text.decode()[mention["start"] : mention["end"]] == mention["text"]
    page = run("build", "-", "-o", str(tmp_path / "a.html"), stdin=text)
    assert page.returncode == 0 and b"Vilnius" in (tmp_path / "a.html").read_bytes()
    web = b"<!DOCTYPE html><html><body><article><p>Talks in Minsk went on for hours.</p>"
    places = run("places", "-", "--format", "jsonl", stdin=web + b"</article></body></html>")
    assert [p["name"] for p in json.loads(places.stdout)["places"]] == ["Minsk"]


def test_standard_input_has_the_size_limit_and_is_read_once() -> None:
    over = run("places", "-", "--max-mb", "0.01", stdin=b"Talks in Minsk. " * 2000)
    assert over.returncode == 1
    assert over.stderr == b"geobrief: error: <stdin>: over the 10485 byte limit (--max-mb)\n"
    twice = run("places", "-", "-", stdin=b"Minsk.")
    assert twice.returncode == 2 and b"once only" in twice.stderr


def test_without_o_the_output_goes_down_the_pipe(tmp_path: Path) -> None:
    page = run("build", str(SAMPLE))
    assert page.returncode == 0 and page.stdout.startswith(b"<!DOCTYPE html") and not page.stderr
    image = run("export", str(SAMPLE), "--format", "png", "-o", "-")
    assert image.returncode == 0 and image.stdout.startswith(PNG) and not image.stderr
    assert run("export", str(SAMPLE), "-o", str(tmp_path / "m.png")).returncode == 0
    assert image.stdout == (tmp_path / "m.png").read_bytes()  # the same bytes either way


def test_a_terminal_gets_no_page_and_no_png() -> None:
    status, shown, err = on_a_terminal("build", str(SAMPLE))
    assert status == 2 and shown == b"" and err.count("\n") == 1 and "give -o FILE" in err
    status, shown, err = on_a_terminal("export", str(SAMPLE), "--format", "png", "-o", "-")
    assert status == 2 and shown == b"" and "not writing binary data to a terminal" in err
    status, shown, err = on_a_terminal("places", str(SAMPLE))  # text to read: fine
    assert status == 0 and b"Vilnius" in shown and err == ""


def test_messages_go_to_stderr_and_q_silences_them(tmp_path: Path) -> None:
    out = tmp_path / "layers.geojson"
    said = run("export", str(SAMPLE), "-o", str(out))
    assert said.stdout == b"" and said.stderr == f"wrote {out}\n".encode()
    for args in (["-q", "export", str(SAMPLE), "-o", str(out)],
                 ["export", str(SAMPLE), "-o", str(out), "--quiet"]):
        quiet = run(*args)
        assert quiet.returncode == 0 and quiet.stdout == b"" and quiet.stderr == b""
    failed = run("-q", "build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.html"))
    assert failed.stderr.decode().startswith("geobrief: error: ")  # errors are never silenced


def test_dependency_log_lines_never_reach_the_user_raw(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body></body></html>")
    result = run("places", str(tmp_path / "empty.html"))
    assert result.stderr.decode().splitlines() == [
        f"geobrief: error: {tmp_path}/empty.html: no article text found in the HTML"
    ]
    verbose = run("-v", "places", str(tmp_path / "empty.html")).stderr.decode().splitlines()
    assert verbose[-1] == result.stderr.decode().strip()
    assert all(line.startswith("geobrief: ") for line in verbose)


def test_warnings_and_log_records_become_one_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    import logging
    import warnings

    from geobrief.cli.messages import set_verbosity

    saved = warnings.showwarning, logging.getLogger().handlers[:], logging.getLogger().level
    try:
        for verbose in (False, True):
            set_verbosity(verbose=verbose)
            with warnings.catch_warnings():
                warnings.simplefilter("always")
                warnings.warn("CartoDB tiles now\nneed a key", UserWarning, stacklevel=1)
                warnings.warn("old API", DeprecationWarning, stacklevel=1)
            logging.getLogger("trafilatura.core").error("parsed tree length: 0")
        set_verbosity(quiet=True)
        warnings.warn("hidden by -q", UserWarning, stacklevel=1)
    finally:
        warnings.showwarning = saved[0]
        logging.getLogger().handlers[:] = saved[1]
        logging.getLogger().setLevel(saved[2])
        logging.getLogger("geobrief").setLevel(logging.NOTSET)
    assert capsys.readouterr().err.splitlines() == [
        "geobrief: warning: CartoDB tiles now need a key",
        "geobrief: warning: CartoDB tiles now need a key",
        "geobrief: DeprecationWarning: old API",
        "geobrief: trafilatura: parsed tree length: 0",
    ]


def test_a_tile_provider_warning_is_one_line(tmp_path: Path) -> None:
    result = run("build", str(SAMPLE), "-o", str(tmp_path / "a.html"), "--tiles",
                 "CartoDB positron")
    lines = result.stderr.decode().splitlines()
    assert lines and all(line.startswith(("geobrief: ", "wrote ")) for line in lines)
    assert not any(".py:" in line or "UserWarning" in line for line in lines)


def test_a_fault_of_geobriefs_is_still_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import geobrief.cli
    import geobrief.cli.page

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(geobrief.cli.page, "brief", broken)
    monkeypatch.setattr(sys, "argv", ["geobrief", "build", str(SAMPLE), "-o", "/dev/null"])
    with pytest.raises(SystemExit) as stopped:
        geobrief.cli.main()
    assert stopped.value.code == 1
    assert capsys.readouterr().err == (
        "geobrief: error: internal error (RuntimeError: a bug); -v shows where\n")


# ---------------------------------------------------------------- 3: many files


def test_each_bad_file_is_one_line_and_the_others_are_listed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("\n")
    (tmp_path / "folder").mkdir()
    args = [str(SAMPLE), "empty.txt", "missing.txt", "folder", str(OTHER)]
    result = run("places", *args, "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        str(SAMPLE), str(OTHER)]
    errors = result.stderr.decode().splitlines()
    assert [line.split(":")[2].strip() for line in errors] == ["empty.txt", "missing.txt",
                                                               "folder"]
    assert run("places", str(SAMPLE), str(OTHER)).returncode == 0


# ---------------------------------------------------------------- 4: formats


def test_the_table_has_a_header_and_a_row_for_a_continent(tmp_path: Path) -> None:
    (tmp_path / "trade.txt").write_text("Trade between Europe and Asia slowed.\n")
    result = run("places", "trade.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "trade.txt"
    assert lines[1].split() == ["name", "kind", "country", "lat", "lon", "mentions"]
    assert [line.split()[:3] for line in lines[2:]] == [["Europe", "region", "-"],
                                                        ["Asia", "region", "-"]]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_have_one_header_and_a_row_per_place(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "trade.txt").write_text("Trade between Europe and Asia slowed.\n")
    result = run("places", str(SAMPLE), "trade.txt", "--format", fmt, cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode()),
                               delimiter="," if fmt == "csv" else "\t"))
    expected = json.loads(run("places", str(SAMPLE), "--format", "json").stdout)["places"]
    assert [r["name"] for r in rows] == [p["name"] for p in expected] + ["Europe", "Asia"]
    assert list(rows[0]) == ["source", "place_id", "name", "kind", "country", "lat", "lon",
                             "mentions"]
    first = rows[0]
    assert (float(first["lat"]), int(first["mentions"])) == (expected[0]["lat"],
                                                             expected[0]["mentions"])
    assert rows[-1]["source"] == "trade.txt" and rows[-1]["country"] == ""


@pytest.mark.parametrize(
    ("name", "starts"),
    [("l.geojson", b'{\n "type": "FeatureCollection",\n "generator": "geobrief"'),
     ("m.json", b'{\n "generator": "geobrief",\n "article"'),
     ("map.html", b"<!-- geobrief map: "), ("map.htm", b"<!-- geobrief map: "),
     ("map.png", PNG), ("map.svg", b"<?xml")],
)
def test_export_takes_its_format_from_the_name(tmp_path: Path, name: str, starts: bytes) -> None:
    result = invoke("export", str(SAMPLE), "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes().startswith(starts)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--format", "png", "-o", "x.jpg"], "--format png does not match the name 'x.jpg'"),
     (["--format", "json", "-o", "x.geojson"], "name it .json"),
     (["-o", "x.jpg"], "cannot tell the format from the name 'x.jpg'"),
     (["-o", "-"], "give --format")],
)
def test_export_refuses_a_name_of_another_type(tmp_path: Path, args: list[str], message: str
                                               ) -> None:
    result = run("export", str(SAMPLE), *args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr.decode()
    assert list(tmp_path.iterdir()) == []


def test_a_name_that_is_no_type_takes_any_format(tmp_path: Path) -> None:
    assert invoke("export", str(SAMPLE), "--format", "geojson", "-o",
                  str(tmp_path / "layers.json")).exit_code == 0
    assert invoke("export", str(SAMPLE), "--format", "fragment", "-o",
                  str(tmp_path / "map.fragment")).exit_code == 0


def test_options_are_offered_only_where_they_act(tmp_path: Path) -> None:
    for option in ("--tiles", "--date"):  # places draws no map and dates nothing
        assert option not in {o for p in cli.commands["places"].params for o in p.opts}
    build = {p.name for p in cli.commands["build"].params} - {"article", "output", "force"}
    build -= {"edits"}  # one article's --edits FILE; batch takes each article's beside it
    for command in ("batch", "watch"):
        assert build <= {p.name for p in cli.commands[command].params}
    result = run("export", str(SAMPLE), "-o", str(tmp_path / "m.json"), "--dpi", "300")
    assert result.returncode == 0
    assert "geobrief: warning: --dpi does nothing for json (only for png, svg, pdf)" in (
        result.stderr.decode())


def test_batch_briefs_every_article_with_the_options(tmp_path: Path) -> None:
    indir, site = tmp_path / "in", tmp_path / "site"
    indir.mkdir()
    shutil.copy(SAMPLE, indir / "dated.txt")  # front matter: 2025-09-11
    (indir / "undated.txt").write_text("Protesters marched in Minsk on Thursday.\n")
    args = ["batch", str(indir), "-o", str(site), "--workers", "1"]
    first = run(*args, "--date", "2025-01-30", "--tiles", "OpenStreetMap")
    assert first.returncode == 0, first.stderr
    articles = json.loads((site / "manifest.json").read_text())["articles"]
    assert {a["record"]["date"] for a in articles.values()} == {"2025-01-30"}
    assert "openstreetmap" in (site / "undated.html").read_text().lower()
    same = run(*args, "--date", "2025-01-30", "--tiles", "OpenStreetMap")
    assert "built 0, unchanged 2" in same.stderr.decode()
    other = run(*args)  # other options: every page again
    assert "built 2, unchanged 0" in other.stderr.decode()
    assert "openstreetmap" not in (site / "undated.html").read_text().lower()


# ---------------------------------------------------------------- 5: help


def test_every_option_of_every_command_has_help() -> None:
    missing = [
        f"{name} {param.opts[0]}"
        for name, command in [("geobrief", cli), *cli.commands.items()]
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip()
    ]
    assert not missing, f"options without help: {missing}"


def test_shell_completion() -> None:
    env = {**os.environ, "_GEOBRIEF_COMPLETE": "bash_source"}
    script = subprocess.run([sys.executable, "-m", "geobrief"], env=env, capture_output=True,
                            text=True, check=False)
    assert script.returncode == 0 and "complete -o nosort -F _geobrief_completion" in script.stdout
    env |= {"_GEOBRIEF_COMPLETE": "bash_complete", "COMP_WORDS": "geobrief places --",
            "COMP_CWORD": "2"}
    words = subprocess.run([sys.executable, "-m", "geobrief"], env=env, capture_output=True,
                           text=True, check=False).stdout.split()
    assert "plain,--format" in words and "plain,--tiles" not in words
