"""Hostile text: every stage takes time near-linear in its input (issue 11, item 9).

Times are measured by ``bench/hostile.py``, not here. These tests pin what makes the
stages fast: each faster form gives the same answers as the straightforward one it
replaced (kept here as the reference), and does work in proportion to its input where
that can be counted; a few inputs that once took minutes are simply run.
"""

from __future__ import annotations

import itertools
import random
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geobrief.errors import InputError
from geobrief.gazetteer.index import Gazetteer
from geobrief.geoparse import toponyms
from geobrief.geoparse.resolve import resolve
from geobrief.geoparse.toponyms import find_mentions
from geobrief.models import Mention, Place
from geobrief.read.htmltext import article_text
from geobrief.read.ingest import parse_article
from geobrief.read.sentences import MAX_SENTENCE, split_sentences
from geobrief.render import labels
from geobrief.render.labels import CHAR_PX, DOT_PX, SIDES, _box, _frame, _inside, _square
from geobrief.site.names import page_names, slug
from geobrief.story.located import locate, within

# ------------------------------------------------------------------ the references

_OLD_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)\]]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\s*\n\s*(?![a-z])"
)
_OLD_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr)\.$"
)
_OLD_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def old_split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    spans = []
    for match in _OLD_BOUNDARY.finditer(text, start):
        head = text[start : match.start()]
        if "\n" not in match.group() and _OLD_ABBREVIATION.search(
            head.rstrip("\"')]\u201d\u2019")
        ):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        if text[s:e].strip():
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            result.append((s, e))
    return result


def old_page_names(articles: list[str]) -> dict[str, str]:
    taken: set[str] = set()
    names = {}
    for article in sorted(articles):
        stem = slug("-".join(article.rsplit(".", 1)[0].split("/")))
        if stem.lower() in {"index", "manifest", "places"}:
            stem = f"{stem}-article"
        name, n = stem, 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name.lower())
        names[article] = f"{name}.html"
    return names


def old_label_sides(
    points: list[tuple[float, float, str]], deg_per_px: float, centre: Any = None
) -> list[str | None]:
    """label_sides as it was, with ``crowded=None``: every name against every box."""
    pixels = [(x / deg_per_px, -y / deg_per_px) for x, y in
              (labels.mercator(lon, lat) for lon, lat, _ in points)]
    dots = [_square(x, y, DOT_PX / 2) for x, y in pixels]
    frame, control = _frame(centre, deg_per_px)
    placed = [] if control is None else [control]
    sides: list[str | None] = []
    for i, ((x, y), (_, _, name)) in enumerate(zip(pixels, points, strict=True)):
        obstacles = placed + dots[:i] + dots[i + 1 :]
        boxes = {side: _box(x, y, len(name) * CHAR_PX, side) for side in SIDES}
        free = [s for s in SIDES if _inside(boxes[s], frame)
                and not any(labels.overlap(boxes[s], b) for b in obstacles)]
        side = free[0] if free else None
        if side is not None:
            placed.append(boxes[side])
        sides.append(side)
    return sides


# ------------------------------------------------------------------ sentences

SENTENCE_PIECES = st.lists(
    st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t", ".", "?", "\"", ")", "A.", "U.S.",
                     "Mr.", "Minsk", "talks", "Dr", "B", "2025", "\u201c", "\u2019"]),
    max_size=40,
).map("".join)


@given(SENTENCE_PIECES, st.integers(0, 5))
def test_sentences_split_as_before(text: str, start: int) -> None:
    start = min(start, len(text))
    assert split_sentences(text, start) == old_split_sentences(text, start)


def test_long_runs_of_whitespace_and_initials_are_split() -> None:
    text = "Talks in Minsk" + " " * 400_000 + "went on.\t\t" + "A. " * 100_000 + "Then Vilnius."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans[:2]] == ["Talks in Minsk", "went on."]
    assert text[spans[-1][0] : spans[-1][1]].endswith("Then Vilnius.")
    assert all(0 < e - s <= MAX_SENTENCE for s, e in spans)


def test_a_sentence_too_long_is_cut_between_words() -> None:
    words = [f"Word{i}" for i in range(3_000)]
    text = "Start. " + " ".join(words) + ". End."
    spans = split_sentences(text)
    pieces = [text[s:e] for s, e in spans]
    assert pieces[0] == "Start." and pieces[-1] == "End." and len(pieces) > 3
    assert all(len(piece) <= MAX_SENTENCE for piece in pieces)
    assert " ".join(pieces[1:-1]).split() == [*words[:-1], words[-1] + "."]


