"""Fitting the event detector (multinomial logistic regression over candidate features) and scoring it out of fold."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from eventwire.extract.detector import NONE, EventDetector, Thresholds
from eventwire.learn.detector_data import Row

NAME = "eventwire.model.event-detector.v1"


def fit(
    rows: Sequence[Row],
    *,
    c: float = 1.0,
    min_count: int = 2,
    name: str = NAME,
    nouns: frozenset[str] = frozenset(),
    adjectives: frozenset[str] = frozenset(),
    readings: dict[str, tuple[str, tuple[str, ...]]] | None = None,
    thresholds: Thresholds | None = None,
    metrics: dict[str, Any] | None = None,
) -> EventDetector:
    """A detector fitted on the rows (features seen fewer than ``min_count`` times are left out)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r.features))
    vocab: dict[str, int] = {}
    for f, n in sorted(counts.items()):
        if n >= min_count:
            vocab[f] = len(vocab)
    indptr, indices = [0], []
    for r in rows:
        cols = sorted({vocab[f] for f in r.features if f in vocab})
        indices += cols
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    y = [r.label for r in rows]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y, sample_weight=np.array([r.weight for r in rows]))
    labels = tuple(str(x) for x in clf.classes_)
    weights = clf.coef_.T.astype(np.float64)
    strong = np.abs(weights).max(axis=1) >= 0.01  # features that move no label are left out of the artefact
    features = [f for f, i in vocab.items() if strong[i]]
    kept = weights[[vocab[f] for f in features]]
    return EventDetector(
        name=name,
        labels=labels,
        vocab={f: i for i, f in enumerate(features)},
        weights=np.round(kept, 3),
        bias=np.round(clf.intercept_.astype(np.float64), 4),
        nouns=nouns,
        adjectives=adjectives,
        readings=dict(readings or {}),
        thresholds=thresholds or Thresholds(),
        metrics=dict(metrics or {}),
    )


def fold_of(group: str, folds: int) -> int:
    """The fold of a group (an article id or a sentence's text key), stable across runs."""
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest()[:8], 16) % folds


def cross_validate(rows: Sequence[Row], *, folds: int = 5, c: float = 1.0) -> dict[str, Any]:
    """Out-of-fold scores on the strongly labelled candidates (weight 1), folds by group: accuracy, macro-F1 of the
    event types, and how well "no event" is told apart."""
    from sklearn.metrics import f1_score

    gold: list[str] = []
    pred: list[str] = []
    for k in range(folds):
        train = [r for r in rows if fold_of(r.group, folds) != k]
        test = [r for r in rows if fold_of(r.group, folds) == k and r.weight >= 1.0]
        if not test:
            continue
        model = fit(train, c=c)
        probs = model.probabilities([r.features for r in test])
        pred += [model.labels[int(i)] for i in probs.argmax(axis=1)]
        gold += [r.label for r in test]
    types = sorted({g for g in gold if g != NONE})
    event_gold = [g != NONE for g in gold]
    event_pred = [p != NONE for p in pred]
    return {
        "folds": folds,
        "candidates": len(gold),
        "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(gold)), 4),
        "type_macro_f1": round(float(f1_score(gold, pred, labels=types, average="macro", zero_division=0)), 4),
        "event_f1": round(float(f1_score(event_gold, event_pred, zero_division=0)), 4),
    }
