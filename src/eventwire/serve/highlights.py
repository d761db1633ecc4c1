"""Spans to mark inside each reporting sentence: trigger, actors, recipients, the date cue and the place."""

from __future__ import annotations

import re
from typing import Any

Record = dict[str, Any]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_CUES = re.compile(
    "|".join(
        (
            rf"\b(?:(?:last|next|this|on)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b",
            rf"\b{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?\b",
            rf"\b{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?\b",
            rf"\b{_MONTH}\s+\d{{4}}\b",
            r"\b\d{4}-\d{2}-\d{2}\b",
            r"\b(?:yesterday|today|tonight|tomorrow)\b",
            r"\b(?:earlier|later|last|this|next)\s+(?:week|month|year|morning|afternoon|evening)\b",
        )
    ),
    re.IGNORECASE,
)
_PRIORITY = ("trigger", "actor", "recipient", "place", "date")


def _inside(start: Any, end: Any, lo: int, hi: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and lo <= start < end <= hi


def _find(needle: str | None, sentence: str) -> tuple[int, int] | None:
    """First whole-word, case-insensitive occurrence of ``needle`` in ``sentence``."""
    if not needle:
        return None
    match = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", sentence, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _actor_label(role: str, ref: Record) -> str:
    codes = " ".join(str(c) for c in (ref.get("code"), ref.get("sector")) if c)
    name = ref.get("name") or ref.get("text") or ""
    return f"{role}: {name}" + (f" ({codes})" if codes else "")


def _spans(event: Record, mention: Record) -> list[tuple[str, int, int, str]]:
    lo, hi, sentence = int(mention["start"]), int(mention["end"]), str(mention["sentence"])
    out: list[tuple[str, int, int, str]] = []
    if _inside(mention.get("trigger_start"), mention.get("trigger_end"), lo, hi):
        label = f"trigger: {mention.get('trigger')}" + (f" ({mention['pattern']})" if mention.get("pattern") else "")
        out.append(("trigger", mention["trigger_start"] - lo, mention["trigger_end"] - lo, label))
    for role in ("actor", "recipient"):
        for ref in event.get(role) or []:
            if _inside(ref.get("start"), ref.get("end"), lo, hi):
                out.append((role, ref["start"] - lo, ref["end"] - lo, _actor_label(role, ref)))
            elif (found := _find(ref.get("text"), sentence)) is not None:
                out.append((role, *found, _actor_label(role, ref)))
    place = event.get("event_loc") or {}
    if (found := _find(place.get("name"), sentence)) is not None:
        country = f" ({place['country_code']})" if place.get("country_code") else ""
        out.append(("place", *found, f"place: {place['name']}{country}"))
    if event.get("date"):
        label = f"date: {event['date']}" + (f" ({event['date_precision']})" if event.get("date_precision") else "")
        out += [("date", m.start(), m.end(), label) for m in DATE_CUES.finditer(sentence)]
    return out


def highlights(event: Record) -> list[Record]:
    """Non-overlapping spans per mention (trigger before actors, recipients, place, date), sorted by position."""
    result: list[Record] = []
    for index, mention in enumerate(event.get("mentions") or []):
        taken: list[tuple[int, int]] = []
        chosen = []
        for kind, start, end, label in sorted(_spans(event, mention), key=lambda s: (_PRIORITY.index(s[0]), s[1])):
            if start >= end or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            chosen.append({"mention": index, "kind": kind, "start": start, "end": end, "label": label})
        result += sorted(chosen, key=lambda h: h["start"])
    return result
