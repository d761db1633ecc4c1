"""Benchmark: bare spaCy `nlp.pipe` against the full eventwire pipeline on the same real articles.

Usage: python scripts/bench.py [--articles N] [--repeat R] [--shared PATH]
The texts are a mix of every corpus in ../shared/corpora (an equal share of each: its first records, and its longest
article in place of the last), so short wire stories, long Wikinews pieces and everything between count.
Each side runs in its own process (so peak RSS is its own), with the same model, texts and one process: bare spaCy,
the full pipeline (rules and every learned part), and the rules alone (`--no-models`). Prints articles/s, words/s
and peak RSS for each, the ratio per corpus, then `throughput: pipeline=… articles/s spacy=… articles/s ratio=…`
and `rules-only: … ratio=…`. Last, `eventwire ingest --workers N` (N = the cores, default) stores a mix of
--ingest-articles articles into a fresh SQLite store, end to end from the JSONL file, startup included:
`ingest: … articles/hour with N workers`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (
    "corpora/reuters-21578/reuters-21578.jsonl",
    "corpora/bbc-news-2225/bbc-news-2225.jsonl",
    "corpora/wikinews-en/wikinews-en.jsonl",
    "corpora/insightcrime/insightcrime.jsonl",
    "corpora/wikipedia-current-events-2015-09/wcep-2015-09.jsonl",
)


def _share(path: Path, per: int) -> list[dict[str, Any]]:
    """The corpus's first ``per`` records, the last of them replaced by its longest article."""
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    picked = records[: per - 1]
    longest = max(records[per - 1 :], key=lambda r: len(r.get("text") or ""), default=None)
    picked += [longest] if longest is not None else []
    corpus = path.parent.name
    return [dict(r, corpus=corpus) for r in picked]


def load_records(shared: Path, n: int) -> tuple[list[dict[str, Any]], str]:
    """n real articles split over the corpora, or the demo texts when ../shared is absent."""
    files = [shared / c for c in CORPORA if (shared / c).exists()]
    if not files:
        from eventwire.demo import demo_records

        demo = demo_records()
        return [dict(r, id=f"{r['id']}-{i}", corpus="demo") for i in range(n // len(demo) + 1) for r in demo][:n], (
            "demo texts"
        )
    per = n // len(files)
    records = [r for path in files for r in _share(path, per)]
    sizes = {}
    for r in records:
        sizes[r["corpus"]] = sizes.get(r["corpus"], 0) + len(r["text"])
    return records, ", ".join(f"{per} of {c} ({chars:,} chars)" for c, chars in sizes.items())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_side(mode: str, records: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    from eventwire.eval.run import gold_article
    from eventwire.nlp import load_nlp

    articles = [gold_article({"article_id": r["id"], "article": r, "published": r.get("date")}) for r in records]
    groups: dict[str, list[Any]] = {}
    for record, article in zip(records, articles, strict=True):
        groups.setdefault(record["corpus"], []).append(article)
    nlp = load_nlp()
    words = sum(len(a.text.split()) for a in articles)
    startup = time.perf_counter()
    coded = mode in ("pipeline", "rules")
    if coded:
        from eventwire.coding import CoderOptions, build_coder
        from eventwire.pipeline import process

        coder = build_coder(CoderOptions(models=mode == "pipeline"))
        list(process(articles[:2], nlp=nlp, coder=coder))  # warm: dictionaries, gazetteer
    else:
        list(nlp.pipe([a.text for a in articles[:2]]))
    startup = time.perf_counter() - startup
    best = dict.fromkeys(groups, float("inf"))
    events = 0
    for _ in range(repeat):
        events = 0
        for corpus, group in groups.items():
            t0 = time.perf_counter()
            if coded:
                events += sum(len(r.events) for r in process(group, nlp=nlp, coder=coder))
            else:
                for _doc in nlp.pipe((a.text for a in group), batch_size=16):
                    pass
            best[corpus] = min(best[corpus], time.perf_counter() - t0)
    seconds = sum(best.values())
    return {
        "mode": mode,
        "articles": len(articles),
        "words": words,
        "seconds": seconds,
        "per_corpus": best,
        "articles_per_s": len(articles) / seconds,
        "words_per_s": words / seconds,
        "peak_rss_mb": peak_rss_mb(),
        "startup_s": startup,
        "events": events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2, help="timed passes per side; the best counts")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--side", choices=("spacy", "pipeline", "rules"), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="ingest workers (default: cores)")
    parser.add_argument("--ingest-articles", type=int, default=600, help="articles for the end-to-end ingest")
    args = parser.parse_args()
    records, what = load_records(args.shared, args.articles)
    if args.side:
        print(json.dumps(run_side(args.side, records, args.repeat)))
        return
    print(f"bench: {len(records)} articles ({what}), model and one process for both sides", flush=True)
    results = {}
    for side in ("spacy", "pipeline", "rules"):
        cmd = [
            sys.executable,
            __file__,
            "--side",
            side,
            "--articles",
            str(args.articles),
            "--repeat",
            str(args.repeat),
            "--shared",
            str(args.shared),
        ]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        r = results[side] = json.loads(out)
        extra = f", {r['events']} events" if side != "spacy" else ""
        print(
            f"{side:8}  {r['articles_per_s']:7.2f} articles/s  {r['words_per_s']:9.0f} words/s  "
            f"peak RSS {r['peak_rss_mb']:6.0f} MB  startup {r['startup_s']:.1f}s{extra}",
            flush=True,
        )
    for corpus, spacy_s in results["spacy"]["per_corpus"].items():
        pipeline_s = results["pipeline"]["per_corpus"][corpus]
        print(f"  {corpus:34} spaCy {spacy_s:6.1f} s  eventwire {pipeline_s:6.1f} s  ratio {spacy_s / pipeline_s:.2f}")
    p, s = results["pipeline"]["articles_per_s"], results["spacy"]["articles_per_s"]
    print(f"throughput: pipeline={p:.2f} articles/s spacy={s:.2f} articles/s ratio={p / s:.2f}")
    r = results["rules"]["articles_per_s"]
    print(f"rules-only: {r:.2f} articles/s ratio={r / s:.2f}")
    n, seconds = ingest(args.shared, args.ingest_articles, args.workers)
    hourly = n / seconds * 3600
    print(f"ingest: {n} articles in {seconds:.1f} s = {hourly:,.0f} articles/hour with {args.workers} workers")


def ingest(shared: Path, n: int, workers: int) -> tuple[int, float]:
    """`eventwire ingest --workers N` of n articles into a fresh store, timed from the command's start to its end."""
    records, _ = load_records(shared, n)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "mix.jsonl"
        source.write_text("".join(json.dumps({**r, "id": f"{r['id']}"}) + "\n" for r in records), encoding="utf-8")
        cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(source), "--db", str(Path(tmp) / "bench.db"),
               "--workers", str(workers), "-q"]  # fmt: skip
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        return len(records), time.perf_counter() - t0


if __name__ == "__main__":
    main()
