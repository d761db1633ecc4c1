"""A multinomial logistic regression over string features, scored with numpy and stored as compact JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class SparseLinear:
    """Weights per feature for each label, and a bias per label."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    weights: Any  # numpy array, features x labels
    bias: Any  # numpy array, labels

    def probabilities(self, rows: Sequence[Sequence[str]]) -> Any:
        """One probability row (over ``labels``) per list of features."""
        out = np.tile(self.bias, (len(rows), 1))
        for i, feats in enumerate(rows):
            idx = [self.vocab[f] for f in feats if f in self.vocab]
            if idx:
                out[i] += self.weights[idx].sum(axis=0)
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def to_json(self) -> dict[str, Any]:
        features = sorted(self.vocab, key=lambda f: self.vocab[f])
        rows = []
        for f in features:
            row = self.weights[self.vocab[f]]
            rows.append([[i, round(float(w), 3)] for i, w in enumerate(row) if abs(w) >= 0.005])
        return {
            "labels": list(self.labels),
            "bias": [round(float(x), 4) for x in self.bias],
            "features": features,
            "weights": rows,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SparseLinear:
        """Raises KeyError, TypeError, ValueError or IndexError on a malformed record."""
        labels = tuple(str(x) for x in data["labels"])
        features = [str(f) for f in data["features"]]
        if len(data["weights"]) != len(features) or len(data["bias"]) != len(labels):
            raise ValueError("weights, features and labels do not line up")
        weights = np.zeros((len(features), len(labels)), dtype=np.float64)
        for r, row in enumerate(data["weights"]):
            for i, w in row:
                weights[r, int(i)] = float(w)
        bias = np.array([float(x) for x in data["bias"]], dtype=np.float64)
        return cls(labels, {f: i for i, f in enumerate(features)}, weights, bias)


def fit_sparse(
    rows: Sequence[Sequence[str]],
    labels: Sequence[str],
    weights: Sequence[float],
    *,
    c: float = 1.0,
    min_count: int = 2,
) -> SparseLinear:
    """Fit on feature lists (features seen fewer than ``min_count`` times are left out; needs scikit-learn)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r))
    vocab: dict[str, int] = {}
    for f, n in sorted(counts.items()):
        if n >= min_count:
            vocab[f] = len(vocab)
    indptr, indices = [0], []
    for r in rows:
        cols = sorted({vocab[f] for f in r if f in vocab})
        indices += cols
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, list(labels), sample_weight=np.array(weights))
    coef = clf.coef_.T.astype(np.float64)
    intercept = clf.intercept_.astype(np.float64)
    if coef.shape[1] == 1:  # two labels: scikit-learn gives one column; make it one per label
        coef = np.hstack([-coef / 2, coef / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    strong = np.abs(coef).max(axis=1) >= 0.01  # features that move no label are left out
    features = [f for f, i in vocab.items() if strong[i]]
    kept = coef[[vocab[f] for f in features]] if features else np.zeros((0, coef.shape[1]))
    return SparseLinear(
        tuple(str(x) for x in clf.classes_), {f: i for i, f in enumerate(features)}, np.round(kept, 3),
        np.round(intercept, 4),
    )  # fmt: skip
