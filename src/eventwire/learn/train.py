"""`eventwire train`: fit the learned text models on development data, cross-validated, and write artefacts."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import IngestError
from eventwire.learn.linear import LinearTextModel, features

SENTENCE_CLASS = "sentence-class.json"
PLOVER_TYPE = "plover-type.json"
# ACLED sub-event types with one clear PLOVER type (general knowledge of both codebooks)
ACLED_TYPE = {
    "ARMED_CLASH": "ASSAULT",
    "ATTACK": "ASSAULT",
    "AIR_STRIKE": "ASSAULT",
    "ART_MISS_ATTACK": "ASSAULT",
    "REM_EXPLOS": "ASSAULT",
    "SUIC_BOMB": "ASSAULT",
    "CHEM_WEAP": "ASSAULT",
    "GRENADE": "ASSAULT",
    "SEX_VIOL": "ASSAULT",
    "MOB_VIOL": "ASSAULT",
    "ABDUCT_DISSAP": "COERCE",
    "ARREST": "COERCE",
    "PROPERTY_DISTRUCT": "COERCE",
    "NON_STATE_ACTOR_OVERTAKES_TER": "COERCE",
    "GOV_REGAINS_TERIT": "COERCE",
    "FORCE_AGAINST_PROTEST": "COERCE",
    "PEACE_PROTEST": "PROTEST",
    "PROTEST_WITH_INTER": "PROTEST",
    "VIOL_DEMONSTR": "PROTEST",
    "AGREEMENT": "AGREE",
}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise IngestError("training data not found", hint="pass --data with the shared eval folder", where=str(path))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pentaclass_data(folder: Path) -> tuple[list[str], list[str]]:
    """ConfliBERT CAMEO pentaclass train split: sentence → class 0-4."""
    rows = _read_jsonl(folder / "conflibert_cameo_pentacode.jsonl")
    return [r["text"] for r in rows], [str(r["labels"]["pentacode"]) for r in rows]


def plover_type_data(folder: Path) -> tuple[list[str], list[str]]:
    """PLOVER gold records (their type) and CASE 2021 ACLED snippets with a clear PLOVER type."""
    texts, labels = [], []
    for r in _read_jsonl(folder / "plover_gsr_cameo.jsonl"):
        if r["labels"].get("event"):
            texts.append(r["text"])
            labels.append(r["labels"]["event"])
    for r in _read_jsonl(folder / "case2021_task2_acled_dev.jsonl"):
        kind = ACLED_TYPE.get(str(r["labels"].get("acled_subtype", "")).upper())
        if kind:
            texts.append(r["text"])
            labels.append(kind)
    return texts, labels


def _fit(texts: Sequence[str], labels: Sequence[str], c: float) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vec = TfidfVectorizer(analyzer=features, min_df=2, sublinear_tf=True)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return make_pipeline(vec, clf).fit(list(texts), list(labels))


def cross_validate(texts: Sequence[str], labels: Sequence[str], c: float, folds: int) -> dict[str, Any]:
    """Out-of-fold macro-F1 and accuracy (stratified, fixed seed): what the model scores on unseen text."""
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    gold, pred = [], []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=13)
    for train, test in splitter.split(list(texts), list(labels)):
        model = _fit([texts[i] for i in train], [labels[i] for i in train], c)
        pred += list(model.predict([texts[i] for i in test]))
        gold += [labels[i] for i in test]
    return {
        "folds": folds,
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "accuracy": round(float(accuracy_score(gold, pred)), 4),
    }


def export(pipeline: Any, name: str, metrics: dict[str, Any], keep: int) -> LinearTextModel:
    """The fitted scikit-learn pipeline as a LinearTextModel, keeping the ``keep`` strongest features."""
    vec, clf = pipeline.steps[0][1], pipeline.steps[1][1]
    vocab: dict[str, int] = vec.vocabulary_
    coef, intercept = clf.coef_, clf.intercept_
    if coef.shape[0] == 1:  # two labels: scikit-learn gives one row of weights; make it one per label
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    strength = {f: float(abs(coef[:, i]).max()) for f, i in vocab.items()}
    kept = sorted(strength, key=lambda f: -strength[f])[:keep]
    return LinearTextModel(
        name=name,
        labels=tuple(str(x) for x in clf.classes_),
        idf={f: round(float(vec.idf_[vocab[f]]), 5) for f in kept},
        weights={f: tuple(round(float(x), 5) for x in coef[:, vocab[f]]) for f in kept},
        intercepts=tuple(round(float(x), 5) for x in intercept),
        metrics=metrics,
    )


GATE_THRESHOLD = 0.4  # chosen out of fold on our corpus (scripts/crossval_detector.py --gate)


def article_text(article: dict[str, Any]) -> str:
    """What the article gate reads: the title and the text."""
    return f"{article.get('title') or ''}\n{article['text']}"


def article_gate_data(golds: Sequence[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Our corpus: does the article report any political event ("1") or none ("0")."""
    return [article_text(g["article"]) for g in golds], [str(int(bool(g["events"]))) for g in golds]


def train(
    which: str,
    data: Path,
    *,
    folds: int = 5,
    c: float = 10.0,
    keep: int = 20000,
    corpus: Sequence[dict[str, Any]] = (),
) -> LinearTextModel:
    """Cross-validate, then fit on all the data and export. ``which`` is sentence-class, plover-type or
    article-gate (from our ``corpus``)."""
    if which == "article-gate":
        texts, labels = article_gate_data(corpus)
    else:
        texts, labels = pentaclass_data(data) if which == "sentence-class" else plover_type_data(data)
    metrics = cross_validate(texts, labels, c, folds)
    if which == "article-gate":
        metrics["threshold"] = GATE_THRESHOLD
    metrics.update(examples=len(texts), labels=dict(sorted(Counter(labels).items())), c=c)
    name = f"eventwire.model.{which}.v1"
    return export(_fit(texts, labels, c), name, metrics, keep)
