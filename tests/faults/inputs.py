"""Inputs and helpers shared by the reliability suite: real short articles, a CLI run in its own process, and a
canonical dump of a store to compare two stores."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import SHARED

WCEP = SHARED / "corpora" / "wikipedia-current-events-2015-09" / "wcep-2015-09.jsonl"
# columns that say when something was stored, not what: they differ between two runs by design
_WHEN = {"ingested_at", "created_at", "applied_at"}


def articles(n: int) -> list[dict[str, Any]]:
    """``n`` short real news records (Wikipedia Current Events, Sept 2015) when ../shared is there, else the bundled
    demo articles, each made distinct."""
    if WCEP.exists():
        with WCEP.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line, _ in zip(fh, range(n), strict=False)]
        return [{k: r[k] for k in ("id", "text", "date", "source")} for r in records]
    from eventwire.demo import demo_records

    demo = demo_records()
    return [
        dict(demo[i % len(demo)], id=f"demo-{i}", text=f"{demo[i % len(demo)]['text']}\n\nUpdate {i}.")
        for i in range(n)
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def eventwire(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process (as a user runs it)."""
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (sorted, timestamps left out): two stores with equal dumps hold the same data."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for table in sorted(t for t in tables if not t.startswith(("sqlite_", "event_text_"))):
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in _WHEN]
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()
