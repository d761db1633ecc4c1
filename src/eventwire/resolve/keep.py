"""The event filter: a learned score of whether a coded event is one a careful coder would record, from its coding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.errors import DictionaryError
from eventwire.models import packaged, write
from eventwire.models.sparse import SparseLinear
from eventwire.records import Event, record_countries

NAME = "eventwire.model.event-filter.v1"
FILTER_FILE = "event-filter.json"
KEEP = "1"  # the two labels of the filter model: kept, and dropped
DROP = "0"
CONFIDENCE_STEPS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
THRESHOLD = 0.12  # the highest that costs PLOVER type nothing out of fold; higher ones gain more on the corpus but
# drop right events of sentence sets (docs/ACCURACY.md)
Record = dict[str, Any]


def _side(name: str, refs: Sequence[Record]) -> list[str]:
    if not refs:
        return [f"{name}:none"]
    out = [f"{name}:coded" if any(r.get("code") for r in refs) else f"{name}:uncoded"]
    out += [f"{name}:implied" for r in refs if not r.get("text")]
    out += [f"{name}:sector={r.get('sector')}" for r in refs]
    out += [f"{name}:kind={r.get('kind')}" for r in refs]
    return out


def judged(event: Record) -> bool:
    """Whether the filter can judge an event: one with a coded country on some side. An event with none (a generic
    agent known by its sector: "militants opened fire on farmers") can never match an event of an article coded
    by country, so the filter learns nothing true about it; it is neither trained on nor filtered."""
    return bool(record_countries(event))


def event_features(event: Record) -> list[str]:
    """What the filter reads of an event record (the JSON of docs/ARCHITECTURE.md): its type, the pattern or model
    behind it, its confidence in steps, how its sides were coded (and by which rule: the explanation's
    ``resolved_by``), and where and how often it was reported."""
    first = (event.get("mentions") or [{}])[0]
    pattern = str(first.get("pattern") or "")
    base, _, reread = pattern.partition("+")
    feats = [f"type={event.get('event')}", f"pattern={base}", f"quad={event.get('quad_code')}"]
    feats += [f"reread={reread}"] if reread else []
    feats += ["model"] if base.startswith("model:") else []
    feats += [f"confidence>={s}" for s in CONFIDENCE_STEPS if float(event.get("confidence") or 0) >= s]
    actors, recipients = event.get("actor") or [], event.get("recipient") or []
    feats += _side("actor", actors) + _side("recipient", recipients)
    for p in (event.get("explain") or {}).get("participants") or []:  # how each side was coded: a name, a title,
        if p.get("resolved_by"):  # the article's country ...
            feats.append(f"{p.get('role')}:by={str(p['resolved_by']).split('+')[0]}")
    shared = {a.get("code") for a in actors} & {r.get("code") for r in recipients} - {None}
    feats += ["same-country"] if shared else []
    feats += [f"zone={first.get('zone')}"]
    mentions = len({m.get("start") for m in event.get("mentions") or []})  # sentences that report it
    feats += [f"mentions>={n}" for n in (2, 3) if mentions >= n]
    feats += ["place" if event.get("event_loc") else "no-place"]
    feats += [f"date={event.get('date_precision')}"]
    return feats


@dataclass(frozen=True)
class EventFilter:
    """The filter model and the least score an event needs to be kept."""

    name: str
    model: SparseLinear
    threshold: float = THRESHOLD
    metrics: dict[str, Any] = field(default_factory=dict)

    def scores(self, records: Sequence[Record]) -> list[float]:
        """P(kept) of each event record."""
        if not records:
            return []
        probs = self.model.probabilities([event_features(r) for r in records])
        k = self.model.labels.index(KEEP)
        return [round(float(p[k]), 3) for p in probs]

    def keep(self, events: list[Event]) -> list[Event]:
        """The events whose score reaches the threshold, and those it cannot judge (see judged), in their order."""
        flags = self._kept([e.to_json() for e in events])
        return [e for e, ok in zip(events, flags, strict=True) if ok]

    def keep_records(self, records: list[Record]) -> list[Record]:
        """Likewise for event records (JSON)."""
        return [r for r, ok in zip(records, self._kept(records), strict=True) if ok]

    def _kept(self, records: list[Record]) -> list[bool]:
        return [s >= self.threshold or not judged(r) for r, s in zip(records, self.scores(records), strict=True)]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "threshold": self.threshold, "metrics": self.metrics, **self.model.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> EventFilter:
        try:
            model = SparseLinear.from_json(data)
            if set(model.labels) != {KEEP, DROP}:
                raise ValueError(f"labels {model.labels} are not {KEEP} and {DROP}")
            return cls(str(data["name"]), model, float(data["threshold"]), dict(data.get("metrics") or {}))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DictionaryError(
                f"malformed event filter: {exc}", hint="retrain with `eventwire train event-filter`", where=where
            ) from None

    def save(self, path: Path) -> None:
        write(self.to_json(), path)


@lru_cache(maxsize=2)
def packaged_filter() -> EventFilter | None:
    """The event filter shipped in eventwire/models, or None when it has not been trained."""
    data = packaged(FILTER_FILE)
    return None if data is None else EventFilter.from_json(data, FILTER_FILE)
