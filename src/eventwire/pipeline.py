"""Wires the stages: articles → parse → code → events; one bad article never stops a batch."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ArticleTooLong, EventwireError, ExtractError
from eventwire.nlp import parse_articles
from eventwire.records import Article, Event

log = logging.getLogger(__name__)


class Coder(Protocol):
    """Turns one parsed article into its events. Reads: Article, Doc. Writes: Events."""

    name: str

    def code(self, article: Article, doc: Doc) -> list[Event]: ...


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """The outcome for one article: its events, or the error that stopped it."""

    article: Article
    events: tuple[Event, ...] = ()
    error: EventwireError | None = None  # a coded error, kept as a value (its code survives to the CLI and API)


def process(
    articles: Iterable[Article], *, nlp: Language, coder: Coder, batch_size: int = 16
) -> Iterator[ArticleResult]:
    """Parse and code articles in order. An error in one article is reported in its result and the
    batch goes on."""
    recase = getattr(coder, "recase", None)
    too_long: list[Article] = []

    def parseable() -> Iterator[Article]:
        for article in articles:
            if len(article.text) > nlp.max_length:
                too_long.append(article)
            else:
                yield article

    for article, doc in parse_articles(nlp, parseable(), batch_size=batch_size, recase=recase):
        try:
            events = coder.code(article, doc)
        except EventwireError as exc:
            yield ArticleResult(article, error=exc)
            continue
        except Exception as exc:  # a coder bug must not lose the rest of the batch
            log.exception("coding failed for %s", article.id)
            failed = ExtractError(f"the coder failed: {exc!r}", hint="report it with the article", where=article.origin)
            yield ArticleResult(article, error=failed)
            continue
        yield ArticleResult(article, events=tuple(events))
    for article in too_long:
        yield ArticleResult(
            article,
            error=ArticleTooLong(
                f"the article has {len(article.text):,} characters; the model takes at most {nlp.max_length:,}",
                hint="split it into parts",
                where=article.origin or article.id,
            ),
        )
