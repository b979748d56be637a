"""Tests for the given names' derived list in the cache folder
(geobrief.geoparse.lexicon.names_of): the names the name file gives, and never a broken
build."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from geobrief.geoparse import lexicon

NAME_FILE = resources.files("gender_guesser") / "data" / "nam_dict.txt"


class Counted:
    """lexicon's own parser of the name file, counting its calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        parse = lexicon._parse_names

        def counted(source: Path) -> frozenset[str]:
            self.calls += 1
            return parse(source)

        monkeypatch.setattr(lexicon, "_parse_names", counted)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of gender-guesser's name file, free to edit."""
    path = tmp_path / "nam_dict.txt"
    with resources.as_file(NAME_FILE) as real:
        shutil.copyfile(real, path)
    return path


@pytest.fixture
def parser(monkeypatch: pytest.MonkeyPatch) -> Counted:
    return Counted(monkeypatch)


def test_the_list_gives_the_names_the_file_gives(cache: Path, parser: Counted) -> None:
    expected = lexicon._parse_names(NAME_FILE)
    assert {"maria", "john", "olga"} <= expected and "qwxz" not in expected
    assert lexicon.names_of(NAME_FILE) == expected
    assert lexicon.names_of(NAME_FILE) == expected
    assert parser.calls == 2  # the direct call and the first list; the second read it
    assert [p.name for p in (cache / "names").iterdir()] == ["given-names-v1.txt"]
    assert lexicon.given_names() == expected


def test_an_edited_name_file_is_read_afresh(
    cache: Path, source: Path, parser: Counted
) -> None:
    before = lexicon.names_of(source)
    assert "zyxwvuta" not in before
    line = "M  Zyxwvuta".ljust(30) + "1\n"  # a name line of the file's fixed columns
    source.write_bytes(source.read_bytes() + line.encode("iso8859-1"))
    assert lexicon.names_of(source) == before | {"zyxwvuta"}
    assert lexicon.names_of(source) == before | {"zyxwvuta"}
    assert parser.calls == 2


@pytest.mark.parametrize(
    "damage", [b"", b"garbage", "truncated", "a name changed", "a name more", "bad header"]
)
def test_a_damaged_list_is_made_again(
    cache: Path, source: Path, parser: Counted, damage: bytes | str
) -> None:
    expected = lexicon.names_of(source)
    copy = cache / "names" / "given-names-v1.txt"
    raw = copy.read_bytes()
    head, _, body = raw.partition(b"\n")
    changed = {
        "truncated": raw[: len(raw) // 2],
        "a name changed": head + b"\n" + body.replace(b"\nmaria\n", b"\nqwxz\n"),
        "a name more": raw + b"\nqwxz",
        "bad header": b"\xff\xfe" + raw,
    }
    copy.write_bytes(changed.get(damage, damage) if isinstance(damage, str) else damage)
    assert lexicon.names_of(source) == expected
    assert parser.calls == 2
    assert lexicon.names_of(source) == expected
    assert parser.calls == 2  # made again, then read


def test_a_cache_folder_that_cannot_be_written_only_means_parsing_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path, parser: Counted
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be
    monkeypatch.setenv("GEOBRIEF_CACHE", str(blocked))
    expected = lexicon._parse_names(source)
    assert lexicon.names_of(source) == expected
    assert lexicon.names_of(source) == expected
    assert parser.calls == 3
    assert blocked.read_text(encoding="utf-8") == ""
