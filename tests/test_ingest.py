"""ingest: reading articles from files and text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geobrief.errors import InputError
from geobrief.read.ingest import read_article


def test_dateline_and_agency_are_found(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("VILNIUS (Reuters) - Belarus has freed 52 prisoners.\nMore text.\n")
    article = read_article(path)
    assert (article.dateline, article.agency) == ("VILNIUS", "Reuters")
    assert article.source == str(path)


def test_text_is_kept_byte_for_byte(tmp_path: Path) -> None:
    raw = "Line one in Minsk.\r\nLine two in Vilnius.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode())
    assert read_article(path).text == raw


def test_front_matter_gives_title_date_and_source() -> None:
    text = "---\ntitle: Floods\ndate: 2024-09-20\nsource: Wire\n---\nPARIS, Sept 3 (AP) - Rain.\n"
    article = read_article(text)
    assert article.title == "Floods"
    assert article.date == dt.date(2024, 9, 20)
    assert article.agency == "Wire"
    assert article.dateline == "PARIS"


def test_date_argument_overrides_front_matter() -> None:
    article = read_article("---\ndate: 2024-09-20\n---\nText.", date=dt.date(2020, 1, 2))
    assert article.date == dt.date(2020, 1, 2)


def test_title_falls_back_to_first_sentence() -> None:
    article = read_article("KYIV (AP) - Drones hit Kyiv overnight. Officials said more.")
    assert article.title == "Drones hit Kyiv overnight."


def test_a_title_is_what_was_said_not_who_said_it() -> None:
    """Fails on 3648eb3 ("According to the World Health Organisation (WHO)"): a first
    sentence that opens with its source is titled by what it says."""
    article = read_article("According to the World Health Organisation (WHO), a cholera "
                           "epidemic in Zimbabwe has now infected over 80,200 people. More.")
    assert article.title == "A cholera epidemic in Zimbabwe has now infected over 80,200 people."
    article = read_article("According to police, it rained. More.")  # too little left
    assert article.title == "According to police, it rained."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n", "empty"),
        ("bin.txt", b"\x00\x01\x02", "binary"),
        ("latin1.txt", b"caf\xe9 in Paris", "not valid UTF-8 at byte 3"),
        ("story.pdf", b"%PDF", "unsupported file type"),
    ],
)
def test_bad_files_raise_one_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "written",
    ["2025-01-30", "2025-01-30T10:00:00Z", "2025-01-30T23:30:00-05:00", "2025-01-30 10:00",
     "2025/01/30", "January 30, 2025", "Jan. 30, 2025", "Jan 30 2025", "january 30th, 2025",
     "30 January 2025", "30 Jan. 2025", "30th of January, 2025", "Thursday, January 30, 2025",
     "Thu, 30 Jan 2025 10:00:00 +0000", "January 30, 2025 at 10:00 AM EST", "'30 January 2025'"],
)
def test_front_matter_dates_in_the_forms_people_write(written: str) -> None:
    article = read_article(f"---\ndate: {written}\n---\nText.")
    assert article.date == dt.date(2025, 1, 30)  # the day as written, whatever the zone


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("last Tuesday", "is not a date: write 2025-01-30 or 30 January 2025"),
        ("January 30", "is not a date"),  # no year: it would depend on today
        ("Smarch 30, 2025", "is not a date"),
        ("30/01/2025", "is ambiguous"),  # day or month first: refused, whichever it is
        ("01/30/2025", "is ambiguous"),
        ("30.01.2025", "is ambiguous"),
        ("February 30, 2025", "is not a real date"),
        ("2025-02-30", "is not a real date"),
        ("20250130", "is not a date"),
    ],
)
def test_bad_front_matter_date(written: str, message: str) -> None:
    with pytest.raises(InputError, match=f"front matter date '{written}' {message}"):
        read_article(f"---\ndate: {written}\n---\nText.")


def test_dateline_after_a_headline() -> None:
    article = read_article("Lions Club member wins. CHARLESTON, W.Va. - Jim McMillon said.")
    assert article.dateline == "CHARLESTON"
    assert read_article("He said KYIV would win. More text.").dateline is None


def test_a_bom_stays_in_the_text_so_offsets_match_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff---\ntitle: T\n---\nMINSK (AP) - Text.\n".encode())
    article = read_article(path)
    assert article.text.startswith("\ufeff") and article.title == "T"
    assert article.dateline == "MINSK"


def test_a_horizontal_rule_is_not_front_matter() -> None:
    text = "---\nMinsk is cold.\n----- more\n"
    assert read_article(text).body_start == 0


def test_text_is_never_taken_for_a_path() -> None:
    assert read_article("README.md").text == "README.md"


def test_a_dateline_of_two_cities_is_the_first() -> None:
    article = read_article("BEIRUT/DAMASCUS, March 4 (AFP) - Shelling resumed near Homs.")
    assert (article.dateline, article.agency) == ("BEIRUT", "AFP")
    assert article.title == "Shelling resumed near Homs."


def test_dateline_with_a_colon() -> None:
    assert read_article("AMMAN: Masked men smashed the windows.").dateline == "AMMAN"
    assert read_article("NOTE: this is a test.").dateline == "NOTE"  # no place: see toponyms
