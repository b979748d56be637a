"""The words around an exported map: headline and description above it, the event key
and the source and credit line below it.

A picture pasted into a report loses the page around it, so an export carries what a
newsroom locator map carries: the headline and a one-line description (the article's
title and standfirst unless the export or an edit sets others), a key that decodes the
numbered event markers, and a line naming the article's source and date and the map's
sources ("Map: geobrief · Natural Earth · GeoNames (CC BY 4.0)", which the licences ask
for). Text is measured in the figure's font and cut at a word with "…" where it would
run past the edge; the key is a grid of equal columns, so its height is known before
the map is fitted (:func:`key_rows`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from geobrief.read.sentences import split_sentences
from geobrief.render.static.markers import Marker, disc
from geobrief.render.static.style import (
    CREDIT_PT,
    KEY_PT,
    NOTE_PT,
    TITLE_PT,
    Look,
    Theme,
    text_width,
)
from geobrief.story.facts import MAX_STANDFIRST, standfirst

if TYPE_CHECKING:
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure

    from geobrief.models import Article

CREDIT = "Map: geobrief · Natural Earth · GeoNames (CC BY 4.0)"
EDGE_PT = 10.0  # points from the figure's left and right edges to the words
KEY_COLUMN_PT = 185.0  # the key's columns are at least this wide
MAX_KEY_ROWS = 4
LINE = 1.3  # line height as a share of the font size


def heading_text(article: Article, look: Look) -> tuple[str, str]:
    """The headline and description an export shows: the look's own (``--title``,
    ``--note``), else the article's title and standfirst (which an edits file may set)."""
    title = article.title if look.title is None else look.title
    note = look.note
    if note is None:
        note = article.standfirst or description(article)
    return " ".join(title.split()), " ".join(note.split())


def description(article: Article) -> str:
    """The standfirst, or, when it only repeats the headline and goes on, the next
    sentence that does not."""
    note = standfirst(article)
    if not _repeats(note, article.title):
        return note
    for start, end in split_sentences(article.text, article.body_start)[1:3]:
        sentence = " ".join(article.text[start:end].split())
        if sentence and not _repeats(sentence, article.title):
            return sentence if len(sentence) <= MAX_STANDFIRST else ""
    return ""


def _repeats(sentence: str, title: str) -> bool:
    words = re.findall(r"\w+", title.lower())
    return bool(words) and re.findall(r"\w+", sentence.lower())[: len(words)] == words


def credit_line(article: Article) -> str:
    """"Source: Reuters, 11 Sep 2025 · Map: geobrief · …" (what the article has of it)."""
    date = f"{article.date.day} {article.date:%b %Y}" if article.date else ""
    source = ", ".join(part for part in (" ".join((article.agency or "").split()), date) if part)
    return f"Source: {source} · {CREDIT}" if source else CREDIT


class Writer:
    """Text in the figure's font: measured, cut to a width, wrapped into lines."""

    def __init__(self, fig: Figure, renderer: RendererBase, theme: Theme) -> None:
        self.fig, self.renderer, self.theme = fig, renderer, theme
        self.ppt = fig.dpi / 72

    def width(self, text: str, size: float, weight: str = "normal") -> float:
        """``text``'s width in px: its words' widths and the spaces between them (each
        word measured once; kerning across a space is nothing)."""
        words = text.split(" ")
        return sum(self._word(w, size, weight) for w in words) + (len(words) - 1) * self._word(
            " ", size, weight)

    def _word(self, word: str, size: float, weight: str) -> float:
        return text_width(word, size, weight, self.fig.dpi)

    def lines(self, text: str, size: float, room: float, most: int, weight: str = "normal"
              ) -> list[str]:
        """``text`` wrapped at words into at most ``most`` lines of ``room`` px; the last
        cut with "…" if the text goes on."""
        lines: list[str] = []
        words = text.split()
        while words and len(lines) < most:
            line = words.pop(0)
            while words and self.width(f"{line} {words[0]}", size, weight) <= room:
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        if lines and (words or self.width(lines[-1], size, weight) > room):
            lines[-1] = self.cut(" ".join([lines[-1], *words]), size, room, weight)
        return lines

    def cut(self, text: str, size: float, room: float, weight: str = "normal") -> str:
        """``text``, or as much of it as fits in ``room`` px with "…"."""
        if self.width(text, size, weight) <= room:
            return text
        words = text.split(" ")
        while len(words) > 1 and self.width(" ".join(words) + "…", size, weight) > room:
            words.pop()
        short = " ".join(words)
        while short and self.width(short + "…", size, weight) > room:  # one long word
            short = short[:-1]
        return short.rstrip(" ,;:") + "…"

    def put(self, text: str, x: float, y: float, size: float, **style: Any) -> Any:
        """Plain text with its left baseline ``x``, ``y`` px from the figure's bottom left."""
        fig = self.fig
        style = {"va": "baseline", "zorder": 3.0, **style}
        return fig.text(x / fig.bbox.width, y / fig.bbox.height, text, fontsize=size,
                        parse_math=False, **style)


