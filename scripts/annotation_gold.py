"""Assembles the corpus, annotations/gold.jsonl: each single-coded article as coded, each double-coded article as
adjudicated (annotations/coders/adjudicated.jsonl; the first coder's until adjudication is done, with a warning)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

SELECTION = Path("annotations/selection.jsonl")
CODERS = Path("annotations/coders")


def main() -> None:
    rows = [json.loads(line) for line in SELECTION.read_text(encoding="utf-8").splitlines() if line.strip()]
    codings: dict[str, dict[str, dict[str, object]]] = {}
    for path in sorted(CODERS.glob("*.jsonl")):
        codings[path.stem] = {
            r["article_id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r
        }
    adjudicated = codings.pop("adjudicated", {})
    out, provisional = [], 0
    for row in rows:
        article_id = row["article_id"]
        if len(row["annotators"]) > 1 and article_id in adjudicated:
            out.append(adjudicated[article_id])
            continue
        provisional += len(row["annotators"]) > 1
        out.append(codings[row["annotators"][0]][article_id])
    Path("annotations/gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    print(f"{len(out)} articles written to annotations/gold.jsonl", file=sys.stderr)
    if provisional:
        print(f"warning: {provisional} double-coded articles not adjudicated yet (first coder used)", file=sys.stderr)


if __name__ == "__main__":
    main()
