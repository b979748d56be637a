"""The story parse's attribute rules matched through an index (``read.attribute_rules``)
find exactly what spaCy's Matcher finds, on sentences written for the project that hit
the model's exceptions (contractions, "gonna", "y'all", "there is", pronouns, auxiliaries,
spaces) and on plain news sentences."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

import pytest

from geobrief.read.attribute_rules import IndexedRules, index_rules
from geobrief.read.language import load_english

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SENTENCES = [
    "Police in Leeds said the driver ain't gonna face charges, but y'all know it.",
    "There is nothin' left of the bridge at Kherson; there were two before the war.",
    "I told you that she had been evacuated to Lviv, and they'd have gone too.",
    "It does seem that he didn't fly to Oslo  after all: he was driven there.",
    "Fire crews were called to a warehouse in Dover at 3 a.m. on Tuesday.\n\nNo one died.",
    "What it did was send refugees into Chad, which the UN can't do alone.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_english()


def matcher_matches(ruler: Any, doc: Doc) -> list[Any]:
    """What spaCy's AttributeRuler.match gives (through its Matcher)."""
    return type(ruler).match(ruler, doc)


def test_the_story_pipeline_matches_its_attribute_rules_through_the_index(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedRules)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_index_finds_what_the_matcher_finds(nlp: Language, text: str) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        doc = nlp(text)
    expected = matcher_matches(ruler, doc)
    assert expected  # every token matches its tag's rule at least
    assert ruler.match(doc) == expected
    assert ruler.match(doc) == expected  # again, from what it remembered


def test_parsed_tokens_get_the_matchers_attributes(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    docs = list(nlp.pipe(SENTENCES))
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        plain = list(nlp.pipe(SENTENCES))
    for doc in plain:
        ruler.set_annotations(doc, matcher_matches(ruler, doc))
        nlp.get_pipe("lemmatizer")(doc)
    seen = [[(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in docs]
    assert seen == [[(t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in plain]
    assert ("AUX", "be") in {(t.pos_, t.lemma_) for t in docs[0]}  # "ai(n't)" as "be"


def test_a_pattern_the_index_cannot_read_keeps_spacys_matcher(nlp: Language) -> None:
    ruler = copy.deepcopy(nlp.get_pipe("attribute_ruler"))
    del ruler.match  # spaCy's own again
    ruler.add([[{"LENGTH": {">=": 30}}]], {"POS": "X"})
    index_rules(ruler)
    assert not isinstance(ruler.match, IndexedRules)
