"""Outputs and inputs of one article, on any path: devices, FIFOs and symlinks are
written through and never replaced, every input is bounded, every date computation is
bounded, and every name printed to a terminal is one safe line (issue 11)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from geobrief.errors import InputError, OutputError, printable
from geobrief.read.dates import find_date, offset_date, shift
from geobrief.read.ingest import iso_day, read_article
from geobrief.render import writer
from geobrief.render.writer import write_output

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "belarus-prisoners.txt"
NULL, FULL, ZERO = (1, 3), (1, 7), (1, 5)  # Linux character devices (major, minor)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "geobrief", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def device(folder: Path, name: str, numbers: tuple[int, int]) -> Path:
    """A character device made in ``folder`` (never in /dev); skip where not allowed."""
    if os.geteuid() != 0:
        pytest.skip("making a device needs root (CI runs as root)")
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*numbers))
    except PermissionError:
        pytest.skip("this system does not allow mknod")
    return path


def assert_device(path: Path, numbers: tuple[int, int]) -> None:
    mode = path.lstat().st_mode
    assert stat.S_ISCHR(mode), f"{path} was replaced"
    assert (os.major(path.lstat().st_rdev), os.minor(path.lstat().st_rdev)) == numbers


# ---------------------------------------------------------------- 1: write through


def test_a_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    null = device(tmp_path, "null", NULL)
    write_output(null, "a page")
    assert_device(null, NULL)
    link = tmp_path / "stdout"  # like /dev/stdout: a link to a device
    link.symlink_to(null)
    write_output(link, b"bytes")
    assert link.is_symlink() and os.readlink(link) == str(null)
    assert_device(null, NULL)


def test_a_full_device_fails_with_its_path_and_stays(tmp_path: Path) -> None:
    full = device(tmp_path, "full", FULL)
    result = run("build", str(SAMPLE), "-o", str(full))
    assert result.returncode == 1
    message = f"geobrief: error: {full}: cannot write (No space left on device)\n"
    assert result.stderr.decode() == message
    assert_device(full, FULL)
    assert [p.name for p in tmp_path.iterdir()] == ["full"]  # no temporary left


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output(fifo, "x" * 300_000)  # more than a pipe holds at once
    reader.join(10)
    assert received == [b"x" * 300_000]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_symlink_to_a_file_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.html"
    link.symlink_to("real.html")
    write_output(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # an existing file keeps its mode


@pytest.mark.parametrize("make", ["dir", "socket"])
def test_what_cannot_be_written_is_refused_in_one_line(tmp_path: Path, make: str) -> None:
    target = tmp_path / "out"
    if make == "dir":
        target.mkdir()
    else:
        import socket

        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(target))
    with pytest.raises(OutputError, match="not replaced"):
        write_output(target, "page")
    assert target.exists() and not target.is_file()


def test_the_site_writer_never_writes_through_a_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("someone else's")
    link = tmp_path / "page.html"
    link.symlink_to(outside)
    with pytest.raises(OutputError, match="symbolic link"):
        write_output(link, "page", regular_only=True)
    assert outside.read_text() == "someone else's" and link.is_symlink()


# ---------------------------------------------------------------- 11: a full disk


def test_a_full_disk_names_the_path_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "story.html"
    out.write_text("the old page")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: int, *args: object) -> None:
            self.file = real_fdopen(handle, "wb")

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer.os, "fdopen", Full)
    with pytest.raises(OutputError) as raised:
        write_output(out, "the new page")
    assert str(raised.value) == f"{out}: cannot write (No space left on device)"
    assert out.read_text() == "the old page"
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]


def test_an_os_error_without_a_path_is_still_one_clean_line(tmp_path: Path) -> None:
    result = run("build", str(SAMPLE), "-o", str(tmp_path / "no" / "x.html"))
    line = result.stderr.decode()
    assert result.returncode == 1 and line.count("\n") == 1
    assert str(tmp_path / "no" / "x.html") in line and "error: :" not in line


# ---------------------------------------------------------------- 8: bounded inputs


def test_a_device_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    zero = device(tmp_path, "zero", ZERO)
    with pytest.raises(InputError, match="over the 1000 byte limit"):
        read_article(zero, max_bytes=1000)
    result = run("build", str(zero), "-o", str(tmp_path / "z.html"), "--max-mb", "0.01")
    assert result.returncode == 1 and b"byte limit (--max-mb)" in result.stderr


def test_a_pipe_is_read_only_up_to_the_limit() -> None:
    endless = b"Talks in Minsk went on. " * 5000  # 120 kB through a pipe, limit 10 kB
    result = run("build", "/dev/stdin", "-o", "/dev/null", "--max-mb", "0.01", stdin=endless)
    assert result.returncode == 1 and b"over the 10485 byte limit" in result.stderr
    small = run("places", "/dev/stdin", "--format", "json", stdin=b"Talks in Minsk went on.")
    assert small.returncode == 0 and b"Minsk" in small.stdout


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_max_mb_must_be_a_real_size(value: str) -> None:
    result = run("build", str(SAMPLE), "-o", "/dev/null", "--max-mb", value)
    assert result.returncode == 2 and b"--max-mb" in result.stderr
    assert b"Traceback" not in result.stderr


# ---------------------------------------------------------------- 6, 12: dates


@pytest.mark.parametrize(
    ("text", "first_day", "last_day"),
    [
        ("yesterday", None, "9999-12-30"),
        ("today", "0001-01-01", "9999-12-31"),
        ("last week", None, "9999-12"),  # a week, not a day: its month (20-30 December)
        ("last month", None, "9999-11"),
        ("last year", None, "9998"),
        ("on Monday", "0001-01-01", "9999-12-27"),  # 1 January 1 was a Monday
        ("on Friday", None, "9999-12-31"),
        ("on December 31", "0001-12-31", "9999-12-31"),  # the nearest
    ],
)
def test_relative_dates_at_the_ends_of_the_calendar(
    text: str, first_day: str | None, last_day: str | None
) -> None:
    assert find_date(f"It happened {text}.", dt.date.min) == first_day
    assert find_date(f"It happened {text}.", dt.date.max) == last_day


def test_offsets_at_the_ends_of_the_calendar() -> None:
    assert offset_date("a day after ", dt.date.min) is None
    assert offset_date("a day after ", dt.date.max) == "9999-12-30"
    assert offset_date("on the eve of ", dt.date.min) == "0001-01-02"
    assert offset_date("on the eve of ", dt.date.max) is None
    assert shift(dt.date.max, 1) is None and shift(dt.date.min, -1) is None
    assert shift(dt.date(2025, 9, 11), -1) == dt.date(2025, 9, 10)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_articles_dated_at_the_ends_of_the_calendar_build(tmp_path: Path, day: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(f"---\ndate: {day}\n---\nPolice in Paris said protesters marched "
                     "yesterday, on the eve of the vote, a day after talks in Lyon.\n")
    result = run("build", str(story), "-o", str(tmp_path / "a.html"))
    assert result.returncode == 0, result.stderr
    by_option = run("build", str(SAMPLE), "-o", str(tmp_path / "b.html"), "--date", day)
    assert by_option.returncode == 0, by_option.stderr


@pytest.mark.parametrize("value", ["20250911", "2025-W37-4", "2025-09-11T10:00", "2025-9-11",
                                   "2025-02-30", "٢٠٢٥-٠٩-١١"])
def test_date_option_takes_only_yyyy_mm_dd(value: str) -> None:
    result = run("build", str(SAMPLE), "-o", "/dev/null", "--date", value)
    assert result.returncode == 2 and b"not a date like 2025-09-11" in result.stderr
    with pytest.raises(ValueError):
        iso_day(value)
    assert iso_day("2025-09-11") == dt.date(2025, 9, 11)


# ---------------------------------------------------------------- 12: names on a terminal


def test_printable_escapes_every_control() -> None:
    name = "a\x1b]0;owned\x07\x1b[31mb\nc\r\u202ed\x9b" + b"\xff".decode("utf-8", "surrogateescape")
    shown = printable(name)
    assert shown == "a\\x1b]0;owned\\x07\\x1b[31mb\\nc\\r\\u202ed\\x9b\\udcff"
    assert shown.isprintable()
    assert printable("Zürich, 東京 – ok") == "Zürich, 東京 – ok"


def test_a_hostile_file_name_is_printed_as_one_safe_line(tmp_path: Path) -> None:
    name = "x\x1b]0;pwned\x07\ngeobrief: forged line.txt"
    (tmp_path / name).write_text("\n")  # empty: an error that names the file
    result = run("build", str(tmp_path / name), "-o", str(tmp_path / "x.html"))
    err = result.stderr.decode()
    assert result.returncode == 1 and err.count("\n") == 1
    assert "\x1b" not in err and "\x07" not in err and "\\x1b]0;pwned\\x07\\n" in err
    out = tmp_path / "ok\x1b[2J.json"
    result = run("export", str(SAMPLE), "--format", "geojson", "-o", str(out))
    assert result.returncode == 0 and out.is_file()
    assert result.stderr.decode() == f"wrote {tmp_path}/ok\\x1b[2J.json\n"
