"""`eventwire copy`: SQLite → PostgreSQL → SQLite round-trips the demo store; idempotent; checked; concurrent
ingests of overlapping inputs into one PostgreSQL store duplicate nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.errors import CopyCheckError
from eventwire.store import copy_store, open_store
from tests.fingerprint import fingerprint
from tests.test_parallel import write_reports
from tests.test_store_scale import _chain


def _eventwire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.model
def test_demo_store_round_trips_through_postgresql(tmp_path: Path, pg_server: str, nlp: Any) -> None:
    from tests.pgserver import create_database, drop_database

    demo, back = str(tmp_path / "demo.db"), str(tmp_path / "back.db")
    assert _eventwire("demo", "--db", demo, "-q").returncode == 0
    url = create_database(pg_server)
    try:
        there = _eventwire("copy", "--from", demo, "--to", url)
        assert there.returncode == 0, there.stderr
        assert "checked: the target holds all 5 articles" in there.stderr and "postgresql" in there.stderr
        again = _eventwire("copy", "--from", demo, "--to", url)  # idempotent
        assert "copied 0 articles (0 events)" in again.stderr and "5 were there already" in again.stderr
        assert _eventwire("copy", "--from", url, "--to", back).returncode == 0
        jsonl = [_eventwire("events", "--db", db, "--format", "jsonl").stdout for db in (demo, url, back)]
        assert jsonl[0] == jsonl[1] == jsonl[2] and jsonl[0].count("\n") >= 10
        per_article = [_eventwire("events", "--db", db, "--per-article").stdout for db in (demo, back)]
        assert per_article[0] == per_article[1]
        assert fingerprint(demo)[:4] == fingerprint(url)[:4] == fingerprint(back)[:4]
    finally:
        drop_database(pg_server, url)


def test_copy_is_checked(tmp_path: Path, db_location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source.db"
    with open_store(source) as store:
        store.add(_chain(), coder="c.v1")
    with open_store(source) as src, open_store(db_location) as dst:
        report = copy_store(src, dst)
        assert (report.articles, report.events, report.added, report.found_articles) == (3, 3, 3, 3)
        assert report.target["clusters"] == src.counts()["clusters"] == 2
        monkeypatch.setattr(type(dst), "has", lambda self, keys, ids: (len(keys) - 1, len(ids)))
        with pytest.raises(CopyCheckError) as err:
            copy_store(src, dst)
    assert err.value.code == "E403" and "2 of the source's 3 articles" in str(err.value)


def test_copy_needs_an_existing_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--from", str(tmp_path / "none.db"), "--to", str(tmp_path / "t.db")]) == 1
    assert "E401" in capsys.readouterr().err and not (tmp_path / "t.db").exists()


@pytest.mark.model
def test_two_ingests_of_overlapping_inputs_at_once_duplicate_nothing(tmp_path: Path, pg_server: str, nlp: Any) -> None:
    """Two `eventwire ingest` commands run at the same time into one PostgreSQL store; their inputs overlap."""
    from tests.pgserver import create_database, drop_database

    every = write_reports(tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(every[:28]), encoding="utf-8")
    second.write_text("".join(every[12:]), encoding="utf-8")
    clean = str(tmp_path / "clean.db")
    assert _eventwire("ingest", str(tmp_path / "all.jsonl"), "--db", clean, "--workers", "1").returncode == 0
    url = create_database(pg_server)
    try:
        runs = [subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", str(f), "--db", url, "--workers",
                                  "1"], stderr=subprocess.PIPE, text=True) for f in (first, second)]  # fmt: skip
        for run in runs:
            assert run.wait(600) == 0, run.stderr.read() if run.stderr else ""
        assert fingerprint(url) == fingerprint(clean)
    finally:
        drop_database(pg_server, url)
