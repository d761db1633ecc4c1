"""`eventwire train`: reproducible training of the shipped learned models, printing cross-validated scores."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
SENTENCE_MODELS = {"sentence-class": "sentence-class.json", "plover-type": "plover-type.json"}
CANDIDATE_MODELS = {"detector": "event-detector.json", "participants": "participants.json"}
WHICH = {**SENTENCE_MODELS, **CANDIDATE_MODELS}


def _candidate_models(names: list[str], args: argparse.Namespace) -> list[Any]:
    """The event detector and the participant scorer, fitted on our corpus, the sentence sets and the stories."""
    from eventwire.dictionaries import load_dictionaries
    from eventwire.eval.run import load_gold
    from eventwire.extract.casing import HeadlineCaser
    from eventwire.learn import detector_data as dd
    from eventwire.learn.detector import cross_validate, fit, training_rows
    from eventwire.learn.participants import fit_participants, participant_rows
    from eventwire.nlp import load_nlp

    nlp, dicts = load_nlp(args.model), load_dictionaries()
    corpus = load_gold(Path(args.corpus))
    training = Path(args.training)
    print("eventwire train: parsing the training texts (cached in .cache/) ...", file=sys.stderr, flush=True)
    corpus_rows, sentence_rows, nouns, adjectives, readings = training_rows(
        nlp, dicts, eval_dir=Path(args.data), training_dir=training, corpus=corpus, cache=Path(args.cache)
    )
    out: list[Any] = []
    if "detector" in names:
        rows = corpus_rows + sentence_rows
        print(f"eventwire train detector: cross-validating ({args.folds} folds) ...", file=sys.stderr, flush=True)
        metrics = cross_validate(rows, folds=args.folds, c=args.c)
        metrics.update(rows=len(rows), corpus_articles=len(corpus), c=args.c)
        out.append(fit(rows, c=args.c, nouns=nouns, adjectives=adjectives, readings=readings, metrics=metrics))
    if "participants" in names:
        recase = HeadlineCaser(dicts).recase
        parsed = dd.parse_cached(nlp, list(dd.corpus_items(corpus)), recase, Path(args.cache))
        parsed += dd.parse_cached(nlp, dd.sentence_set_items(Path(args.data), training), recase, Path(args.cache))
        rows = participant_rows(parsed, dicts)
        out.append(fit_participants(rows, c=args.c, metrics={"rows": len(rows), "c": args.c}))
    return out


def cmd_train(args: argparse.Namespace) -> int:
    from eventwire.learn.train import train

    names = list(WHICH) if args.which == "all" else [args.which]
    models: list[Any] = []
    for which in (n for n in names if n in SENTENCE_MODELS):
        print(f"eventwire train {which}: cross-validating ({args.folds} folds) ...", file=sys.stderr, flush=True)
        models.append(train(which, Path(args.data), folds=args.folds, c=args.c if args.c is not None else 10.0))
    wanted = [n for n in names if n in CANDIDATE_MODELS]
    if wanted:
        args.c = args.c if args.c is not None else 1.0
        models += _candidate_models(wanted, args)
    for model in models:
        which = next(k for k in WHICH if k in model.name)
        out = Path(args.out) / WHICH[which]
        model.save(out)
        print(json.dumps({"model": model.name, "written": str(out), **model.metrics}))
    return 0


def add_train_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "train",
        help="train the learned models on the development data (needs scikit-learn)",
        description="Fit the learned models and write the JSON artefacts eventwire loads at run time: the sentence "
        "event-class model (ConfliBERT pentaclass train split), the PLOVER type model (PLOVER records + CASE 2021 "
        "ACLED dev), the event detector and the participant scorer (our annotated corpus, the sentence sets, the PLV "
        "pairs and the synthetic stories). Prints cross-validated scores. Needs the test extra (scikit-learn); "
        "parses are cached in .cache/.",
    )
    p.add_argument("which", nargs="?", choices=("all", *WHICH), default="all", help="which model (default all)")
    p.add_argument("--data", default="../shared/eval", help="folder with the development gold sets")
    p.add_argument("--training", default="../shared/training", help="folder with the PLV pairs and the stories")
    p.add_argument("--corpus", default="annotations/gold.jsonl", help="our annotated article corpus")
    p.add_argument("--cache", default=".cache", help="where parses of the training texts are cached")
    p.add_argument("--out", default=str(MODELS_DIR), help="where to write the artefacts (default: the package)")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.add_argument(
        "-C", dest="c", type=float, default=None, help="inverse regularisation (default 10 sentence, 1 candidate)"
    )
    common(p)
    p.set_defaults(func=cmd_train)
