"""Scale benchmark: the same real articles ingested by 1 and 2 local workers and a 2-worker Dask LocalCluster,
SQLite against PostgreSQL write time, and peak RSS per worker process; optionally kill -9 checks.

Usage: python scripts/bench_scale.py [--articles 2000] [--repeat 1] [--faults] [--shared PATH]
Each run is the real command (`eventwire ingest FILE --db DB --workers N` or `--dask local:2`) in its own process
tree, timed from start to exit (model loading included) and sampled for RSS every 0.2 s. PostgreSQL is a throwaway
server started here (Debian's `postgresql`; run as the postgres user when we are root). With --faults, one worker
(a local worker process, then a Dask worker) is killed with SIGKILL a third of the way through a run, and the store
is compared with the clean one-worker run: articles, events, clusters (ids and members) and the cluster view.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))
# A mix of every corpus (wire copy, broadcast, wiki news with long articles, one-line summaries, crime reporting).
CORPORA = (
    "corpora/reuters-21578/reuters-politics-world-subset.jsonl",
    "corpora/bbc-news-2225/bbc-politics-world-subset.jsonl",
    "corpora/wikinews-en/wikinews-en.jsonl",
    "corpora/wikipedia-current-events-2015-09/wcep-2015-09.jsonl",
    "corpora/insightcrime/insightcrime.jsonl",
)


def write_input(shared: Path, n: int, path: Path) -> str:
    """The first n records of the corpora taken in turn, whole files first; returns what was taken."""
    taken: list[str] = []
    lines: list[str] = []
    for name in CORPORA:
        src = shared / name
        if not src.exists() or len(lines) >= n:
            continue
        part = src.read_text(encoding="utf-8").splitlines()[: n - len(lines)]
        lines += part
        taken.append(f"{len(part)} of {src.name}")
    if not lines:
        raise SystemExit(f"no corpora under {shared}: the scale benchmark needs ../shared/corpora")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return " + ".join(taken)


class Sampler(threading.Thread):
    """Peak RSS of every process in a tree, sampled every 0.2 s; optionally SIGKILLs one worker at a time."""

    def __init__(self, pid: int, kill_at: float | None = None) -> None:
        super().__init__(daemon=True)
        self.pid, self.kill_at = pid, kill_at
        self.peak: dict[int, tuple[str, float]] = {}
        self.killed: int | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        start = time.monotonic()
        while not self.stop.is_set():
            try:
                root = psutil.Process(self.pid)
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for p in procs:
                try:
                    rss = p.memory_info().rss / 2**20
                    role = "worker" if "spawn_main" in " ".join(p.cmdline()) else "main"
                except psutil.Error:
                    continue
                if "resource_tracker" in " ".join(p.cmdline()) or rss < 100:
                    continue
                self.peak[p.pid] = (role, max(rss, self.peak.get(p.pid, (role, 0.0))[1]))
            if self.kill_at is not None and self.killed is None and time.monotonic() - start >= self.kill_at:
                workers = [p for p in procs[1:] if self.peak.get(p.pid, ("", 0))[0] == "worker"]
                if workers:
                    os.kill(workers[0].pid, signal.SIGKILL)
                    self.killed = workers[0].pid
            time.sleep(0.2)


def run_ingest(inputs: Path, db: str, flags: list[str], kill_at: float | None = None) -> dict[str, Any]:
    start = time.perf_counter()
    proc = subprocess.Popen([EVENTWIRE, "ingest", str(inputs), "--db", db, *flags],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    sampler = Sampler(proc.pid, kill_at)
    sampler.start()
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)  # CPU time of the run and of every worker process it reaped
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    workers = [mb for role, mb in sampler.peak.values() if role == "worker"]
    main = [mb for role, mb in sampler.peak.values() if role == "main"]
    return {"wall": wall, "rc": proc.returncode, "stderr": err.strip().splitlines()[-1:],
            "cpu": usage.ru_utime + usage.ru_stime,
            "worker_rss": workers, "main_rss": max(main, default=0.0), "killed": sampler.killed}  # fmt: skip


def write_times(inputs: Path, sqlite_db: str, pg_url: str) -> dict[str, float]:
    """Code the articles once here, then time only the writes (batches of 64) into a fresh store of each backend."""
    from eventwire.api import extract
    from eventwire.coding import NAME as CODER_NAME
    from eventwire.store import open_store

    results = list(extract([str(inputs)]))
    out = {}
    for name, location in (("sqlite", sqlite_db), ("postgresql", pg_url)):
        with open_store(location) as store:
            start = time.perf_counter()
            for i in range(0, len(results), 64):
                store.add(results[i : i + 64], coder=CODER_NAME)
            out[name] = time.perf_counter() - start
    out["articles"] = len(results)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each mode (the median counts)")
    parser.add_argument("--faults", action="store_true", help="also kill -9 a worker mid-run and compare stores")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()

    from tests.fingerprint import fingerprint
    from tests.pgserver import create_database, server

    tmp = Path(tempfile.mkdtemp(prefix="eventwire-bench-scale-"))
    inputs = tmp / "articles.jsonl"
    taken = write_input(args.shared, args.articles, inputs)
    n = sum(1 for _ in inputs.open(encoding="utf-8"))
    load = os.getloadavg()
    print(f"articles: {n} ({taken}); cores: {len(os.sched_getaffinity(0))}; load before: {load[0]:.2f}", flush=True)
    modes = {"1 local worker": ["--workers", "1"], "2 local workers": ["--workers", "2"],
             "Dask LocalCluster, 2 workers": ["--dask", "local:2"]}  # fmt: skip
    with server() as admin:
        figures: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
        clean_db = ""
        for r in range(args.repeat):
            for mode, flags in modes.items():
                db = create_database(admin) if "Dask" in mode else str(tmp / f"{len(figures[mode])}-{flags[-1]}.db")
                run = run_ingest(inputs, db, flags)
                if run["rc"] != 0:
                    print(f"{mode}: exit {run['rc']}: {run['stderr']}", flush=True)
                figures[mode].append(run)
                clean_db = clean_db or db
                rss = ", ".join(f"{mb:.0f}" for mb in run["worker_rss"]) or f"{run['main_rss']:.0f} (in-process)"
                print(f"  run {r + 1} {mode}: {run['wall']:.1f} s, {n / run['wall'] * 3600:,.0f} articles/hour, "
                      f"CPU {run['cpu']:.0f} s ({run['cpu'] / n * 1000:.0f} ms/article), peak RSS per worker MB: {rss};"
                      f" load {os.getloadavg()[0]:.2f}", flush=True)  # fmt: skip
        base = statistics.median(f["wall"] for f in figures["1 local worker"])
        print("\nmedians:")
        for mode, runs in figures.items():
            wall = statistics.median(f["wall"] for f in runs)
            peak = max((mb for f in runs for mb in f["worker_rss"]), default=max(f["main_rss"] for f in runs))
            cpu = statistics.median(f["cpu"] for f in runs)
            print(f"  {mode}: {wall:.1f} s = {n / wall * 3600:,.0f} articles/hour = {base / wall:.2f}x one worker; "
                  f"CPU {cpu / n * 1000:.0f} ms/article; peak RSS per worker {peak:.0f} MB")  # fmt: skip
        writes = write_times(inputs, str(tmp / "writes.db"), create_database(admin))
        each = {k: 1000 * writes[k] / writes["articles"] for k in ("sqlite", "postgresql")}
        print(f"  writes only ({writes['articles']:.0f} coded articles, batches of 64): SQLite {writes['sqlite']:.1f} s"
              f" ({each['sqlite']:.1f} ms/article), PostgreSQL {writes['postgresql']:.1f} s"
              f" ({each['postgresql']:.1f} ms/article)")  # fmt: skip
        if args.faults:
            clean = fingerprint(clean_db)
            third = base / 3
            for mode, flags in (("local worker", ["--workers", "2"]), ("Dask worker", ["--dask", "local:2"])):
                db = create_database(admin) if "Dask" in mode else str(tmp / "fault-local.db")
                run = run_ingest(inputs, db, flags, kill_at=third)
                same = fingerprint(db) == clean
                print(f"  kill -9 of a {mode} (pid {run['killed']}) at {third:.0f} s: exit {run['rc']}; store equal to "
                      f"the clean run (articles, events, clusters, view): {same}", flush=True)  # fmt: skip
    print(f"load after: {os.getloadavg()[0]:.2f}")
    print(json.dumps({m: [round(f["wall"], 1) for f in runs] for m, runs in figures.items()}))


if __name__ == "__main__":
    main()
