"""What runs inside a worker process: the model and coder loaded once per process, coding (and storing) a chunk."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import time
from dataclasses import dataclass, field

from spacy.language import Language

from eventwire.coding import CoderOptions, build_coder
from eventwire.errors import EventwireError
from eventwire.nlp import load_nlp
from eventwire.pipeline import ArticleResult, Coder, process
from eventwire.records import Article
from eventwire.store import AddSummary, Store, open_store

_lock = threading.Lock()
_coders: dict[tuple[str | None, CoderOptions | None], tuple[Language, Coder]] = {}
_failed: dict[tuple[str | None, CoderOptions | None], EventwireError] = {}
_stores = threading.local()


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc mallopt parameters
STEADY_HEAP = 128 * 2**20  # bytes of freed heap kept for reuse before it is returned to the system
MMAP_ABOVE = 32 * 2**20  # only allocations this large get pages of their own


def steady_malloc() -> bool:
    """Undo a small ``MALLOC_TRIM_THRESHOLD_`` (Dask's nannies set 65536 for their workers): set at all, it also fixes
    glibc's mmap threshold, and every large array spaCy frees is unmapped and faulted in again (measured: 9x the
    page faults, 4x the system time per article). Returns whether the thresholds were raised."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ or not (name := ctypes.util.find_library("c")):
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(M_TRIM_THRESHOLD, STEADY_HEAP) and libc.mallopt(M_MMAP_THRESHOLD, MMAP_ABOVE))
    except (OSError, AttributeError):  # not glibc: nothing to undo
        return False


def coding(model: str | None, options: CoderOptions | None) -> tuple[Language, Coder]:
    """This process's spaCy pipeline and coder for ``model`` and ``options`` (loaded on first use only)."""
    key = (model, options)
    with _lock:
        if key in _failed:
            raise _failed[key]
        if key not in _coders:
            if not _coders:
                steady_malloc()
            _coders[key] = (load_nlp(model), build_coder(options))
        return _coders[key]


def _exit_with(parent: int) -> None:
    """End this worker when the process that started it is gone (killed with SIGKILL, it cannot tell us)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def warm(model: str | None, options: CoderOptions | None, parent: int) -> None:
    """Load the model as the process starts (a process pool's initializer); a failure is kept and raised by the
    first chunk, so that the caller sees the coded error (E201) instead of a broken pool. The worker ends by itself
    when its parent dies."""
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    try:
        coding(model, options)
    except EventwireError as exc:
        _failed[(model, options)] = exc


def code_chunk(articles: list[Article], model: str | None, options: CoderOptions | None) -> list[ArticleResult]:
    """Parse and code a chunk of articles with the public pipeline, in order."""
    nlp, coder = coding(model, options)
    return list(process(articles, nlp=nlp, coder=coder))


@dataclass(slots=True)
class Outcome:
    """What a stored partition came to: articles coded, events found, failures (origin, error), what was stored."""

    articles: int = 0
    events: int = 0
    failures: list[tuple[str, EventwireError]] = field(default_factory=list)
    stored: AddSummary = field(default_factory=AddSummary)


def _store(db: str) -> Store:
    """One open store per thread of this process and database."""
    opened: dict[str, Store] = _stores.__dict__.setdefault("opened", {})
    if db not in opened:
        opened[db] = open_store(db)
    return opened[db]


def store_chunk(
    articles: list[Article], db: str, model: str | None, options: CoderOptions | None, batch_size: int = 32
) -> Outcome:
    """Code a partition and write it to the store at ``db`` in batches (a Dask task). Run twice, it stores nothing
    twice: articles are keyed by content hash and clusters do not depend on the order of arrival."""
    _, coder = coding(model, options)
    results = code_chunk(articles, model, options)
    out = Outcome(articles=len(results))
    good = [r for r in results if r.error is None]
    for r in results:
        if r.error is not None:
            out.failures.append((r.article.origin or r.article.id, r.error))
    out.events = sum(len(r.events) for r in good)
    store = _store(db)
    for i in range(0, len(good), batch_size):
        out.stored.merge(store.add(good[i : i + batch_size], coder=coder.name))
    return out
