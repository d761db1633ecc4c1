"""A bounded load test: N clients, each on its own keep-alive connection, cycling through a mix of API requests
against a server on 127.0.0.1; returns requests/s, latency percentiles and the count of failed requests."""

from __future__ import annotations

import http.client
import random
import statistics
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from tests.faults.synthetic import COUNTRIES, KINDS


@dataclass(frozen=True)
class LoadResult:
    clients: int
    requests: int
    seconds: float
    failures: int
    p50_ms: float
    p99_ms: float
    max_ms: float

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def line(self) -> str:
        return (
            f"load: {self.clients} clients, {self.requests} requests in {self.seconds:.1f} s = "
            f"{self.per_second:.0f} requests/s; latency p50 {self.p50_ms:.0f} ms, p99 {self.p99_ms:.0f} ms, "
            f"max {self.max_ms:.0f} ms; {self.failures} failed"
        )


def request_mix(rng: random.Random, events: int) -> list[str]:
    """The paths one client asks for, as an analyst's browser would: pages, filters, searches, one event, dyads."""
    codes = sorted(COUNTRIES)
    paths = []
    for _ in range(50):
        a, b = rng.sample(codes, 2)
        paths += [
            "/api/events?" + urlencode({"limit": 50, "offset": rng.randrange(0, events // 2)}),
            "/api/events?" + urlencode({"country": a, "limit": 50}),
            "/api/events?" + urlencode({"type": rng.choice(KINDS)[0], "since": "2022-06-01", "limit": 50}),
            "/api/events?" + urlencode({"q": COUNTRIES[a].split()[-1], "limit": 20}),
            f"/api/events/ev-{rng.randrange(events):08d}",
            "/api/dyads?" + urlencode({"a": a, "b": b, "interval": rng.choice(["day", "week", "month"])}),
            f"/api/articles/syn-{rng.randrange(events // 4) * 4:06d}",
            "/api/actors?limit=100",
            "/api/network?limit=50",
        ]
    rng.shuffle(paths)
    return paths


def run(host: str, port: int, *, clients: int, requests: int, events: int) -> LoadResult:
    """``requests`` requests shared by ``clients`` threads; each response must be 200 and read in full."""
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()
    per_client = requests // clients

    def client(seed: int) -> None:
        nonlocal failures
        paths = request_mix(random.Random(seed), events)
        conn = http.client.HTTPConnection(host, port, timeout=30)
        mine: list[float] = []
        bad = 0
        for i in range(per_client):
            t0 = time.perf_counter()
            try:
                conn.request("GET", paths[i % len(paths)])
                response = conn.getresponse()
                response.read()
                bad += response.status != 200
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            mine.append((time.perf_counter() - t0) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)
            failures += bad

    threads = [threading.Thread(target=client, args=(seed,)) for seed in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    cuts = statistics.quantiles(latencies, n=100)
    return LoadResult(clients, len(latencies), seconds, failures, cuts[49], cuts[98], max(latencies))
