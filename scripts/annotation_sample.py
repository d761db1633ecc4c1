"""Draws the articles of our annotated corpus from ../shared/corpora: stratified by source and topic, reproducible."""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

SALT = "eventwire-annotation-2026"
ANNOTATORS = ("a1", "a2", "a3", "a4", "a5")
DOUBLE_PER_PAIR = 8  # 5 pairs x 8 = 40 articles coded twice, independently

# keyword stems by topic, used only to stratify the draw (never to code anything)
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "war": ("troops", "soldier", "rebel", "militant", "bomb", "airstrike", "air strike", "shelling", "offensive",
            "fighting", "insurgent", "guerrilla", "missile", "army", "war "),
    "protest": ("protest", "demonstrat", "rally", "rallies", "strike by", "went on strike", "marched", "riot"),
    "crime": ("arrest", "police", "cartel", "drug", "trafficking", "seized", "murder", "gang", "sentenced",
              "charged", "prosecutor", "extradit", "cocaine", "kidnap"),
    "diplomacy": ("talks", "summit", "foreign minister", "ambassador", "visit", "treaty", "bilateral", "envoy",
                  "sanction", "diplomat", "accord", "negotiat"),
    "politics": ("election", "parliament", "opposition", "party", "vote", "minister", "president", "government",
                 "referendum", "cabinet", "mps"),
    "economy": ("trade", "tariff", "economy", "bank", "profit", "debt", "shares", "market", "prices", "oil",
                "inflation", "exports"),
}  # fmt: skip
# source file (under corpora/), word range, and quota per stratum; a stratum is a topic or the record's category
PLAN: dict[str, dict[str, Any]] = {
    "reuters-21578/reuters-21578.jsonl": {
        "words": (60, 500),
        "quota": {"diplomacy": 18, "politics": 10, "war": 12, "protest": 4, "crime": 4, "economy": 14, "other": 8},
    },
    "bbc-news-2225/bbc-news-2225.jsonl": {
        "words": (60, 600),
        "by": "category",
        "quota": {"politics": 30, "business": 14, "tech": 6, "sport": 10, "entertainment": 10},
    },
    "insightcrime/insightcrime.jsonl": {
        "words": (100, 700),
        "quota": {"crime": 30, "war": 10, "politics": 10, "diplomacy": 5, "protest": 5},
    },
    "wikinews-en/wikinews-en.jsonl": {
        "words": (80, 800),
        "quota": {"diplomacy": 8, "politics": 12, "war": 8, "protest": 6, "crime": 8, "economy": 8, "other": 10},
    },
    "wikipedia-current-events-2015-09/wcep-2015-09.jsonl": {
        "words": (5, 300),
        "by": "category",
        "quota": {"War_Conflict": 10, "International_Relation": 8, "Law_Crime": 7, "Politics": 6,
                  "Disaster_Accident": 4, "Business_Finance": 3, "Sports": 1, "Entertainment_Culture": 1},
    },
}  # fmt: skip
# articles already in the development gold (and near-duplicates of them), never drawn again
EXCLUDE_FILES = ("eval/articles-gold-dev.jsonl",)
NEAR_DUPLICATES = ("reuters21578-17245", "reuters21578-16550")


def _rank(article_id: str) -> str:
    return hashlib.sha256(f"{SALT}:{article_id}".encode()).hexdigest()


def topic(text: str) -> str:
    """The topic with the most keyword hits (weighting war and protest up), or "other" below two hits."""
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    hits = {t: sum(low.count(w) for w in words) for t, words in TOPIC_WORDS.items()}
    hits["war"] *= 2
    hits["protest"] *= 2
    best = max(hits, key=lambda t: hits[t])
    return best if hits[best] >= 2 else "other"


def _fingerprint(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())[:2000]


def draw(shared: Path) -> list[dict[str, Any]]:
    excluded = set(NEAR_DUPLICATES)
    seen_texts: set[str] = set()
    for name in EXCLUDE_FILES:
        for line in (shared / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                excluded.add(record["article_id"])
                seen_texts.add(_fingerprint(record["article"]["text"]))
    chosen: list[dict[str, Any]] = []
    for corpus, plan in PLAN.items():
        pools: dict[str, list[dict[str, Any]]] = defaultdict(list)
        low, high = plan["words"]
        for line in (shared / "corpora" / corpus).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            words = len(record["text"].split())
            if record["id"] in excluded or not low <= words <= high:
                continue
            stratum = record.get("category") if plan.get("by") == "category" else topic(record["text"])
            pools[str(stratum)].append({"article_id": record["id"], "corpus": corpus, "stratum": stratum,
                                        "words": words, "text": record["text"]})  # fmt: skip
        for stratum, quota in plan["quota"].items():
            pool = sorted(pools.get(stratum, []), key=lambda r: _rank(r["article_id"]))
            taken = 0
            for item in pool:
                fingerprint = _fingerprint(item.pop("text"))
                if taken == quota or fingerprint in seen_texts:
                    continue
                seen_texts.add(fingerprint)
                chosen.append(item)
                taken += 1
            if taken < quota:
                raise SystemExit(f"{corpus}: stratum {stratum} has {taken} articles, {quota} wanted")
    return chosen


def assign(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Five annotators; 40 articles (8 per source) coded by two of them, the rest by one; balanced by source."""
    by_rank = sorted(chosen, key=lambda r: _rank(r["article_id"]))
    doubles: list[dict[str, Any]] = []
    per_source: dict[str, int] = defaultdict(int)
    for item in by_rank:
        if per_source[item["corpus"]] < 8:
            per_source[item["corpus"]] += 1
            doubles.append(item)
    n = len(ANNOTATORS)
    for i, item in enumerate(doubles):
        pair = (i // DOUBLE_PER_PAIR) % n
        item["annotators"] = [ANNOTATORS[pair], ANNOTATORS[(pair + 1) % n]]
    singles = sorted((r for r in by_rank if "annotators" not in r), key=lambda r: (r["corpus"], _rank(r["article_id"])))
    for i, item in enumerate(singles):
        item["annotators"] = [ANNOTATORS[i % n]]
    return sorted(chosen, key=lambda r: (r["corpus"], r["article_id"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("-o", "--output", type=Path, default=Path("annotations/selection.jsonl"))
    args = parser.parse_args()
    rows = assign(draw(args.shared))
    with args.output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        for who in row["annotators"]:
            counts[who] += 1
    doubles = sum(len(r["annotators"]) == 2 for r in rows)
    print(f"{len(rows)} articles ({doubles} coded twice) written to {args.output}; per annotator {dict(counts)}")


if __name__ == "__main__":
    main()
