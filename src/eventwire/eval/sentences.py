"""Sentence-level gold sets (ConfliBERT pentaclass, PLOVER GSR, PETRARCH2, CASE 2021): detection and scorers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from eventwire.errors import EventwireError, IngestError
from eventwire.ingest.build import make_article, parse_published
from eventwire.records import Article

Record = dict[str, Any]
Pair = tuple[Record, list[Record]]  # (gold record, eventwire's events for its sentence as Event.to_json() dicts)

CONFLIBERT, PLOVER, PETRARCH2, CASE2021 = "conflibert_pentaclass", "plover_gsr", "petrarch2", "case2021_acled"
ARTICLE = "article"
SENTENCE_KINDS = (CONFLIBERT, PLOVER, PETRARCH2, CASE2021)
NO_EVENT = "NONE"

# Phoenix PentaClass of each CAMEO root (phoenix_pipeline postprocess.py; `quad_class_phoenix` in
# ../shared/eval/cameo_codes.json): 0 statement (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08),
# 3 verbal conflict (09-13, 16), 4 material conflict (14-15, 17-20). ConfliBERT's class names follow it.
PENTACLASS: dict[str, int] = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}

# Codes compared as equal: CAMEO country codes in the PLOVER records that are not ISO 3166 alpha-3 (eventwire writes
# ISO), and eventwire's United Nations and European Union codes, which the PLOVER records write as IGO.
SAME_CODE = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "UNO": "IGO", "EUR": "IGO"}

_VIOLENT = frozenset({"ASSAULT"})
_DIPLOMATIC = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "SANCTION",
    }
)  # diplomatic moves: the verbal types, aid, concessions and sanctions

# CASE 2021 task 2 (ACLED sub-event types plus five unseen types) → the PLOVER types that code the snippet correctly.
# An empty set means "no political event" (a disaster); None means the type has no PLOVER counterpart and is not scored.
# Territory changing hands is COERCE too: PLOVER's COERCE has a "territory" mode ("occupy or seize territory") and
# CAMEO 192 "Occupy territory" maps to COERCE (../shared/eval/plover_ontology.json, CAMEO2PLOVER-2021).
_TERRITORY = frozenset({"COERCE"})
ACLED_TO_PLOVER: dict[str, frozenset[str] | None] = {
    # Battles
    "ARMED_CLASH": _VIOLENT,
    "GOV_REGAINS_TERIT": _VIOLENT | {"RETREAT"} | _TERRITORY,
    "NON_STATE_ACTOR_OVERTAKES_TER": _VIOLENT | {"RETREAT"} | _TERRITORY,
    # Explosions / remote violence
    "AIR_STRIKE": _VIOLENT,
    "ART_MISS_ATTACK": _VIOLENT,
    "SUIC_BOMB": _VIOLENT,
    "REM_EXPLOS": _VIOLENT,
    "GRENADE": _VIOLENT,
    "CHEM_WEAP": _VIOLENT,
    # Violence against civilians
    "ATTACK": _VIOLENT,
    "SEX_VIOL": _VIOLENT,
    "ABDUCT_DISSAP": _VIOLENT | {"COERCE"},  # CAMEO 181 abduction is an assault; detention-like cases are coercion
    # Protests and riots
    "PEACE_PROTEST": frozenset({"PROTEST"}),
    "PROTEST_WITH_INTER": frozenset({"PROTEST", "COERCE"}),
    "FORCE_AGAINST_PROTEST": frozenset({"COERCE", "ASSAULT"}),
    "VIOL_DEMONSTR": frozenset({"PROTEST", "ASSAULT"}),
    "MOB_VIOL": frozenset({"ASSAULT", "PROTEST"}),
    # Strategic developments
    "AGREEMENT": frozenset({"AGREE"}),
    "ARREST": frozenset({"COERCE"}),
    "DISR_WEAP": frozenset({"ASSAULT", "COERCE"}),  # defused or seized weapons
    "PROPERTY_DISTRUCT": frozenset({"COERCE", "ASSAULT"}),  # CAMEO 17 covers destroying and seizing property
    "CHANGE_TO_GROUP_ACT": frozenset({"MOBILIZE", "RETREAT"}),
    "HQ_ESTABLISHED": frozenset({"MOBILIZE"}),
    "NON_VIOL_TERRIT_TRANSFER": frozenset({"RETREAT", "CONCEDE"}) | _TERRITORY,
    "OTHER": None,
    # unseen types (CASE 2021 subtasks 2 and 3)
    "DIPLO": _DIPLOMATIC,
    "ATTRIB": frozenset({"ACCUSE", "ASSAULT"}),  # claims and attributions of responsibility for attacks
    "NATURAL_DISASTER": frozenset(),
    "MAN_MADE_DISASTER": frozenset(),
    "ORG_CRIME": None,
}


# -- detection and loading -----------------------------------------------------------------------
def detect_kind(record: Record) -> str | None:
    """Which gold set a record belongs to, from its shape: ARTICLE, one of SENTENCE_KINDS, or None."""
    raw = record.get("labels")
    labels: Record = raw if isinstance(raw, dict) else {}
    if record.get("format") == "article-gold/1" or ("article_id" in record and "events" in record):
        return ARTICLE
    if "pentacode" in labels:
        return CONFLIBERT
    if "acled_subtype" in labels:
        return CASE2021
    if "event" in labels and "actor" in labels:
        return PLOVER
    if "suite" in record and "events" in record and "dictionaries" in record:
        return PETRARCH2
    return None


def real_dictionary(record: Record) -> bool:
    """A PETRARCH2 record coded with the operational (Phoenix) dictionaries, not the fictional unit-test actors."""
    return "Phoenix" in str(record.get("dictionaries", "")) and not str(record.get("expect", "")).startswith("error")


def group_records(records: Iterable[Record], *, where: str) -> dict[str, list[Record]]:
    """Records by kind; PETRARCH2 keeps only its real-dictionary records. An unknown record is an error."""
    out: dict[str, list[Record]] = {}
    for n, record in enumerate(records, start=1):
        kind = detect_kind(record)
        if kind is None:
            raise IngestError(
                "not a known gold record (article-gold/1 or a sentence set)", where=f"{where}: record {n}"
            )
        if kind == PETRARCH2 and not real_dictionary(record):
            continue
        out.setdefault(kind, []).append(record)
    return out


def sentence_article(record: Record) -> Article:
    """The sentence of a gold record as a one-sentence article (with the record's ISO date, if any)."""
    where = f"gold {record.get('id')}"
    try:
        published = parse_published(record.get("date"), where=where)
    except EventwireError:  # a few records carry a date such as "121108": code the sentence without one
        published = None
    return make_article(record["text"], origin=where, id=str(record.get("id")), published=published)


# -- shared helpers --------------------------------------------------------------------------------
def top_event(outputs: Sequence[Record]) -> Record | None:
    """The most confident event (the first of equals), or None."""
    return max(outputs, key=lambda e: e.get("confidence") or 0.0, default=None)


def _rate(hits: Sequence[bool]) -> float | None:
    return round(sum(hits) / len(hits), 4) if hits else None


def class_f1(gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable]) -> dict[Hashable, float]:
    """F1 of each label (one-vs-rest) over paired gold and predicted labels."""
    pairs = Counter(zip(gold, pred, strict=True))
    out: dict[Hashable, float] = {}
    for label in labels:
        tp = pairs[(label, label)]
        fp = sum(n for (g, p), n in pairs.items() if p == label and g != label)
        fn = sum(n for (g, p), n in pairs.items() if g == label and p != label)
        out[label] = round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
    return out


