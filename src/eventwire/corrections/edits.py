"""Correcting stored events: edit a field, mark an event wrong (removed, with the reason), add a missed one, and
undo any of these; each is one entry of the store's append-only log (Store.correct)."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date
from typing import Any

from eventwire.corrections.fields import Checker
from eventwire.corrections.schema import Changes, CorrectionIn, NewEventIn
from eventwire.dictionaries import Dictionaries, load_dictionaries
from eventwire.dictionaries.vocabulary import cameo_codes_for
from eventwire.errors import CorrectionConflict, InvalidCorrection, NothingToCorrect
from eventwire.resolve.places import Gazetteer
from eventwire.store import Store
from eventwire.store.base import Correction, Current
from eventwire.store.corrections import changed_fields

Record = dict[str, Any]
ANALYST = "eventwire.analyst.v1"  # the coder of the events analysts add
ANALYST_PATTERN = "analyst"  # the "pattern" of their mentions (what explain shows)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")


def correct_event(
    store: Store,
    event_id: str,
    request: CorrectionIn,
    *,
    author: str,
    dicts: Dictionaries | None = None,
    gazetteer: Gazetteer | None = None,
) -> Record:
    """Edit, delete or undo a correction of one stored per-article event; returns the log entry (InvalidCorrection
    E801 naming every problem, NothingToCorrect E802, CorrectionConflict E803)."""
    dicts = dicts or load_dictionaries()
    note = request.note.strip()
    if request.action == "edit":
        changes = request.changes
        if changes is None or not changes.model_fields_set:
            raise InvalidCorrection("changes: say which fields to change", hint="e.g. {'event': 'ACCUSE'}")
        meta = Correction("edit", author, note)
        return store.correct(event_id, meta, lambda cur: _edited(cur, changes, dicts, gazetteer))
    if request.action == "delete":
        if request.reason is None:
            raise InvalidCorrection(
                "reason: say why the event is wrong", hint="one of not-an-event, duplicate, negated, hypothetical"
            )
        if request.duplicate_of:
            note = f"duplicate of {request.duplicate_of}" + (f": {note}" if note else "")
        return store.correct(event_id, Correction("delete", author, note, reason=request.reason), _removed)
    if not request.undoes:
        raise InvalidCorrection("undoes: name the correction to undo (its id, c-...)")
    target = request.undoes
    return store.correct(event_id, Correction("undo", author, note, undoes=target), lambda cur: undone(cur, target))


def add_event(
    store: Store,
    article: str,
    request: NewEventIn,
    *,
    author: str,
    dicts: Dictionaries | None = None,
    gazetteer: Gazetteer | None = None,
) -> Record:
    """Add an event the coder missed to a stored article (by id or content hash), from the words that report it;
    returns the log entry (its ``event_id`` is the new event's id)."""
    dicts = dicts or load_dictionaries()
    versions = list(dicts.versions)
    event_id = "ev-" + uuid.uuid4().hex[:16]

    def change(cur: Current) -> Record:
        check = _checker(cur, dicts, gazetteer)
        span = check.quote(request.trigger)
        record = {**check.coding(request.event, request.cameo, request.mode, request.context),
                  "actor": check.participants("actor", request.actor),
                  "recipient": check.participants("recipient", request.recipient),
                  **check.date(request.date), "event_loc": check.place(request.event_loc)}  # fmt: skip
        _needs_sides(check, record)
        check.fail()
        assert span is not None
        mention = _mention(cur.article, *span)
        return {"id": event_id, "article_id": cur.article["source_id"], **record, "mentions": [mention],
                "negated": False, "hypothetical": False, "confidence": 1.0, "coder": ANALYST, "versions": versions,
                "explain": {"patterns": [ANALYST_PATTERN], "type_scores": [], "participant_scores": [],
                            "participants": [], "date": None, "place": None}}  # fmt: skip

    return store.correct(event_id, Correction("add", author, request.note.strip()), change, article=article)


def undone(cur: Current, target: str) -> Record | None:
    """What undoing log entry ``target`` of this event makes of it: an added (or restored) event removed, a
    removed one restored, and an edit's fields set back to what they were before it (later changes to other
    fields stay)."""
    entry = next((e for e in cur.log if e["id"] == target), None)
    if entry is None:
        raise NothingToCorrect(
            f"this event has no correction {target!r}",
            hint="the event's corrections are listed by GET /api/events/ID/corrections",
        )
    if entry["before"] is None:  # it brought the event in: take it out again
        if cur.record is None:
            raise CorrectionConflict(f"the event that {target} added is removed already")
        return None
    if entry["after"] is None:  # it removed the event: bring it back
        if cur.record is not None:
            raise CorrectionConflict(f"the event that {target} removed is stored again already")
        return dict(entry["before"])
    if cur.record is None:
        raise CorrectionConflict(f"the event was removed after {target}", hint="undo that removal first")
    out = dict(cur.record)
    for name in changed_fields(entry["before"], entry["after"]):
        out[name] = entry["before"].get(name)
    if not changed_fields(cur.record, out):
        raise InvalidCorrection(f"undoing {target} changes nothing: the event already reads as before it")
    return out


def _checker(cur: Current, dicts: Dictionaries, gazetteer: Gazetteer | None) -> Checker:
    published = cur.article.get("published")
    when = date.fromisoformat(published[:10]) if published else None
    if gazetteer is None:
        from eventwire.resolve.places import default_gazetteer

        gazetteer = default_gazetteer()
    return Checker(dicts, str(cur.article["text"]), when, gazetteer)


def _edited(cur: Current, changes: Changes, dicts: Dictionaries, gazetteer: Gazetteer | None) -> Record:
    rec = cur.record
    if rec is None:
        raise CorrectionConflict("the event was removed", hint="undo its removal (GET /api/events/ID/corrections)")
    check = _checker(cur, dicts, gazetteer)
    out = dict(rec)
    given = changes.model_fields_set
    if given & {"event", "cameo", "mode", "context"}:
        event = (changes.event or rec["event"]).strip().upper()
        kind = dicts.ontology.plover.get(event)
        keep = rec["cameo"] if rec["cameo"] in cameo_codes_for(dicts, event) else None
        cameo = changes.cameo if "cameo" in given else keep
        modes = kind.modes if kind is not None else ()
        mode = changes.mode if changes.mode is not None else [m for m in rec.get("mode") or [] if m in modes]
        context = changes.context if changes.context is not None else list(rec.get("context") or [])
        out.update(check.coding(event, cameo, mode, context))
    for role in ("actor", "recipient"):
        if role in given:
            out[role] = check.participants(role, getattr(changes, role) or [])
    if "date" in given:
        out.update(check.date(changes.date))
    if "event_loc" in given:
        out["event_loc"] = check.place(changes.event_loc)
    _needs_sides(check, out)
    check.fail()
    if not changed_fields(rec, out):
        raise InvalidCorrection("the correction changes nothing: the event already reads so")
    return out


def _removed(cur: Current) -> None:
    if cur.record is None:
        raise CorrectionConflict("the event is removed already")


def _needs_sides(check: Checker, record: Record) -> None:
    if not record.get("actor") and not record.get("recipient") and not check.problems:
        check.problems.append("actor, recipient: an event needs an actor or a recipient")


def _mention(article: Record, start: int, end: int) -> Record:
    """The mention of words an analyst selected: the sentence around them (from the end of the sentence before to
    the next sentence end or line break), its zone, and the words as the trigger."""
    text = str(article["text"])
    first = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        first = m.end()
    after = _SENTENCE_END.search(text, max(first, end - 1))
    last = len(text) if after is None else after.start() if text[after.start()] == "\n" else after.end()
    while first < start and text[first].isspace():
        first += 1
    zone = "body"
    structure = article.get("structure") or {}
    if isinstance(structure, str):
        structure = json.loads(structure)
    for z_start, z_end, z_name in structure.get("zones") or []:
        if z_start <= first < z_end:
            zone = z_name
    return {"sentence": text[first:last], "start": first, "end": last, "zone": zone, "trigger": text[start:end],
            "trigger_start": start, "trigger_end": end, "pattern": ANALYST_PATTERN}  # fmt: skip
