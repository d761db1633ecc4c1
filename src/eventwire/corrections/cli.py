"""`eventwire corrections export`: the correction log, or every corrected article as article-gold/1 (for eval and
train)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from eventwire.store import default_location, display

FORMATS = ("article-gold", "log")


def export_corrections(store: Any, fmt: str, out: TextIO) -> int:
    """Write the corrections of ``store`` as JSONL: ``article-gold`` (one record per corrected article) or ``log``
    (one entry per correction, oldest first); returns how many lines were written."""
    from eventwire.corrections.gold import corrections_gold

    records: Iterable[dict[str, Any]] = corrections_gold(store) if fmt == "article-gold" else store.corrections()
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def cmd_corrections(args: argparse.Namespace) -> int:
    from eventwire.store import open_store

    with open_store(args.db, create=False) as store:
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8") as out:
                n = export_corrections(store, args.format, out)
        else:
            n = export_corrections(store, args.format, sys.stdout)
    if not args.quiet:
        what = "corrected articles" if args.format == "article-gold" else "corrections"
        print(f"eventwire: exported {n} {what} ({args.format}) from {display(args.db)}", file=sys.stderr)
    return 0


def add_corrections_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `eventwire corrections export` on the main parser's subcommands."""
    p = sub.add_parser(
        "corrections",
        help="export analysts' corrections: the log, or corrected articles as gold",
        description="Export what analysts corrected in the web UI (eventwire serve --write-token-file): "
        "article-gold writes every corrected article as an article-gold/1 record with its events as they now stand "
        "(evidence sentences with offsets and triggers), which `eventwire eval` scores like any gold file and "
        "`eventwire train --with-corrections DB` learns from; log writes every correction (who, when, the event "
        "before and after, the note), oldest first.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write the corrections as JSONL", description=p.description)
    e.add_argument(
        "--db",
        default=default_location(),
        help="database: a file path (SQLite) or a postgresql:// URL (default: $EVENTWIRE_DB, else ./eventwire.db)",
    )
    e.add_argument("--format", choices=FORMATS, default="article-gold", help="what to write (default article-gold)")
    e.add_argument("-o", "--output", help="write to this file instead of stdout")
    common(e)
    e.set_defaults(func=cmd_corrections)
