"""The library's front door: extract events from inputs, ingest them into a store (the CLI calls these)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import BinaryIO

from eventwire.coding import CoderOptions, build_coder
from eventwire.ingest import Problem, read_inputs
from eventwire.nlp import load_nlp
from eventwire.pipeline import ArticleResult, Coder, process
from eventwire.records import Article
from eventwire.store import AddSummary, Store

Progress = Callable[[ArticleResult], None]


@dataclass(slots=True)
class Report:
    """What a run did: articles coded, events found, inputs rejected."""

    articles: int = 0  # read and handed to the coder (those that failed included)
    events: int = 0
    failed: int = 0  # articles whose coding failed (each also has its problem)
    problems: list[Problem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # articles read without a publication date (their origins)
    stored: AddSummary | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def inputs(self) -> int:
        """Inputs and records seen: articles read plus those rejected before coding."""
        return self.articles + len(self.problems) - self.failed


def _split(items: Iterable[Article | Problem], report: Report) -> Iterator[Article]:
    """The articles; problems and articles without a publication date are noted in ``report``."""
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        if item.published is None:
            report.undated.append(item.origin or item.id)
        yield item


UNDATED_EFFECTS = (
    "relative dates ('on Monday', 'yesterday') stay unresolved, office-holders are coded without knowing who held "
    "office then (a name shared by several is left uncoded), and their events are never merged with other "
    "articles' reports"
)


def extract(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    model: str | None = None,
    options: CoderOptions | None = None,
    coder: Coder | None = None,
    stdin: BinaryIO | None = None,
    report: Report | None = None,
    progress: Progress | None = None,
) -> Iterator[ArticleResult]:
    """Read every input and yield each article's events; rejected inputs and failed articles are
    recorded in ``report`` and never stop the run."""
    report = report if report is not None else Report()
    articles = _split(read_inputs(inputs, published=published, stdin=stdin), report)
    first = next(articles, None)
    if first is None:  # nothing readable: the model is not even loaded
        return
    nlp = load_nlp(model)
    coder = coder or build_coder(options)
    for result in process(chain([first], articles), nlp=nlp, coder=coder):
        report.articles += 1
        if progress is not None:
            progress(result)
        if result.error:
            report.failed += 1
            report.problems.append(Problem.from_error(result.error, result.article.origin or result.article.id))
            continue
        report.events += len(result.events)
        yield result


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    published: date | None = None,
    model: str | None = None,
    options: CoderOptions | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    batch_size: int = 64,
) -> Report:
    """Store the articles of every input with their events, one transaction per batch."""
    report = Report(stored=AddSummary())
    coder = build_coder(options)
    batch: list[ArticleResult] = []

    def flush() -> None:
        summary = store.add(batch, coder=coder.name)
        assert report.stored is not None
        report.stored.added += summary.added
        report.stored.unchanged += summary.unchanged
        report.stored.events += summary.events
        batch.clear()

    for result in extract(
        inputs, published=published, model=model, coder=coder, stdin=stdin, report=report, progress=progress
    ):
        batch.append(result)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report
