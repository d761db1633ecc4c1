"""Print a random sample of multi-article clusters of a store, with each member's sentences, for judging by hand.

Usage: python scripts/cluster_sample.py DB [--sample N] [--seed S] [--recluster]
Prints how many events, clusters and multi-article clusters the store holds, then for each sampled cluster every
member event: article id, publication date, date and precision, type, CAMEO code, sides, place and its sentences.
A cluster is judged correct when every member reports the same happening (docs/ACCURACY.md says how).
--recluster replays the stored events, in the order they were stored, through the clustering rules of this checkout
(eventwire.store.clusters.pick), so changed rules are measured without coding the corpus again.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3


def side(refs: list[dict[str, object]]) -> str:
    return "; ".join(f"{r.get('name') or r.get('text')} ({r.get('code')}/{r.get('sector')})" for r in refs) or "-"


def recluster(conn: sqlite3.Connection) -> None:
    """Replace the cluster ids (of an in-memory copy) with those the current rules give."""
    from datetime import date

    from eventwire.store.clusters import Member, countries, pick, root_of

    clusters: dict[tuple[str, str, str], list[tuple[str, Member]]] = {}
    rows = conn.execute(
        "SELECT e.id, e.article_key, e.record, a.published FROM events e JOIN articles a ON a.id = e.article_key"
        " ORDER BY a.rowid, e.rowid"
    )
    for event_id, key, record, published in rows.fetchall():
        rec = json.loads(record)
        member = Member(rec, key, date.fromisoformat(published[:10]) if published else None)
        bucket = clusters.setdefault((rec["event"], root_of(rec["cameo"]), countries(rec)), [])
        cid = pick(bucket, member) or "cl-" + event_id.removeprefix("ev-")
        bucket.append((cid, member))
        conn.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (cid, event_id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--sample", type=int, default=40, help="clusters to print (all when fewer)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--recluster", action="store_true", help="cluster again with the current rules")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    if args.recluster:
        memory = sqlite3.connect(":memory:")
        conn.backup(memory)
        conn = memory
        recluster(conn)
    events, clusters = conn.execute("SELECT count(*), count(DISTINCT cluster_id) FROM events").fetchone()
    multi = [
        row[0]
        for row in conn.execute(
            "SELECT cluster_id FROM events GROUP BY cluster_id"
            " HAVING count(DISTINCT article_key) > 1 ORDER BY cluster_id"
        )
    ]
    print(f"{events} events, {clusters} clusters, {len(multi)} with more than one article")
    chosen = sorted(random.Random(args.seed).sample(multi, min(args.sample, len(multi))))
    for number, cid in enumerate(chosen, start=1):
        print(f"\n=== {number}. {cid}")
        rows = conn.execute(
            "SELECT e.record, a.source_id, a.published FROM events e JOIN articles a ON a.id = e.article_key"
            " WHERE e.cluster_id = ? ORDER BY a.published, a.source_id",
            (cid,),
        )
        for record, article, published in rows:
            r = json.loads(record)
            place = (r.get("event_loc") or {}).get("name")
            print(
                f"- {article} (published {published}) date {r['date']} ({r['date_precision']}) {r['event']} "
                f"{r['cameo']}: {side(r['actor'])} -> {side(r['recipient'])} at {place}"
            )
            for m in r["mentions"]:
                print(f"    > {m['sentence'][:400]}")


if __name__ == "__main__":
    main()
