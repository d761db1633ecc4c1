"""A bounded load test on 127.0.0.1: `eventwire serve` in its own process over a store of many events, 8 clients
on keep-alive connections; prints requests/s and latency. `make faults` holds it to the issue's bar (10,000 events,
>= 100 requests/s, p99 < 300 ms); the fast form only checks that every request is answered 200."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from tests.faults import load
from tests.faults.conftest import FIGURES, FULL, size
from tests.faults.synthetic import build

EVENTS = size(2_000, 10_000)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    db = build(tmp_path_factory.mktemp("load") / "ew.db", EVENTS)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    process = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port), "-q"],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/events?limit=1")
            conn.getresponse().read()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"the server did not start: {process.stderr.read() if process.stderr else ''}")
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(10)


def test_load(server: int) -> None:
    load.run("127.0.0.1", server, clients=8, requests=size(160, 400), events=EVENTS)  # warm the server
    result = load.run("127.0.0.1", server, clients=8, requests=size(400, 3_000), events=EVENTS)
    line = f"{result.line()} (store of {EVENTS:,} events)"
    FIGURES.append(line)
    assert result.failures == 0, line
    if FULL:
        assert result.per_second >= 100 and result.p99_ms < 300, line
