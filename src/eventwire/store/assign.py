"""Cluster assignment that never depends on arrival order: a new event's component is re-clustered from scratch.

Two events are linked when they come from different articles and ``same_happening`` says they are one happening.
The clusters of a connected component are built by ``pick`` (first fitting cluster, else a new one) over its events
in one canonical order (publication date, then event id). A new event can only change its own component, so
re-clustering that component keeps the whole store equal to what any other order of the same events gives: workers
may finish in any order, a killed partition may be redone, and the clusters come out the same.

The component is found by asking the store only for events in a new event's ``window``: those whose stated day or
publication date could make ``dates_compatible`` true. The cost of a write so grows with the reports of a few days,
not with the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.store.clusters import MAX_DAYS, MAX_PUBLISHED_DAYS, Member, pick, same_happening, stated_window

Days = tuple[date, date]


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


@dataclass(frozen=True, slots=True)
class Window:
    """Where the events that may be the same happening as one event are: a stated day within MAX_DAYS of its stated
    day, or a publication date within MAX_PUBLISHED_DAYS of its publication date (a necessary condition of
    ``dates_compatible``: two stated days decide alone; otherwise both publication dates must be that close)."""

    days: Days | None
    published: Days | None

    def holds(self, other: Member) -> bool:
        stated = stated_window(other.record)
        if self.days and stated and stated[2] == "day" and self.days[0] <= stated[0] <= self.days[1]:
            return True
        return bool(self.published and other.published and self.published[0] <= other.published <= self.published[1])


def window(member: Member) -> Window:
    stated = stated_window(member.record)
    days = (stated[0] - timedelta(MAX_DAYS), stated[0] + timedelta(MAX_DAYS)) if stated and stated[2] == "day" else None
    pub = member.published
    near = (pub - timedelta(MAX_PUBLISHED_DAYS), pub + timedelta(MAX_PUBLISHED_DAYS)) if pub else None
    return Window(days, near)


def grow(start: list[Stored], candidates: Callable[[Stored], list[Stored]]) -> list[Stored]:
    """The component of the ``start`` events, asking ``candidates`` for the events in each one's window."""
    found = {m.id: m for m in start}
    queue = list(start)
    while queue:
        x = queue.pop()
        for y in candidates(x):
            if y.id not in found and _linked(x, y):
                found[y.id] = y
                queue.append(y)
    return list(found.values())


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
