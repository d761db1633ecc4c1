"""The CLI as a user meets it: help everywhere, exit codes, clear messages without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.cli import build_parser, main

COMMANDS = ("extract", "ingest", "events", "export", "copy", "demo", "eval", "train", "serve", "corrections")


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_help_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (None, *COMMANDS):
        with pytest.raises(SystemExit) as done:
            main([command, "--help"] if command else ["--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert "usage: eventwire" in out
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)  # type: ignore[attr-defined]


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "extract" in capsys.readouterr().out


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["extract", "x.txt", "--published", "yesterday"])
    assert done.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


def test_events_without_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert "E401" in err and "eventwire ingest" in err


def test_unknown_filter_values_are_named_with_the_nearest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (issue 11.8): --limit -5 meant unlimited; an unknown --type or --country silently gave 0 rows."""
    from eventwire.store import open_store

    db = tmp_path / "ew.db"
    open_store(db).close()
    with pytest.raises(SystemExit) as done:
        main(["events", "--db", str(db), "--limit", "-5"])
    assert done.value.code == 2 and "positive" in capsys.readouterr().err
    for option, value, nearest in (("--type", "ASSALT", "ASSAULT"), ("--country", "IRNN", "IRN"),
                                   ("--country", "Iran", "IRN"), ("--type", "99", "CAMEO roots"),
                                   ("--cameo", "2x", "CAMEO roots")):  # fmt: skip
        assert main(["events", "--db", str(db), option, value]) == 1
        err = capsys.readouterr().err
        assert "[E001]" in err and value in err and nearest in err, err
    assert main(["events", "--db", str(db), "--type", "assault", "--country", "irn", "--limit", "3"]) == 0


def test_ingest_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Police arrested two men.", encoding="utf-8")
    assert main(["ingest", str(f), "--db", str(tmp_path / "no" / "ew.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.model
def test_binary_file_is_refused_without_traceback(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    blob = tmp_path / "photo.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    done = _run("extract", str(blob))
    assert done.returncode == 1
    assert "E102" in done.stderr and "binary" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.model
def test_extract_jsonl_with_a_broken_line(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "Iranian President Ebrahim Raisi met with Chinese Defense Minister Wei Fenghe"
                " in Tehran on Wednesday.",
                "published": "2022-04-28",
            }
        )
        + "\nnot json\n"
        + json.dumps(
            {"id": "c", "text": "Police in Lima arrested four protest leaders on Sunday.", "published": "2024-05-06"}
        )
        + "\n",
        encoding="utf-8",
    )
    done = _run("extract", str(f))
    assert done.returncode == 1, done.stderr
    assert "line 2" in done.stderr and "Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["article_id"] for r in records} == {"a", "c"}
    meet = next(r for r in records if r["article_id"] == "a")
    assert meet["event"] == "CONSULT" and meet["date"] == "2022-04-27"
    assert {a["code"] for a in meet["actor"] + meet["recipient"]} == {"IRN", "CHN"}


@pytest.mark.model
def test_ingest_twice_then_query_and_export(tmp_path: Path, db_location: str, nlp) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "Kenya and Ethiopia signed a trade agreement in Nairobi on Monday.",
                "published": "2024-03-14",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    db = db_location
    assert _run("ingest", f"{f}", "--db", db).returncode == 0
    first = _run("events", "--db", db).stdout
    again = _run("ingest", f"{f}", "--db", db)
    assert again.returncode == 0 and "1 already stored" in again.stderr
    assert _run("events", "--db", db).stdout == first and first.strip()
    table = _run("events", "--db", db, "--format", "table", "--country", "KEN").stdout
    assert "KEN" in table
    out = tmp_path / "events.csv"
    assert _run("export", "--db", db, "--format", "csv", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("id,article_id,date")
    tsv = _run("export", "--db", db, "--format", "cameo-tsv").stdout
    assert tsv.startswith("event_id\tdate\tsource_name") and "KEN" in tsv
    refused = _run("export", "--db", db, "--format", "parquet")
    assert refused.returncode == 1 and "-o" in refused.stderr and "Traceback" not in refused.stderr
    assert _run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "e.parquet")).returncode == 0
    rows = [json.loads(line) for line in _run("events", "--db", db).stdout.splitlines()]
    assert all(r["id"].startswith("cl-") and r["article_ids"] == ["a"] for r in rows)
    raw = [json.loads(line) for line in _run("events", "--db", db, "--per-article").stdout.splitlines()]
    assert raw and all(r["id"].startswith("ev-") for r in raw)


@pytest.mark.model
def test_ingest_stores_every_good_record_when_line_2_is_broken(tmp_path: Path, db_location: str, nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.store import open_store

    f = tmp_path / "in.jsonl"
    good = [
        {"id": "a", "text": "Police in Lima arrested four protest leaders on Sunday.", "published": "2024-05-06"},
        {"id": "c", "text": "Kenya and Ethiopia signed a trade agreement on Monday.", "published": "2024-03-14"},
    ]
    f.write_text(json.dumps(good[0]) + '\n{"id": "b", "text": \n' + json.dumps(good[1]) + "\n", encoding="utf-8")
    done = _run("ingest", str(f), "--db", db_location)
    assert done.returncode == 1 and "line 2" in done.stderr and "Traceback" not in done.stderr
    with open_store(db_location) as store:
        ids = {r[0] for r in store.conn.execute("SELECT source_id FROM articles")}
    assert ids == {"a", "c"}
