"""Parallel ingest: N local worker processes and a Dask LocalCluster store exactly what one process stores, also
when a worker is killed with SIGKILL mid-run; small inputs stay in one process."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from eventwire.api import ingest
from eventwire.demo import demo_records
from eventwire.pipeline import ArticleResult
from eventwire.store import open_store
from tests.fingerprint import fingerprint

COPIES = 8  # each demo article as reported by this many wires: 40 articles, cross-source clusters of 8


def write_reports(path: Path, copies: int = COPIES) -> Path:
    """The bundled (invented) demo articles, each as reported by ``copies`` different wires."""
    lines = [
        json.dumps({**r, "id": f"{r['id']}-{k}", "source": f"Wire {k}"}) for r in demo_records() for k in range(copies)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_reports(tmp_path_factory.mktemp("parallel") / "reports.jsonl")


@pytest.fixture(scope="module")
def clean(reports: Path, tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> tuple[Any, ...]:
    """The store of a clean run in one process, to compare with."""
    location = str(tmp_path_factory.mktemp("clean") / "clean.db")
    with open_store(location) as store:
        report = ingest([str(reports)], store)
    assert report.ok and report.stored is not None and report.stored.added == 5 * COPIES
    print_ = fingerprint(location)
    assert any(
        len(members) == COPIES for _, members in print_[2]
    )  # reports of one happening from several wires form one cluster
    return print_


def _kill_a_worker() -> int:
    """SIGKILL one worker process of this process (a pool's or a Dask nanny's; not the resource tracker)."""
    import psutil

    for child in psutil.Process().children():
        cmd = " ".join(child.cmdline())
        if "spawn_main" in cmd and "resource_tracker" not in cmd:
            os.kill(child.pid, signal.SIGKILL)
            return child.pid
    raise AssertionError("no worker process to kill")


def _killer(after: int) -> tuple[Any, list[int]]:
    killed: list[int] = []
    seen = [0]

    def progress(result: ArticleResult) -> None:
        seen[0] += 1
        if seen[0] == after and not killed:
            killed.append(_kill_a_worker())

    return progress, killed


@pytest.mark.model
def test_two_local_workers_store_what_one_process_stores_even_when_one_is_killed(
    reports: Path, db_location: str, clean: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eventwire.parallel.local.CHUNK", 4)
    progress, killed = _killer(after=4)
    with open_store(db_location) as store:
        report = ingest([str(reports)], store, workers=2, progress=progress)
    assert killed, "no worker was killed"
    assert report.ok and report.articles == 5 * COPIES and report.stored is not None
    assert report.stored.added == 5 * COPIES
    assert fingerprint(db_location) == clean


@pytest.mark.model
def test_a_dask_local_cluster_stores_what_one_process_stores_even_when_a_worker_is_killed(
    reports: Path, db_location: str, clean: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("eventwire.parallel.cluster.PARTITION", 4)
    progress, killed = _killer(after=1)
    with open_store(db_location) as store:
        report = ingest([str(reports)], store, dask="local:2", progress=progress)
    assert killed, "no worker was killed"
    assert report.ok, [p.render() for p in report.problems]
    assert report.articles == 5 * COPIES and report.stored is not None
    assert report.stored.added + report.stored.unchanged == 5 * COPIES  # a redone partition finds some stored
    assert fingerprint(db_location) == clean


@pytest.mark.model
def test_small_inputs_stay_in_one_process(reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a pool was started for a small input")

    monkeypatch.setattr("eventwire.parallel.local.code_in_processes", no_pool)
    small = tmp_path / "small.jsonl"
    small.write_text("".join(reports.read_text(encoding="utf-8").splitlines(keepends=True)[:10]), encoding="utf-8")
    with open_store(tmp_path / "ew.db") as store:
        assert ingest([str(small)], store, workers=4).articles == 10


def test_dask_on_other_machines_needs_a_database_server(tmp_path: Path) -> None:
    from eventwire.errors import UsageError

    with open_store(tmp_path / "ew.db") as store, pytest.raises(UsageError) as err:
        ingest([str(write_reports(tmp_path / "r.jsonl", 1))], store, dask="tcp://scheduler:8786")
    assert "postgresql://" in str(err.value)


@pytest.mark.model
def test_workers_end_when_their_ingest_is_killed(reports: Path, tmp_path: Path) -> None:
    """kill -9 of `eventwire ingest --workers 2` leaves no worker process behind."""
    import subprocess
    import sys
    import time

    import psutil

    run = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", str(reports), "--db",
                            str(tmp_path / "ew.db"), "--workers", "2"], stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    workers: list[psutil.Process] = []
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        workers = [c for c in psutil.Process(run.pid).children() if "resource_tracker" not in " ".join(c.cmdline())]
        time.sleep(0.2)
    assert len(workers) >= 2, "the pool did not start"
    os.kill(run.pid, signal.SIGKILL)
    run.wait(30)
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, f"orphaned workers: {[p.pid for p in alive]}"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="page-fault counts are read from /proc (Linux only)")
def test_a_dask_worker_keeps_freed_arrays_instead_of_faulting_them_in_again() -> None:
    """Dask's nanny sets MALLOC_TRIM_THRESHOLD_ for its workers, which makes glibc unmap every large array on free;
    the worker raises the thresholds back, so allocating and freeing large arrays stops costing page faults."""
    import subprocess
    import sys

    churn = (
        "import sys\n"
        "from eventwire.parallel.worker import steady_malloc\n"
        "steady = steady_malloc() if sys.argv[1] == 'steady' else False\n"
        "for _ in range(300):\n"
        "    block = bytearray(4 * 2**20)\n"
        "    del block\n"
        "faults = int(open('/proc/self/stat').read().rsplit(')', 1)[1].split()[7])\n"
        "print(steady, faults)\n"
    )
    env = {**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}
    runs = {}
    for mode in ("dask", "steady"):
        out = subprocess.run([sys.executable, "-c", churn, mode], env=env, capture_output=True, text=True, check=True)
        steady, faults = out.stdout.split()
        runs[mode] = (steady == "True", int(faults))
    assert runs["steady"][0] and not runs["dask"][0]
    assert runs["steady"][1] * 3 < runs["dask"][1], runs  # every 4 MB block faulted in again (~1024 faults) vs reused
    plain = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    out = subprocess.run([sys.executable, "-c", churn, "steady"], env=plain, capture_output=True, text=True, check=True)
    assert out.stdout.split()[0] == "False"  # nothing to undo outside Dask
