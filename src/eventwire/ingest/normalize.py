"""Unicode and whitespace normalisation that keeps a map back to the original character offsets."""

from __future__ import annotations

import unicodedata

from eventwire.records import OffsetMap

_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_HSPACE = {" ", "\t", "\u00a0", "\u2007", "\u202f", "\u3000"}


def _clusters(text: str) -> list[tuple[int, str]]:
    """Split text into (start, cluster): a base character followed by its combining marks."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if out and unicodedata.combining(ch):
            start, cl = out[-1]
            out[-1] = (start, cl + ch)
        else:
            out.append((i, ch))
    return out


def _unicode_pass(text: str) -> tuple[list[str], list[int]]:
    """NFKC per cluster, control and zero-width characters dropped; returns chars and their origins."""
    chars: list[str] = []
    origin: list[int] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    # \r\n → \n shifts offsets; recompute against the caller's text via a second map below
    for start, cluster in _clusters(text):
        if cluster in _DROP:
            continue
        if cluster in _HSPACE or (cluster != "\n" and unicodedata.category(cluster[0]) in ("Zs",)):
            norm = " "
        elif cluster != "\n" and unicodedata.category(cluster[0]) in ("Cc", "Cf", "Co", "Cs"):
            norm = " " if cluster[0] == "\t" else ""
            if not norm:
                continue
        else:
            norm = unicodedata.normalize("NFKC", cluster)
        for ch in norm:
            chars.append(ch)
            origin.append(start)
    return chars, origin


def _crlf_origin(raw: str) -> list[int]:
    """For text after CR/LF folding, the offset in ``raw`` of each character."""
    out: list[int] = []
    i = 0
    while i < len(raw):
        out.append(i)
        i += 2 if raw.startswith("\r\n", i) else 1
    return out


def normalize_text(raw: str) -> tuple[str, OffsetMap]:
    """Normalise Unicode (NFKC) and whitespace (runs of spaces → one, at most one blank line between
    paragraphs, lines stripped); return the text and a map from its offsets to offsets in ``raw``."""
    crlf = _crlf_origin(raw) if "\r" in raw else None
    chars, origin = _unicode_pass(raw)
    if crlf is not None:
        origin = [crlf[o] for o in origin]
    out: list[str] = []
    out_origin: list[int] = []
    pending_space = False
    newlines = 0
    for ch, o in zip(chars, origin, strict=True):
        if ch == " ":
            pending_space = True
            continue
        if ch == "\n":
            newlines += 1
            pending_space = False
            continue
        if out:
            if newlines:
                sep = "\n\n" if newlines >= 2 else "\n"
                for s in sep:
                    out.append(s)
                    out_origin.append(o)
            elif pending_space:
                out.append(" ")
                out_origin.append(o - 1 if o > 0 else 0)
        newlines = 0
        pending_space = False
        out.append(ch)
        out_origin.append(o)
    return "".join(out), _compress(out_origin)


def _compress(origin: list[int]) -> OffsetMap:
    """Keep only the breakpoints where the normalised→original delta changes."""
    norm: list[int] = []
    orig: list[int] = []
    for i, o in enumerate(origin):
        if not norm or o - i != orig[-1] - norm[-1]:
            norm.append(i)
            orig.append(o)
    return OffsetMap(tuple(norm), tuple(orig))
