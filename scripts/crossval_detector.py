"""Out-of-fold figures for the event detector and the participant scorer on our annotated corpus (article level).

Usage: python scripts/crossval_detector.py [--folds 5] [--grid] [-C 1.0] [--gate] [--filter 0.2,0.25,0.3]
For each fold of the corpus articles (by article id), a detector is fitted on the other folds plus every sentence
set and the synthetic stories, and the fold's articles are coded with it and scored as `eventwire eval` does. The
rules alone (no detector) are scored on the same articles for comparison. With --grid, several thresholds are tried
on the same fold models (the chosen ones are then written into the shipped detector by `eventwire train detector`).
With --filter, the event filter is scored stacked on the first grid point's events: each fold's events are filtered
by a filter fitted on the other folds' events.
Parses are cached in .cache/ (the first run parses the sentence sets and stories, several minutes).
"""

from __future__ import annotations

import argparse
import itertools
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.coding import build_coder
from eventwire.dictionaries import load_dictionaries
from eventwire.eval.article import ArticleScore, score_articles
from eventwire.eval.run import load_gold
from eventwire.extract.detector import Thresholds
from eventwire.extract.learned import default_models
from eventwire.learn import detector_data as dd
from eventwire.learn.keep import FoldEvents, corpus_folds, cross_validate_filter
from eventwire.nlp import load_nlp

KEYS = ("f1", "recall", "precision", "outputs", "false_events", "duplicates", "forbidden")


def _code(coder: Any, parsed: list[dd.Parsed]) -> dict[str, list[dict[str, Any]]]:
    return {p.item.article.id: [e.to_json() for e in coder.code(p.item.article, p.doc)] for p in parsed}


def _score(coder: Any, parsed: list[dd.Parsed], golds: dict[str, dict[str, Any]]) -> ArticleScore:
    outputs = _code(coder, parsed)
    return score_articles([golds[i] for i in outputs], outputs)


def _confident(outputs: dict[str, list[dict[str, Any]]], least: float) -> dict[str, list[dict[str, Any]]]:
    return {k: [e for e in v if e["confidence"] >= least] for k, v in outputs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--training", type=Path, default=Path("../shared/training"))
    parser.add_argument("--corpus", type=Path, default=Path("annotations/gold.jsonl"))
    parser.add_argument("--cache", type=Path, default=Path(".cache"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("-C", dest="c", type=float, default=1.0)
    parser.add_argument("--grid", action="store_true", help="try several thresholds on the same fold models")
    parser.add_argument("--drop", default="0.9,1.01", help="drop thresholds tried with --grid")
    parser.add_argument("--new", default="0.35,0.45,1.01", help="new-event thresholds tried with --grid")
    parser.add_argument("--take", default="0.4,0.5,0.6,0.7,1.01", help="participant thresholds tried with --grid")
    parser.add_argument("--no-sentence-sets", action="store_true", help="fit on the corpus folds alone")
    parser.add_argument("--no-detector", action="store_true", help="score the participant scorer alone")
    parser.add_argument("--no-participants", action="store_true", help="score the detector alone")
    parser.add_argument("--gate", action="store_true", help="also fit each fold's article gate (else none is used)")
    parser.add_argument("--confidence", default="0", help="least event confidence kept, tried on every grid point")
    parser.add_argument("--dump", type=Path, help="write the out-of-fold events of the first grid point (JSON lines)")
    parser.add_argument(
        "--filter", default="", help="event filter thresholds tried on the first grid point's events (stacked)"
    )
    args = parser.parse_args()
    nlp, dicts = load_nlp(), load_dictionaries()
    corpus = load_gold(args.corpus)
    golds = {g["article_id"]: g for g in corpus}
    data = corpus_folds(nlp, dicts, corpus, eval_dir=args.eval, training_dir=args.training, cache=args.cache,
                        folds=args.folds)  # fmt: skip
    parsed = data.parsed
    shipped = default_models()
    assert shipped is not None, "the sentence models are not trained"
    plain = replace(shipped, gate=None)  # the shipped gate saw every corpus article: never used here
    base = _score(build_coder(models=plain, detector=False, participants=False, event_filter=False), parsed, golds)
    print(json.dumps({"rules and sentence models": {key: base.summary()[key] for key in KEYS}}), flush=True)
    grid: list[tuple[Thresholds, float]] = [(Thresholds(), 0.5)]
    if args.grid:
        values = [[float(x) for x in v.split(",")] for v in (args.drop, args.new, args.take)]
        tried = ((d, 0.6, n, p) for d, n, p in itertools.product(*values))
        grid = [(Thresholds(drop=d, switch=s, keep=0.1, new=n), p) for d, s, n, p in tried]
    least = [float(x) for x in args.confidence.split(",")]
    grid = [(t, p, c) for t, p in grid for c in least]
    totals = [ArticleScore() for _ in grid]
    dumped: dict[str, list[dict[str, Any]]] = {}
    folds_of: dict[str, int] = {}
    for k in range(args.folds):
        held = data.held(k)
        model, scorer, gate = data.parts(k, c=args.c, sentence_sets=not args.no_sentence_sets, gate=args.gate)
        models = replace(plain, gate=gate)
        outputs: dict[str, list[dict[str, Any]]] = {}
        for (t, p, c), total in zip(grid, totals, strict=True):
            if c == least[0]:
                coder = build_coder(
                    models=models,
                    detector=False if args.no_detector else replace(model, thresholds=t),
                    participants=False if args.no_participants else replace(scorer, actor=p, recipient=p),
                    event_filter=False,  # the shipped filter saw every corpus article: only the stacked one below
                )
                outputs = _code(coder, held)
                if (t, p) == grid[0][:2]:
                    dumped.update(outputs)
                    folds_of.update((a, k) for a in outputs)
            kept = _confident(outputs, c)
            total.add(score_articles([golds[i] for i in kept], kept))
        print(f"fold {k + 1}/{args.folds} done", flush=True)
    if args.dump:
        args.dump.write_text("".join(json.dumps({"article_id": k, "events": v}) + "\n" for k, v in dumped.items()))
    if args.filter:
        chosen = [float(x) for x in args.filter.split(",")]
        for t, total in cross_validate_filter(FoldEvents(dumped, folds_of), golds, chosen).items():
            print(json.dumps({"event filter": t, **{key: total.summary()[key] for key in KEYS}}))
    for (t, p, c), total in sorted(zip(grid, totals, strict=True), key=lambda x: -x[1].summary()["f1"]):
        summary = {key: total.summary()[key] for key in KEYS}
        print(json.dumps({"thresholds": t.__dict__, "participants": p, "confidence": c, **summary}))


if __name__ == "__main__":
    main()
