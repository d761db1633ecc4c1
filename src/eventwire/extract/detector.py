"""The learned event detector: scores every candidate trigger with "no event" or a PLOVER type, from its context.

The trigger patterns are one of its features, not its gate: a pattern reading the detector finds no event in is
dropped ("won a penalty kick"), one it reads as another type is re-read, and a candidate no pattern knows becomes an
event when the detector is confident. Weights are a multinomial logistic regression trained by `eventwire train`
(scikit-learn at training only); scoring is numpy over the shipped JSON artefact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import DictionaryError
from eventwire.models import packaged, write
from eventwire.models.sparse import SparseLinear

NONE = "NONE"
DETECTOR_FILE = "event-detector.json"


@dataclass(frozen=True)
class Thresholds:
    """When the detector overrules or adds to the patterns (chosen out of fold, see docs/ACCURACY.md)."""

    drop: float = 0.9  # a pattern reading is dropped when P(no event) reaches this
    switch: float = 0.6  # a pattern reading takes another type when that type's probability reaches this ...
    keep: float = 0.1  # ... and its own type's stays under this
    new: float = 0.35  # a candidate no pattern reads becomes an event when a type's probability reaches this


@dataclass(frozen=True)
class Decision:
    """What the detector makes of one candidate: its type (or None: no event) and the probability behind it."""

    event: str | None
    probability: float
    switched: bool = False


@dataclass(frozen=True)
class EventDetector:
    """A linear model over "no event" and the PLOVER types; vocabularies of trigger nouns and adjectives; the
    CAMEO code and mode a trigger word usually has for a type."""

    name: str
    model: SparseLinear
    nouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    readings: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # "lemma|TYPE" → (cameo, mode)
    thresholds: Thresholds = Thresholds()
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.model.labels

    def probabilities(self, rows: list[list[str]]) -> Any:
        """One probability row (over ``labels``) per candidate's features."""
        return self.model.probabilities(rows)

    def decide(self, probs: Any, pattern_event: str | None) -> Decision:
        """Keep, re-read, drop or add a candidate (``pattern_event`` is the pattern's reading, if any)."""
        t = self.thresholds
        p = dict(zip(self.labels, (float(x) for x in probs), strict=True))
        best = max((label for label in self.labels if label != NONE), key=lambda label: p[label])
        if pattern_event is not None:
            if p.get(NONE, 0.0) >= t.drop:
                return Decision(None, p[NONE])
            own = p.get(pattern_event, 0.0)
            if best != pattern_event and p[best] >= t.switch and own < t.keep:
                return Decision(best, p[best], switched=True)
            return Decision(pattern_event, own)
        return Decision(best, p[best]) if p[best] >= t.new else Decision(None, p.get(NONE, 0.0))

    def top(self, probs: Any, n: int = 4) -> tuple[tuple[str, float], ...]:
        """The ``n`` most likely labels with their probabilities, best first."""
        order = np.argsort(-probs)[:n]
        return tuple((self.labels[int(i)], round(float(probs[i]), 3)) for i in order)

    def reading(self, lemma: str, event: str, generic: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
        """The CAMEO code and mode of a trigger word read as ``event`` (else the type's ``generic`` code)."""
        return self.readings.get(f"{lemma}|{event}", (generic[event], ()))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "thresholds": self.thresholds.__dict__,
            "metrics": self.metrics,
            "nouns": sorted(self.nouns),
            "adjectives": sorted(self.adjectives),
            "readings": {k: [c, list(m)] for k, (c, m) in sorted(self.readings.items())},
            **self.model.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> EventDetector:
        try:
            return cls(
                name=str(data["name"]),
                model=SparseLinear.from_json(data),
                nouns=frozenset(data.get("nouns", [])),
                adjectives=frozenset(data.get("adjectives", [])),
                readings={k: (str(v[0]), tuple(v[1])) for k, v in data.get("readings", {}).items()},
                thresholds=Thresholds(**data.get("thresholds", {})),
                metrics=dict(data.get("metrics") or {}),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DictionaryError(
                f"malformed event detector: {exc}", hint="retrain with `eventwire train detector`", where=where
            ) from None

    def save(self, path: Path) -> None:
        write(self.to_json(), path)


@lru_cache(maxsize=2)
def packaged_detector() -> EventDetector | None:
    """The detector shipped in eventwire/models, or None when it has not been trained."""
    data = packaged(DETECTOR_FILE)
    return None if data is None else EventDetector.from_json(data, DETECTOR_FILE)
