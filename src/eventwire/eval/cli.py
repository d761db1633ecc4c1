"""`eventwire eval`: score against gold sets and print a table, JSON, and the errors to look at."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cmd_eval(args: argparse.Namespace) -> int:
    from eventwire.eval.run import evaluate, load_gold
    from eventwire.extract import build_coder
    from eventwire.nlp import load_nlp

    golds = []
    for path in args.gold:
        golds += load_gold(Path(path))
    score, _ = evaluate(golds, nlp=load_nlp(args.model), coder=build_coder())
    summary = score.summary()
    summary["articles"] = len(golds)
    if args.errors:
        for err in score.errors:
            print(json.dumps(err, ensure_ascii=False), file=sys.stdout if not args.json else sys.stderr)
    if args.json:
        print(json.dumps(summary))
    else:
        for key, value in summary.items():
            print(f"{key:20} {value}")
    return 0


def add_eval_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "eval",
        help="score eventwire against article-level gold",
        description="Code gold articles (article-gold/1 JSONL, or an example folder with expected.json) and score "
        "them as ARTICLE-GOLD.md says: recall, precision, F1, duplicates, forbidden, date/place/sector accuracy.",
    )
    p.add_argument("gold", nargs="+", help="gold JSONL file(s) or example folder(s)")
    p.add_argument("--json", action="store_true", help="print one JSON object (its f1 is the article-level F1)")
    p.add_argument("--errors", action="store_true", help="list misses, false events, duplicates and forbidden hits")
    common(p)
    p.set_defaults(func=cmd_eval)
