"""Run eventwire over gold articles and score the output (article-gold/1 sets)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.errors import IngestError
from eventwire.eval.annotations import gold_outputs, join_annotations
from eventwire.eval.article import ArticleScore, score_articles
from eventwire.ingest.build import make_article, parse_published
from eventwire.pipeline import Coder, process
from eventwire.records import Article

Record = dict[str, Any]


def load_gold(path: Path) -> list[Record]:
    """Gold articles from a JSONL set (with "article") or an example folder (expected.json, article.txt, meta.json)."""
    if path.is_dir():
        gold = json.loads((path / "expected.json").read_text(encoding="utf-8"))
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        text = (path / "article.txt").read_text(encoding="utf-8")
        gold["article"] = {
            "id": gold["article_id"],
            "text": text,
            "title": None,
            "published": meta.get("published"),
            "source": meta.get("source"),
        }
        return [gold]
    if not path.exists():
        raise IngestError("no such gold file or folder", where=str(path))
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise IngestError(f"invalid JSON: {exc.msg}", where=f"{path}: line {n}") from None
    return join_annotations(out, path)


def load_predictions(path: Path) -> dict[str, list[Record]]:
    """Output events by article from a file: PLOVER JSONL events (`eventwire extract`), or gold codings
    (article-gold/1 or eventwire-annotation/1), whose required events stand in as outputs."""
    outputs: dict[str, list[Record]] = {}
    for record in load_gold(path):
        if record.get("format") == "article-gold/1":
            outputs.setdefault(record["article_id"], []).extend(gold_outputs(record))
        elif "article_id" in record and "event" in record:
            outputs.setdefault(record["article_id"], []).append(record)
        else:
            raise IngestError(
                "not an event record nor a gold coding",
                hint="give PLOVER JSONL from `eventwire extract`, or article-gold/1 or eventwire-annotation/1 records",
                where=f"{path}: {record.get('id') or record.get('article_id')}",
            )
    return outputs


def gold_article(gold: Record) -> Article:
    a = gold["article"]
    where = f"gold {gold.get('article_id')}"
    return make_article(
        a["text"],
        origin=where,
        id=gold["article_id"],
        title=a.get("title"),
        published=parse_published(a.get("published") or gold.get("published"), where=where),
        source=a.get("source"),
        dateline=a["dateline"] if isinstance(a.get("dateline"), str) else None,
    )


def evaluate(golds: list[Record], *, nlp: Any, coder: Coder) -> tuple[ArticleScore, dict[str, list[Record]]]:
    """Code every gold article and score the events."""
    articles = [gold_article(g) for g in golds]
    outputs: dict[str, list[Record]] = {a.id: [] for a in articles}
    for result in process(articles, nlp=nlp, coder=coder):
        outputs[result.article.id] = [e.to_json() for e in result.events]
    return score_articles(golds, outputs), outputs
