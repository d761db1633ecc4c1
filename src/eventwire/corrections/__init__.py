"""Analysts' corrections of the stored events: validated against the ontology, logged, exported as gold."""

from eventwire.corrections.edits import ANALYST, add_event, correct_event, undone
from eventwire.corrections.schema import Changes, CorrectionIn, NewEventIn, ParticipantIn, PlaceIn, SpanIn

__all__ = [
    "ANALYST",
    "Changes",
    "CorrectionIn",
    "NewEventIn",
    "ParticipantIn",
    "PlaceIn",
    "SpanIn",
    "add_event",
    "correct_event",
    "undone",
]
