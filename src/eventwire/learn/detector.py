"""Fitting the event detector (multinomial logistic regression over candidate features) and scoring it out of fold."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.extract.detector import NONE, EventDetector, Thresholds
from eventwire.learn.detector_data import Row
from eventwire.models.sparse import fit_sparse

NAME = "eventwire.model.event-detector.v1"


def fit(
    rows: Sequence[Row],
    *,
    c: float = 1.0,
    name: str = NAME,
    nouns: frozenset[str] = frozenset(),
    adjectives: frozenset[str] = frozenset(),
    readings: dict[str, tuple[str, tuple[str, ...]]] | None = None,
    thresholds: Thresholds | None = None,
    metrics: dict[str, Any] | None = None,
) -> EventDetector:
    """A detector fitted on the rows."""
    model = fit_sparse([r.features for r in rows], [r.label for r in rows], [r.weight for r in rows], c=c)
    return EventDetector(
        name=name,
        model=model,
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


def training_rows(
    nlp: Any,
    dicts: Any,
    *,
    eval_dir: Path,
    training_dir: Path | None,
    corpus: list[dict[str, Any]],
    cache: Path | None = None,
) -> tuple[list[Row], list[Row], frozenset[str], frozenset[str], dict[str, tuple[str, tuple[str, ...]]]]:
    """Candidate rows of the corpus and of the sentence sets, the trigger vocabulary and the readings table."""
    from eventwire.extract.casing import HeadlineCaser
    from eventwire.learn import detector_data as dd

    recase = HeadlineCaser(dicts).recase
    corpus_parsed = dd.parse_cached(nlp, list(dd.corpus_items(corpus)), recase, cache)
    sentence_parsed = dd.parse_cached(nlp, dd.sentence_set_items(eval_dir, training_dir), recase, cache)
    nouns, adjectives = dd.trigger_vocabulary(corpus_parsed + sentence_parsed, dicts)
    return (
        dd.rows(corpus_parsed, dicts, nouns, adjectives),
        dd.rows(sentence_parsed, dicts, nouns, adjectives),
        nouns,
        adjectives,
        dd.readings(corpus_parsed),
    )
