"""Cluster assignment that never depends on arrival order: a new event's component is re-clustered from scratch.

Two events are linked when they come from different articles and ``same_happening`` says they are one happening.
The clusters of a connected component are built by ``pick`` (first fitting cluster, else a new one) over its events
in one canonical order (publication date, then event id). A new event can only change its own component, so
re-clustering that component keeps the whole store equal to what any other order of the same events gives: workers
may finish in any order, a killed partition may be redone, and the clusters come out the same."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.store.clusters import Member, pick, same_happening


@dataclass(frozen=True, slots=True)
class Stored:
    """One event of a cluster key's block: its id, what clustering reads of it, and its cluster (None when new)."""

    id: str
    member: Member
    cluster: str | None = None


def cluster_id(founder: str) -> str:
    """A cluster is named after the first event of its canonical order."""
    return "cl-" + founder.removeprefix("ev-")


def _linked(a: Stored, b: Stored) -> bool:
    x, y = a.member, b.member
    return x.article_key != y.article_key and same_happening(x.record, y.record, x.published, y.published)


def component(block: list[Stored], start: set[str]) -> list[Stored]:
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


def recluster(block: list[Stored], new: set[str]) -> dict[str, str]:
    """Cluster ids of every event in the component of the ``new`` events, computed afresh."""
    events = component(block, new)
    events.sort(key=lambda m: (str(m.member.published or ""), m.id))
    clusters: dict[str, list[Member]] = {}
    out: dict[str, str] = {}
    for m in events:
        candidates = ((cid, member) for cid, group in clusters.items() for member in group)
        cid = pick(candidates, m.member) or cluster_id(m.id)
        clusters.setdefault(cid, []).append(m.member)
        out[m.id] = cid
    return out
