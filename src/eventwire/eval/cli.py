"""`eventwire eval`: score against gold sets and print a table, JSON, and the errors to look at."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from eventwire.argtypes import positive_int
from eventwire.errors import UsageError
from eventwire.eval.sentences import (
    ARTICLE,
    SCORERS,
    SENTENCE_KINDS,
    Pair,
    group_records,
    sentence_article,
    sentence_errors,
)

Record = dict[str, Any]
SetRecords = dict[str, list[Record]]


def load_sets(paths: Iterable[Path], *, limit: int | None = None) -> tuple[list[Record], SetRecords]:
    """Article-level gold and the sentence sets (by kind, each cut to its first `limit` records)."""
    from eventwire.eval.run import load_gold

    articles: list[Record] = []
    sets: SetRecords = {}
    for path in paths:
        groups = group_records(load_gold(path), where=str(path))
        articles += groups.pop(ARTICLE, [])
        for kind, records in groups.items():
            sets.setdefault(kind, []).extend(records)
    return articles, {k: sets[k][:limit] if limit is not None else sets[k] for k in SENTENCE_KINDS if k in sets}


def code_sentences(
    sets: SetRecords, *, nlp: Any, coder: Any, progress: Callable[[Any], None] | None = None
) -> tuple[dict[str, list[Pair]], dict[str, int]]:
    """Code every sentence as its own article in one batched run: (gold, events) pairs and failures per set."""
    from eventwire.pipeline import process

    flat = [(kind, record) for kind, records in sets.items() for record in records]
    pairs: dict[str, list[Pair]] = {kind: [] for kind in sets}
    failed = dict.fromkeys(sets, 0)
    results = process((sentence_article(r) for _, r in flat), nlp=nlp, coder=coder)
    for (kind, record), result in zip(flat, results, strict=True):
        if progress is not None:
            progress(result)
        failed[kind] += result.error is not None
        pairs[kind].append((record, [e.to_json() for e in result.events]))
    return pairs, failed


def score_sentence_sets(
    sets: SetRecords,
    *,
    nlp: Any,
    coder: Any,
    progress: Callable[[Any], None] | None = None,
    errors: Callable[[Record], None] | None = None,
) -> dict[str, dict[str, Any]]:
    """The scores of each sentence set, keyed by its kind; each wrongly scored sentence goes to ``errors``."""
    pairs, failed = code_sentences(sets, nlp=nlp, coder=coder, progress=progress)
    if errors is not None:
        for kind, kind_pairs in pairs.items():
            for err in sentence_errors(kind, kind_pairs):
                errors(err)
    scores = {}
    for kind, kind_pairs in pairs.items():
        scores[kind] = SCORERS[kind](kind_pairs)
        if failed[kind]:
            scores[kind]["failed"] = failed[kind]
    return scores


def _article_summary(golds: list[Record], args: argparse.Namespace, *, nlp: Any, coder: Any) -> dict[str, Any]:
    from eventwire.eval.article import score_articles
    from eventwire.eval.run import evaluate, load_predictions

    if args.predictions:
        predicted = load_predictions(Path(args.predictions))
        golds = [g for g in golds if g["article_id"] in predicted] if args.predictions_only else golds
        score = score_articles(golds, predicted)
    else:
        score, _ = evaluate(golds, nlp=nlp, coder=coder)
    summary = score.summary()
    summary["articles"] = len(golds)
    if args.errors:
        for err in score.errors:
            _print_error(err, args)
    return summary


def _print_error(err: Record, args: argparse.Namespace) -> None:
    """One error as a JSON line: on stdout, or on stderr when stdout carries the --json result."""
    print(json.dumps(err, ensure_ascii=False), file=sys.stdout if not args.json else sys.stderr)


def _print_section(title: str, values: dict[str, Any]) -> None:
    print(f"== {title}")
    for key, value in values.items():
        shown = json.dumps(value) if isinstance(value, dict) else value
        print(f"{key:26} {shown}")


def cmd_eval(args: argparse.Namespace) -> int:
    from eventwire.coding import CoderOptions, build_coder
    from eventwire.nlp import load_nlp
    from eventwire.progress import Progress

    golds, sets = load_sets([Path(p) for p in args.gold], limit=args.limit)
    if args.predictions and sets:
        raise UsageError("--predictions scores article-level gold only", hint="leave the sentence sets out")
    if args.predictions:
        scored = _article_summary(golds, args, nlp=None, coder=None)
        if args.json:
            print(json.dumps(scored))
        else:
            _print_section(f"{ARTICLE} level", scored)
        return 0
    nlp, coder = load_nlp(args.model), build_coder(CoderOptions(models=not args.no_models))
    summary = _article_summary(golds, args, nlp=nlp, coder=coder) if golds else None
    progress = Progress(not args.quiet and bool(sets), "eval")
    if progress.bar is not None:  # a count of sentences, with its total
        progress.bar.unit, progress.bar.total = " sentences", sum(map(len, sets.values()))
    try:
        report = (lambda err: _print_error(err, args)) if args.errors else None
        scores = score_sentence_sets(sets, nlp=nlp, coder=coder, progress=progress, errors=report)
    finally:
        progress.close()
    if args.json:
        print(json.dumps({**(summary or {"f1": None}), **scores}))
        return 0
    if summary is not None:
        _print_section(f"{ARTICLE} level", summary)
    for kind, values in scores.items():
        _print_section(kind, values)
    return 0


def add_eval_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "eval",
        help="score eventwire against article-level and sentence-level gold",
        description="Code gold articles (article-gold/1 JSONL, or an example folder with expected.json) and score "
        "them as ARTICLE-GOLD.md says: recall, precision, F1, duplicates, forbidden, date/place/sector accuracy. "
        "Sentence sets (ConfliBERT CAMEO pentaclass, PLOVER gold records, PETRARCH2 validation, CASE 2021 ACLED) "
        "are recognised from their records: each sentence is coded as its own article and scored per set.",
    )
    p.add_argument("gold", nargs="+", help="gold JSONL file(s) or example folder(s), article- or sentence-level")
    p.add_argument("--json", action="store_true", help="print one JSON object (its f1 is the article-level F1)")
    p.add_argument(
        "--errors",
        action="store_true",
        help="list misses, false events, duplicates and forbidden hits (articles) and every wrongly scored sentence "
        "with its gold label and the events, rules and models that fired (one JSON object per line)",
    )
    p.add_argument(
        "--no-models",
        action="store_true",
        help="rules alone, without the learned models (sentence models, gate, detector, participant scorer, filter)",
    )
    p.add_argument(
        "--predictions",
        metavar="FILE",
        help="score the events of FILE instead of running the coder: PLOVER JSONL (from `eventwire extract`), or "
        "another coding of the same articles (article-gold/1 or eventwire-annotation/1; its required events), "
        "e.g. to measure agreement between two annotators",
    )
    p.add_argument(
        "--predictions-only",
        action="store_true",
        help="with --predictions, score only the gold articles that FILE covers",
    )
    p.add_argument(
        "--limit", type=positive_int, metavar="N", help="score only the first N records of each sentence set"
    )
    common(p)
    p.set_defaults(func=cmd_eval)
