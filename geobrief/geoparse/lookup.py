"""What the place-name matcher asks of the gazetteer, and those answers remembered.

The matcher asks three questions of every run of capitalised words it tries (is it a
region's abbreviation, a country's form, a place's name?), each answered after the
text is normalised. An article asks the same again and again: "Minsk" at each of its
mentions, and a hostile text its run of initials ("A. A. A. ...") at every word, up
to the longest name's length. :class:`RememberedLookup` answers each question once
per article.
"""

from __future__ import annotations

from typing import Any, Protocol


class Lookup(Protocol):
    """What the matcher needs from the gazetteer."""

    def country_form(self, text: str) -> tuple[str, str] | None: ...
    def candidates(self, name: str) -> list[object]: ...
    def max_words(self) -> int: ...
    def word_commonness(self, name: str) -> float: ...
    def region_form(self, text: str) -> object | None: ...


class RememberedLookup:
    """``gazetteer``'s answers to the matcher's questions, each asked once; the lists
    of candidates are shared between the askers, to be read, not changed."""

    def __init__(self, gazetteer: Lookup) -> None:
        self.gazetteer = gazetteer
        self._answers: dict[tuple[str, str], Any] = {}

    def country_form(self, text: str) -> tuple[str, str] | None:
        return self._ask("country_form", text)

    def candidates(self, name: str) -> list[object]:
        return self._ask("candidates", name)

    def region_form(self, text: str) -> object | None:
        return self._ask("region_form", text)

    def max_words(self) -> int:
        return self.gazetteer.max_words()

    def word_commonness(self, name: str) -> float:
        return self._ask("word_commonness", name)

    def _ask(self, question: str, text: str) -> Any:
        key = (question, text)
        if key not in self._answers:
            self._answers[key] = getattr(self.gazetteer, question)(text)
        return self._answers[key]
