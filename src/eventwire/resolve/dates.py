"""Dates: relative expressions resolved against the publication date; dateparser only for explicit dates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from eventwire.records import EventDate

NAME = "eventwire.dates.v1"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1}
_SAME_DAY = ("the day", "that day", "the same day", "earlier in the day", "later in the day")
_VAGUE = ("recent", "recently", "weeks", "months", "years", "decade", "decades", "century", "past", "week", "season",
          "weekend")  # fmt: skip
_YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$")
_DAY_NUM = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _weekday(text: str, published: date) -> date | None:
    for i, name in enumerate(WEEKDAYS):
        if name in text:
            back = (published.weekday() - i) % 7
            if back == 0 and text.startswith("last"):
                back = 7
            return published - timedelta(days=back)
    return None


def _month_only(text: str, published: date | None) -> EventDate | None:
    words = text.replace(".", "").replace(",", " ").split()
    words = [w for w in words if w not in ("in", "on", "early", "late", "mid", "last", "this", "of")]
    month = None
    year = None
    for w in words:
        if w in MONTHS:
            month = MONTHS.index(w) + 1
        elif w[:4] in _MONTH_ABBR and len(w) <= 5:
            month = _MONTH_ABBR[w[:4]] if w[:4] in _MONTH_ABBR else _MONTH_ABBR[w[:3]]
        elif _YEAR.match(w):
            year = int(w)
        elif w[:3] in _MONTH_ABBR and len(w) <= 4:
            month = _MONTH_ABBR[w[:3]]
        else:
            return None
    if month is None:
        return None
    if year is None:
        if published is None:
            return EventDate(None, None, text=text)
        year = published.year if month <= published.month else published.year - 1
    return EventDate(date(year, month, 1), "month", text=text)


def _relative(text: str, published: date) -> EventDate | None:
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
        return EventDate(published, "day", text=text)
    if "day before yesterday" in text:
        return EventDate(published - timedelta(days=2), "day", text=text)
    if "yesterday" in text or text == "last night":
        return EventDate(published - timedelta(days=1), "day", text=text)
    m = re.match(r"^(\w+) days? ago$", text)
    if m and (m.group(1) in _NUMBERS or m.group(1).isdigit()):
        n = _NUMBERS.get(m.group(1)) or int(m.group(1))
        return EventDate(published - timedelta(days=n), "day", text=text)
    if text in ("last month", "this month", "earlier this month"):
        anchor = published if "this" in text else (published.replace(day=1) - timedelta(days=1))
        return EventDate(anchor.replace(day=1), "month", text=text)
    if text in ("last year", "this year", "earlier this year"):
        year = published.year - (1 if text == "last year" else 0)
        return EventDate(date(year, 1, 1), "year", text=text)
    day = _weekday(text, published)
    if day is not None and len(text.split()) <= 3:
        return EventDate(day, "day", text=text)
    return None


@lru_cache(maxsize=4096)
def _parse_explicit(text: str, published: date | None) -> EventDate | None:
    """Explicit dates ("April 17", "17 April 1987") through dateparser, cached."""
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    has_year = bool(re.search(r"\b(19|20)\d\d\b", text))
    if published is None and not has_year:
        return EventDate(None, None, text=text)
    if published is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    value = parsed.date()
    if published is not None and not has_year and value > published:
        value = value.replace(year=value.year - 1)
    return EventDate(value, "day", text=text)


def resolve_date(text: str, published: date | None) -> EventDate | None:
    """What a DATE expression says about when an event happened.

    Returns a day/month/year EventDate, an EventDate with no value for a vague or unresolvable cue
    (background, "last week", a day and month in an undated article), or None when the text is no date."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(on|in|at|by|from|since|until|during|over|for)\s+", "", t) if not t.startswith("since") else t
    if t.startswith("since") or (any(v in t.split() for v in _VAGUE) and not any(d in t for d in WEEKDAYS)):
        return EventDate(None, None, text=text)
    if published is not None:
        found = _relative(t, published)
        if found is not None:
            return found
    elif any(d in t for d in WEEKDAYS) or "yesterday" in t or t == "today":
        return EventDate(None, None, text=text)
    if published is not None and re.search(r"\b(?:hours?|minutes?|moments?)\s+ago$", t) and not re.search(r"\d", t):
        return EventDate(published, "day", text=text)  # "an hour ago": the day of publication
    if t.endswith(" ago"):  # "a year ago", "a month ago": about then, no day (days ago are counted above)
        return EventDate(None, None, text=text)
    year = _YEAR.match(t)
    if year:
        return EventDate(date(int(year.group(1)), 1, 1), "year", text=text)
    month = _month_only(t, published)
    if month is not None:
        return month
    if _DAY_NUM.search(t) and any(m[:3] in t for m in MONTHS):
        return _parse_explicit(t, published)
    return None


def same_day_phrase(text: str) -> bool:
    """ "Earlier in the day", "that day": the date of the event the article is about."""
    t = text.lower()
    return any(p in t for p in _SAME_DAY)
