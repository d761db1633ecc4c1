"""Benchmark: how long one correction takes through the API (edit a per-article event's type), and an event page.

Usage: eventwire demo --db /tmp/demo.db && cp /tmp/demo.db /tmp/bench.db && python scripts/bench_corrections.py
/tmp/bench.db [N]
Writes N (default 40) corrections into the store it is given (use a copy): each retypes one event (REJECT, or ACCUSE
for a REJECT), round-robin over the per-article events, through FastAPI's TestClient (no network). Prints the median
and the slowest (the first loads the dictionaries and the gazetteer), then one event page's time.
"""

from __future__ import annotations

import secrets
import statistics
import sys
import time

from fastapi.testclient import TestClient

from eventwire.serve import create_app


def main() -> None:
    db, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40
    token = secrets.token_urlsafe(24)
    client = TestClient(create_app(db, write_tokens={token: "bench"}), base_url="http://localhost")
    auth = {"Authorization": f"Bearer {token}"}
    events = client.get("/api/events", params={"per_article": "true", "limit": 500}).json()["events"]
    took = []
    for i in range(n):
        ev = events[i % len(events)]
        kind = "ACCUSE" if ev["event"] == "REJECT" else "REJECT"
        start = time.perf_counter()
        answer = client.post(
            f"/api/events/{ev['id']}/corrections", json={"action": "edit", "changes": {"event": kind}}, headers=auth
        )
        took.append(time.perf_counter() - start)
        if answer.status_code != 201:
            raise SystemExit(answer.text)
        ev["event"] = kind
    start = time.perf_counter()
    client.get(f"/api/events/{events[0]['id']}")
    page = time.perf_counter() - start
    print(
        f"{len(events)} events, {n} corrections: median {statistics.median(took) * 1000:.1f} ms, slowest "
        f"{max(took) * 1000:.1f} ms; an event page {page * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
