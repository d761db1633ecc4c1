"""Typed, frozen records that travel between the pipeline stages (ingest → nlp → extract → resolve → store)."""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from eventwire.dictionaries.triggers import TriggerPattern

Zone = Literal["headline", "publisher", "byline", "caption", "dateline", "heading", "body"]
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text: [start, end) character offsets into ``Article.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Structure:
    """Document structure found in an article: headline, publisher, captions, dateline, headings, zones."""

    headline: Span | None = None
    publisher: Span | None = None
    byline: Span | None = None
    dateline: Span | None = None  # the whole dateline prefix, e.g. "WASHINGTON (Reuters) -"
    dateline_place: Span | None = None  # just the place, e.g. "WASHINGTON"
    given_dateline: str | None = None  # one the record gave beside a text that has none ("WASHINGTON, March 26 -")
    captions: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    zones: tuple[tuple[int, int, Zone], ...] = ()  # (start, end, zone) covering paragraphs

    def zone_at(self, offset: int) -> Zone:
        """The zone of the character at ``offset`` (body when no zone covers it); zones are sorted and disjoint,
        so a binary search finds the only candidate."""
        i = bisect.bisect_right(self.zones, (offset, float("inf"))) - 1
        if i >= 0 and self.zones[i][0] <= offset < self.zones[i][1]:
            return self.zones[i][2]
        return "body"

    @property
    def given_place(self) -> str | None:
        """The place of the dateline the record gave: what comes before its first comma, dash or parenthesis
        ("WASHINGTON, March 26 -": "WASHINGTON"), or None."""
        if not self.given_dateline:
            return None
        place = re.split(r",|\s[-–—]|\(", self.given_dateline, maxsplit=1)[0].strip(" -–—")
        return place if place and len(place.split()) <= 4 else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in normalised text back to the original text, stored as sorted breakpoints."""

    norm: tuple[int, ...] = ()
    orig: tuple[int, ...] = ()

    def to_original(self, offset: int) -> int:
        """Original offset of the normalised character at ``offset``."""
        if not self.norm:
            return offset
        i = bisect.bisect_right(self.norm, offset) - 1
        if i < 0:
            return offset
        return self.orig[i] + (offset - self.norm[i])


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, normalised, with where it came from and its structure."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # file and line it came from, for messages
    structure: Structure = field(default_factory=Structure)
    offsets: OffsetMap = field(default_factory=OffsetMap)

    @property
    def content_hash(self) -> str:
        """Stable key: same text, title, date and source give the same hash."""
        fields = [self.text, self.title, self.published.isoformat() if self.published else None, self.source]
        if self.structure.given_dateline:  # a record's dateline places its events (unchanged hash without one)
            fields.append(self.structure.given_dateline)
        payload = json.dumps(fields, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article with its zone."""

    start: int
    end: int
    text: str
    zone: Zone = "body"


OPENING_SUBJECT = "nsubj:opening"  # a Word's relation: a subject after only an opening adverb ("Later, it said"),
# the adverb after a colon ("nsubj:opening:later")


@dataclass(frozen=True, slots=True)
class Word:
    """A token as later stages see it (no spaCy objects past extract/)."""

    text: str
    lemma: str
    pos: str
    ent: str
    start: int
    dep: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Phrase:
    """An argument noun phrase (one conjunct) handed from extract/ to resolve/."""

    words: tuple[Word, ...]
    text: str
    start: int
    end: int
    head: int = 0  # index in words of the syntactic head
    speaker: bool = False  # the phrase is the speaker of a reported statement


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor or recipient: the text span and its coding (country, sector, canonical name)."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    sectors: tuple[str, ...] = ()
    kind: str | None = None  # person | organization | country | group
    resolved_by: str | None = None  # which rule coded it, e.g. "title", "country-name", "coref"
    roles: tuple[str, ...] = ()  # title terms in the phrase ("defense minister")

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "sector": self.sector,
            "sectors": list(self.sectors),
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A located place (GeoNames)."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    source: str | None = None  # sentence | dateline | lead

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
        }


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, how precisely, and what text said so."""

    value: date | None
    precision: Precision | None
    inferred: bool = False  # true when no cue in the text: the publication date stands in
    text: str | None = None
    start: int | None = None
    end: int | None = None

    @property
    def iso(self) -> str | None:
        if self.value is None:
            return None
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which code and data produced a mention, and from which characters."""

    coder: str
    pattern_id: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class Coding:
    """An event's codes in both ontologies."""

    event: str
    cameo: str
    quad_code: int
    goldstein: float
    plover_score: float
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Modality:
    """How a trigger's action is framed in its sentence."""

    negated: bool = False
    hypothetical: bool = False
    intent: bool = False  # promise, willingness, plan or future tense: AGREE, not the act
    conditional: bool = False  # "will withdraw ... unless X": an ultimatum, i.e. a threat
    on_condition: bool = False  # "will impose sanctions if X invades": promised on a condition (any of its marks)
    background: bool = False  # habitual or long-past action mentioned as context
    refused: bool = False  # "refused to withdraw", "will not accept": a rejection of the action, not its absence


