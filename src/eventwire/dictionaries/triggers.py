"""Trigger patterns over the dependency parse: validated on load and indexed by lemma."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from eventwire.dictionaries.ontology import Ontology
from eventwire.errors import DictionaryError

# constructions a pattern may name instead of lemmas: each is found by code of its own (extract/triggers.py)
EVALUATIONS = ("negative-evaluation", "positive-evaluation")  # criticism and praise by evaluation (extract/triggers.py)
CONSTRUCTIONS = frozenset(
    {"obligation", "wrongdoing", "warned-act", "consequences", "plotting", "defiance", *EVALUATIONS}
)
# a verb's infinitive ("told Iran to stop"), one with a subject of its own ("wants Beijing to stop"), that-clause, or a
# "for" infinitive on the verb or its object ("stressed the need for Kyiv to act")
CLAUSES = frozenset({"to", "subject-to", "that", "for-subject"})
_KEYS = {
    "id",
    "verb",
    "noun",
    "adj",
    "construction",
    "object",
    "clause",
    "particle",
    "prep",
    "recipient",
    "actor_from",
    "swap",
    "targeted",
    "transitive",
    "intransitive",
    "party_object",
    "party_subject",
    "negated",
    "object_not",
    "subject",
    "negative",
    "cameo",
    "event",
    "mode",
    "context",
    "weight",
    "note",
}


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One way of saying an event: a verb or noun lemma with optional object, particle and preposition."""

    id: str
    lemmas: frozenset[str]
    nominal: bool
    adjectival: bool
    cameo: str
    event: str
    obj: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    recipient: tuple[str, ...] = ("dobj",)
    swap: bool = False
    targeted: bool = False  # the event stands only with a recipient ("allowed the leader to ...": whom)
    transitive: bool = False  # an active verb needs an object ("released 30 prisoners"; not "released ..., showing")
    intransitive: bool = False  # the verb has no object nor particle ("doctors struck over pay"; not "struck a crowd")
    party_object: bool = False  # the object is a party: a name, pronoun or role noun ("released 30 prisoners"; not
    # "released the new iPhone")
    party_subject: bool = False  # the doer is a party, not a thing ("the government allowed ..."; not "a law
    # allowing ...", "overcrowding allowed gangs to ...")
    negated: bool = False  # the event is the verb negated ("will not tolerate attacks": a warning); not negated, none
    object_not: frozenset[str] = frozenset()
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    weight: float = 1.0
    construction: str | None = None  # found by the construction's own code, not by lemma
    clause: frozenset[str] = frozenset()  # the verb must govern one of these clauses: "to", "subject-to", "that"
    # or "for-subject" (on the verb or its object: "stressed the need for Kyiv to act")
    subject: frozenset[str] = (
        frozenset()
    )  # the lemma of the verb's subject must be one of these ("protesters gathered")

    @property
    def specificity(self) -> int:
        """More conditions → preferred when several patterns fit one token."""
        return (
            4 * bool(self.obj) + 2 * bool(self.particle) + 2 * bool(self.prep) + 2 * bool(self.clause)
            + 2 * bool(self.subject) + bool(self.object_not)
        )  # fmt: skip


def _strings(entry: dict[str, Any], key: str, where: str) -> frozenset[str]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DictionaryError(f'"{key}" must be a list of non-empty strings', where=where)
    return frozenset(v.lower() for v in value)


_KINDS = ("verb", "noun", "adj", "construction")


def _check(entry: dict[str, Any], ontology: Ontology, where: str) -> None:
    unknown = set(entry) - _KEYS
    if unknown:
        raise DictionaryError(f"unknown keys {sorted(unknown)}", hint=f"allowed: {sorted(_KEYS)}", where=where)
    if sum(bool(entry.get(k)) for k in _KINDS) != 1:
        raise DictionaryError('give exactly one of "verb", "noun", "adj" or "construction"', where=where)
    if entry.get("construction") and entry["construction"] not in CONSTRUCTIONS:
        raise DictionaryError(
            f"unknown construction {entry['construction']!r}", hint=f"known: {sorted(CONSTRUCTIONS)}", where=where
        )
    verbal = ("transitive", "intransitive", "party_object", "party_subject", "negated")
    if any(entry.get(k) for k in verbal if k != "negated" or not entry.get("construction")) and not entry.get("verb"):
        raise DictionaryError(
            '"transitive", "intransitive", "party_object" and "party_subject" apply to verb patterns only, "negated"'
            " to verb patterns and constructions",
            where=where,
        )
    if entry.get("transitive") and entry.get("intransitive"):
        raise DictionaryError('a pattern cannot be both "transitive" and "intransitive"', where=where)
    if not _strings(entry, "clause", where) <= CLAUSES:
        raise DictionaryError(f'"clause" takes {sorted(CLAUSES)}', where=where)
    if entry.get("cameo") not in ontology.cameo:
        raise DictionaryError(f"unknown CAMEO code {entry.get('cameo')!r}", where=where)
    event = entry.get("event")
    if event not in ontology.plover:
        raise DictionaryError(f"unknown PLOVER event type {event!r}", where=where)
    bad_modes = set(entry.get("mode") or []) - set(ontology.plover[event].modes)
    if bad_modes:
        raise DictionaryError(f"modes {sorted(bad_modes)} are not modes of {event}", where=where)
    bad_ctx = set(entry.get("context") or []) - ontology.contexts
    if bad_ctx:
        raise DictionaryError(f"unknown contexts {sorted(bad_ctx)}", where=where)
    weight = entry.get("weight", 1.0)
    if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
        raise DictionaryError(f"weight must be a number in (0, 1], found {weight!r}", where=where)


