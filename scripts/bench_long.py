"""Linearity benchmark: one long article against many short ones made of the same text.

Usage: python scripts/bench_long.py [--chars 900000] [--parts 100] [--shared PATH]
Builds one article of --chars characters from real Wikinews texts (in corpus order, the demo texts when ../shared is
absent) and cuts the same text into --parts articles; each side is parsed and coded by the full pipeline in its
own process (so peak RSS is its own). Prints seconds and peak RSS per side, then
`linearity: long=…s parts=…s ratio=… peak_rss_long=…MB`. Coding cost is linear when the ratio stays near 1
(the issue's bar: under 5, and the long side under 2 GB).
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
CORPUS = "corpora/wikinews-en/wikinews-en.jsonl"


def build_text(shared: Path, chars: int) -> str:
    """``chars`` characters of real article text, paragraphs kept, articles one after another."""
    path = shared / CORPUS
    if path.exists():
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    else:
        from eventwire.demo import demo_records

        texts = [r["text"] for r in demo_records()]
    parts: list[str] = []
    total = 0
    while total < chars:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)[:chars]


def split(text: str, parts: int) -> list[str]:
    """The text cut into ``parts`` pieces of about equal length, each cut at the next line or sentence end."""
    size = len(text) // parts
    out: list[str] = []
    start = 0
    for k in range(1, parts):
        at = max(start + 1, k * size)
        ends = [i for i in (text.find("\n", at), text.find(". ", at)) if i >= 0]
        cut = min(ends) + 1 if ends else len(text)
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return [p for p in out if p.strip()]


def run_side(side: str, args: argparse.Namespace) -> dict[str, Any]:
    from eventwire.coding import build_coder
    from eventwire.ingest import make_article
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import process

    text = build_text(args.shared, args.chars)
    texts = [text] if side == "long" else split(text, args.parts)
    articles = [make_article(t, origin=f"{side}-{i}", id=f"{side}-{i}") for i, t in enumerate(texts)]
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, args.chars + 1)
    coder = build_coder()
    list(process([make_article("Iran met China in Tehran.", origin="warm")], nlp=nlp, coder=coder))
    t0 = time.perf_counter()
    results = list(process(articles, nlp=nlp, coder=coder))
    seconds = time.perf_counter() - t0
    return {
        "side": side,
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "seconds": seconds,
        "events": sum(len(r.events) for r in results),
        "errors": [r.error.render() for r in results if r.error],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=900_000)
    parser.add_argument("--parts", type=int, default=100)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--side", choices=("long", "parts"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args)))
        return
    results = {}
    for side in ("parts", "long"):
        cmd = [sys.executable, __file__, "--side", side, "--chars", str(args.chars), "--parts", str(args.parts),
               "--shared", str(args.shared)]  # fmt: skip
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        r = results[side] = json.loads(out)
        print(
            f"{side:5}  {r['articles']:4} articles  {r['chars']:9,} chars  {r['seconds']:7.1f} s  "
            f"{r['events']:5} events  peak RSS {r['peak_rss_mb']:6.0f} MB"
            + (f"  errors {r['errors']}" * bool(r["errors"])),
            flush=True,
        )
    ratio = results["long"]["seconds"] / results["parts"]["seconds"]
    print(
        f"linearity: long={results['long']['seconds']:.1f}s parts={results['parts']['seconds']:.1f}s "
        f"ratio={ratio:.2f} peak_rss_long={results['long']['peak_rss_mb']:.0f}MB"
    )


if __name__ == "__main__":
    main()