# ------------------------------------------------------------------ recognition

@given(st.text(alphabet="aB- \u00e9x1_", max_size=40))
def test_compounds_are_found_as_before(text: str) -> None:
    new = [m.span() for m in toponyms._COMPOUND.finditer(text)]
    assert new == [m.span() for m in _OLD_COMPOUND.finditer(text)]


def test_a_long_token_and_long_front_matter_are_read(gazetteer: Gazetteer) -> None:
    token = "Minskvilnius" * 40_000  # 480,000 letters, no space
    text = f"---\ntitle: {token}-{token}\n---\nTalks in Minsk. {token}-Wal {token}\n"
    mentions = find_mentions(parse_article(text, source="t"), gazetteer)
    assert [m.text for m in mentions] == ["Minsk"]


def test_subheads_among_many_lines_are_skipped(gazetteer: Gazetteer) -> None:
    text = "Talks in Minsk.\n" + "TALKS IN VILNIUS\nthey went to Warsaw\n" * 5_000
    mentions = find_mentions(parse_article(text, source="t"), gazetteer)
    assert {m.text for m in mentions} == {"Minsk", "Warsaw"}
    assert len(mentions) == 5_001


def old_match(text: str, words: list[Any], gazetteer: Gazetteer) -> list[Mention]:
    """toponyms._match as it was: every run length checked from scratch."""

    def plausible(run: list[Any]) -> bool:
        inner = all(w.capitalised or w.text in toponyms._CONNECTORS for w in run[1:-1])
        joins = all(toponyms._joined(text, a, b) for a, b in itertools.pairwise(run))
        return run[-1].capitalised and inner and joins

    mentions, longest, i = [], max(1, gazetteer.max_words()), 0
    while i < len(words):
        found = None
        for n in range(min(longest, len(words) - i), 0, -1) if words[i].capitalised else ():
            run = words[i : i + n]
            if plausible(run) and (mention := toponyms._lookup(text, run, gazetteer)):
                found = mention, n
                break
        if found is None:
            i += 1
            continue
        mentions.append(found[0])
        i += found[1]
    return mentions


@given(st.lists(st.sampled_from(["Rio", "de", "Janeiro", "New", "York", "City", "of", "the",
                                 "-", ".", ", ", "\n", "U.S.", "W.Va.", "Ga.", "Minsk's",
                                 "Saint", "Petersburg", "talks", "A.", "Sao", "Paulo"]),
                max_size=25).map(" ".join))
def test_names_are_matched_as_before(gazetteer: Gazetteer, text: str) -> None:
    words = toponyms._words(text)
    assert toponyms._match(text, words, gazetteer) == old_match(text, words, gazetteer)


