"""Document structure: headline, publisher or byline, photo captions, dateline, section headings and zones."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.records import Span, Structure, Zone

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&/'-]{0,40})\)"
_DASH = r"(?:--|[-–—])"
# "WASHINGTON (Reuters) -", "LONDON, May 3 (AP) —", "BEIJING —", "TEHERAN-Iranian", "ST. LOUIS, Mo. -"
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){{0,3}})"
    rf"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?"
    rf"(?:,?\s*(?P<when>{_MONTH}\s+\d{{1,2}}))?"
    rf"\s*(?:{_AGENCY})?"
    rf"(?P<gap>\s*){_DASH}+(?P<after>\s*)"
)
# Mixed case needs a date or an agency to be trusted: "Beijing, May 3 (Xinhua) --", "Kabul (AFP) -"
_MIXED_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})"
    rf"(?:,\s*(?P<when>{_MONTH}\s+\d{{1,2}}))?\s*{_AGENCY}\s*{_DASH}+\s*"
)
_CAPTION = re.compile(
    r"(\((?:[A-Z][A-Za-z]*\s)?(?:photo|photograph|picture|image|file photo|video)\b[^)]*\)\s*$)"
    r"|(\[(?:photo|picture|image)[^\]]*\]\s*$)"
    r"|(^(?:photo|picture|image)\s*:)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|from)\s+[A-Z][\w.'’-]*(?:\s+[\w.'’&,-]+){0,7}$", re.IGNORECASE)
_FINAL_PUNCT = (".", "!", "?", ":", ";", ",", '"', "”", "'")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Block:
    lines: tuple[_Line, ...]

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _blocks(text: str) -> list[_Block]:
    """Paragraphs (separated by blank lines) made of lines, with offsets."""
    blocks: list[_Block] = []
    current: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            current.append(_Line(pos, pos + len(raw), raw))
        elif current:
            blocks.append(_Block(tuple(current)))
            current = []
        pos += len(raw) + 1
    if current:
        blocks.append(_Block(tuple(current)))
    return blocks


def _words(s: str) -> int:
    return len(s.split())


def _is_short_label(s: str, max_words: int) -> bool:
    """A short line without final punctuation (publisher, heading)."""
    return 0 < _words(s) <= max_words and not s.rstrip().endswith(_FINAL_PUNCT)


def _looks_like_headline(s: str) -> bool:
    return 0 < _words(s) <= 30 and not s.rstrip().endswith((".", ":", ";", ","))


_FIRST_SENTENCE = re.compile(r"^(.{8,160}?[.!?])\s+(?=[A-Z\"“])")


_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|Jr|Sr|No|Vol|Inc|Corp|Ltd|Co"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|Mt|Ft)\.)$"
)


def _headline_sentence(block: _Block) -> Span | None:
    """A Title Case first sentence run into the body ("Paraguay Seizes Largest Ever Cocaine Haul. Over ...")."""
    m = _FIRST_SENTENCE.match(block.text)
    if not m or "\n" in m.group(1) or _ABBREVIATION_END.search(m.group(1)):
        return None  # "... has condemned a U.S. Supreme Court decision": the period ends an abbreviation
    words = [w for w in m.group(1).rstrip(".!?").split() if len(w) > 3 and w[0].isalpha()]
    if len(m.group(1).split()) > 20 or len(words) < 2 or sum(w[0].isupper() for w in words) / len(words) < 0.75:
        return None
    return Span(block.start, block.start + len(m.group(1)), m.group(1))


def find_dateline(paragraph: str) -> tuple[int, int, int, int] | None:
    """(prefix_end, place_start, place_end, text_start) of a dateline at the start of a paragraph, or None."""
    m = _CAPS_DATELINE.match(paragraph)
    if m:
        letters = sum(ch.isalpha() for ch in m.group("place"))
        tight = not m.group("gap") and not m.group("after")
        # "U.S.-China talks" is not a dateline: a dash glued on both sides needs a real place name
        if letters >= 3 and not (tight and (letters < 4 or "." in m.group("place"))):
            rest = paragraph[m.end() :]
            if rest[:1].isupper() or rest[:1] in "\"“'‘" or rest[:1].isdigit():
                return m.end(), m.start("place"), m.end("place"), m.end()
    m = _MIXED_DATELINE.match(paragraph)
    if m:
        return m.end(), m.start("place"), m.end("place"), m.end()
    return None


def detect_structure(text: str, *, title_in_text: bool = True) -> Structure:
    """Label headline, publisher/byline, captions, dateline and headings of a normalised article text.

    ``title_in_text`` says whether the first line may be a headline (false when the record's title
    was not put in front of the text)."""
    blocks = _blocks(text)
    zones: list[tuple[int, int, Zone]] = []
    headline = publisher = byline = dateline = dateline_place = None
    captions: list[Span] = []
    headings: list[Span] = []
    first_body = True

    for i, block in enumerate(blocks):
        lines = list(block.lines)
        if i == 0 and title_in_text and _looks_like_headline(lines[0].text):
            nxt_short = len(lines) > 1 and _is_short_label(lines[1].text, 6)
            if len(lines) == 1 or (nxt_short and len(lines) == 2):
                headline = Span(lines[0].start, lines[0].end, lines[0].text)
                zones.append((lines[0].start, lines[0].end, "headline"))
                if len(lines) == 2:
                    span = Span(lines[1].start, lines[1].end, lines[1].text)
                    if _BYLINE.match(lines[1].text):
                        byline = span
                        zones.append((span.start, span.end, "byline"))
                    else:
                        publisher = span
                        zones.append((span.start, span.end, "publisher"))
                continue
        if i <= 2 and len(lines) == 1 and _BYLINE.match(block.text) and _words(block.text) <= 8:
            byline = Span(block.start, block.end, block.text)
            zones.append((block.start, block.end, "byline"))
            continue
        if (
            i == 1
            and headline is not None
            and publisher is None
            and byline is None
            and len(lines) == 1
            and _is_short_label(block.text, 5)
            and not find_dateline(block.text)
        ):
            publisher = Span(block.start, block.end, block.text)
            zones.append((block.start, block.end, "publisher"))
            continue
        if _CAPTION.search(block.text):
            captions.append(Span(block.start, block.end, block.text))
            zones.append((block.start, block.end, "caption"))
            continue
        if len(lines) == 1 and i > 0 and _is_short_label(block.text, 8) and not find_dateline(block.text):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and _words(nxt.text) > _words(block.text):
                headings.append(Span(block.start, block.end, block.text))
                zones.append((block.start, block.end, "heading"))
                continue
        if first_body:
            first_body = False
            found = find_dateline(block.text)
            if found:
                prefix_end, p_start, p_end, _ = found
                dateline = Span(block.start, block.start + prefix_end, block.text[:prefix_end].rstrip())
                dateline_place = Span(block.start + p_start, block.start + p_end, block.text[p_start:p_end])
                zones.append((block.start, block.end, "dateline"))
                continue
        zones.append((block.start, block.end, "body"))
    if headline is None and title_in_text and blocks:
        headline = _headline_sentence(blocks[0])
        if headline is not None:
            first: list[tuple[int, int, Zone]] = [(headline.start, headline.end, "headline")]
            zones = first + [(max(s, headline.end + 1), e, z) for s, e, z in zones if e > headline.end + 1]
    return Structure(
        headline=headline,
        publisher=publisher,
        byline=byline,
        dateline=dateline,
        dateline_place=dateline_place,
        captions=tuple(captions),
        headings=tuple(headings),
        zones=tuple(zones),
    )
