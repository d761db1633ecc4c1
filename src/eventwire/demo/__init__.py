"""`eventwire demo`: code the bundled sample articles, store them, and show what to try next."""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import TextIO

from eventwire.export import write_table


def demo_records() -> list[dict[str, object]]:
    """The bundled sample articles (written for eventwire; not real news)."""
    data = json.loads((resources.files("eventwire.demo") / "articles.json").read_text(encoding="utf-8"))
    return list(data["articles"])


def run_demo(*, db: str, model: str | None, out: TextIO, quiet: bool = False) -> int:
    """Ingest the sample articles into ``db`` and print their events as a table."""
    from eventwire.api import ingest
    from eventwire.store import EventFilter, open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo-articles.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in demo_records()), encoding="utf-8")
        with open_store(db) as store:
            report = ingest([str(path)], store, model=model)
            records = list(store.events(EventFilter()))
    assert report.stored is not None
    if not quiet:
        out.write(
            f"eventwire demo: {report.articles} sample articles → {report.stored.added} new, "
            f"{report.stored.unchanged} already stored; {len(records)} events in {db}\n\n"
        )
    write_table(records, out)
    if not quiet:
        out.write(
            "\nNext, try:\n"
            f"  eventwire events --db {db} --country KEN --format table\n"
            f"  eventwire events --db {db} --type ASSAULT\n"
            f"  eventwire export --db {db} --format csv -o events.csv\n"
            "  eventwire extract ARTICLE.txt --published 2024-01-31     (events as PLOVER JSONL)\n"
            "  eventwire ingest FOLDER_OR_FILE.jsonl --db my.db\n"
        )
    return 0 if report.ok else 1
