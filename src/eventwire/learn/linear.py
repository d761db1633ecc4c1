"""A TF-IDF + multinomial logistic-regression text model stored as JSON and scored without scikit-learn."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from eventwire.errors import DictionaryError
from eventwire.models import packaged, write

_TOKEN = re.compile(r"[a-z][a-z'’-]*|\d+")


def features(text: str) -> list[str]:
    """Lowercased word unigrams and bigrams (the same at training and at run time)."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class LinearTextModel:
    """Weights per label for each feature, with idf values; predicts a probability per label."""

    name: str
    labels: tuple[str, ...]
    idf: dict[str, float]
    weights: dict[str, tuple[float, ...]]
    intercepts: tuple[float, ...]
    metrics: dict[str, Any] = field(default_factory=dict)

    def predict_proba(self, text: str) -> dict[str, float]:
        counts = Counter(f for f in features(text) if f in self.idf)
        values = {f: (1 + math.log(n)) * self.idf[f] for f, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        scores = list(self.intercepts)
        for f, v in values.items():
            row = self.weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w * v / norm
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "labels": list(self.labels),
            "intercepts": list(self.intercepts),
            "metrics": self.metrics,
            "idf": self.idf,
            "weights": {f: list(w) for f, w in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> LinearTextModel:
        try:
            labels = tuple(str(x) for x in data["labels"])
            weights = {f: tuple(float(x) for x in w) for f, w in data["weights"].items()}
            if any(len(w) != len(labels) for w in weights.values()):
                raise ValueError("a weight row does not have one value per label")
            return cls(
                name=str(data["name"]),
                labels=labels,
                idf={f: float(v) for f, v in data["idf"].items()},
                weights=weights,
                intercepts=tuple(float(x) for x in data["intercepts"]),
                metrics=dict(data.get("metrics") or {}),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DictionaryError(
                f"malformed model file: {exc}", hint="retrain with `eventwire train`", where=where
            ) from None

    def save(self, path: Path) -> None:
        write(self.to_json(), path)


@lru_cache(maxsize=4)
def packaged_model(filename: str) -> LinearTextModel | None:
    """A model shipped in eventwire/models, or None when it has not been trained."""
    data = packaged(filename)
    return None if data is None else LinearTextModel.from_json(data, filename)
