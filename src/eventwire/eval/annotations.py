"""Our annotated corpus: `eventwire-annotation/1` records joined with ../shared/corpora into article-gold records.

An annotation record holds the coding of one corpus article (entities, events with evidence and trigger offsets,
forbidden rules) and points into the corpus by file and record id, with a hash of the title and text so that a changed
corpus record is noticed, never silently misread. See docs/ANNOTATION.md.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from eventwire.errors import IngestError

FORMAT = "eventwire-annotation/1"
Record = dict[str, Any]


def is_annotation(record: Record) -> bool:
    return record.get("format") == FORMAT


def corpora_root(near: Path | None = None) -> Path:
    """Where ../shared/corpora is: $EVENTWIRE_CORPORA, else beside the repository holding ``near``, else beside the
    working directory."""
    env = os.environ.get("EVENTWIRE_CORPORA")
    if env:
        return Path(env)
    tried = []
    for base in ([near.resolve().parent.parent] if near is not None else []) + [Path.cwd()]:
        candidate = base.parent / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
        tried.append(str(candidate))
    raise IngestError(
        "the news corpora are not found",
        hint=f"set EVENTWIRE_CORPORA to the shared corpora folder (looked in {', '.join(tried)})",
        where=str(near) if near else "annotations",
    )


def text_hash(record: Record) -> str:
    """The SHA-256 an annotation keeps of its corpus record's title and text."""
    payload = json.dumps([record.get("title"), record["text"]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class CorpusIndex:
    """Corpus records by file and id, each file read once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, dict[str, Record]] = {}

    def record(self, corpus: str, article_id: str) -> Record | None:
        if corpus not in self._files:
            path = self.root / corpus
            if not path.is_file():
                raise IngestError("corpus file not found", hint="check EVENTWIRE_CORPORA", where=str(path))
            with path.open(encoding="utf-8") as lines:
                self._files[corpus] = {r["id"]: r for r in map(json.loads, lines)}
        return self._files[corpus].get(article_id)


def to_article_gold(annotation: Record, corpus: CorpusIndex, where: str) -> Record:
    """The article-gold/1 record of an annotation, with the article text from the corpus."""
    source = corpus.record(annotation["corpus"], annotation["article_id"])
    if source is None:
        raise IngestError(f"record {annotation['article_id']} is not in {annotation['corpus']}", where=where)
    if text_hash(source) != annotation["text_sha256"]:
        raise IngestError(
            f"the corpus record {annotation['article_id']} has changed since it was annotated",
            hint="re-annotate the article or restore the corpus file",
            where=where,
        )
    entities = [{**e, "mentions": e.get("surface", []), "spans": e.get("mentions", [])} for e in annotation["entities"]]
    events = [
        {**ev, "evidence": [x["text"] for x in ev["evidence"]], "evidence_spans": ev["evidence"]}
        for ev in annotation["events"]
    ]
    return {
        "format": "article-gold/1",
        "article_id": annotation["article_id"],
        "annotator": annotation.get("annotator"),
        "article": {
            "id": source["id"],
            "title": source.get("title"),
            "text": source["text"],
            "published": source.get("date"),
            "source": source.get("source"),
            "dateline": source.get("dateline"),
        },
        "entities": entities,
        "events": events,
        "forbidden": annotation.get("forbidden", []),
        "topics": annotation.get("topics", []),
    }


def join_annotations(records: list[Record], path: Path) -> list[Record]:
    """Every annotation record of a file as article-gold (other records pass through unchanged)."""
    if not any(is_annotation(r) for r in records):
        return records
    corpus = CorpusIndex(corpora_root(path))
    return [to_article_gold(r, corpus, f"{path}: {r.get('article_id')}") if is_annotation(r) else r for r in records]


def gold_outputs(gold: Record) -> list[Record]:
    """A coder's view of a gold coding: its required events as output events (to score one annotator against
    another with the article scorer)."""
    from eventwire.dictionaries import load_dictionaries

    ontology = load_dictionaries().ontology
    ents = {e["key"]: e for e in gold.get("entities", [])}

    def refs(keys: list[str]) -> list[Record]:
        return [
            {"text": (ents[k].get("mentions") or [""])[0], "name": ents[k].get("name"), "code": ents[k].get("country"),
             "sector": (ents[k].get("sectors") or [None])[0], "sectors": ents[k].get("sectors", [])}
            for k in keys if k in ents
        ]  # fmt: skip

    out = []
    for ev in gold.get("events", []):
        if not ev.get("required"):
            continue
        actors = ev.get("actor") or ev.get("participants", [])
        recipients = ev.get("recipient") or [k for k in ev.get("participants", []) if k not in actors]
        actor, recipient = refs(actors), refs(recipients)
        named = {r["code"] for r in (*actor, *recipient) if r["code"]}
        extra = [c for c in ev.get("participant_countries") or [] if c not in named]
        recipient += [{"text": c, "name": c, "code": c, "sector": None, "sectors": []} for c in extra]
        place = ents.get(ev.get("location") or "")
        out.append(
            {
                "id": f"{gold['article_id']}:{ev['key']}",
                "article_id": gold["article_id"],
                "event": ev["plover"][0],
                "cameo": ev["cameo"][0],
                "quad_code": _quad(ontology, ev),
                "actor": actor,
                "recipient": recipient,
                "date": ev.get("date"),
                "date_precision": "day" if ev.get("date") else None,
                "event_loc": {k: place.get(k) for k in ("geonameid", "lat", "lon", "country")} if place else None,
                "mentions": [{"sentence": s} for s in ev.get("evidence", [])[:1]],
            }
        )
    return out


def _quad(ontology: Any, ev: Record) -> int | None:
    try:
        return int(ontology.coding(ev["plover"][0], ev["cameo"][0]).quad_code)
    except (KeyError, ValueError):
        return None
