"""Honest figures for rules + learned models on the sets the models are trained on: out-of-fold evaluation.

Usage: python scripts/crossval_models.py [--data ../shared/eval] [--folds 5]
For each fold, the sentence-class model is trained on the other folds of the ConfliBERT train split (and the
PLOVER type model on the other folds of the PLOVER records plus all CASE 2021 ACLED snippets); the held-out
sentences are then coded by the full pipeline with those models, and scored like `eventwire eval` does.
Also prints the rules-alone figures on the same sentences for comparison.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.coding import build_coder
from eventwire.eval.sentences import score_conflibert, score_plover, sentence_article
from eventwire.extract.learned import SentenceModels
from eventwire.learn.train import ACLED_TYPE, _fit, export
from eventwire.nlp import load_nlp
from eventwire.pipeline import process


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _code(records: list[dict[str, Any]], coder: Any, nlp: Any) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    articles = [sentence_article(r) for r in records]
    events = {r.article.id: [e.to_json() for e in r.events] for r in process(articles, nlp=nlp, coder=coder)}
    return [(r, events.get(str(r.get("id")), [])) for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    nlp = load_nlp()
    conf = _rows(args.data / "conflibert_cameo_pentacode.jsonl")
    plov = [r for r in _rows(args.data / "plover_gsr_cameo.jsonl") if r["labels"].get("event")]
    acled = [(r["text"], ACLED_TYPE[k]) for r in _rows(args.data / "case2021_task2_acled_dev.jsonl")
             if (k := str(r["labels"].get("acled_subtype", "")).upper()) in ACLED_TYPE]  # fmt: skip
    rules = build_coder(models=False)
    print("rules alone:", json.dumps({"conflibert": score_conflibert(_code(conf, rules, nlp)),
                                      "plover": score_plover(_code(plov, rules, nlp))}))  # fmt: skip
    conf_pairs: list[Any] = []
    plov_pairs: list[Any] = []
    for k in range(args.folds):
        c_train = [r for i, r in enumerate(conf) if i % args.folds != k]
        p_train = [r for i, r in enumerate(plov) if i % args.folds != k]
        classes = export(_fit([r["text"] for r in c_train], [str(r["labels"]["pentacode"]) for r in c_train], 10.0),
                         "cv.sentence-class", {}, 20000)  # fmt: skip
        texts = [r["text"] for r in p_train] + [t for t, _ in acled]
        labels = [r["labels"]["event"] for r in p_train] + [y for _, y in acled]
        types = export(_fit(texts, labels, 10.0), "cv.plover-type", {}, 20000)
        coder = build_coder(models=SentenceModels(classes, types))
        conf_pairs += _code([r for i, r in enumerate(conf) if i % args.folds == k], coder, nlp)
        plov_pairs += _code([r for i, r in enumerate(plov) if i % args.folds == k], coder, nlp)
        print(f"fold {k + 1}/{args.folds} done", flush=True)
    print("rules + models, out of fold:", json.dumps({"conflibert": score_conflibert(conf_pairs),
                                                       "plover": score_plover(plov_pairs)}))  # fmt: skip


if __name__ == "__main__":
    main()
