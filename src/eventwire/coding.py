"""The event coder: the candidate extractor (extract/) and the event resolver (resolve/) wired into one Coder."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.dictionaries import Dictionaries, load_dictionaries
from eventwire.extract.casing import HeadlineCaser
from eventwire.extract.detector import EventDetector, packaged_detector
from eventwire.extract.extractor import Extractor
from eventwire.extract.learned import SentenceModels, default_models
from eventwire.extract.participants import ParticipantScorer, packaged_participants
from eventwire.records import Article, Event
from eventwire.resolve.actors import NAME as ACTORS_NAME
from eventwire.resolve.dates import NAME as DATES_NAME
from eventwire.resolve.events import EventResolver, ResolveOptions
from eventwire.resolve.keep import EventFilter, packaged_filter
from eventwire.resolve.merge import NAME as MERGE_NAME
from eventwire.resolve.places import Gazetteer, default_gazetteer

NAME = "eventwire.coder.patterns.v1"


@dataclass(frozen=True, slots=True)
class CoderOptions:
    keep_negated: bool = False
    keep_hypothetical: bool = False
    keep_background: bool = False
    models: bool = True  # use the shipped learned sentence models


class EventCoder:
    """Codes one parsed article: candidates from the parse, then actors, dates, places and merging.
    Reads: Article, spaCy Doc. Writes: Events."""

    name = NAME

    def __init__(
        self,
        dictionaries: Dictionaries,
        gazetteer: Gazetteer | None,
        options: CoderOptions | None = None,
        models: SentenceModels | None = None,
        detector: EventDetector | None = None,
        participants: ParticipantScorer | None = None,
        event_filter: EventFilter | None = None,
    ) -> None:
        options = options or CoderOptions()
        self.recase = HeadlineCaser(dictionaries).recase
        self.extractor = Extractor(dictionaries, models, detector, participants)
        parts = [*dictionaries.versions, self.extractor.name, ACTORS_NAME, DATES_NAME, MERGE_NAME]
        if gazetteer is not None:
            parts.append(gazetteer.name)
        if models is not None:
            parts += [m.name for m in (models.classes, models.types, models.gate) if m is not None]
        parts += [m.name for m in (detector, participants, event_filter) if m is not None]
        self.event_filter = event_filter
        self.versions = tuple(parts)
        resolve_options = ResolveOptions(options.keep_negated, options.keep_hypothetical, options.keep_background)
        self.resolver = EventResolver(
            dictionaries,
            gazetteer,
            resolve_options,
            coder=self.name,
            versions=self.versions,
            blend=models.weight if models is not None else 0.5,
        )

    def code(self, article: Article, doc: Doc) -> list[Event]:
        events = self.resolver.resolve(article, self.extractor.extract(article, doc))
        return self.event_filter.keep(events) if self.event_filter is not None else events


def build_coder(
    options: CoderOptions | None = None,
    *,
    dictionaries: Dictionaries | None = None,
    gazetteer: Gazetteer | None = None,
    models: SentenceModels | bool | None = True,
    detector: EventDetector | bool | None = True,
    participants: ParticipantScorer | bool | None = True,
    event_filter: EventFilter | bool | None = True,
) -> EventCoder:
    """The default coder: packaged dictionaries (plus $EVENTWIRE_DICTIONARIES), the GeoNames gazetteer, the shipped
    sentence models, event detector, participant scorer and event filter (``models=False``, ``detector=False``,
    ``participants=False``, ``event_filter=False`` without each; ``CoderOptions(models=False)`` for the rules
    alone)."""
    chosen: SentenceModels | None = None
    found: EventDetector | None = None
    scorer: ParticipantScorer | None = None
    kept: EventFilter | None = None
    if options is None or options.models:
        chosen = default_models() if models is True else models or None
        found = packaged_detector() if detector is True else detector or None
        scorer = packaged_participants() if participants is True else participants or None
        kept = packaged_filter() if event_filter is True else event_filter or None
    return EventCoder(
        dictionaries or load_dictionaries(), gazetteer or default_gazetteer(), options, chosen, found, scorer, kept
    )