def macro_f1(gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable]) -> float:
    """Unweighted mean of the labels' F1."""
    scores = class_f1(gold, pred, labels)
    return round(sum(scores.values()) / len(scores), 4) if scores else 0.0


def _codes(refs: Iterable[Record]) -> set[str]:
    codes = (str(r.get("code") or "") for r in refs)
    return {SAME_CODE.get(c, c) for c in codes if c}


def country_hit(gold_refs: Iterable[Record] | None, out_refs: Iterable[Record]) -> bool | None:
    """Does an output side name one of the gold side's countries? None when the gold side has none."""
    want = _codes(gold_refs or [])
    return bool(want & _codes(out_refs)) if want else None


# -- ConfliBERT CAMEO pentaclass ----------------------------------------------------------------------
def pentaclass(event: Record | None) -> int:
    """The PentaClass of an event from its CAMEO root; class 0 (statement) when there is no event."""
    if event is None:
        return 0
    root = str(event.get("cameo") or "")[:2]
    if root in PENTACLASS:
        return PENTACLASS[root]
    return int(event.get("quad_code") or 0)


def score_conflibert(pairs: Iterable[Pair]) -> dict[str, Any]:
    """Pentaclass of each sentence's most confident event against the gold class: macro-F1 and accuracy."""
    gold: list[int] = []
    pred: list[int] = []
    silent = 0
    for record, outputs in pairs:
        gold.append(int(record["labels"]["pentacode"]))
        pred.append(pentaclass(top_event(outputs)))
        silent += not outputs
    per_class = class_f1(gold, pred, range(5))
    return {
        "sentences": len(gold),
        "macro_f1": macro_f1(gold, pred, range(5)),
        "accuracy": _rate([g == p for g, p in zip(gold, pred, strict=True)]),
        "class_f1": {str(k): v for k, v in per_class.items()},
        "no_event": silent,
    }


