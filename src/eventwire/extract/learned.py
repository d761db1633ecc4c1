"""Learned sentence models in the coder: re-rank rule events by class, and code sentences no rule catches."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.dictionaries.triggers import TriggerPattern
from eventwire.extract.triggers import TriggerMatch
from eventwire.learn.linear import LinearTextModel, packaged_model


@dataclass(frozen=True)
class SentenceModels:
    """The sentence event-class model, optionally the PLOVER type model, and how much they count."""

    classes: LinearTextModel
    types: LinearTextModel | None = None
    weight: float = 0.5  # share of a rule event's confidence that comes from the class model
    fallback: float = 0.75  # class probability above which a sentence with no rule event is coded anyway
    gate: LinearTextModel | None = None  # does an article report any political event at all (sport, markets: no)

    def relevant(self, title: str | None, text: str) -> bool:
        """Does the article gate find the article likely to report an event (True without a gate)?"""
        if self.gate is None:
            return True
        threshold = float(self.gate.metrics.get("threshold", 0.5))
        return self.gate.predict_proba(f"{title or ''}\n{text}").get("1", 1.0) >= threshold

    @property
    def name(self) -> str:
        return self.classes.name

    @staticmethod
    def support(cameo: str, probs: dict[str, float], lex: Lexicon) -> float:
        """The model's probability of the event class (the lexicon's pentaclass) of a CAMEO code."""
        return probs.get(lex.pentaclass(cameo), 0.0)

    def fallback_match(self, sent: Span, probs: dict[str, float], lex: Lexicon) -> TriggerMatch | None:
        """A trigger for the sentence's main verb when the model is confident of an event class (coded with the
        type's generic CAMEO code)."""
        label = max(probs, key=lambda k: probs[k])
        root = sent.root
        if label == "0" or probs[label] < self.fallback or root.pos_ not in ("VERB", "AUX"):
            return None
        event = self._type(sent.text, lex.pentaclass_types[label])
        pattern = TriggerPattern(
            id=f"model:{self.name}",
            lemmas=frozenset(),
            nominal=False,
            adjectival=False,
            cameo=lex.generic_cameo[event],
            event=event,
            recipient=lex.model_recipient_slots,
            weight=round(probs[label], 3),
        )
        return TriggerMatch(root, pattern)

    def _type(self, text: str, allowed: tuple[str, ...]) -> str:
        if self.types is None:
            return allowed[0]
        probs = self.types.predict_proba(text)
        return max(allowed, key=lambda t: probs.get(t, 0.0))


def default_models() -> SentenceModels | None:
    """The shipped models (None when they have not been trained into the package)."""
    classes = packaged_model("sentence-class.json")
    if classes is None:
        return None
    return SentenceModels(classes, packaged_model("plover-type.json"), gate=packaged_model("article-gate.json"))
