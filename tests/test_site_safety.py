"""geobrief batch on any folder: it touches only what its manifest says it wrote, reads
nothing outside INDIR, survives a bad manifest, a bad date and a full disk, and leaves no
worker behind (issue 11)."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from geobrief.render import writer
from geobrief.site.batch import build_site

MINSK = "MINSK (Reuters) - Talks in Minsk went on as the delegation left for Vilnius.\n"
MEKONG = "VIENTIANE - Floods on the Mekong reached Vientiane and Luang Prabang.\n"


@pytest.fixture
def indir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minsk.txt").write_text(MINSK, encoding="utf-8")
    (folder / "mekong.txt").write_text(MEKONG, encoding="utf-8")
    return folder


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geobrief", *args], capture_output=True,
                          text=True, timeout=300, check=False)


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def manifest(site: Path) -> dict:
    return json.loads((site / "manifest.json").read_text(encoding="utf-8"))


def edit_manifest(site: Path, change: Callable[[dict], None]) -> None:
    data = manifest(site)
    change(data)
    (site / "manifest.json").write_text(json.dumps(data), encoding="utf-8")


# ---------------------------------------------------------------- 2: foreign files


def test_a_folder_of_other_files_is_refused_then_kept_when_forced(
    indir: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    (site / "places").mkdir(parents=True)
    (site / "index.html").write_text("<p>my home page</p>")
    (site / "places" / "my-notes.html").write_text("<p>my notes</p>")
    (site / "CNAME").write_text("example.org")
    (site / "minsk.html").write_text("<p>my page on Minsk</p>")  # where a page would go
    before = files(site)
    refused = run("batch", str(indir), "-o", str(site), "--workers", "1")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "CNAME, index.html, minsk.html, ..." in refused.stderr and "--force" in refused.stderr
    assert files(site) == before  # nothing read, written or deleted
    forced = build_site(indir, site, workers=1, force=True)
    assert (forced.built, forced.failed) == (2, [])
    now = files(site)
    for kept in ("CNAME", "places/my-notes.html", "minsk.html"):
        assert now[kept] == before[kept]
    assert b"geobrief" in now["index.html"]  # --force lets geobrief write its own names
    assert "minsk-2.html" in now  # but never over a page it did not write
    assert manifest(site)["kept"] == ["CNAME", "minsk.html", "places/my-notes.html"]
    again = run("batch", str(indir), "-o", str(site), "--workers", "1")  # kept: no --force
    assert again.returncode == 0 and "built 0, unchanged 2" in again.stderr
    (indir / "minsk.txt").unlink()
    build_site(indir, site, workers=1)
    assert not (site / "minsk-2.html").exists() and (site / "minsk.html").read_bytes() == before[
        "minsk.html"
    ]
    (site / "new notes.md").write_text("mine")  # a new foreign file is refused again
    assert run("batch", str(indir), "-o", str(site)).returncode == 1


def test_a_stale_page_that_is_no_geobrief_page_is_not_deleted(indir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(indir, site, workers=1)
    (site / "mekong.html").write_text("<p>I wrote over this page</p>")
    (indir / "mekong.txt").unlink()
    build_site(indir, site, workers=1)
    assert (site / "mekong.html").read_text() == "<p>I wrote over this page</p>"


# ---------------------------------------------------------------- 3: INDIR and SITE


@pytest.mark.parametrize("layout", ["same", "same/", "link", "site holds indir"])
def test_a_site_that_is_or_holds_indir_is_refused(tmp_path: Path, layout: str) -> None:
    news = tmp_path / "news"
    (news / "places").mkdir(parents=True)
    (news / "story.txt").write_text(MINSK)
    (news / "places" / "story.html").write_text("<p>an article in places/</p>")
    (tmp_path / "link").symlink_to(news)
    indir, site = {
        "same": (news, news), "same/": (news, Path(f"{news}/")),
        "link": (news, tmp_path / "link"), "site holds indir": (news / "places", news),
    }[layout]
    before = files(news)
    result = run("batch", str(indir), "-o", str(site))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "INDIR" in result.stderr and "Traceback" not in result.stderr
    assert files(news) == before


def test_a_site_inside_indir_is_left_out_of_the_scan(indir: Path) -> None:
    first = build_site(indir, indir / "site", workers=1)
    assert first.built == 2 and not (indir / "site" / "site-index.html").exists()
    assert sorted(manifest(indir / "site")["articles"]) == ["mekong.txt", "minsk.txt"]


# ---------------------------------------------------------------- 4: links out of INDIR


def test_no_file_is_read_through_a_link_that_leaves_indir(indir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0 SECRET-IN-PARIS\n")
    (indir / "leak.txt").symlink_to(secret)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "more.txt").write_text("SECRET-IN-PARIS too")
    (indir / "linked-folder").symlink_to(tmp_path / "elsewhere")
    (indir / "alias.txt").symlink_to("minsk.txt")  # a link inside INDIR is fine
    site = tmp_path / "site"
    summary = build_site(indir, site, workers=1)
    assert summary.built == 3  # minsk, mekong, alias
    assert summary.failed == [("leak.txt", "leak.txt: links to a file outside INDIR; not read")]
    assert all(b"SECRET" not in data for data in files(site).values())


# ---------------------------------------------------------------- 6: one bad article


def test_an_article_at_the_end_of_the_calendar_builds(indir: Path, tmp_path: Path) -> None:
    (indir / "late.md").write_text(
        "---\ndate: 9999-12-31\n---\nPolice in Paris said protesters marched yesterday, "
        "on the eve of the vote.\n"
    )
    (indir / "early.md").write_text("---\ndate: 0001-01-01\n---\nTalks in Paris ended yesterday.\n")
    summary = build_site(indir, tmp_path / "site", workers=1)
    assert (summary.built, summary.failed) == (4, [])


def test_a_fault_on_one_article_fails_that_article_only(
    indir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geobrief.pipeline

    real_brief = geobrief.pipeline.brief

    def brief(article, **kwargs):  # type: ignore[no-untyped-def]
        if "Mekong" in article.text:
            raise OverflowError("date value out of range")
        return real_brief(article, **kwargs)

    monkeypatch.setattr(geobrief.pipeline, "brief", brief)
    summary = build_site(indir, tmp_path / "site", workers=1)
    assert summary.built == 1
    assert summary.failed == [("mekong.txt", "mekong.txt: date value out of range")]


# ---------------------------------------------------------------- 7, 12: the manifest


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda e: "a string",
        lambda e: None,
        lambda e: {**e, "record": {k: v for k, v in e["record"].items() if k != "title"}},
        lambda e: {**e, "record": {**e["record"], "places": [{"name": "x"}]}},
        lambda e: {**e, "record": {**e["record"], "date": 20250911}},
        lambda e: {**e, "record": {**e["record"], "url": "javascript:alert(1)"}},
        lambda e: {**e, "hash": None},
        lambda e: {**e, "page": "../outside.html"},
    ],
)
def test_a_bad_manifest_entry_is_dropped_and_rebuilt(
    indir: Path, tmp_path: Path, corrupt: Callable[[dict], object]
) -> None:
    site = tmp_path / "site"
    build_site(indir, site, workers=1)

    def change(data: dict) -> None:
        data["articles"]["minsk.txt"] = corrupt(data["articles"]["minsk.txt"])

    edit_manifest(site, change)
    (indir / "new.txt").write_text(MEKONG.replace("Vientiane", "Hanoi"))  # and a change
    summary = build_site(indir, site, workers=1)
    assert (summary.built, summary.unchanged, summary.failed) == (2, 1, [])
    index = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert len(index.select("table.articles tbody tr")) == 3
    assert not any(a["href"].lower().startswith("javascript") for a in index.select("a"))
    assert build_site(indir, site, workers=1).built == 0  # and every run after is clean


def test_a_manifest_page_is_never_a_licence_to_delete(indir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(indir, site, workers=1)
    about = site / "about.html"
    about.write_text("<p>about us</p>")
    saved = site / "saved.html"  # a geobrief page saved by hand under another name
    saved.write_text((site / "minsk.html").read_text(encoding="utf-8"), encoding="utf-8")
    entry = manifest(site)["articles"]["minsk.txt"]

    def forged(page: str) -> dict:
        return {**entry, "page": page, "record": {**entry["record"], "page": page}}

    edit_manifest(site, lambda data: data["articles"].update(
        {"about.txt": forged("about.html"), "gone.txt": forged("saved.html")}
    ))
    summary = build_site(indir, site, workers=1, force=True)
    assert summary.failed == [] and about.read_text() == "<p>about us</p>" and saved.exists()


# ---------------------------------------------------------------- 12: two INDIRs, one SITE


def test_a_site_belongs_to_one_indir(indir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "paris.txt").write_text("PARIS - Talks in Paris and Lyon went on.\n")
    site = tmp_path / "site"
    build_site(indir, site, workers=1)
    assert manifest(site)["indir"] == "../in"
    before = files(site)
    refused = run("batch", str(other), "-o", str(site))
    assert refused.returncode == 1 and "site of ../in, not of ../other" in refused.stderr
    assert files(site) == before
    build_site(other, site, workers=1, force=True)  # forced: the old INDIR's pages go
    assert {name for name in files(site) if "/" not in name} == {
        "index.html", "manifest.json", "paris.html"}
    assert manifest(site)["indir"] == "../other"


# ---------------------------------------------------------------- 12: names on a terminal


def test_hostile_file_names_print_as_safe_lines(indir: Path, tmp_path: Path) -> None:
    (indir / "a\x1b]0;owned\x07\ngeobrief: failed: forged.txt").write_bytes(b"\xff\xfe")
    (indir / "b\u202e\x9b.txt").write_text(MINSK)  # a bidi override, a C1 control
    result = run("batch", str(indir), "-o", str(tmp_path / "site"), "--workers", "1")
    assert result.returncode == 1 and "\x1b" not in result.stderr + result.stdout
    failure, summary = result.stderr.splitlines()  # messages go to stderr, one line each
    assert failure == (
        "geobrief: failed: a\\x1b]0;owned\\x07\\ngeobrief: failed: forged.txt: not valid "
        "UTF-8 at byte 0"
    )
    assert summary.startswith("built 3, unchanged 0, failed 1") and result.stdout == ""
    assert "b\u202e\x9b.txt" in manifest(tmp_path / "site")["articles"]  # kept as it is


def test_the_progress_bar_shows_a_name_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from geobrief.site.progress import progress_bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress_bar() as (start, advance):
        start(2)
        advance("[bold]a[/x] \x1b]0;owned\x07.txt")  # rich markup, then an OSC sequence
    assert "\x1b]0;owned" not in terminal.getvalue()


# ---------------------------------------------------------------- 11: a full disk


def full_disk_at(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Writes whose final name is ``name`` fail as on a full disk."""
    real_replace = os.replace

    def replace(src: str, dst: str | Path) -> None:
        if Path(dst).name == name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", replace)


