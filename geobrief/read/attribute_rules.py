"""The model's attribute rules (``attribute_ruler``: coarse tags, morphology and lemma
exceptions from the fine tag and the word) matched through an index.

spaCy's ``AttributeRuler`` tries each of its 179 patterns at every token through a
general Matcher: 45 µs a token, a quarter of the story's parse. Its patterns are all
of a fixed length (one or two tokens), and nearly every one names the word or the tag,
so the patterns worth trying at a token are looked up by its word and its tag; the rest
(a regular expression, a dependency alone, "is a space") are tried everywhere. The
matches, and so every token's attributes, are the Matcher's: :func:`index_rules` gives a
ruler this match only when it reads every one of its patterns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

Key = tuple[str, str, str, bool]  # a token's word (lower case), tag, dependency, is-space
Test = Callable[[Key], bool]  # whether a token with that key matches one token's pattern
Rule = tuple[int, list[Test]]  # a rule's number and the tests of the tokens after the first
Match = tuple[int, int, int, int]  # rule number, its match id, start, end (as spaCy's)
ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # what the patterns read: the places in a Key
MEMO_SIZE = 100_000  # token keys whose rules are remembered (a batch repeats its words)


def index_rules(ruler: AttributeRuler) -> None:
    """Match ``ruler``'s patterns through the index from now on (its results unchanged);
    a ruler with a pattern the index does not read keeps spaCy's Matcher."""
    try:
        rules = IndexedRules(ruler)
    except ValueError:
        return
    ruler.match = rules  # type: ignore[method-assign]


class IndexedRules:
    """``AttributeRuler.match`` for patterns of fixed length that test a token's word,
    tag, dependency or whether it is a space (equal, IN, NOT_IN, or a REGEX of the word).
    The rules a token starts are found once for each key (word, tag, dependency, space)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.filed: dict[tuple[int, str], list[tuple[Test, Rule]]] = defaultdict(list)
        self.everywhere: list[tuple[Test, Rule]] = []
        self.ids = [ruler.vocab.strings[str(i)] for i in range(len(ruler.attrs))]
        self.memo: dict[Key, list[Rule]] = {}
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                first, *rest = [_token_test(spec) for spec in pattern]
                keys = _keys(pattern[0])
                for key in keys:
                    self.filed[key].append((first, (number, rest)))
                if not keys:
                    self.everywhere.append((first, (number, rest)))

    def __call__(self, doc: Doc) -> list[Match]:
        keys = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        found: set[tuple[int, int, int]] = set()
        for start, key in enumerate(keys):
            for number, rest in self._started(key):
                end = start + 1 + len(rest)
                if not rest or (end <= len(keys) and all(
                    test(keys[i]) for i, test in zip(range(start + 1, end), rest, strict=True)
                )):
                    found.add((number, start, end))
        return sorted((number, self.ids[number], start, end) for number, start, end in found)

    def _started(self, key: Key) -> list[Rule]:
        """The rules whose first token matches a token with ``key``."""
        rules = self.memo.get(key)
        if rules is None:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            candidates = [*self.filed.get((0, key[0]), ()), *self.filed.get((1, key[1]), ()),
                          *self.everywhere]
            rules = self.memo[key] = [rule for test, rule in candidates if test(key)]
        return rules


def _keys(spec: dict[str, Any]) -> list[tuple[int, str]]:
    """Where a pattern whose first token is ``spec`` is filed: under each word it may
    be, else each tag (as (place in a Key, value)); none (tried everywhere) when it names
    neither."""
    for place, attr in enumerate(ATTRS[:2]):
        value = spec.get(attr)
        if isinstance(value, str):
            return [(place, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(place, str(v)) for v in value["IN"]]
    return []


def _token_test(spec: dict[str, Any]) -> Test:
    """One token's test: every attribute of ``spec`` as spaCy's Matcher checks it."""
    checks = [_check(attr, value) for attr, value in spec.items()]
    return lambda key: all(check(key) for check in checks)


def _check(attr: str, value: Any) -> Test:
    if attr not in ATTRS or (isinstance(value, dict) and len(value) != 1):
        raise ValueError(f"attribute rules: {attr} {value!r} is not indexed")
    at = ATTRS.index(attr)
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise ValueError(f"attribute rules: {attr} {value!r} is not indexed")
        return lambda key: key[at] is value
    if isinstance(value, str):
        return lambda key: key[at] == value
    (op, arg), = value.items() if isinstance(value, dict) else [(None, None)]
    if op in ("IN", "NOT_IN"):
        allowed, wanted = {str(v) for v in arg}, op == "IN"
        return lambda key: (key[at] in allowed) is wanted
    if op == "REGEX" and isinstance(arg, str):
        pattern = re.compile(arg)
        return lambda key: pattern.search(key[at]) is not None
    raise ValueError(f"attribute rules: {attr} {value!r} is not indexed")
