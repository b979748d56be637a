"""docs/api.md runs: its Python examples, in order, in a folder of the project's seeds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE

REPO = Path(__file__).resolve().parents[1]
API_DOC = REPO / "docs" / "api.md"
WRITES = ["map.html", "story.html", "story.geojson", "borders.geojson", "briefing.gpkg"]


def python_blocks(markdown: str) -> list[str]:
    """The ```python blocks of a Markdown text, in order."""
    return re.findall(r"^```python\n(.*?)^```$", markdown, flags=re.S | re.M)


def test_the_blocks_are_found() -> None:
    text = "a\n```python\nx = 1\n```\nb\n```sh\nls\n```\n```python\ny = 2\n```\n"
    assert python_blocks(text) == ["x = 1\n", "y = 2\n"]


def test_the_api_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib

    matplotlib.use("Agg")  # .plot() draws off screen
    shutil.copy(SAMPLE, tmp_path / "story.txt")
    (tmp_path / "articles").mkdir()
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        shutil.copy(seed, tmp_path / "articles" / seed.name)
    monkeypatch.chdir(tmp_path)
    blocks = python_blocks(API_DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    namespace: dict[str, object] = {"__name__": "api_md"}
    for number, block in enumerate(blocks, 1):
        code = compile(block, f"docs/api.md, python block {number}", "exec")
        exec(code, namespace)
    for name in WRITES:
        assert (tmp_path / name).stat().st_size > 0, name
    assert len(namespace["pages"]) == len(list((REPO / "seeds").glob("*.txt")))  # type: ignore[arg-type]
    import matplotlib.pyplot as plt

    plt.close("all")
