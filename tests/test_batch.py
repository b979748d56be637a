"""geobrief batch: a site of briefings, built incrementally and in parallel."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from geobrief.cli import cli
from geobrief.site.batch import build_site
from geobrief.site.names import page_names

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HTML = """<html><head><title>Floods in Laos</title><meta name="date" content="2024-09-20">
<meta property="og:site_name" content="Mekong Daily"></head><body><nav>Home World</nav>
<article><h1>Floods in Laos</h1><p>VIENTIANE - Rising water on the Mekong River flooded
districts of Vientiane on Friday, and the government of Laos said more than 12,000 people
had been moved.</p><p>Aid convoys travelled from Bangkok to Vientiane.</p></article>
<footer>(c) Mekong Daily</footer></body></html>"""


@pytest.fixture
def indir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "asia").mkdir(parents=True)
    shutil.copy(SEEDS / "belarus-prisoners.txt", folder / "belarus prisoners.txt")
    shutil.copy(SEEDS / "mekong-floods.txt", folder / "asia" / "mekong-floods.md")
    (folder / "floods.html").write_text(HTML, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"Paris \xff\xfe not utf-8")
    (folder / ".hidden.txt").write_text("Paris is not read.", encoding="utf-8")
    return folder


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_batch_builds_a_site_and_reports_the_broken_article(indir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = CliRunner().invoke(cli, ["batch", str(indir), "-o", str(site), "--workers", "1"])
    assert result.exit_code == 1  # one article failed; the others are built
    assert "built 3, unchanged 0, failed 1" in result.output
    assert "broken.txt" in result.output and "UTF-8" in result.output
    pages = {"belarus-prisoners.html", "asia-mekong-floods.html", "floods.html"}
    assert pages <= set(site_files(site))
    index = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = {a["href"] for a in index.select("table.articles a")}
    assert pages <= links
    row = next(tr for tr in index.select("table.articles tr") if "Floods in Laos" in tr.text)
    assert "Mekong Daily" in row.text and "Laos" in row.text  # from the HTML's metadata
    vientiane = next(a for a in index.select("aside a") if a.text == "Vientiane")
    place = BeautifulSoup((site / vientiane["href"]).read_text(encoding="utf-8"), "html.parser")
    assert len(place.select("ul.distances li")) == 2  # the .md and the .html name it
    assert "2 articles" in index.decode()  # the map's tooltip counts articles
    assert all(not name.startswith(".") for name in site_files(site))
    for name, data in site_files(site).items():  # every page carries its policy
        if name.endswith(".html"):
            assert data.count(b'http-equiv="Content-Security-Policy"') == 1, name
            assert b"geobrief:csp" not in data


def test_a_rerun_builds_nothing_and_a_change_rebuilds_one(indir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    (indir / "broken.txt").unlink()
    first = build_site(indir, site, workers=1)
    assert (first.built, first.unchanged, first.failed) == (3, 0, [])
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    again = build_site(indir, site, workers=1)
    assert (again.built, again.unchanged) == (0, 3)
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == before
    story = indir / "floods.html"
    story.write_text(HTML.replace("Bangkok", "Hanoi"), encoding="utf-8")
    changed = build_site(indir, site, workers=1)
    assert (changed.built, changed.unchanged) == (1, 2)
    assert (site / "belarus-prisoners.html").stat().st_mtime_ns == before[
        site / "belarus-prisoners.html"
    ]
    assert "Hanoi" in (site / "index.html").read_text(encoding="utf-8")
    story.unlink()  # a removed article leaves the site
    build_site(indir, site, workers=1)
    assert not (site / "floods.html").exists()
    assert "Floods in Laos" not in (site / "index.html").read_text(encoding="utf-8")


def test_parallel_workers_build_the_same_site(indir: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    build_site(indir, one, workers=1)
    summary = build_site(indir, two, workers=2)
    assert summary.built == 3 and len(summary.failed) == 1
    assert site_files(one) == site_files(two)


def test_page_names_are_safe_and_unique() -> None:
    names = page_names(["a b.txt", "a-b.txt", "../x.txt", "sub/ünï cödé.md", "index.txt", ".txt"])
    assert len(set(names.values())) == len(names)
    for name in names.values():
        assert "/" not in name and not name.startswith(".") and name.endswith(".html")
    assert names["a b.txt"] == "a-b.html" and names["a-b.txt"] == "a-b-2.html"
    assert names["sub/ünï cödé.md"] == "sub-ünï-cödé.html"
    assert names["index.txt"] != "index.html"  # the site's own index is never overwritten


def test_not_a_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "s")])
    assert result.exit_code != 0


def test_a_dask_cluster_builds_the_same_site(indir: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local"
    build_site(indir, local, workers=1)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        result = CliRunner().invoke(
            cli, ["batch", str(indir), "-o", str(tmp_path / "dask"), "--scheduler",
                  cluster.scheduler_address],
        )
    assert "built 3, unchanged 0, failed 1" in result.output
    assert site_files(tmp_path / "dask") == site_files(local)


def test_an_unreachable_scheduler_is_one_clear_error(indir: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    result = CliRunner().invoke(
        cli, ["batch", str(indir), "-o", str(tmp_path / "s"), "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code != 0
    assert "Dask scheduler" in str(result.exception) or "Dask scheduler" in result.output


def test_watch_rebuilds_when_an_article_arrives(indir: Path, tmp_path: Path) -> None:
    (indir / "broken.txt").unlink()
    site = tmp_path / "site"
    proc = subprocess.Popen(
        [sys.executable, "-m", "geobrief", "watch", str(indir), "-o", str(site),
         "--workers", "1", "--interval", "0.2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        index, manifest = site / "index.html", site / "manifest.json"  # the manifest is last
        _wait_for(manifest.exists, proc)
        shutil.copy(SEEDS / "mekong-floods.txt", indir / "new story.txt")
        _wait_for(lambda: "new story.txt" in manifest.read_text(encoding="utf-8"), proc)
        assert "new-story.html" in index.read_text(encoding="utf-8")
        time.sleep(1)  # let it print the summary before it is interrupted
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    lines = err.splitlines()  # messages, all on stderr
    assert lines[0].startswith("watching") and lines[-1] == "stopped" and out == ""
    assert "built 3, unchanged 0, failed 0" in err and "built 1, unchanged 3, failed 0" in err


def _wait_for(done: Callable[[], bool], proc: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the site was not rebuilt in time"
        time.sleep(0.1)


def test_an_interrupted_batch_resumes(indir: Path, tmp_path: Path) -> None:
    (indir / "broken.txt").unlink()
    site = tmp_path / "site"
    done: list[str] = []

    def interrupt_after_one(name: str) -> None:
        done.append(name)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_site(indir, site, workers=1, progress=interrupt_after_one)
    assert len(done) == 1 and (site / "manifest.json").exists()
    resumed = build_site(indir, site, workers=1)
    assert (resumed.built, resumed.unchanged) == (2, 1)  # the first article is not redone
    assert len(BeautifulSoup((site / "index.html").read_text(), "html.parser").select(
        "table.articles tbody tr")) == 3


def test_a_site_inside_its_input_folder_is_not_read_as_articles(indir: Path) -> None:
    (indir / "broken.txt").unlink()
    first = build_site(indir, indir / "site", workers=1)
    again = build_site(indir, indir / "site", workers=1)
    assert (first.built, again.built, again.unchanged) == (3, 0, 3)
