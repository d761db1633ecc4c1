"""`eventwire train`: reproducible training of the shipped learned models, printing cross-validated scores."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
SENTENCE_MODELS = {
    "sentence-class": "sentence-class.json",
    "plover-type": "plover-type.json",
    "article-gate": "article-gate.json",
}
CANDIDATE_MODELS = {"detector": "event-detector.json", "participants": "participants.json"}
WHICH = {**SENTENCE_MODELS, **CANDIDATE_MODELS, "event-filter": "event-filter.json"}
FROM_CORPUS = ("article-gate", *CANDIDATE_MODELS, "event-filter")  # the models that learn from whole coded articles
Record = dict[str, Any]


def _article_key(gold: Record) -> str:
    """What identifies an article across our corpus and a store: the end of its text, whitespace normalised (a stored
    article may carry its title in front of the body)."""
    from eventwire.eval.run import gold_article

    return " ".join(gold_article(gold).text.split())[-400:]


def with_corrections(corpus: list[Record], db: str) -> tuple[list[Record], int, int]:
    """The training corpus with every article analysts corrected in the store at ``db`` (as article-gold/1, its
    events as they now stand); a corpus article also corrected there is replaced by its corrected version. Returns
    the corpus, how many corrected articles joined it and how many corpus articles they replaced. The corrected
    articles only ever join training: nothing is written to the annotated corpus or any evaluation set."""
    from eventwire.corrections.gold import corrections_gold
    from eventwire.store import open_store

    with open_store(db, create=False) as store:
        corrected = list(corrections_gold(store))
    keys = {_article_key(g) for g in corrected}
    kept = [g for g in corpus if _article_key(g) not in keys]
    return kept + corrected, len(corrected), len(corpus) - len(kept)


def _candidate_models(names: list[str], args: argparse.Namespace, corpus: list[Record]) -> list[Any]:
    """The event detector and the participant scorer, fitted on our corpus, the sentence sets and the stories."""
    from eventwire.dictionaries import load_dictionaries
    from eventwire.extract.casing import HeadlineCaser
    from eventwire.learn import detector_data as dd
    from eventwire.learn.detector import cross_validate, fit, training_rows
    from eventwire.learn.participants import fit_participants, participant_rows
    from eventwire.nlp import load_nlp

    nlp, dicts = load_nlp(args.model), load_dictionaries()
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


def _event_filter(args: argparse.Namespace, corpus: list[Record]) -> Any:
    """The event filter, fitted on the coder's out-of-fold events on our corpus (each fold coded by a detector,
    participant scorer and gate fitted without it), with its stacked cross-validated article-level figures."""
    from eventwire.dictionaries import load_dictionaries
    from eventwire.learn.keep import corpus_folds, cross_validate_filter, fit_filter, out_of_fold_events
    from eventwire.nlp import load_nlp
    from eventwire.resolve.keep import THRESHOLD

    nlp, dicts = load_nlp(args.model), load_dictionaries()
    print(f"eventwire train event-filter: coding our corpus out of fold ({args.folds} folds) ...", file=sys.stderr,
          flush=True)  # fmt: skip
    data = corpus_folds(nlp, dicts, corpus, eval_dir=Path(args.data), training_dir=Path(args.training),
                        cache=Path(args.cache), folds=args.folds)  # fmt: skip
    found = out_of_fold_events(data)
    golds = {g["article_id"]: g for g in corpus}
    keys = ("f1", "recall", "precision", "outputs", "forbidden")
    unfiltered = _score_all(found.outputs, golds).summary()
    filtered = cross_validate_filter(found, golds, [THRESHOLD])[THRESHOLD].summary()
    metrics = {"articles": len(corpus), "unfiltered": {k: unfiltered[k] for k in keys},
               "filtered_out_of_fold": {k: filtered[k] for k in keys}}  # fmt: skip
    return fit_filter(found.outputs, golds, metrics=metrics)


def _score_all(outputs: dict[str, list[Record]], golds: dict[str, Record]) -> Any:
    """Article-level score of ``outputs`` against the gold articles of the same ids."""
    from eventwire.eval.article import score_articles

    return score_articles([golds[a] for a in outputs], outputs)


def _corpus(args: argparse.Namespace) -> list[Record]:
    """Our annotated corpus, with the store's corrected articles when --with-corrections names one."""
    from eventwire.eval.run import load_gold

    corpus = load_gold(Path(args.corpus))
    if args.with_corrections:
        corpus, added, replaced = with_corrections(corpus, args.with_corrections)
        print(f"eventwire train: {added} corrected articles from {args.with_corrections} join the training corpus"
              f" ({replaced} of our corpus articles replaced by their corrected version)",
              file=sys.stderr, flush=True)  # fmt: skip
        if not added:
            print("eventwire train: warning: that store holds no corrections; training as without it",
                  file=sys.stderr, flush=True)  # fmt: skip
    return corpus


