"""A Dask cluster (`distributed`): partitions of the input coded on the workers, which write to the store."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from eventwire.coding import CoderOptions
from eventwire.errors import EventwireError, UsageError, WorkerError
from eventwire.parallel.worker import Outcome, store_chunk
from eventwire.records import Article

PARTITION = 16  # articles per task: a partition of long articles at the end must not leave the other workers idle long


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A client of the scheduler at tcp://HOST:PORT, or of a LocalCluster of N worker processes for local:N."""
    from distributed import Client, LocalCluster

    if not logging.getLogger().isEnabledFor(logging.DEBUG):  # quiet unless --verbose: Dask talks at INFO
        for name in ("distributed", "dask"):
            logging.getLogger(name).setLevel(logging.WARNING)
    if address.startswith("local:"):
        import dask

        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise UsageError(f"{address!r} names no number of workers", hint="write local:N, e.g. local:2")
        # No sampling profiler in the workers (it walks the task's stack every 10 ms, CPU the coding needs); the
        # nannies hand the configuration to the workers they start, so it only needs to hold while they are made.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.ERROR,
            )  # fmt: skip
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    if not address.startswith(("tcp://", "tls://")):
        raise UsageError(f"{address!r} is not a Dask address", hint="give tcp://HOST:8786 or local:N")
    try:
        client = Client(address, timeout=30)  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise WorkerError(f"cannot reach the Dask scheduler at {address}: {exc}",
                          hint="is `dask scheduler` running there, and the port open?") from None  # fmt: skip
    with client:
        yield client


def _threads(client: Any) -> int:
    return max(1, sum(int(w.get("nthreads", 1)) for w in client.scheduler_info()["workers"].values()))


def ingest_on_dask(
    articles: Iterator[Article],
    *,
    address: str,
    db: str,
    model: str | None,
    options: CoderOptions | None,
    done: Callable[[list[Article], Outcome | None, EventwireError | None], None],
    partition: int | None = None,
) -> None:
    """Submit partitions of ``articles`` to the cluster (a few per worker thread ahead), each coded and stored by a
    worker; ``done`` hears of each partition as it finishes, in any order. Dask runs again the task of a worker
    that dies; a partition whose workers die every time is reported as failed (E700)."""
    from distributed import as_completed

    with connect(address) as client:
        window = 2 * _threads(client)
        size = partition or PARTITION
        parts = iter(lambda: list(islice(articles, size)), [])
        running = as_completed()  # type: ignore[no-untyped-call]
        owner: dict[str, list[Article]] = {}

        def submit(count: int) -> None:
            for part in islice(parts, count):
                future = client.submit(store_chunk, part, db, model, options, pure=False)
                owner[future.key] = part
                running.add(future)  # type: ignore[no-untyped-call]

        submit(window)
        for future in running:
            part = owner.pop(future.key)
            try:
                done(part, future.result(), None)
            except EventwireError as exc:
                done(part, None, exc)
            except Exception as exc:  # KilledWorker and the like: the partition could not be run
                done(part, None, WorkerError(f"the partition could not be coded: {exc!r}",
                                             hint="run the ingest again; stored articles are skipped"))  # fmt: skip
            submit(1)
