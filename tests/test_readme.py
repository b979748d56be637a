"""The README's shell examples run as written, pasted into a shell in a folder holding the
files they name (the sample articles), and the optional-install hint is spelled one way."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SEEDS = ROOT / "seeds"
RUNS = re.compile(r"(geobrief|cat|eval|python -m geobrief) ")  # a line a user pastes to run
PLACEHOLDER = "HOST"  # the Dask lines name a machine the reader has
UNTIL_CTRL_C = "geobrief watch"


def examples() -> list[str]:
    """Every line of the README's ``sh`` blocks that runs a geobrief command."""
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if RUNS.match(line) and PLACEHOLDER not in line]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the examples name: story.txt, a.txt, b.txt and articles/."""
    work = tmp_path_factory.mktemp("readme")
    shutil.copy(SEEDS / "belarus-prisoners.txt", work / "story.txt")
    shutil.copy(SEEDS / "belarus-prisoners.txt", work / "a.txt")
    shutil.copy(SEEDS / "mekong-floods.txt", work / "b.txt")
    (work / "articles").mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, work / "articles" / seed.name)
    return work


def shell_env() -> dict[str, str]:
    """The user's environment, with the installed geobrief (and its python) first on PATH."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}


def test_the_readme_has_the_examples_the_tests_expect() -> None:
    lines = examples()
    assert len(lines) > 25
    assert any(line.startswith("cat story.txt | geobrief places -") for line in lines)
    assert any("_GEOBRIEF_COMPLETE=bash_source" in line for line in lines)


@pytest.mark.parametrize("line", [line for line in examples() if UNTIL_CTRL_C not in line])
def test_each_example_runs_as_written(folder: Path, line: str) -> None:
    result = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=folder, env=shell_env(),
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, f"{line}\n{result.stderr}"
    assert "Traceback" not in result.stderr and "Warning:" not in result.stderr


def test_watch_runs_until_ctrl_c(folder: Path) -> None:
    (line,) = [line for line in examples() if UNTIL_CTRL_C in line]
    site = folder / "site"
    shutil.rmtree(site, ignore_errors=True)
    process = subprocess.Popen(["bash", "-c", f"exec {line}"], cwd=folder, env=shell_env(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while not (site / "manifest.json").exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert (site / "index.html").exists()
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0 and out == ""
    assert err.splitlines()[0].startswith("watching articles") and "stopped" in err


def test_the_optional_install_hint_is_spelled_one_way() -> None:
    texts = [README, *(p.read_text("utf-8") for p in (ROOT / "docs").glob("*.md")),
             *(p.read_text("utf-8") for p in (ROOT / "geobrief").rglob("*.py")),
             (ROOT / "bench" / "evaluate.py").read_text("utf-8")]
    hint = r"pip install '?[\w.-]*\[(?:ner|cluster)\]'?"
    hints = {found for text in texts for found in re.findall(hint, text)}
    assert hints == {"pip install 'geobrief[cluster]'"}  # spaCy (--ner) is a dependency
