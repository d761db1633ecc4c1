"""The library's front door: extract events from inputs, ingest them into a store (the CLI calls these)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from eventwire.coding import NAME as CODER_NAME
from eventwire.coding import CoderOptions, build_coder
from eventwire.errors import EventwireError, UsageError
from eventwire.ingest import Problem, read_inputs
from eventwire.parallel import Outcome, code_articles
from eventwire.pipeline import ArticleResult, Coder
from eventwire.records import Article
from eventwire.store import AddSummary, Store, is_file

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
    "office then (a name shared by several is left uncoded), and their events merge with other articles' reports "
    "only where both state the day"
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
    workers: int = 1,
) -> Iterator[ArticleResult]:
    """Read every input and yield each article's events, in input order; rejected inputs and failed articles are
    recorded in ``report`` and never stop the run. ``workers`` > 1 codes in that many processes (a given
    ``coder`` always codes here)."""
    report = report if report is not None else Report()
    articles = _split(read_inputs(inputs, published=published, stdin=stdin), report)
    first = next(articles, None)
    if first is None:  # nothing readable: the model is not even loaded
        return
    chosen = 1 if coder is not None else workers
    coded = code_articles(chain([first], articles), model=model, options=options, coder=coder, workers=chosen)
    for result in coded:
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
    workers: int = 1,
    dask: str | None = None,
) -> Report:
    """Store the articles of every input with their events, one transaction per batch. ``workers`` > 1 codes in
    that many local processes (this process writes, in input order); ``dask`` (tcp://HOST:PORT or local:N) codes
    on a Dask cluster whose workers write to the store themselves."""
    report = Report(stored=AddSummary())
    if dask:
        _ingest_on_dask(inputs, store, dask, published=published, model=model, options=options, stdin=stdin,
                        report=report, progress=progress)  # fmt: skip
        return report
    coder = build_coder(options) if workers <= 1 else None
    name = coder.name if coder is not None else CODER_NAME
    batch: list[ArticleResult] = []

    def flush() -> None:
        assert report.stored is not None
        report.stored.merge(store.add(batch, coder=name))
        batch.clear()

    for result in extract(inputs, published=published, model=model, options=options, coder=coder, stdin=stdin,
                          report=report, progress=progress, workers=workers):  # fmt: skip
        batch.append(result)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report


def _ingest_on_dask(
    inputs: Iterable[str],
    store: Store,
    address: str,
    *,
    published: date | None,
    model: str | None,
    options: CoderOptions | None,
    stdin: BinaryIO | None,
    report: Report,
    progress: Progress | None,
) -> None:
    from eventwire.parallel.cluster import ingest_on_dask

    location = store.location
    if is_file(location):
        if not address.startswith("local:"):
            raise UsageError(
                "workers on other machines cannot write to an SQLite file",
                hint="give --db postgresql://USER@HOST/DATABASE (see docs/SCALE.md), or --dask local:N",
            )
        location = str(Path(location).resolve())
    stored = report.stored
    assert stored is not None

    def done(part: list[Article], outcome: Outcome | None, error: EventwireError | None) -> None:
        report.articles += len(part)
        if progress is not None:
            for article in part:
                progress(ArticleResult(article))
        failures = [(a.origin or a.id, error) for a in part] if error is not None else []
        if outcome is not None:
            report.events += outcome.events
            stored.merge(outcome.stored)
            failures = outcome.failures
        report.failed += len(failures)
        report.problems += [Problem.from_error(exc, where) for where, exc in failures]

    articles = _split(read_inputs(inputs, published=published, stdin=stdin), report)
    ingest_on_dask(articles, address=address, db=location, model=model, options=options, done=done)
