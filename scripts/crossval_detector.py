"""Out-of-fold figures for the event detector and the participant scorer on our annotated corpus (article level).

Usage: python scripts/crossval_detector.py [--folds 5] [--grid] [-C 1.0]
For each fold of the corpus articles (by article id), a detector is fitted on the other folds plus every sentence
set and the synthetic stories, and the fold's articles are coded with it and scored as `eventwire eval` does. The
rules alone (no detector) are scored on the same articles for comparison. With --grid, several thresholds are tried
on the same fold models (the chosen ones are then written into the shipped detector by `eventwire train detector`).
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
from eventwire.extract.casing import HeadlineCaser
from eventwire.extract.detector import EventDetector, Thresholds
from eventwire.learn import detector_data as dd
from eventwire.learn.detector import fit, fold_of, training_rows
from eventwire.learn.participants import fit_participants, participant_rows
from eventwire.nlp import load_nlp

KEYS = ("f1", "recall", "precision", "outputs", "false_events", "duplicates", "forbidden")


def _score(coder: Any, parsed: list[dd.Parsed], golds: dict[str, dict[str, Any]]) -> ArticleScore:
    outputs = {p.item.article.id: [e.to_json() for e in coder.code(p.item.article, p.doc)] for p in parsed}
    return score_articles([golds[i] for i in outputs], outputs)


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
    args = parser.parse_args()
    nlp, dicts = load_nlp(), load_dictionaries()
    corpus = load_gold(args.corpus)
    golds = {g["article_id"]: g for g in corpus}
    corpus_rows, sentence_rows, nouns, adjectives, readings = training_rows(
        nlp, dicts, eval_dir=args.eval, training_dir=args.training, corpus=corpus, cache=args.cache
    )
    recase = HeadlineCaser(dicts).recase
    parsed = dd.parse_cached(nlp, list(dd.corpus_items(corpus)), recase, args.cache)
    sentence_parsed = dd.parse_cached(nlp, dd.sentence_set_items(args.eval, args.training), recase, args.cache)
    part_corpus, part_sentences = participant_rows(parsed, dicts), participant_rows(sentence_parsed, dicts)
    base = ArticleScore()
    for k in range(args.folds):
        base.add(
            _score(build_coder(detector=False), [p for p in parsed if fold_of(p.item.group, args.folds) == k], golds)
        )
    print(json.dumps({"rules and sentence models": {key: base.summary()[key] for key in KEYS}}), flush=True)
    grid: list[tuple[Thresholds, float]] = [(Thresholds(), 0.5)]
    if args.grid:
        values = [[float(x) for x in v.split(",")] for v in (args.drop, args.new, args.take)]
        tried = ((d, 0.6, n, p) for d, n, p in itertools.product(*values))
        grid = [(Thresholds(drop=d, switch=s, keep=0.1, new=n), p) for d, s, n, p in tried]
    totals = [ArticleScore() for _ in grid]
    extra = [] if args.no_sentence_sets else sentence_rows
    part_extra = [] if args.no_sentence_sets else part_sentences
    for k in range(args.folds):
        train = [r for r in corpus_rows if fold_of(r.group, args.folds) != k] + extra
        held = [p for p in parsed if fold_of(p.item.group, args.folds) == k]
        model: EventDetector = fit(train, c=args.c, nouns=nouns, adjectives=adjectives, readings=readings)
        scorer = fit_participants([r for r in part_corpus if fold_of(r.group, args.folds) != k] + part_extra, c=args.c)
        for (t, p), total in zip(grid, totals, strict=True):
            coder = build_coder(
                detector=False if args.no_detector else replace(model, thresholds=t),
                participants=False if args.no_participants else replace(scorer, actor=p, recipient=p),
            )
            total.add(_score(coder, held, golds))
        print(f"fold {k + 1}/{args.folds} done", flush=True)
    for (t, p), total in sorted(zip(grid, totals, strict=True), key=lambda x: -x[1].summary()["f1"]):
        print(json.dumps({"thresholds": t.__dict__, "participants": p, **{key: total.summary()[key] for key in KEYS}}))


if __name__ == "__main__":
    main()
