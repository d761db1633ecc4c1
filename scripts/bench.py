"""Benchmark: bare spaCy `nlp.pipe` against the full eventwire pipeline on the same real articles.

Usage: python scripts/bench.py [--articles N] [--repeat R] [--shared PATH]
Each side runs in its own process (so peak RSS is its own), with the same model, texts and one process.
Prints articles/s, words/s and peak RSS for each, then
`throughput: pipeline=… articles/s spacy=… articles/s ratio=…`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (
    "corpora/reuters-21578/reuters-politics-world-subset.jsonl",
    "corpora/bbc-news-2225/bbc-politics-world-subset.jsonl",
)


def load_records(shared: Path, n: int) -> tuple[list[dict[str, Any]], str]:
    """n real articles split over the corpora (first lines of each), or the demo texts when ../shared is absent."""
    files = [shared / c for c in CORPORA if (shared / c).exists()]
    if not files:
        from eventwire.demo import demo_records

        demo = demo_records()
        return [dict(r, id=f"{r['id']}-{i}") for i in range(n // len(demo) + 1) for r in demo][:n], "demo texts"
    per = n // len(files)
    records: list[dict[str, Any]] = []
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if len(records) >= per * (files.index(path) + 1):
                    break
                records.append(json.loads(line))
    return records, " + ".join(f"{per} of {p.name}" for p in files)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_side(mode: str, records: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    from eventwire.eval.run import gold_article
    from eventwire.nlp import load_nlp

    articles = [gold_article({"article_id": r["id"], "article": r, "published": r.get("date")}) for r in records]
    nlp = load_nlp()
    words = sum(len(a.text.split()) for a in articles)
    startup = time.perf_counter()
    if mode == "pipeline":
        from eventwire.coding import build_coder
        from eventwire.pipeline import process

        coder = build_coder()
        list(process(articles[:2], nlp=nlp, coder=coder))  # warm: dictionaries, gazetteer
    else:
        list(nlp.pipe([a.text for a in articles[:2]]))
    startup = time.perf_counter() - startup
    best = float("inf")
    events = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        if mode == "pipeline":
            events = sum(len(r.events) for r in process(articles, nlp=nlp, coder=coder))
        else:
            for _doc in nlp.pipe((a.text for a in articles), batch_size=16):
                pass
        best = min(best, time.perf_counter() - t0)
    return {
        "mode": mode,
        "articles": len(articles),
        "words": words,
        "seconds": best,
        "articles_per_s": len(articles) / best,
        "words_per_s": words / best,
        "peak_rss_mb": peak_rss_mb(),
        "startup_s": startup,
        "events": events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2, help="timed passes per side; the best counts")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--side", choices=("spacy", "pipeline"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    records, what = load_records(args.shared, args.articles)
    if args.side:
        print(json.dumps(run_side(args.side, records, args.repeat)))
        return
    print(f"bench: {len(records)} articles ({what}), model and one process for both sides", flush=True)
    results = {}
    for side in ("spacy", "pipeline"):
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
        extra = f", {r['events']} events" if side == "pipeline" else ""
        print(
            f"{side:8}  {r['articles_per_s']:7.2f} articles/s  {r['words_per_s']:9.0f} words/s  "
            f"peak RSS {r['peak_rss_mb']:6.0f} MB  startup {r['startup_s']:.1f}s{extra}",
            flush=True,
        )
    p, s = results["pipeline"]["articles_per_s"], results["spacy"]["articles_per_s"]
    print(f"throughput: pipeline={p:.2f} articles/s spacy={s:.2f} articles/s ratio={p / s:.2f}")


if __name__ == "__main__":
    main()
