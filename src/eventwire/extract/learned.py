"""Learned sentence models in the coder: re-rank rule events by class, and code sentences no rule catches."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventwire.dictionaries.triggers import TriggerPattern
from eventwire.extract.triggers import TriggerMatch
from eventwire.learn.linear import LinearTextModel, packaged_model

# CAMEO pentaclass (Phoenix quad): 0 statements and appeals, 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict (and sanctions), 4 material conflict (and protest, force posture)
_CLASS_OF_ROOT = {
    f"{r:02d}": c
    for c, roots in {
        "0": (1, 2),
        "1": (3, 4, 5),
        "2": (6, 7, 8),
        "3": (9, 10, 11, 12, 13, 16),
        "4": (14, 15, 17, 18, 19, 20),
    }.items()
    for r in roots
}
_TYPES_OF_CLASS = {
    "1": ("AGREE", "CONSULT", "SUPPORT"),
    "2": ("COOPERATE", "AID", "CONCEDE", "RETREAT"),
    "3": ("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION"),
    "4": ("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"),
}
_GENERIC_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070", "CONCEDE": "080",
    "RETREAT": "087", "ACCUSE": "111", "REJECT": "120", "THREATEN": "130", "REQUEST": "100", "SANCTION": "160",
    "PROTEST": "140", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "190",
}  # fmt: skip
RECIPIENT_SLOTS = ("dobj", "with", "against", "on", "to", "at")  # where a model reading looks for its target


def pentaclass(cameo: str) -> str:
    """The pentaclass of a CAMEO code ("0"-"4")."""
    return _CLASS_OF_ROOT.get(cameo[:2], "0")


@dataclass(frozen=True)
class SentenceModels:
    """The sentence event-class model, optionally the PLOVER type model, and how much they count."""

    classes: LinearTextModel
    types: LinearTextModel | None = None
    weight: float = 0.5  # share of a rule event's confidence that comes from the class model
    fallback: float = 0.75  # class probability above which a sentence with no rule event is coded anyway

    @property
    def name(self) -> str:
        return self.classes.name

    @staticmethod
    def support(cameo: str, probs: dict[str, float]) -> float:
        """The model's probability of the event class of a CAMEO code."""
        return probs.get(pentaclass(cameo), 0.0)

    def fallback_match(self, sent: Span, probs: dict[str, float]) -> TriggerMatch | None:
        """A trigger for the sentence's main verb when the model is confident of an event class."""
        label = max(probs, key=lambda k: probs[k])
        root = sent.root
        if label == "0" or probs[label] < self.fallback or root.pos_ not in ("VERB", "AUX"):
            return None
        event = self._type(sent.text, label)
        pattern = TriggerPattern(
            id=f"model:{self.name}",
            lemmas=frozenset(),
            nominal=False,
            adjectival=False,
            cameo=_GENERIC_CAMEO[event],
            event=event,
            recipient=RECIPIENT_SLOTS,
            weight=round(probs[label], 3),
        )
        return TriggerMatch(root, pattern)

    def _type(self, text: str, label: str) -> str:
        allowed = _TYPES_OF_CLASS[label]
        if self.types is None:
            return allowed[0]
        probs = self.types.predict_proba(text)
        return max(allowed, key=lambda t: probs.get(t, 0.0))


def default_models() -> SentenceModels | None:
    """The shipped models (None when they have not been trained into the package)."""
    classes = packaged_model("sentence-class.json")
    if classes is None:
        return None
    return SentenceModels(classes, packaged_model("plover-type.json"))
