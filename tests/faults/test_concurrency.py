"""Readers while an ingest writes, and two ingests into one store at once: no errors, nothing lost or doubled."""

from __future__ import annotations

import time
from itertools import islice
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from eventwire.errors import StoreLocationError
from eventwire.serve import create_app
from eventwire.store import EventFilter, open_store
from tests.faults.conftest import size
from tests.faults.inputs import articles, dump, eventwire, start, write_jsonl


def test_readers_during_an_ingest(tmp_path: Path, nlp: Any) -> None:
    records = write_jsonl(tmp_path / "in.jsonl", articles(size(60, 420)))
    db = tmp_path / "ew.db"
    writer = start("ingest", str(records), "--db", str(db))
    reads, seen = 0, [0]
    client = None
    while writer.poll() is None:
        try:
            with open_store(db, create=False) as store:
                counts = store.counts()
                page = list(islice(store.events(EventFilter(limit=20), offset=max(0, counts["events"] - 20)), 20))
                assert len(page) <= 20
            client = client or TestClient(create_app(str(db)), base_url="http://localhost")
            api = client.get("/api/events", params={"limit": 50})
            assert api.status_code == 200, api.text
            network = client.get("/api/network")
            assert network.status_code == 200, network.text
        except StoreLocationError:
            time.sleep(0.05)  # not created yet
            continue
        assert counts["events"] >= seen[-1], "a reader saw the store shrink"
        seen.append(counts["events"])
        reads += 1
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    with open_store(db, create=False) as store:
        final = store.counts()["events"]
    assert reads >= 3 and seen[-1] <= final and final > 0


def test_two_ingests_at_once(tmp_path: Path, nlp: Any) -> None:
    """Two processes ingest overlapping halves into one store at the same time; the store then holds what one
    sequential ingest of everything holds (cluster ids may differ: they follow arrival order)."""
    records = articles(size(60, 420))
    half = len(records) // 2
    first = write_jsonl(tmp_path / "a.jsonl", records[: half + 10])
    second = write_jsonl(tmp_path / "b.jsonl", records[half - 10 :])
    both = write_jsonl(tmp_path / "all.jsonl", records)
    db = tmp_path / "ew.db"
    open_store(db).close()
    writers = [start("ingest", str(f), "--db", str(db)) for f in (first, second)]
    for w in writers:
        w.wait(timeout=600)
        assert w.returncode == 0, w.stderr.read() if w.stderr else ""
    sequential = tmp_path / "seq.db"
    assert eventwire("ingest", str(both), "--db", str(sequential)).returncode == 0
    got, want = dump(db), dump(sequential)
    for table in ("articles", "events", "mentions", "event_actors"):
        assert len(got[table]) == len(want[table]), table
    ids = lambda d: sorted(r[0] for r in d["events"])  # noqa: E731
    assert ids(got) == ids(want)