# -- PLOVER gold standard records --------------------------------------------------------------------------
def judged_event(outputs: Sequence[Record], gold_type: str) -> Record | None:
    """The event whose actors are judged: the most confident one of the gold type, else the most confident."""
    return top_event([e for e in outputs if e.get("event") == gold_type]) or top_event(outputs)


def score_plover(pairs: Iterable[Pair]) -> dict[str, Any]:
    """PLOVER type of the most confident event (accuracy, macro-F1 over the gold types) and actor countries."""
    gold: list[str] = []
    pred: list[str] = []
    actor: list[bool] = []
    recipient: list[bool] = []
    for record, outputs in pairs:
        labels = record["labels"]
        top = top_event(outputs)
        gold.append(labels["event"])
        pred.append((top.get("event") or NO_EVENT) if top else NO_EVENT)
        judged = judged_event(outputs, labels["event"]) or {}
        for key, hits in (("actor", actor), ("recipient", recipient)):
            hit = country_hit(labels.get(key), judged.get(key, []))
            if hit is not None:
                hits.append(hit)
    return {
        "sentences": len(gold),
        "type_accuracy": _rate([g == p for g, p in zip(gold, pred, strict=True)]),
        "type_macro_f1": macro_f1(gold, pred, sorted(set(gold))),
        "actor_country_accuracy": _rate(actor),
        "recipient_country_accuracy": _rate(recipient),
        "no_event": pred.count(NO_EVENT),
    }


# -- PETRARCH2 real-dictionary records ------------------------------------------------------------------
def _matched(want: Sequence[str], got: Sequence[str]) -> int:
    """How many wanted codes a distinct output code equals (one-to-one)."""
    pool = Counter(got)
    hits = 0
    for code in want:
        if pool[code] > 0:
            pool[code] -= 1
            hits += 1
    return hits


def score_petrarch2(pairs: Iterable[Pair]) -> dict[str, Any]:
    """CAMEO code agreement with PETRARCH2's codings: exact and by root, precision, and silence where none is due."""
    sentences = codings = outputs_n = exact = root = right = 0
    silent: list[bool] = []
    for record, outputs in pairs:
        sentences += 1
        want = [str(e["code"]) for e in record.get("events", [])]
        got = [str(e.get("cameo") or "") for e in outputs]
        codings += len(want)
        outputs_n += len(got)
        exact += _matched(want, got)
        root += _matched([c[:2] for c in want], [c[:2] for c in got])
        right += _matched(got, want)
        if not want:
            silent.append(not got)
    return {
        "sentences": sentences,
        "codings": codings,
        "outputs": outputs_n,
        "code_agreement": round(exact / codings, 4) if codings else None,
        "root_agreement": round(root / codings, 4) if codings else None,
        "code_precision": round(right / outputs_n, 4) if outputs_n else None,
        "noevent_accuracy": _rate(silent),
    }


# -- CASE 2021 task 2 (ACLED types) ---------------------------------------------------------------------------
def acled_hit(subtype: str, outputs: Sequence[Record], *, any_event: bool = False) -> bool | None:
    """Is the snippet coded with an acceptable PLOVER type (or, for a disaster, not at all)? None if not scored."""
    accept = ACLED_TO_PLOVER.get(subtype)
    if accept is None:
        return None
    if not accept:
        return not outputs
    top = top_event(outputs)
    judged = outputs if any_event else ([top] if top else [])
    return any(e.get("event") in accept for e in judged)


