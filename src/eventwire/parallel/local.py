"""Every core of one machine: articles coded in N worker processes, results back in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from eventwire.coding import CoderOptions, build_coder
from eventwire.errors import WorkerError
from eventwire.nlp import load_nlp
from eventwire.parallel.worker import code_chunk, warm
from eventwire.pipeline import ArticleResult, Coder, process
from eventwire.records import Article

CHUNK = 16  # articles per task: large enough to keep a worker busy, small enough to spread a short input
MAX_TRIES = 3  # a chunk whose worker died this often is reported as failed (E700), not tried forever
AHEAD = 8  # chunks per worker submitted ahead of the one to yield next: a slow chunk (long articles) at the head
# of the line must not leave the other workers idle while results are handed back in input order


def code_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    options: CoderOptions | None = None,
    coder: Coder | None = None,
    workers: int = 1,
) -> Iterator[ArticleResult]:
    """Parse and code articles, in input order: in this process, or in ``workers`` processes (each loading the
    model once). An input too short to give every worker {CHUNK} articles is coded here, where starting
    workers would cost more than it saves."""
    it = iter(articles)
    if workers > 1:
        head = list(islice(it, workers * CHUNK))
        if len(head) == workers * CHUNK:
            yield from code_in_processes(chain(head, it), workers=workers, model=model, options=options)
            return
        it = iter(head)
    yield from process(it, nlp=load_nlp(model), coder=coder or build_coder(options))


def _chunks(articles: Iterator[Article]) -> Iterator[list[Article]]:
    while chunk := list(islice(articles, CHUNK)):
        yield chunk


def _pool(workers: int, model: str | None, options: CoderOptions | None) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")  # a clean process: no copied threads, locks or open stores
    return ProcessPoolExecutor(workers, mp_context=context, initializer=warm, initargs=(model, options, os.getpid()))


def _gave_up(chunk: list[Article]) -> list[ArticleResult]:
    error = WorkerError(
        f"a worker process died {MAX_TRIES} times while coding this article's chunk",
        hint="look for memory limits (dmesg) or run it alone with --workers 1",
    )
    return [ArticleResult(a, error=error) for a in chunk]


def code_in_processes(
    articles: Iterator[Article], *, workers: int, model: str | None, options: CoderOptions | None
) -> Iterator[ArticleResult]:
    """Code chunks in a pool of ``workers`` processes, AHEAD chunks per worker ahead, yielding results in input order.
    When a worker dies (killed, out of memory), the pool is replaced and every unfinished chunk is coded again."""
    chunks = _chunks(articles)
    pending: dict[int, list[Article]] = {}
    futures: dict[int, Future[list[ArticleResult]] | None] = {}
    tries: dict[int, int] = {}
    pool = _pool(workers, model, options)
    submitted = done = 0
    try:
        while True:
            while len(pending) < AHEAD * workers and (chunk := next(chunks, None)) is not None:
                pending[submitted], tries[submitted] = chunk, 1
                futures[submitted] = pool.submit(code_chunk, chunk, model, options)
                submitted += 1
            if done not in pending:
                return
            future = futures[done]
            try:
                results = _gave_up(pending[done]) if future is None else future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers, model, options)
                for i, f in futures.items():
                    if f is not None and (not f.done() or f.exception() is not None):
                        tries[i] += 1
                        futures[i] = (
                            pool.submit(code_chunk, pending[i], model, options) if tries[i] <= MAX_TRIES else None
                        )
                continue
            yield from results
            del pending[done], futures[done], tries[done]
            done += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # the workers exit (and are reaped) before we return
