"""Training rows and fitting for the participant scorer: which phrase of a sentence is a trigger's actor or recipient,
learned from marked actors and targets (PLV pairs, ConfliBERT spans, the PLOVER records' markup) and from our corpus
(the mentions of each event's actors and recipients inside its evidence)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.lexicon import Lexicon
from eventwire.dictionaries.triggers import TriggerPattern
from eventwire.extract.arguments import roles
from eventwire.extract.participants import (
    ACTOR,
    NONE,
    RECIPIENT,
    ParticipantScorer,
    chosen_sides,
    option_features,
    option_heads,
)
from eventwire.extract.triggers import TriggerMatch, match_triggers
from eventwire.learn.detector_data import Link, Parsed, Row, head_within, linking_word, tokens_in
from eventwire.models.sparse import fit_sparse

NAME = "eventwire.model.participants.v1"


def _trigger(p: Parsed, link: Link, lex: Lexicon) -> Token | None:
    if link.trigger is not None:
        return head_within(tokens_in(p.doc, *link.trigger))
    if link.actors and link.recipients:
        return linking_word(p.doc, link.actors[0], link.recipients[0], lex)
    return None


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= token.idx < e for s, e in spans)


def participant_rows(parsed: list[Parsed], dicts: Dictionaries) -> list[Row]:
    """One row per (trigger, party-like phrase) of every link: ACTOR, RECIPIENT or NONE."""
    role_words = frozenset(term for term in dicts.actors.roles if " " not in term)
    lex = dicts.lexicon
    out: list[Row] = []
    for p in parsed:
        for link in p.item.links:
            trigger = _trigger(p, link, lex)
            if trigger is None:
                continue
            sent = trigger.sent
            match = next((m for m in match_triggers(sent, dicts.triggers, lex) if m.token.i == trigger.i), None)
            if match is None:
                generic = TriggerPattern(
                    id="training", lemmas=frozenset(), nominal=trigger.pos_ == "NOUN", adjectival=False,
                    cameo="010", event=link.event or "CONSULT", recipient=lex.model_recipient_slots,
                )  # fmt: skip
                match = TriggerMatch(trigger, generic)
            r = roles(match, lex)
            chosen = chosen_sides(r)
            event = link.event or match.pattern.event
            for head in option_heads(sent, role_words, lex):
                if head.i == trigger.i:
                    continue
                label = ACTOR if _inside(head, link.actors) else RECIPIENT if _inside(head, link.recipients) else NONE
                feats = option_features(trigger, head, event, chosen.get(head.idx), r.passive)
                out.append(Row(p.item.group, p.item.source, feats, label, link.weight, None))
    return out


def fit_participants(
    rows: Sequence[Row], *, c: float = 1.0, actor: float = 0.8, recipient: float = 0.8, metrics: Any = None
) -> ParticipantScorer:
    model = fit_sparse([r.features for r in rows], [r.label for r in rows], [r.weight for r in rows], c=c)
    return ParticipantScorer(NAME, model, actor, recipient, dict(metrics or {}))
