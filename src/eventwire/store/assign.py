"""Cluster assignment that never depends on arrival order: a new event's component is re-clustered from scratch.

Two events are linked when they come from different articles and ``same_happening`` says they are one happening.
The clusters of a connected component are built by ``pick`` (first fitting cluster, else a new one) over its events
in one canonical order (publication date, then event id). A new event can only change its own component, so
re-clustering that component keeps the whole store equal to what any other order of the same events gives: workers
may finish in any order, a killed partition may be redone, and the clusters come out the same."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.store.clusters import pick, same_happening

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Member:
    """One event of a cluster key's block: its id, article, the article's publication date, record and cluster."""

    id: str
    article_key: str
    published: str | None
    record: Record
    cluster: str | None = None


def cluster_id(founder: str) -> str:
    """A cluster is named after the first event of its canonical order."""
    return "cl-" + founder.removeprefix("ev-")


def _linked(a: Member, b: Member) -> bool:
    return a.article_key != b.article_key and same_happening(a.record, b.record)


def component(block: list[Member], start: set[str]) -> list[Member]:
    """The events of ``block`` reachable from the events ``start`` through links."""
    found = [m for m in block if m.id in start]
    seen = {m.id for m in found}
    queue = list(found)
    while queue:
        x = queue.pop()
        for y in block:
            if y.id not in seen and _linked(x, y):
                seen.add(y.id)
                found.append(y)
                queue.append(y)
    return found


def recluster(block: list[Member], new: set[str]) -> dict[str, str]:
    """Cluster ids of every event in the component of the ``new`` events, computed afresh."""
    members = component(block, new)
    members.sort(key=lambda m: (m.published or "", m.id))
    clusters: dict[str, list[tuple[str, Record]]] = {}
    out: dict[str, str] = {}
    for m in members:
        candidates = ((cid, key, rec) for cid, group in clusters.items() for key, rec in group)
        cid = pick(candidates, m.record, m.article_key) or cluster_id(m.id)
        clusters.setdefault(cid, []).append((m.article_key, m.record))
        out[m.id] = cid
    return out
