"""`eventwire copy`: move a store between backends (SQLite ↔ PostgreSQL), idempotent, checked at the end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.errors import CopyCheckError
from eventwire.store.base import Store


@dataclass(slots=True)
class CopyReport:
    """What a copy did and what the check found."""

    articles: int = 0  # articles in the source
    events: int = 0  # events in the source
    added: int = 0  # articles written to the target (the rest were there already)
    added_events: int = 0
    found_articles: int = 0  # source articles the target holds after the copy
    found_events: int = 0
    corrections: int = 0  # entries of the source's correction log
    added_corrections: int = 0  # of them, appended to the target's log (the rest were there already)
    target: dict[str, int] = field(default_factory=dict)  # the target's counts after the copy


def copy_store(
    source: Store, target: Store, *, batch_size: int = 200, progress: Callable[[int], None] | None = None
) -> CopyReport:
    """Copy every article of ``source`` with its events into ``target`` (articles already there are left as they
    are; clusters are formed in the target as at ingest, so they come out as in the source), then check that the
    target holds every source article and event: CopyCheckError (E403) otherwise. The correction log is copied
    after the articles, entries kept by id (the events hold the corrections already: they travel as stored)."""
    report = CopyReport()
    for batch in source.stored_articles(batch_size):
        summary = target.add_stored(batch)
        report.added += summary.added
        report.added_events += summary.events
        keys = [str(a.row["id"]) for a in batch]
        ids = [str(e["id"]) for a in batch for e in a.events]
        report.articles += len(keys)
        report.events += len(ids)
        found = target.has(keys, ids)
        report.found_articles += found[0]
        report.found_events += found[1]
        if progress is not None:
            progress(len(batch))
    log = source.corrections()
    report.corrections, report.added_corrections = len(log), target.add_corrections(log)
    report.target = target.counts()
    if (report.found_articles, report.found_events) != (report.articles, report.events):
        raise CopyCheckError(
            f"the target holds {report.found_articles} of the source's {report.articles} articles and "
            f"{report.found_events} of its {report.events} events",
            hint="run the copy again (it is idempotent); if the numbers stay short, the two stores hold different "
            "events under the same article (different coder versions)",
        )
    return report
