"""kill -9 of an ingest at random moments, then the same ingest again: the store is the one a clean run makes."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path
from typing import Any

from tests.faults.conftest import FIGURES, size
from tests.faults.inputs import articles, dump, eventwire, start, write_jsonl


def test_killed_ingests_end_in_the_clean_store(tmp_path: Path, nlp: Any) -> None:
    articles_ = articles(size(80, 420))
    records = write_jsonl(tmp_path / "in.jsonl", articles_)
    clean = tmp_path / "clean.db"
    t0 = time.monotonic()
    run = eventwire("ingest", str(records), "--db", str(clean))
    duration = time.monotonic() - t0
    assert run.returncode == 0, run.stderr
    killed = tmp_path / "killed.db"
    rng = random.Random(11)
    kills = []
    for _ in range(size(1, 6)):
        process = start("ingest", str(records), "--db", str(killed))
        wait = rng.uniform(0.3, 1.0) * duration
        time.sleep(wait)
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills.append(round(wait, 1))
    finish = eventwire("ingest", str(records), "--db", str(killed))
    assert finish.returncode == 0, finish.stderr
    assert dump(killed) == dump(clean), f"kills at {kills} s of a {duration:.1f} s run"
    FIGURES.append(
        f"kill -9: {len(kills)} ingest(s) of {len(articles_)} articles killed at {kills} s of a {duration:.1f} s run, "
        "then run again: the store equals a clean run's"
    )