def cmd_train(args: argparse.Namespace) -> int:
    from eventwire.learn.train import train

    names = list(WHICH) if args.which == "all" else [args.which]
    if args.with_corrections and not any(n in FROM_CORPUS for n in names):
        from eventwire.errors import UsageError

        raise UsageError(f"{args.which} does not learn from articles, so corrections cannot change it",
                         hint=f"retrain one of {', '.join(FROM_CORPUS)} (or all) with --with-corrections")  # fmt: skip
    corpus = _corpus(args) if any(n in FROM_CORPUS for n in names) else []
    for which in (n for n in names if n in SENTENCE_MODELS):
        print(f"eventwire train {which}: cross-validating ({args.folds} folds) ...", file=sys.stderr, flush=True)
        c = args.c if args.c is not None else 10.0
        _write(train(which, Path(args.data), folds=args.folds, c=c, corpus=corpus), args)
    wanted = [n for n in names if n in CANDIDATE_MODELS]
    if wanted:
        args.c = args.c if args.c is not None else 1.0
        for model in _candidate_models(wanted, args, corpus):
            _write(model, args)
    if "event-filter" in names:
        from eventwire.learn.linear import packaged_model

        packaged_model.cache_clear()  # the filter codes with the sentence models just written (--out the package)
        _write(_event_filter(args, corpus), args)
    return 0


def _write(model: Any, args: argparse.Namespace) -> None:
    """Write a fitted model where --out says, as soon as it is fitted, and print its figures."""
    which = next(k for k in WHICH if k in model.name)
    out = Path(args.out) / WHICH[which]
    model.save(out)
    print(json.dumps({"model": model.name, "written": str(out), **model.metrics}), flush=True)


def add_train_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "train",
        help="train the learned models on the development data (needs scikit-learn)",
        description="Fit the learned models and write the JSON artefacts eventwire loads at run time: the sentence "
        "event-class model (ConfliBERT pentaclass train split), the PLOVER type model (PLOVER records + CASE 2021 "
        "ACLED dev), the article gate (our corpus: does an article report any event), the event detector and the "
        "participant scorer (our annotated corpus, the sentence sets, the PLV "
        "pairs and the synthetic stories), and the event filter (the coder's out-of-fold events on our corpus, "
        "kept or not as the coded events say; it codes with the sentence models of the package, so with --out "
        "elsewhere train those into the package first). "
        "With --with-corrections DB, the articles analysts corrected in that "
        "store (eventwire serve) join the corpus of the gate, the detector, the participant scorer and the event "
        "filter. Prints cross-validated scores. Needs the test extra (scikit-learn); parses are cached in .cache/.",
    )
    p.add_argument("which", nargs="?", choices=("all", *WHICH), default="all", help="which model (default all)")
    p.add_argument("--data", default="../shared/eval", help="folder with the development gold sets")
    p.add_argument("--training", default="../shared/training", help="folder with the PLV pairs and the stories")
    p.add_argument("--corpus", default="annotations/gold.jsonl", help="our annotated article corpus")
    p.add_argument(
        "--with-corrections",
        metavar="DB",
        help="also learn from every article corrected in this store (a path or postgresql:// URL): it joins the "
        "training corpus of the article gate, the detector, the participant scorer and the event filter, replacing "
        "the same article of our corpus; never an evaluation set",
    )
    p.add_argument("--cache", default=".cache", help="where parses of the training texts are cached")
    p.add_argument("--out", default=str(MODELS_DIR), help="where to write the artefacts (default: the package)")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.add_argument(
        "-C", dest="c", type=float, default=None, help="inverse regularisation (default 10 sentence, 1 candidate)"
    )
    common(p)
    p.set_defaults(func=cmd_train)
