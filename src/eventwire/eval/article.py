"""Article-level scoring as ../shared/eval/ARTICLE-GOLD.md defines it (article-gold/1)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]


@dataclass(slots=True)
class ArticleScore:
    """Counts for one article (or a sum over articles)."""

    required: int = 0
    matched_required: int = 0
    outputs: int = 0
    matched_outputs: int = 0
    duplicates: int = 0
    false_events: int = 0
    forbidden: int = 0
    date: list[bool] = field(default_factory=list)
    location: list[bool] = field(default_factory=list)
    sector: list[bool] = field(default_factory=list)
    direction: list[bool] = field(default_factory=list)
    entity: list[bool] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: ArticleScore) -> None:
        for name in (
            "required",
            "matched_required",
            "outputs",
            "matched_outputs",
            "duplicates",
            "false_events",
            "forbidden",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("date", "location", "sector", "direction", "entity", "errors"):
            getattr(self, name).extend(getattr(other, name))

    @staticmethod
    def _rate(values: list[bool]) -> float | None:
        return round(sum(values) / len(values), 4) if values else None

    def summary(self) -> dict[str, Any]:
        recall = self.matched_required / self.required if self.required else 0.0
        precision = self.matched_outputs / self.outputs if self.outputs else 0.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        return {
            "recall": round(recall, 4),
            "precision": round(precision, 4),
            "f1": round(f1, 4),
            "required": self.required,
            "matched_required": self.matched_required,
            "outputs": self.outputs,
            "matched_outputs": self.matched_outputs,
            "duplicates": self.duplicates,
            "false_events": self.false_events,
            "forbidden": self.forbidden,
            "date_accuracy": self._rate(self.date),
            "location_accuracy": self._rate(self.location),
            "sector_accuracy": self._rate(self.sector),
            "direction_accuracy": self._rate(self.direction),
            "entity_accuracy": self._rate(self.entity),
        }


def entities(gold: Record) -> dict[str, Record]:
    """The gold entities of an article by key."""
    return {e["key"]: e for e in gold.get("entities", [])}


def _gold_countries(ev: Record, ents: dict[str, Record]) -> set[str]:
    if ev.get("participant_countries"):
        return set(ev["participant_countries"])
    return {ents[k]["country"] for k in ev.get("participants", []) if k in ents and ents[k].get("country")}


_INTERGOVERNMENTAL = frozenset({"EUR", "IGO", "UNO"})  # PLOVER's codes of intergovernmental bodies


def _multilateral(got: set[str], gold: set[str]) -> bool:
    """ARTICLE-GOLD.md: an output of a multilateral gold event (three or more countries) matches with a subset of at
    least two of its countries, or with the intergovernmental body that stands for the group alone ("Leaders of
    African Union member states met": the AU)."""
    if len(gold) < 3:
        return False
    return (len(got) >= 2 and got <= gold) or (len(got) == 1 and got <= gold & _INTERGOVERNMENTAL)


def _out_countries(out: Record) -> set[str]:
    return {a["code"] for a in (*out.get("actor", []), *out.get("recipient", [])) if a.get("code")}


def _type_ok(out: Record, ev: Record) -> bool:
    if out.get("event") in ev.get("plover", []):
        return True
    code = str(out.get("cameo") or "")
    return any(code == c or (len(c) == 2 and code.startswith(c)) for c in ev.get("cameo", []))


def matches(out: Record, ev: Record, ents: dict[str, Record]) -> bool:
    """Does an output event match a gold event (type, participants, direction)?"""
    if not _type_ok(out, ev):
        return False
    gold = _gold_countries(ev, ents)
    got = _out_countries(out)
    if got != gold and not _multilateral(got, gold):
        return False
    if ev.get("directed") and ev.get("actor"):
        gold_actor = {ents[k].get("country") for k in ev["actor"] if k in ents} - {None}  # uncoded: left out
        out_actor = {a.get("code") for a in out.get("actor", []) if a.get("code")}
        if gold_actor and not out_actor & gold_actor:  # an actor of no country says nothing of direction
            return False
    return True


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _names(ent: Record) -> list[str]:
    return [n.lower() for n in [ent.get("name") or "", *ent.get("mentions", [])] if n]


def _quality(out: Record, ev: Record, ents: dict[str, Record], score: ArticleScore) -> None:
    gold_date = ev.get("date")
    imprecise = out.get("date_precision") != "day"
    if gold_date is not None:
        score.date.append(out.get("date") == gold_date)
    else:
        score.date.append(out.get("date") is None or imprecise)
    loc_key = ev.get("location")
    if loc_key and loc_key in ents:
        place, got = ents[loc_key], out.get("event_loc") or {}
        if place.get("lat") is not None and got.get("lat") is not None:
            score.location.append(_km((place["lat"], place["lon"]), (got["lat"], got["lon"])) <= 50)
        elif place.get("geonameid") is not None:
            score.location.append(got.get("geonameid") == place.get("geonameid"))
    participants = [ents[k] for k in ev.get("participants", []) if k in ents]
    for ref in (*out.get("actor", []), *out.get("recipient", [])):
        label = " ".join(x for x in (ref.get("name"), ref.get("text")) if x).lower()
        same_country = [p for p in participants if p.get("country") == ref.get("code")]
        named = [p for p in same_country if any(n in label or label in n for n in _names(p))]
        score.entity.append(bool(named))
        target = (named or same_country)[0] if (named or same_country) else None
        if target is not None:
            sectors = target.get("sectors") or []
            score.sector.append(ref.get("sector") in sectors if sectors else not ref.get("sector"))
    if ev.get("directed"):
        gold_actor = {ents[k].get("country") for k in ev.get("actor", []) if k in ents} - {None}
        if gold_actor:
            score.direction.append(bool({a.get("code") for a in out.get("actor", [])} & gold_actor))


def _forbidden(outputs: list[Record], assigned: dict[int, str], rules: list[Record]) -> list[str]:
    found = []
    for rule in rules:
        values = rule.get("value", [])
        for i, out in enumerate(outputs):
            if rule["rule"] == "no_actor":
                for ref in (*out.get("actor", []), *out.get("recipient", [])):
                    label = " ".join(str(x) for x in (ref.get("name"), ref.get("text")) if x).lower()
                    found += [f"actor {v!r} in {out.get('id')}" for v in values if str(v).lower() in label]
            elif rule["rule"] == "no_quad" and i not in assigned and out.get("quad_code") in values:
                found.append(f"quad {out.get('quad_code')} in unmatched {out.get('id')}")
            elif rule["rule"] == "no_event_location":
                code = (out.get("event_loc") or {}).get("country_code")
                if code in values:
                    found.append(f"location {code} in {out.get('id')}")
    return found


def _overlap(out: Record, ev: Record, ents: dict[str, Record]) -> int:
    """How many of the output's actors name one of the gold event's participants (to pick among equal matches)."""
    names = [n for k in ev.get("participants", []) if k in ents for n in _names(ents[k])]
    labels = [
        " ".join(x for x in (r.get("name"), r.get("text")) if x).lower()
        for r in (*out.get("actor", []), *out.get("recipient", []))
    ]
    return sum(1 for label in labels if any(n in label or label in n for n in names))


def score_article(gold: Record, outputs: list[Record]) -> ArticleScore:
    """Match outputs to gold events (required first, each gold at most once) and count everything."""
    ents = entities(gold)
    events = gold.get("events", [])
    score = ArticleScore(required=sum(1 for e in events if e.get("required")), outputs=len(outputs))
    cands = [
        sorted(
            (j for j, ev in enumerate(events) if matches(out, ev, ents)), key=lambda j: -_overlap(out, events[j], ents)
        )
        for out in outputs
    ]
    assigned: dict[int, str] = {}
    taken: set[int] = set()
    for want_required in (True, False):
        for i, cs in enumerate(cands):
            if i in assigned:
                continue
            for j in cs:
                if j not in taken and bool(events[j].get("required")) == want_required:
                    assigned[i] = events[j]["key"]
                    taken.add(j)
                    break
    for i, out in enumerate(outputs):
        if i in assigned:
            ev = next(e for e in events if e["key"] == assigned[i])
            _quality(out, ev, ents, score)
        elif cands[i]:
            score.duplicates += 1
            score.errors.append(_err("duplicate", gold, out))
        else:
            score.false_events += 1
            score.errors.append(_err("false", gold, out))
    score.matched_outputs = len(assigned)
    score.matched_required = sum(1 for j in taken if events[j].get("required"))
    for j, ev in enumerate(events):
        if ev.get("required") and j not in taken:
            score.errors.append(
                {
                    "kind": "miss",
                    "article": gold.get("article_id"),
                    "gold": ev.get("key"),
                    "plover": ev.get("plover"),
                    "countries": sorted(_gold_countries(ev, ents)),
                    "evidence": (ev.get("evidence") or [""])[0],
                }
            )
    violations = _forbidden(outputs, assigned, gold.get("forbidden", []))
    score.forbidden = len(violations)
    score.errors += [{"kind": "forbidden", "article": gold.get("article_id"), "what": v} for v in violations]
    return score


def _err(kind: str, gold: Record, out: Record) -> dict[str, Any]:
    first = (out.get("mentions") or [{}])[0]
    return {
        "kind": kind,
        "article": gold.get("article_id"),
        "event": out.get("event"),
        "cameo": out.get("cameo"),
        "countries": sorted(_out_countries(out)),
        "actor": [a.get("name") or a.get("text") for a in out.get("actor", [])],
        "recipient": [a.get("name") or a.get("text") for a in out.get("recipient", [])],
        "sentence": first.get("sentence"),
        "pattern": first.get("pattern"),
    }


def score_articles(golds: Iterable[Record], outputs: dict[str, list[Record]]) -> ArticleScore:
    """Sum of per-article scores (micro-averaged figures)."""
    total = ArticleScore()
    for gold in golds:
        total.add(score_article(gold, outputs.get(gold["article_id"], [])))
    return total
