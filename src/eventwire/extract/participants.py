"""The learned participant scorer: how likely each party-like phrase of a sentence is a trigger's actor or recipient.

The options are the phrases the dependency rules chose and every other party-like phrase of the sentence (named
people, organisations, places and nationalities, pronouns, and nouns the role lexicon knows: "police", "rebels").
Each (trigger, phrase) pair is read by its dependency path, the phrase's kind, its place in the sentence and whether
a rule chose it; a multinomial logistic regression (ACTOR / RECIPIENT / NONE) trained by `eventwire train
participants` scores it. resolve/ falls back on the best-scored phrases when the rules leave a side uncoded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.errors import DictionaryError
from eventwire.extract.arguments import Roles, phrase
from eventwire.models import packaged, write
from eventwire.models.sparse import SparseLinear
from eventwire.records import Option

ACTOR, RECIPIENT, NONE = "ACTOR", "RECIPIENT", "NONE"
PARTICIPANTS_FILE = "participants.json"
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_MAX_PATH = 5


@dataclass(frozen=True)
class ParticipantScorer:
    """The participant model and the thresholds above which resolve/ takes its choice."""

    name: str
    model: SparseLinear
    actor: float = 0.8  # a phrase is taken as the actor when P(ACTOR) reaches this and the rules gave none
    recipient: float = 0.8  # likewise for the recipient
    metrics: dict[str, Any] = field(default_factory=dict)

    def scores(self, rows: list[list[str]]) -> list[tuple[float, float]]:
        """P(ACTOR) and P(RECIPIENT) for each option's features."""
        probs = self.model.probabilities(rows)
        a, r = self.model.labels.index(ACTOR), self.model.labels.index(RECIPIENT)
        return [(round(float(p[a]), 3), round(float(p[r]), 3)) for p in probs]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "actor": self.actor, "recipient": self.recipient, "metrics": self.metrics,
                **self.model.to_json()}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> ParticipantScorer:
        try:
            model = SparseLinear.from_json(data)
            if not {ACTOR, RECIPIENT} <= set(model.labels):
                raise ValueError(f"labels {model.labels} lack ACTOR or RECIPIENT")
            return cls(str(data["name"]), model, float(data["actor"]), float(data["recipient"]),
                       dict(data.get("metrics") or {}))  # fmt: skip
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DictionaryError(
                f"malformed participant model: {exc}", hint="retrain with `eventwire train participants`", where=where
            ) from None

    def save(self, path: Path) -> None:
        write(self.to_json(), path)


@lru_cache(maxsize=2)
def packaged_participants() -> ParticipantScorer | None:
    """The participant model shipped in eventwire/models, or None when it has not been trained."""
    data = packaged(PARTICIPANTS_FILE)
    return None if data is None else ParticipantScorer.from_json(data, PARTICIPANTS_FILE)


def option_heads(sent: Span, roles: frozenset[str], lex: Lexicon) -> list[Token]:
    """Party-like phrase heads of the sentence: named parties, the lexicon's participant pronouns, and nouns the role
    lexicon knows."""
    out = []
    for t in sent:
        if t.dep_ in ("compound", "amod", "det", "case") and t.ent_type_ not in ("NORP", "GPE"):
            continue
        if t.ent_type_ in _PARTY_ENTS and t.ent_iob_ == "B":
            out.append(_entity_head(t))
        elif (t.pos_ == "PRON" and t.lower_ in lex.participant_pronouns) or (
            t.pos_ == "NOUN" and t.lemma_.lower() in roles
        ):
            out.append(t)
    return list({t.i: t for t in out}.values())


def _entity_head(token: Token) -> Token:
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return token.doc[token.i : end].root


def _path(trigger: Token, head: Token) -> str:
    """The dependency path from the trigger to the phrase: up steps (^dep) to their common head, then down (vdep)."""
    up = [trigger, *trigger.ancestors]
    down = [head, *head.ancestors]
    common = next((x for x in up if x in down), None)
    if common is None:
        return "none"
    steps = [f"^{t.dep_}" for t in up[: up.index(common)]]
    below = down[: down.index(common)]
    steps += [f"v{_edge(t)}" for t in reversed(below)]
    return "|".join(steps) if len(steps) <= _MAX_PATH else "far"


def _edge(t: Token) -> str:
    return f"{t.dep_}:{t.lemma_.lower()}" if t.dep_ == "prep" else t.dep_


def option_features(trigger: Token, head: Token, event: str | None, chosen: str | None, passive: bool) -> list[str]:
    """The features of one (trigger, phrase) pair; ``chosen`` is the side a rule put the phrase on, if any."""
    path = _path(trigger, head)
    kind = head.ent_type_ or ("PRON" if head.pos_ == "PRON" else "NOUN")
    side = "L" if head.i < trigger.i else "R"
    gap = abs(head.i - trigger.i)
    f = [
        f"path={path}",
        f"pe={path}|{event}",
        f"pl={path}|{trigger.lemma_.lower()}",
        f"kind={kind}",
        f"dep={head.dep_}",
        f"side={side}",
        f"gap={'1' if gap <= 1 else '3' if gap <= 3 else '8' if gap <= 8 else 'far'}",
        f"ks={kind}|{side}",
        f"rule={chosen}",
        f"re={chosen}|{event}",
        f"tpos={trigger.pos_}",
    ]
    if head.pos_ == "PRON":
        f.append(f"pron={head.lower_}")
    elif head.pos_ == "NOUN":
        f.append(f"noun={head.lemma_.lower()}")
    if passive:
        f.append(f"passive|{path}")
    if path.startswith("^"):
        f.append(f"first={path.split('|')[0]}")
    return f


def chosen_sides(r: Roles) -> dict[int, str]:
    """The side the rules put each phrase on, keyed by the character offset of the phrase's head."""
    out: dict[int, str] = {}
    for side, phrases in (("speaker", r.speaker), ("recipient", r.recipients), ("actor", r.actors)):
        for p in phrases:
            if p.words:
                out[p.words[p.head].start] = side
    return out


def options(
    scorer: ParticipantScorer, trigger: Token, r: Roles, event: str | None, roles: frozenset[str], lex: Lexicon
) -> tuple[Option, ...]:
    """The sentence's phrases the scorer finds likely enough as the trigger's actor or recipient, best first."""
    chosen = chosen_sides(r)
    heads = [h for h in option_heads(trigger.sent, roles, lex) if h.i != trigger.i]
    if not heads:
        return ()
    rows = [option_features(trigger, h, event, chosen.get(h.idx), r.passive) for h in heads]
    out = []
    for h, (actor, recipient) in zip(heads, scorer.scores(rows), strict=True):
        if actor >= scorer.actor or recipient >= scorer.recipient:
            out.append(Option(phrase(h), actor, recipient))
    return tuple(sorted(out, key=lambda o: -max(o.actor, o.recipient)))