class CountingGazetteer:
    """The real gazetteer, counting the lookups of candidates."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer, self.lookups = gazetteer, 0

    def candidates(self, name: str) -> list[Any]:
        self.lookups += 1
        return self.gazetteer.candidates(name)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.gazetteer, name)


def test_resolution_looks_names_up_in_proportion_to_the_mentions(
    gazetteer: Gazetteer,
) -> None:
    cities = ["Minsk", "Vilnius", "Warsaw", "Riga", "Kyiv", "Tallinn", "Krakow", "Lviv"]
    lookups = []
    for repeats in (50, 100):
        text = " ".join(f"Georgia and {city} met." for city in cities * repeats)
        mentions = find_mentions(parse_article(text, source="t"), gazetteer)
        counting = CountingGazetteer(gazetteer)
        places = resolve(mentions, counting)  # type: ignore[arg-type]
        assert {p.name for p in places} >= {"Georgia", "Minsk", "Vilnius"}
        assert counting.lookups < 6 * len(mentions)  # was (country mentions) x (names)
        lookups.append(counting.lookups)
    assert lookups[1] < 2.2 * lookups[0]  # twice the text, twice the lookups


# ------------------------------------------------------------------ story


def _places(n: int, seed: int) -> list[Place]:
    rng = random.Random(seed)
    places = [Place(f"p{i}", f"P{i}", "city", "BY", 0.0, 0.0) for i in range(n)]
    for _ in range(4 * n):
        start = rng.randrange(1000)
        rng.choice(places).mentions.append(Mention("x", start, start + rng.randrange(1, 9), "x"))
    return places


@given(st.integers(1, 30), st.integers(0, 10**6), st.integers(0, 1010), st.integers(0, 60))
def test_within_finds_what_a_scan_finds(n: int, seed: int, start: int, length: int) -> None:
    located = locate(_places(n, seed))
    end = start + length
    scan = [p for p in located if start <= p.mention.start and p.mention.end <= end]
    assert within(located, start, end) == scan
    assert within(list(located), start, end) == scan  # a plain list is scanned


# ------------------------------------------------------------------ labels


def _scatter(n: int, seed: int) -> list[tuple[float, float, str]]:
    rng = random.Random(seed)
    return [(rng.uniform(20, 30), rng.uniform(50, 56), "N" * rng.randrange(3, 14))
            for _ in range(n)]


@given(st.integers(1, 60), st.integers(0, 10**6), st.booleans())
def test_labels_go_where_they_went_before(n: int, seed: int, framed: bool) -> None:
    points = _scatter(n, seed)
    scale = labels.degrees_per_pixel([[50, 20], [56, 30]])
    centre = (25.0, 53.0) if framed else None
    assert labels.label_sides(points, scale, centre, crowded=None) == old_label_sides(
        points, scale, centre
    )


def test_placing_labels_compares_each_name_with_its_neighbours_only(
    monkeypatch: Any,
) -> None:
    calls = 0
    real = labels.overlap

    def counted(a: Any, b: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(labels, "overlap", counted)
    points = _scatter(3_000, 7)
    sides = labels.label_sides(points, labels.degrees_per_pixel([[50, 20], [56, 30]]) / 8)
    assert len(sides) == 3_000 and calls < 100 * len(points)  # was about 4 n² (36 million)


# ------------------------------------------------------------------ site and html


@given(st.lists(st.text(alphabet="ab !#-.", min_size=1, max_size=6), max_size=30))
def test_page_names_are_given_as_before(stems: list[str]) -> None:
    articles = list(dict.fromkeys(f"{stem}.txt" for stem in stems))
    assert page_names(articles) == old_page_names(articles)


def test_twenty_thousand_names_that_slug_alike() -> None:
    marks = "!#$%&()+,;=@[]^{}~' `*:<>?|\\\""
    articles = [f"story{a}{b}{c}.txt" for a in marks for b in marks for c in marks][:20_000]
    names = page_names(articles)
    assert len(set(names.values())) == 20_000
    assert sorted(names.values())[:2] == ["story-10.html", "story-100.html"]


def test_a_control_character_reference_in_html_is_read_as_a_space() -> None:
    body = "<p>Talks in Minsk went on for hours{} today, officials in Vilnius said.</p>"
    for reference in ("&#x1b;", "&#27;", "&#X1B", "&#x000001b;", "&#12;", "&#xFFFE;"):
        html = f"<html><body><article>{body.format(reference)}</article></body></html>"
        assert "for hours today, officials" in " ".join(article_text(html, "a.html").split())
    html = f"<html><body><article>{body.format('&#x1b1;&#27a')}</article></body></html>"
    assert "hours\u01b1 a today" in article_text(html, "a.html")  # others as they were


# ------------------------------------------------------------------ limits


def test_an_article_naming_too_many_places_is_refused(
    gazetteer: Gazetteer, monkeypatch: Any
) -> None:
    from geobrief import pipeline

    text = "Talks in Minsk, Vilnius and Warsaw. Minsk again."
    assert len(pipeline.geoparse(parse_article(text, source="a.txt"), gazetteer=gazetteer)[1]) == 3
    monkeypatch.setattr(pipeline, "MAX_PLACES", 2)
    with pytest.raises(InputError, match=r"^a\.txt: 3 different places, more than the 2 "):
        pipeline.geoparse(parse_article(text, source="a.txt"), gazetteer=gazetteer)
    monkeypatch.setattr(pipeline, "MAX_MENTIONS", 3)
    with pytest.raises(InputError, match=r"^a\.txt: 4 place names, more than the 3 "):
        pipeline.geoparse(parse_article(text, source="a.txt"), gazetteer=gazetteer)


def test_a_page_of_too_many_elements_is_refused_before_it_is_parsed() -> None:
    from geobrief.read.htmltext import MAX_ELEMENTS

    html = "<html><body><article><p>Talks in Minsk and Vilnius went on.</p>"
    fits = html + "<p></p>" * (MAX_ELEMENTS - 5) + "</article></body></html>"
    assert "Talks in Minsk" in article_text(fits, "a.html")
    with pytest.raises(InputError, match=r"^a\.html: a page of 30,001 HTML elements"):
        article_text(html + "<p></p>" * (MAX_ELEMENTS - 3), "a.html")
