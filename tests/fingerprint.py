"""What a store holds, independent of backend and write order: used to compare a run with a clean one."""

from __future__ import annotations

import json
from typing import Any

from eventwire.store import EventFilter, open_store


def fingerprint(location: str) -> tuple[Any, ...]:
    """Articles, events, the events of each cluster, the cluster view (`events --format jsonl`) and the counts."""
    with open_store(location, create=False) as store:
        conn = store.conn
        articles = sorted(r[0] for r in conn.execute("SELECT id FROM articles"))
        events = sorted(r[0] for r in conn.execute("SELECT id FROM events"))
        groups: dict[str, list[str]] = {}
        for eid, cid in conn.execute("SELECT id, cluster_id FROM events"):
            groups.setdefault(cid, []).append(eid)
        clusters = sorted((cid, tuple(sorted(members))) for cid, members in groups.items())
        view = [json.dumps(r, sort_keys=True) for r in store.events(EventFilter())]
        counts = store.counts()
    return articles, events, clusters, view, counts