def parse_pattern(entry: object, ontology: Ontology, where: str) -> TriggerPattern:
    """Validate one pattern entry and build it; errors name the file and the entry."""
    if not isinstance(entry, dict):
        raise DictionaryError("each pattern must be a JSON object", where=where)
    pid = entry.get("id")
    if not isinstance(pid, str) or not pid:
        raise DictionaryError('pattern has no "id"', where=where)
    where = f"{where} (pattern {pid!r})"
    _check(entry, ontology, where)
    kind = next(k for k in _KINDS if entry.get(k))
    return TriggerPattern(
        id=pid,
        lemmas=frozenset() if kind == "construction" else _strings(entry, kind, where),
        nominal=kind == "noun",
        adjectival=kind == "adj",
        cameo=entry["cameo"],
        event=entry["event"],
        obj=_strings(entry, "object", where),
        particle=_strings(entry, "particle", where),
        prep=_strings(entry, "prep", where),
        recipient=tuple(v.lower() for v in entry.get("recipient", ["dobj"])),
        swap=bool(entry.get("swap", False)),
        targeted=bool(entry.get("targeted", False)),
        transitive=bool(entry.get("transitive", False)),
        intransitive=bool(entry.get("intransitive", False)),
        party_object=bool(entry.get("party_object", False)),
        party_subject=bool(entry.get("party_subject", False)),
        negated=bool(entry.get("negated", False)),
        object_not=_strings(entry, "object_not", where),
        mode=tuple(entry.get("mode") or ()),
        context=tuple(entry.get("context") or ()),
        weight=float(entry.get("weight", 1.0)),
        construction=entry["construction"] if kind == "construction" else None,
        clause=_strings(entry, "clause", where),
        subject=_strings(entry, "subject", where),
    )


class TriggerIndex:
    """Patterns by verb, noun and adjective lemma, and by construction."""

    def __init__(self, patterns: list[TriggerPattern]) -> None:
        self.patterns = patterns
        self.verbs: dict[str, list[TriggerPattern]] = defaultdict(list)
        self.nouns: dict[str, list[TriggerPattern]] = defaultdict(list)
        self.adjectives: dict[str, list[TriggerPattern]] = defaultdict(list)
        self.constructions: dict[str, list[TriggerPattern]] = defaultdict(list)
        for p in patterns:
            if p.construction is not None:
                self.constructions[p.construction].append(p)
                continue
            target = self.nouns if p.nominal else self.adjectives if p.adjectival else self.verbs
            for lemma in p.lemmas:
                target[lemma].append(p)
        for table in (self.verbs, self.nouns, self.adjectives):
            for plist in table.values():
                plist.sort(key=lambda p: -p.specificity)
        self.object_lemmas = frozenset(o for p in patterns for o in p.obj)


def load_triggers(data: dict[str, Any], ontology: Ontology, where: str) -> TriggerIndex:
    """Validate a whole pattern file (ids unique) and index it."""
    entries = data.get("patterns")
    if not isinstance(entries, list):
        raise DictionaryError('expected a "patterns" list', where=where)
    seen: set[str] = set()
    patterns = []
    for n, entry in enumerate(entries, start=1):
        pattern = parse_pattern(entry, ontology, f"{where}: entry {n}")
        if pattern.id in seen:
            raise DictionaryError(f"duplicate pattern id {pattern.id!r}", where=f"{where}: entry {n}")
        seen.add(pattern.id)
        patterns.append(pattern)
    return TriggerIndex(patterns)