def score_case2021(pairs: Iterable[Pair]) -> dict[str, Any]:
    """ACLED sub-event types mapped to PLOVER: accuracy of the most confident event's type, of any event's, by group."""
    top: list[bool] = []
    anywhere: list[bool] = []
    groups: dict[str, list[bool]] = {}
    skipped = 0
    for record, outputs in pairs:
        labels = record["labels"]
        hit = acled_hit(labels["acled_subtype"], outputs)
        if hit is None:
            skipped += 1
            continue
        top.append(hit)
        anywhere.append(bool(acled_hit(labels["acled_subtype"], outputs, any_event=True)))
        groups.setdefault(str(labels.get("label_group")), []).append(hit)
    return {
        "sentences": len(top) + skipped,
        "scored": len(top),
        "type_accuracy": _rate(top),
        "any_type_accuracy": _rate(anywhere),
        "group_accuracy": {g: _rate(h) for g, h in sorted(groups.items())},
    }


SCORERS: dict[str, Callable[[Iterable[Pair]], dict[str, Any]]] = {
    CONFLIBERT: score_conflibert,
    PLOVER: score_plover,
    PETRARCH2: score_petrarch2,
    CASE2021: score_case2021,
}


# -- error listing ------------------------------------------------------------------------------------------
def _described(outputs: Sequence[Record]) -> list[Record]:
    """What eventwire coded for a sentence, most confident first: type, CAMEO, sides and the rule or model."""
    ranked = sorted(outputs, key=lambda e: -(e.get("confidence") or 0.0))
    return [
        {
            "event": e.get("event"),
            "cameo": e.get("cameo"),
            "actor": [f"{r.get('text')}:{r.get('code')}" for r in e.get("actor", [])],
            "recipient": [f"{r.get('text')}:{r.get('code')}" for r in e.get("recipient", [])],
            "patterns": sorted({str(m.get("pattern")) for m in e.get("mentions", [])}),
        }
        for e in ranked
    ]


def _gold_side(refs: Iterable[Record] | None) -> list[str]:
    return [f"{r.get('text')}:{r.get('code')}" for r in refs or []]


def _sentence_error(kind: str, record: Record, outputs: Sequence[Record]) -> Record | None:
    """Why one sentence is scored wrong (None when it is right): its gold label beside eventwire's output."""
    labels = record.get("labels") or {}
    gold: Any
    got: Any
    if kind == CONFLIBERT:
        gold, got = int(labels["pentacode"]), pentaclass(top_event(outputs))
        if gold == got:
            return None
    elif kind == PLOVER:
        judged = judged_event(outputs, labels["event"]) or {}
        top = top_event(outputs)
        got = (top.get("event") or NO_EVENT) if top else NO_EVENT
        actor_hit = country_hit(labels.get("actor"), judged.get("actor", []))
        if got == labels["event"] and actor_hit is not False:
            return None
        gold = {"event": labels["event"], "actor": _gold_side(labels.get("actor")),
                "recipient": _gold_side(labels.get("recipient"))}  # fmt: skip
    elif kind == PETRARCH2:
        gold = sorted(str(e["code"]) for e in record.get("events", []))
        got = sorted(str(e.get("cameo") or "") for e in outputs)
        if _matched(gold, got) == len(gold) and len(got) == len(gold):
            return None
    else:
        gold = labels.get("acled_subtype")
        if acled_hit(str(gold), outputs) is not False:
            return None
        best = top_event(outputs)
        got = best.get("event") if best else NO_EVENT
    return {"kind": "sentence", "set": kind, "id": record.get("id"), "text": record.get("text"), "gold": gold,
            "got": got, "events": _described(outputs)}  # fmt: skip


def sentence_errors(kind: str, pairs: Iterable[Pair]) -> list[Record]:
    """The sentences of one set that are scored wrong, each with its gold label and what eventwire coded."""
    out = []
    for record, outputs in pairs:
        err = _sentence_error(kind, record, outputs)
        if err is not None:
            out.append(err)
    return out
