"""Each correctable field of an event checked against the ontology, the dictionaries and the article, and built as
the PLOVER record writes it; every problem is collected in words an analyst can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.corrections.schema import ParticipantIn, PlaceIn, SpanIn
from eventwire.corrections.suggest import suggest
from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.vocabulary import cameo_codes_for, country_codes
from eventwire.errors import InvalidCorrection
from eventwire.resolve.places import Gazetteer

Record = dict[str, Any]
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_QUOTE = 3000  # characters of article text one span may cover


@dataclass
class Checker:
    """Checks fields of one correction against the ontology and one article; ``problems`` gathers what is wrong."""

    dicts: Dictionaries
    text: str  # the article text, as stored
    published: date | None
    gazetteer: Gazetteer | None = None
    problems: list[str] = field(default_factory=list)

    def fail(self) -> None:
        """Refuse the correction when anything was wrong, naming every problem."""
        if self.problems:
            raise InvalidCorrection(
                "; ".join(self.problems),
                hint="types, CAMEO codes, modes, contexts and sectors come from the ontology (GET /api/ontology)",
            )

    # -- type ------------------------------------------------------------------------------------------------------
    def coding(self, event: str, cameo: str | None, mode: list[str], context: list[str]) -> Record:
        """event, cameo, quad_code, goldstein, plover_score, mode and context, checked (the type's generic CAMEO
        code when none is given)."""
        onto = self.dicts.ontology
        event = event.strip().upper()
        kind = onto.plover.get(event)
        if kind is None:
            self.problems.append(f"event: {event!r} is not a PLOVER type (one of {', '.join(onto.plover)})")
            return {}
        cameo = (cameo or "").strip() or self.dicts.lexicon.generic_cameo[event]
        codes = cameo_codes_for(self.dicts, event)
        if cameo not in onto.cameo:
            self.problems.append(f"cameo: {cameo!r} is not a CAMEO code")
        elif cameo not in codes:
            roots = sorted({c[:2] for c in codes})
            self.problems.append(
                f"cameo: {cameo} ({onto.cameo[cameo].label}) is not a code of {event}, whose codes start with "
                f"{', '.join(roots)}"
            )
        for m in mode:
            if m not in kind.modes:
                known = ", ".join(kind.modes) or "it has none"
                self.problems.append(f"mode: {m!r} is not a mode of {event} ({known})")
        for c in context:
            if c not in onto.contexts:
                self.problems.append(f"context: {c!r} is not a PLOVER context")
        if self.problems:
            return {}
        coding = onto.coding(event, cameo, tuple(dict.fromkeys(mode)), tuple(dict.fromkeys(context)))
        return {"event": coding.event, "cameo": coding.cameo, "quad_code": coding.quad_code,
                "goldstein": coding.goldstein, "plover_score": coding.plover_score, "mode": list(coding.mode),
                "context": list(coding.context)}  # fmt: skip

    # -- spans, participants, dates, places ------------------------------------------------------------------------
    def span(self, where: str, start: int | None, end: int | None) -> tuple[int, int] | None:
        """A stretch of the article, without the spaces a selection takes at its edges."""
        if start is None or end is None or not 0 <= start < end <= len(self.text):
            self.problems.append(
                f"{where}: {start}-{end} is not a stretch of the article text (0-{len(self.text)}); select words of it"
            )
            return None
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start == end or end - start > MAX_QUOTE:
            self.problems.append(f"{where}: select between 1 and {MAX_QUOTE} characters of words")
            return None
        return start, end

    def participants(self, role: str, specs: list[ParticipantIn]) -> list[Record]:
        return [p for i, spec in enumerate(specs) if (p := self.participant(f"{role}[{i}]", spec)) is not None]

    def participant(self, where: str, spec: ParticipantIn) -> Record | None:
        """A participant as the record writes it: the selected phrase, its coding as given or as guessed."""
        given = spec.model_fields_set
        start = end = None
        if spec.start is not None or spec.end is not None:
            found = self.span(where, spec.start, spec.end)
            if found is None:
                return None
            start, end = found
            text = self.text[start:end]
            if spec.text is not None and " ".join(spec.text.split()) != " ".join(text.split()):
                self.problems.append(f"{where}: the article has {text!r} at {start}-{end}, not {spec.text!r}")
        elif spec.text and spec.text.strip():
            text = spec.text.strip()
        else:
            self.problems.append(f"{where}: select the participant's words in the article (start, end) or give text")
            return None
        guess = suggest(text, self.dicts, self.published)
        code = spec.code if "code" in given else guess.code
        sector = spec.sector if "sector" in given else guess.sector
        code = code.strip().upper() or None if code else None
        sector = sector.strip().upper() or None if sector else None
        if code is not None and code not in country_codes(self.dicts):
            self.problems.append(f"{where}: {code!r} is not a country or organisation code (ISO alpha-3, IGO, ...)")
        if sector is not None and sector not in self.dicts.ontology.sectors:
            known = ", ".join(sorted(self.dicts.ontology.sectors))
            self.problems.append(f"{where}: {sector!r} is not a sector ({known})")
        return {"text": text, "name": spec.name if "name" in given else guess.name, "code": code, "sector": sector,
                "sectors": [sector] if sector else [], "kind": spec.kind if "kind" in given else guess.kind,
                "start": start, "end": end}  # fmt: skip

    def date(self, value: str | None) -> Record:
        """date, date_precision and date_inferred of a stated date (or of an unknown one: null)."""
        if value is None or not value.strip():
            return {"date": None, "date_precision": None, "date_inferred": None}
        m = _DATE.match(value.strip())
        try:
            if m is None:
                raise ValueError
            year, month, day = m.group(1), m.group(2), m.group(3)
            date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            self.problems.append(f"date: {value!r} is not a date (YYYY-MM-DD, or YYYY-MM, or YYYY)")
            return {}
        precision = "day" if day else "month" if month else "year"
        return {"date": value.strip(), "date_precision": precision, "date_inferred": False}

    def place(self, spec: PlaceIn | None) -> Record | None:
        """The event_loc of a city the gazetteer knows (named, or selected in the article), or of a place given
        with coordinates; None clears it."""
        if spec is None:
            return None
        name = spec.name.strip() if spec.name else None
        if spec.start is not None or spec.end is not None:
            found = self.span("event_loc", spec.start, spec.end)
            name = self.text[found[0] : found[1]] if found else name
        if not name:
            self.problems.append("event_loc: give the place's name or select it in the article")
            return None
        code = spec.country_code.strip().upper() if spec.country_code else None
        if code is not None and code not in country_codes(self.dicts):
            self.problems.append(f"event_loc: {code!r} is not a country code (ISO alpha-3)")
        if spec.lat is not None and spec.lon is not None:
            return {"name": name, "geonameid": spec.geonameid, "lat": spec.lat, "lon": spec.lon, "country_code": code}
        entry = self.gazetteer.lookup(name, frozenset({code} if code else ())) if self.gazetteer else None
        if entry is None:
            self.problems.append(
                f"event_loc: the gazetteer knows no city called {name!r}; give its lat and lon, or another name"
            )
            return None
        return {"name": entry.name, "geonameid": entry.geonameid, "lat": entry.lat, "lon": entry.lon,
                "country_code": entry.country}  # fmt: skip

    def quote(self, spec: SpanIn) -> tuple[int, int] | None:
        return self.span("trigger", spec.start, spec.end)