@dataclass(frozen=True, slots=True)
class PlaceCue:
    """A place name in the text (a named entity), with the runs of its proper-noun words to look up, longest first
    ("the Budapest Keleti station" → "Budapest Keleti", "Budapest", "Keleti"); rank 0 after in/at/near."""

    span: Span
    label: str
    runs: tuple[Span, ...] = ()
    rank: int = 1
    within: str = ""  # the place named after it with a comma, which it lies in ("Ipswich, Australia")
    standing: bool = False  # it owns something or undergoes an act ("Tehran's agency", "asked Tehran to"): a party


@dataclass(frozen=True, slots=True)
class Option:
    """A phrase of the sentence the participant scorer rates as a trigger's actor or recipient (probabilities)."""

    phrase: Phrase
    actor: float
    recipient: float

    def to_json(self) -> dict[str, Any]:
        p = self.phrase
        return {"text": p.text, "start": p.start, "end": p.end, "actor": self.actor, "recipient": self.recipient}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One trigger as extract/ hands it to resolve/ (no spaCy objects): what it reads as, by which pattern or
    model, its participant phrases, its modality and the clause's date and place cues."""

    sentence: Sentence
    trigger: Span
    lemma: str
    pattern: TriggerPattern  # the pattern (or model reading) that found the trigger, before any re-reading
    coding: Coding  # what the trigger codes as once its syntax is read (intent, threats, refusals ...)
    pattern_id: str  # the pattern's id, with "+why" for each re-reading
    modality: Modality
    actors: tuple[Phrase, ...] = ()
    recipients: tuple[Phrase, ...] = ()
    speaker: tuple[Phrase, ...] = ()
    embedded: tuple[Phrase, ...] = ()  # a named party inside the object, for types that need a target
    passive: bool = False  # an agentless passive ("five men were arrested")
    has_object: bool = False  # the pattern's object was found ("opened an investigation")
    states_content: bool = False  # the trigger names what it asks or backs: that object, the preposition's object
    # of a pattern with no object list ("called for tighter rules"), a noun object ("demanded an inquiry")
    names_act: bool = False  # the trigger governs the act it is about ("threatened to close the strait")
    carried_on: bool = False  # a noun trigger a verb of the clause carries on ("Israel completed its withdrawal")
    adjunct: bool = False  # a noun trigger told only as the setting of someone's speaking ("speaking after a rally")
    instrument: bool = False  # the subject is a weapon or blast, not a party
    accident: bool = False  # no party did it, the sentence names an accident ("killed in a crash", "crash kills")
    told_attack: bool = False  # victims of an attack the article already told ("six people died in the attack")
    own_attack: bool = False  # victims of an attack their clause names anew ("were killed in a separate blast")
    declines_to_speak: bool = False  # "refused to say", "declined to comment"
    visit: bool = False  # a visiting party: the visitor is the actor
    sport: bool = False  # an assault verb in a sentence about sport ("Saturday's Six Nations clash")
    joint: bool = False  # the act's object says it was done together ("held joint exercises")
    dates: tuple[Span, ...] = ()  # date and time expressions of the trigger's own clause
    told_dates: tuple[Span, ...] = ()  # those of the clause that tells it ("said on Friday that he would veto")
    places: tuple[PlaceCue, ...] = ()  # place names of the clause
    clause_places: tuple[str, ...] = ()  # places the clause says it happened in ("were seized in Paraguay")
    policy: bool = False  # a pledge of a deed no pattern knows, to no one named ("promised to lower taxes")
    misread_places: tuple[tuple[str, str], ...] = ()  # names after "in" the tagger called a person, group or
    # nationality, with that label
    support: float | None = None  # the sentence model's probability of the reading's event class
    scores: tuple[tuple[str, float], ...] = ()  # the event detector's most likely readings ("NONE": no event)
    options: tuple[Option, ...] = ()  # phrases the participant scorer rates likely as actor or recipient
    fallback: bool = False  # a model reading of a sentence no pattern read; used only if no pattern event stands


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """A sentence with its candidates, its named subject (for a following "he"/"she"), the definite descriptions of
    people it uses as subjects ("..., the Lib Dem leader asked") and its main verb."""

    sentence: Sentence
    candidates: tuple[Candidate, ...] = ()
    subject: Phrase | None = None
    descriptions: tuple[Phrase, ...] = ()
    verb: str = ""  # the lemma of the sentence's main verb ("reject" in "Kuwait rejected charges")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extract/ found in one article: per-sentence candidates and the article's place and country names."""

    article_id: str
    sentences: tuple[SentenceCues, ...]
    entities: tuple[PlaceCue, ...] = ()  # GPE/NORP/LOC/FAC/ORG names in text order (countries, places, bodies)
    text: str = ""  # the article's own text (the parser may have seen a re-cased headline)
    people: tuple[Phrase, ...] = ()  # each named person with their description ("the Polish foreign minister X")
    gated: bool = False  # the article gate found no political event likely (nothing was extracted)


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence's report of an event, before merging with other mentions of the same happening."""

    article_id: str
    sentence: Sentence
    trigger: Span
    coding: Coding
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    provenance: Provenance
    date: EventDate | None = None
    place: Place | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    scores: tuple[tuple[str, float], ...] = ()  # the detector's most likely readings of the trigger, best first
    options: tuple[Option, ...] = ()  # the participant scorer's likeliest actors and recipients in the sentence


