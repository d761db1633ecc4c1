"""Corrected articles as gold: each article an analyst corrected becomes an `article-gold/1` record (the shape of
../shared/eval/ARTICLE-GOLD.md) with its events as they now stand, so `eventwire eval` scores the coder against its
users' corrections and `eventwire train --with-corrections` learns from them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from eventwire.dictionaries import Dictionaries, load_dictionaries
from eventwire.store import Store

Record = dict[str, Any]
FORMAT = "article-gold/1"


def _key(kind: str, name: str, code: str | None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or kind
    return f"{slug}-{code.lower()}" if code else slug


class _Entities:
    """The entities of one article, each participant or place once (by name and code), with its surface forms."""

    def __init__(self) -> None:
        self.by_key: dict[str, Record] = {}

    def participant(self, ref: Record) -> str:
        name = str(ref.get("name") or ref.get("text") or "unnamed")
        key = _key(str(ref.get("kind") or "group"), name, ref.get("code"))
        entity = self.by_key.setdefault(key, {"key": key, "name": name, "kind": ref.get("kind") or "group",
                                              "country": ref.get("code"), "sectors": [], "mentions": []})  # fmt: skip
        for sector in ref.get("sectors") or [ref.get("sector")]:
            if sector and sector not in entity["sectors"]:
                entity["sectors"].append(sector)
        if ref.get("text") and ref["text"] not in entity["mentions"]:
            entity["mentions"].append(ref["text"])
        return key

    def place(self, loc: Record) -> str:
        key = "place-" + _key("place", str(loc["name"]), loc.get("country_code"))
        entity = {"key": key, "name": loc["name"], "kind": "place", "country": loc.get("country_code"),
                  "geonameid": loc.get("geonameid"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                  "mentions": [loc["name"]]}  # fmt: skip
        self.by_key.setdefault(key, entity)
        return key


def gold_event(n: int, rec: Record, entities: _Entities, symmetric: frozenset[str]) -> Record:
    """One stored event as a gold event: its type and code, participants, date (when stated to the day), place,
    and each reporting sentence as evidence with its offsets and trigger."""
    actors = list(dict.fromkeys(entities.participant(r) for r in rec.get("actor") or []))
    recipients = list(dict.fromkeys(entities.participant(r) for r in rec.get("recipient") or []))
    loc = rec.get("event_loc")
    mentions = rec.get("mentions") or []
    return {
        "key": f"E{n}",
        "required": True,
        "plover": [rec["event"]],
        "cameo": [rec["cameo"]],
        "mode": list(rec.get("mode") or []),
        "contexts": list(rec.get("context") or []),
        "participants": list(dict.fromkeys([*actors, *recipients])),
        "actor": actors,
        "recipient": recipients,
        "directed": bool(actors and recipients) and rec["event"] not in symmetric,
        "date": rec.get("date") if rec.get("date_precision") == "day" else None,
        "location": entities.place(loc) if loc else None,
        "evidence": [m["sentence"] for m in mentions],
        "evidence_spans": [_span(m) for m in mentions],
        "source_event": rec["id"],
        "corrected": bool(rec.get("corrected")),
    }


def _span(m: Record) -> Record:
    trigger = {"start": m["trigger_start"], "end": m["trigger_end"], "text": m["trigger"]}
    return {"field": "text", "start": m["start"], "end": m["end"], "text": m["sentence"], "trigger": trigger}


def gold_record(article: Record, log: list[Record], dicts: Dictionaries | None = None) -> Record:
    """The article-gold/1 record of one stored article (as Store.article returns it) and its correction log."""
    symmetric = (dicts or load_dictionaries()).lexicon.symmetric_types
    entities = _Entities()
    events = sorted(article["events"], key=lambda r: [(m["start"], m["trigger_start"]) for m in r.get("mentions", [])])
    gold_events = [gold_event(n, rec, entities, symmetric) for n, rec in enumerate(events, start=1)]
    return {
        "format": FORMAT,
        "article_id": article["id"],
        "annotator": "corrections: " + ", ".join(sorted({e["author"] for e in log})),
        "article": {k: article.get(k) for k in ("id", "title", "text", "published", "source")},
        "entities": list(entities.by_key.values()),
        "events": gold_events,
        "forbidden": [],
        "corrections": [e["id"] for e in log],
    }


def corrections_gold(store: Store, dicts: Dictionaries | None = None) -> Iterator[Record]:
    """Every corrected article of the store as article-gold/1, in the order first corrected. An article counts as
    reviewed once it has a correction: its events as they stand now are its gold (those left as coded included)."""
    for key in store.corrected_articles():
        article = store.article(key)
        if article is not None:
            yield gold_record(article, store.corrections(article=key), dicts)
