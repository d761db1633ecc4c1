"""Normalisation keeps a faithful map back to the original characters."""

from __future__ import annotations

from eventwire.ingest.normalize import normalize_text


def test_whitespace_is_collapsed_and_paragraphs_kept() -> None:
    text, _ = normalize_text("  Talks  began\t today.\r\n\r\n\r\nThey  ended.  ")
    assert text == "Talks began today.\n\nThey ended."


def test_unicode_is_nfkc_and_invisible_characters_go() -> None:
    text, _ = normalize_text("Paris\u00a0accord\u200b signed \ufb01nal")
    assert text == "Paris accord signed final"


def test_offsets_map_back_to_the_original() -> None:
    raw = "  A\u00a0\u00a0b\r\n\r\nC\u200bD  e"
    text, offsets = normalize_text(raw)
    assert text == "A b\n\nCD e"
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert raw[offsets.to_original(i)] == ch, (i, ch)


def test_combining_marks_stay_with_their_letter() -> None:
    text, offsets = normalize_text("Te\u0301he\u0301ran")
    assert text == "Téhéran"
    assert offsets.to_original(text.index("h")) == 3