@dataclass(frozen=True, slots=True)
class Event:
    """One happening in one article: merged mentions, resolved date and place."""

    id: str
    article_id: str
    coding: Coding
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    mentions: tuple[EventMention, ...]
    date: EventDate | None
    place: Place | None
    negated: bool
    hypothetical: bool
    confidence: float
    coder: str
    versions: tuple[str, ...] = ()  # versioned names of the dictionaries, models and resolvers used

    def to_json(self) -> dict[str, Any]:
        """The PLOVER JSONL record described in docs/ARCHITECTURE.md (every field present)."""
        c = self.coding
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date.iso if self.date else None,
            "date_precision": ("inferred" if self.date.inferred else self.date.precision) if self.date else None,
            "date_inferred": self.date.inferred if self.date else None,
            "event": c.event,
            "mode": list(c.mode),
            "context": list(c.context),
            "cameo": c.cameo,
            "quad_code": c.quad_code,
            "goldstein": c.goldstein,
            "plover_score": c.plover_score,
            "actor": [a.to_json() for a in self.actors],
            "recipient": [r.to_json() for r in self.recipients],
            "event_loc": self.place.to_json() if self.place else None,
            "mentions": [
                {
                    "sentence": m.sentence.text,
                    "start": m.sentence.start,
                    "end": m.sentence.end,
                    "zone": m.sentence.zone,
                    "trigger": m.trigger.text,
                    "trigger_start": m.trigger.start,
                    "trigger_end": m.trigger.end,
                    "pattern": m.provenance.pattern_id,
                }
                for m in self.mentions
            ],
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
            "versions": list(self.versions),
            "explain": self.explain(),
            "corrected": False,
            "corrections": [],
        }

    def explain(self) -> dict[str, Any]:
        """Why the event reads as it does: the pattern or model of each report, and for the best-scored one the
        detector's runner-up readings and the participant scorer's likeliest actors and recipients; the rule or
        dictionary that coded each participant, the words the date was read from and where the place came from."""
        scored = max(self.mentions, key=lambda m: m.confidence, default=None)
        sides = [("actor", a) for a in self.actors] + [("recipient", r) for r in self.recipients]
        d, place = self.date, self.place
        return {
            "patterns": list(dict.fromkeys(m.provenance.pattern_id for m in self.mentions)),
            "type_scores": [[label, round(p, 3)] for label, p in scored.scores] if scored is not None else [],
            "participant_scores": [o.to_json() for o in (scored.options if scored is not None else ())],
            "participants": [
                {"role": role, "text": ref.text, "code": ref.code, "resolved_by": ref.resolved_by}
                for role, ref in sides
            ],
            "date": {"text": d.text, "start": d.start, "end": d.end, "inferred": d.inferred} if d is not None else None,
            "place": (
                {"text": place.text, "start": place.start, "end": place.end, "source": place.source}
                if place is not None
                else None
            ),
        }


EVENT_FIELDS: tuple[str, ...] = (
    "id",
    "article_id",
    "date",
    "date_precision",
    "date_inferred",
    "event",
    "mode",
    "context",
    "cameo",
    "quad_code",
    "goldstein",
    "plover_score",
    "actor",
    "recipient",
    "event_loc",
    "mentions",
    "negated",
    "hypothetical",
    "confidence",
    "coder",
    "versions",
    "explain",
    "corrected",
    "corrections",
)


def record_countries(record: dict[str, Any]) -> frozenset[str]:
    """The country codes on either side of an event record (its JSON, docs/ARCHITECTURE.md); uncoded sides add none."""
    sides = (*(record.get("actor") or []), *(record.get("recipient") or []))
    return frozenset(str(r["code"]) for r in sides if r.get("code"))
