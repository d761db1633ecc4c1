"""Entity indexes built once per Doc, so a look-up costs the sentence, not the document (Span.ents and Doc.ents
scan every entity of the document each time they are read)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_BY_SENTENCE = "eventwire_ents_by_sentence"
_BY_START = "eventwire_ents_by_start"


def _build(doc: Doc) -> None:
    by_sentence: dict[int, list[Span]] = {}
    by_start: dict[int, Span] = {}
    sentences = iter(doc.sents)
    current = next(sentences, None)
    for ent in doc.ents:  # both in document order: one pass
        by_start[ent.start] = ent
        while current is not None and current.end <= ent.start:
            current = next(sentences, None)
        if current is not None and current.start <= ent.start and ent.end <= current.end:
            by_sentence.setdefault(current.start, []).append(ent)
    doc.user_data[_BY_SENTENCE] = by_sentence
    doc.user_data[_BY_START] = by_start


def sentence_ents(token: Token) -> list[Span]:
    """The named entities inside ``token``'s sentence, in order (what ``token.sent.ents`` gives)."""
    doc = token.doc
    if _BY_SENTENCE not in doc.user_data:
        _build(doc)
    found: list[Span] = doc.user_data[_BY_SENTENCE].get(token.sent.start, [])
    return found


def entity_starting_at(token: Token) -> Span | None:
    """The named entity whose first token is ``token``, if any."""
    doc = token.doc
    if _BY_START not in doc.user_data:
        _build(doc)
    found: Span | None = doc.user_data[_BY_START].get(token.i)
    return found
