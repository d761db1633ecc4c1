"""Honest figures for the whole coder on the sentence sets its learned parts train on: out-of-fold evaluation.

Usage: python scripts/crossval_models.py [--data ../shared/eval] [--training ../shared/training] [--folds 5]
       [--filter 0.12,0.15] [--dump DIR]
Sentences are put in folds by their normalised text (a sentence found in several sets is in one fold). For each
fold, the sentence-class and PLOVER type models, the event detector and the participant scorer are fitted without
that fold's sentences (the detector and scorer also on our annotated corpus, the PLV pairs and the stories); the
held-out ConfliBERT, PLOVER and CASE 2021 ACLED sentences are then coded by the full pipeline with those models and
scored as `eventwire eval` does, without and with the shipped event filter (trained on our corpus only, so it saw
none of these sentences). The rules alone are scored on the same sentences for comparison.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.coding import CoderOptions, build_coder
from eventwire.dictionaries import load_dictionaries
from eventwire.eval.run import load_gold
from eventwire.eval.sentences import score_case2021, score_conflibert, score_plover, sentence_article
from eventwire.extract.casing import HeadlineCaser
from eventwire.extract.learned import SentenceModels, default_models
from eventwire.learn import detector_data as dd
from eventwire.learn.detector import fit, fold_of, training_rows
from eventwire.learn.participants import fit_participants, participant_rows
from eventwire.learn.train import ACLED_TYPE, _fit, export
from eventwire.nlp import load_nlp
from eventwire.pipeline import process
from eventwire.resolve.keep import packaged_filter

Record = dict[str, Any]


def _rows(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _code(records: list[Record], coder: Any, nlp: Any) -> list[tuple[Record, list[Record]]]:
    articles = [sentence_article(r) for r in records]
    events = {r.article.id: [e.to_json() for e in r.events] for r in process(articles, nlp=nlp, coder=coder)}
    return [(r, events.get(str(r.get("id")), [])) for r in records]


def _fold(record: Record, folds: int) -> int:
    return fold_of(dd.group_of(record["text"]), folds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--training", type=Path, default=Path("../shared/training"))
    parser.add_argument("--corpus", type=Path, default=Path("annotations/gold.jsonl"))
    parser.add_argument("--cache", type=Path, default=Path(".cache"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--filter", default="", help="also score with the shipped event filter at these thresholds (e.g. 0.12,0.15)"
    )
    parser.add_argument(
        "--dump", type=Path, help="write each set's out-of-fold codings (record and events) to DUMP/<set>.jsonl"
    )
    args = parser.parse_args()
    nlp, dicts = load_nlp(), load_dictionaries()
    sets = {
        "conflibert": (_rows(args.data / "conflibert_cameo_pentacode.jsonl"), score_conflibert),
        "plover": ([r for r in _rows(args.data / "plover_gsr_cameo.jsonl") if r["labels"].get("event")], score_plover),
        "case2021": (_rows(args.data / "case2021_task2_acled_dev.jsonl"), score_case2021),
    }
    rules = build_coder(CoderOptions(models=False))
    print("rules alone:", json.dumps({k: score(_code(rs, rules, nlp)) for k, (rs, score) in sets.items()}), flush=True)
    corpus = load_gold(args.corpus)
    corpus_rows, sentence_rows, nouns, adjectives, readings = training_rows(
        nlp, dicts, eval_dir=args.data, training_dir=args.training, corpus=corpus, cache=args.cache
    )
    recase = HeadlineCaser(dicts).recase
    parsed = dd.parse_cached(nlp, list(dd.corpus_items(corpus)), recase, args.cache)
    parsed += dd.parse_cached(nlp, dd.sentence_set_items(args.data, args.training), recase, args.cache)
    part_rows = participant_rows(parsed, dicts)
    shipped = default_models()
    gate = shipped.gate if shipped is not None else None  # trained on our corpus only: no sentence of these sets
    conf = sets["conflibert"][0]
    plov = sets["plover"][0]
    acled = [(r["text"], ACLED_TYPE[k]) for r in sets["case2021"][0]
             if (k := str(r["labels"].get("acled_subtype", "")).upper()) in ACLED_TYPE]  # fmt: skip
    pairs: dict[str, list[Any]] = {k: [] for k in sets}
    for k in range(args.folds):
        held = {dd.group_of(r["text"]) for rs, _ in sets.values() for r in rs if _fold(r, args.folds) == k}
        c_train = [r for r in conf if _fold(r, args.folds) != k]
        p_train = [r for r in plov if _fold(r, args.folds) != k]
        a_train = [(t, y) for t, y in acled if fold_of(dd.group_of(t), args.folds) != k]
        classes = export(_fit([r["text"] for r in c_train], [str(r["labels"]["pentacode"]) for r in c_train], 10.0),
                         "cv.sentence-class", {}, 20000)  # fmt: skip
        texts = [r["text"] for r in p_train] + [t for t, _ in a_train]
        labels = [r["labels"]["event"] for r in p_train] + [y for _, y in a_train]
        types = export(_fit(texts, labels, 10.0), "cv.plover-type", {}, 20000)
        detector = fit([r for r in corpus_rows + sentence_rows if r.group not in held], nouns=nouns,
                       adjectives=adjectives, readings=readings)  # fmt: skip
        scorer = fit_participants([r for r in part_rows if r.group not in held])
        coder = build_coder(
            models=SentenceModels(classes, types, gate=gate), detector=detector, participants=scorer, event_filter=False
        )
        for name, (records, _) in sets.items():
            pairs[name] += _code([r for r in records if _fold(r, args.folds) == k], coder, nlp)
        print(f"fold {k + 1}/{args.folds} done", flush=True)
    if args.dump is not None:
        args.dump.mkdir(parents=True, exist_ok=True)
        for name, coded in pairs.items():
            lines = (json.dumps({"record": r, "events": events}) + "\n" for r, events in coded)
            (args.dump / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")
    print("all learned parts but the event filter, out of fold:",
          json.dumps({k: score(pairs[k]) for k, (_, score) in sets.items()}), flush=True)  # fmt: skip
    shipped = packaged_filter()
    if shipped is not None:
        others = [float(t) for t in args.filter.split(",") if t.strip()]
        for kept in [shipped, *(replace(shipped, threshold=t) for t in others)]:
            filtered = {k: [(r, kept.keep_records(events)) for r, events in v] for k, v in pairs.items()}
            print(f"all learned parts (event filter at {kept.threshold}), out of fold:",
                  json.dumps({k: score(filtered[k]) for k, (_, score) in sets.items()}), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
