"""Every input kind is read; every bad input gets a clear, coded problem and the good records still come through."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from eventwire.ingest import Problem, read_inputs
from eventwire.records import Article


def _read(*paths: Path | str, **kw: object) -> tuple[list[Article], list[Problem]]:
    items = list(read_inputs([str(p) for p in paths], **kw))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_txt_with_published(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Talks in Oslo\n\nNorway hosted talks on Monday.", encoding="utf-8")
    arts, probs = _read(f, published=date(2024, 1, 2))
    assert not probs
    assert arts[0].id == "story" and arts[0].published == date(2024, 1, 2)
    assert arts[0].title == "Talks in Oslo"


def test_jsonl_with_a_broken_line_keeps_the_good_records(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": "Police arrested two men.", "published": "2024-01-02"})
        + '\n{"id": "b", "text": \n'
        + json.dumps({"id": "c", "text": "Troops fired on protesters.", "title": "Shots"})
        + "\n",
        encoding="utf-8",
    )
    arts, probs = _read(f)
    assert [a.id for a in arts] == ["a", "c"]
    assert len(probs) == 1 and "line 2" in probs[0].origin and probs[0].code == "E104"
    assert arts[1].text.startswith("Shots\n\n")  # the title becomes the headline line


def test_one_bad_byte_costs_only_its_line(tmp_path: Path) -> None:
    """Regression (issue 11.3): one non-UTF-8 byte in one JSONL line rejected every record of the file."""
    f = tmp_path / "in.jsonl"
    good = [json.dumps({"id": k, "text": f"Record {k}: talks in Oslo."}).encode() for k in ("a", "c", "e")]
    bad_byte = '{"id": "b", "text": "Bogotá"}'.encode("latin-1")
    nul = b'{"id": "d", "text": "x\x00y"}'
    f.write_bytes(b"\n".join([good[0], bad_byte, good[1], nul, good[2]]) + b"\n")
    arts, probs = _read(f)
    assert [a.id for a in arts] == ["a", "c", "e"]
    assert [(p.code, p.origin) for p in probs] == [("E103", f"{f}: line 2"), ("E102", f"{f}: line 4")]
    assert "0xe1" in probs[0].message and "iconv" in probs[0].message
    arts, probs = _read("-", stdin=io.BytesIO(b"\n".join([good[0], bad_byte, good[1]])))
    assert [a.id for a in arts] == ["a", "c"] and [p.code for p in probs] == ["E103"]


def test_record_without_text_and_bad_date(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        '{"id": "x"}\n{"id": "y", "text": "  "}\n{"id": "z", "text": "ok", "published": "soon"}\n', encoding="utf-8"
    )
    arts, probs = _read(f)
    assert not arts
    assert [p.code for p in probs] == ["E105", "E105", "E108"]
    assert "line 1" in probs[0].origin and '"text"' in probs[0].message


def test_json_list_and_single_record(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "s", "text": "Iran and China held talks."}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "m1", "text": "A"}, {"id": "m2"}]), encoding="utf-8")
    arts, probs = _read(one, many)
    assert [a.id for a in arts] == ["s", "m1"]
    assert len(probs) == 1 and "record 2" in probs[0].origin


def test_a_records_own_dateline_is_kept_where_the_text_has_none(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    rows = [
        {"id": "w1", "text": "The minister said talks would go on.", "dateline": "WASHINGTON, March 26 -"},
        {"id": "w2", "text": "TOKYO, March 3 - The minister said talks would go on.", "dateline": "LONDON, March 3 -"},
        {"id": "w3", "text": "The minister said talks would go on.", "dateline": "  "},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (given, written, blank), _ = _read(f)
    assert given.structure.given_place == "WASHINGTON" and "WASHINGTON" not in given.text  # the text is untouched
    assert written.structure.given_dateline is None  # the text's own dateline wins
    assert written.structure.dateline_place is not None and written.structure.dateline_place.text == "TOKYO"
    assert blank.structure.given_dateline is None


def test_empty_binary_undecodable_unknown_and_missing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Bogotá police said.".encode("latin-1"))
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    arts, probs = _read(empty, binary, latin, pdf, tmp_path / "nope.txt")
    assert not arts
    assert [p.code for p in probs] == ["E101", "E102", "E103", "E106", "E107"]
    assert "iconv" in probs[2].message and ".txt" in probs[3].message


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Police arrested two men.", encoding="utf-8")
    (tmp_path / "sub" / "b.jsonl").write_text('{"id": "b1", "text": "Troops withdrew."}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skip me", encoding="utf-8")
    arts, probs = _read(tmp_path)
    assert sorted(a.id for a in arts) == ["a", "b1"] and not probs


def test_stdin_kinds() -> None:
    arts, _ = _read("-", stdin=io.BytesIO(b'{"id": "s1", "text": "Talks."}\n{"id": "s2", "text": "More talks."}\n'))
    assert [a.id for a in arts] == ["s1", "s2"]
    arts, _ = _read("-", stdin=io.BytesIO(b"Plain text from a pipe."))
    assert arts[0].text == "Plain text from a pipe."


def test_html_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks in Oslo</title><meta name='date' content='2024-03-05'>"
        "<meta property='og:site_name' content='Example News'></head><body><article><h1>Talks in Oslo</h1>"
        "<p>OSLO (Reuters) - Norway hosted talks between the two sides on Monday, officials said, and the talks"
        " lasted for several hours before ending without an agreement.</p><p>A second paragraph follows here"
        " with more words so that the extractor keeps it as main text of the page.</p></article></body></html>",
        encoding="utf-8",
    )
    arts, probs = _read(page)
    assert not probs
    a = arts[0]
    assert a.title == "Talks in Oslo" and a.published == date(2024, 3, 5) and a.source == "Example News"
    assert a.structure.dateline_place is not None and a.structure.dateline_place.text == "OSLO"


def test_content_hash_is_stable(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Police arrested two men.", encoding="utf-8")
    (a1,), _ = _read(f)
    (a2,), _ = _read(f)
    assert a1.content_hash == a2.content_hash
