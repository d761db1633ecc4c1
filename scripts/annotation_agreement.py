"""Agreement between annotators on the double-coded articles, scored with eventwire's article-level scorer.

For each pair of annotators, one coding is the gold and the other's required events are the output (as
`eventwire eval A.jsonl --predictions B.jsonl --predictions-only` does), in both directions; the pooled figures sum
the counts over all pairs and both directions.
Usage: python scripts/annotation_agreement.py [annotations/coders/*.jsonl]
"""

from __future__ import annotations

import argparse
import json
from itertools import combinations
from pathlib import Path

from eventwire.eval.annotations import gold_outputs
from eventwire.eval.article import ArticleScore, score_articles
from eventwire.eval.run import load_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=sorted(Path("annotations/coders").glob("*.jsonl")))
    args = parser.parse_args()
    codings = {p.stem: {g["article_id"]: g for g in load_gold(p)} for p in args.files}
    pooled = ArticleScore()
    for a, b in combinations(sorted(codings), 2):
        shared = sorted(set(codings[a]) & set(codings[b]))
        if not shared:
            continue
        for gold_side, out_side in ((a, b), (b, a)):
            golds = [codings[gold_side][i] for i in shared]
            outputs = {i: gold_outputs(codings[out_side][i]) for i in shared}
            score = score_articles(golds, outputs)
            pooled.add(score)
            s = score.summary()
            print(json.dumps({"gold": gold_side, "output": out_side, "articles": len(shared),
                              **{k: s[k] for k in ("f1", "recall", "precision", "required", "outputs")}}))  # fmt: skip
    print(json.dumps({"pooled": pooled.summary()}))


if __name__ == "__main__":
    main()