def test_a_full_disk_fails_the_article_and_keeps_the_site(
    indir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    build_site(indir, site, workers=1)
    old_page, old_manifest = (site / "minsk.html").read_bytes(), manifest(site)
    (indir / "minsk.txt").write_text(MINSK.replace("Vilnius", "Warsaw"))
    (indir / "new.txt").write_text(MEKONG.replace("Vientiane", "Hanoi"))
    full_disk_at(monkeypatch, "minsk.html")
    summary = build_site(indir, site, workers=1)
    assert summary.failed == [
        ("minsk.txt", f"{site}/minsk.html: cannot write (No space left on device)")
    ]
    assert summary.built == 1 and (site / "new.html").exists()
    assert (site / "minsk.html").read_bytes() == old_page  # the old page stays, listed
    assert manifest(site)["articles"]["minsk.txt"] == old_manifest["articles"]["minsk.txt"]
    assert "new.html" in (site / "index.html").read_text(encoding="utf-8")
    assert not [p for p in site.rglob(".*")]  # no temporary file left
    monkeypatch.undo()
    assert build_site(indir, site, workers=1).built == 1  # the next run finishes the job


def test_a_full_disk_at_the_index_leaves_the_old_manifest(
    indir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    build_site(indir, site, workers=1)
    before = manifest(site)
    (indir / "new.txt").write_text(MEKONG.replace("Vientiane", "Hanoi"))
    full_disk_at(monkeypatch, "index.html")
    summary = build_site(indir, site, workers=1)
    assert summary.failed == [
        (str(site), f"{site}/index.html: cannot write (No space left on device)")
    ]
    assert manifest(site) == before
    monkeypatch.undo()
    again = build_site(indir, site, workers=1)
    assert again.failed == [] and "new.html" in (site / "index.html").read_text()


def test_a_real_full_disk(indir: Path, tmp_path: Path) -> None:
    """On a 1 MB tmpfs (root only): the batch reports each failed write with its path."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True,
        check=False,
    ).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        (disk / "filler").write_bytes(b"\0" * 900_000)
        result = run("batch", str(indir), "-o", str(disk / "site"), "--workers", "1")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "No space left on device" in result.stderr and f"{disk}/site/" in result.stderr
        assert re.search(r"^built \d+, unchanged \d+, failed [1-9]", result.stderr, re.M)
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# ---------------------------------------------------------------- 10: no orphan workers


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat_file.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    """The processes of ``pids`` still running (not gone, not zombies)."""
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_a_stopped_batch_leaves_no_workers(tmp_path: Path, how: signal.Signals) -> None:
    indir = tmp_path / "in"
    indir.mkdir()
    for n in range(40):
        (indir / f"story-{n}.txt").write_text(MINSK.replace("Vilnius", f"Vilnius {n}"))
    batch = subprocess.Popen(
        [sys.executable, "-m", "geobrief", "batch", str(indir), "-o", str(tmp_path / "site"),
         "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while len(workers := children(batch.pid)) < 2:
        assert batch.poll() is None and time.monotonic() < deadline, batch.communicate()
        time.sleep(0.1)
    batch.send_signal(how)
    _, err = batch.communicate(timeout=60)
    if how != signal.SIGKILL:
        assert batch.returncode == 130 and err.strip() == "geobrief: interrupted"
    deadline = time.monotonic() + 15
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(workers), "workers outlived the batch"