def draw_heading(writer: Writer, title: str, note: str) -> float:
    """Headline (bold) and description (muted) at the top; the px they take (0: none)."""
    ppt, theme = writer.ppt, writer.theme
    room = writer.fig.bbox.width - 2 * EDGE_PT * ppt
    rows = [(line, TITLE_PT, "bold", theme.ink, "headline" + "-2" * k)
            for k, line in enumerate(writer.lines(title, TITLE_PT, room, 2, "bold"))]
    rows += [(line, NOTE_PT, "normal", theme.muted, "description" + "-2" * k)
             for k, line in enumerate(writer.lines(note, NOTE_PT, room, 2))]
    if not rows:
        return 0.0
    y = writer.fig.bbox.height - 4 * ppt
    for text, size, weight, colour, gid in rows:
        y -= size * LINE * ppt
        writer.put(text, EDGE_PT * ppt, y, size, fontweight=weight, color=colour, gid=gid)
    return writer.fig.bbox.height - y + 7 * ppt


def key_columns(width_px: float, ppt: float) -> int:
    """How many columns the key has in a figure ``width_px`` wide."""
    return max(1, int((width_px / ppt - 2 * EDGE_PT) // KEY_COLUMN_PT))


def key_rows(markers: list[Marker], width_px: float, ppt: float) -> int:
    """How many rows the key takes: every marker, up to MAX_KEY_ROWS."""
    return min(math.ceil(len(markers) / key_columns(width_px, ppt)), MAX_KEY_ROWS)


def footer_height(markers: list[Marker], width_px: float, ppt: float) -> float:
    """The px the key and the credit line take at the bottom."""
    rows = key_rows(markers, width_px, ppt)
    key = (rows * KEY_PT * 1.75 + 4) if rows else 0
    return (key + CREDIT_PT * LINE + 9) * ppt


def draw_footer(writer: Writer, markers: list[Marker], credit: str) -> None:
    """The key (a grid, row by row) and the credit line below the map."""
    ppt, theme = writer.ppt, writer.theme
    width = writer.fig.bbox.width
    writer.put(writer.cut(credit, CREDIT_PT, width - 2 * EDGE_PT * ppt), EDGE_PT * ppt,
               5 * ppt, CREDIT_PT, color=theme.muted, gid="credit-line", zorder=4.0)
    columns = min(key_columns(width, ppt), max(1, len(markers)))  # few markers: wide cells
    rows = key_rows(markers, width, ppt)
    shown = markers[: rows * columns]
    if len(shown) < len(markers):  # the last cell tells how many more there are
        shown = shown[:-1]
    cell = (width - 2 * EDGE_PT * ppt) / columns
    top = footer_height(markers, width, ppt) - 5 * ppt
    for i, marker in enumerate(shown):
        x = EDGE_PT * ppt + (i % columns) * cell
        y = top - (i // columns + 1) * KEY_PT * 1.75 * ppt
        writer.put(str(marker.number), x + 5 * ppt, y, KEY_PT, gid=f"key-{marker.number}",
                   zorder=3.5, **{**disc(theme), "va": "baseline"})
        words = writer.cut(marker.key(), KEY_PT, cell - 18 * ppt)
        writer.put(words, x + 12 * ppt, y, KEY_PT, color=theme.ink, zorder=3.5,
                   gid=f"key-{marker.number}-words")
    if len(shown) < len(markers):
        i = len(shown)
        more = len(markers) - i
        writer.put(f"+ {more} more event{'s' if more > 1 else ''} (numbers {i + 1}–"
                   f"{len(markers)}): see the briefing", EDGE_PT * ppt + (i % columns) * cell,
                   top - (i // columns + 1) * KEY_PT * 1.75 * ppt, KEY_PT, color=theme.muted,
                   zorder=3.5, gid="key-more")
