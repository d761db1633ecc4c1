"""Negation, hypotheticals, statements of intent and background clauses around a trigger."""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.extract.triggers import INTENT_ADJ, INTENT_VERBS, SPEECH_VERBS
from eventwire.records import Modality

# deliberation and wishes: "Japan is considering sending aid" (an option weighed, CAMEO 014), "he hopes the EU will
# persuade ...": neither an act nor a promise
_DELIBERATING = frozenset(
    {"consider", "mull", "weigh", "contemplate", "ponder", "debate", "discuss", "explore", "hope", "wish"}
)
_REFUSING_HEADS = frozenset({"refuse", "decline", "reject", "fail"})
_NEGATING_HEADS = frozenset({"refuse", "decline", "deny", "fail", "reject", "avoid", "stop", "cease"})
_MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_NEGATIVE_SUBJECTS = frozenset({"no one", "nobody", "none", "nothing", "neither"})
# time phrases that put an action in the background (habitual, long past), not in this article's news
_BACKGROUND = (
    "in recent years",
    "over the years",
    "for years",
    "for decades",
    "in the past ,",
    "since last year",
    "in recent months",
    "historically",
    "in previous years",
    "years ago",
    "decades ago",
    "decade ago",
    "in the 19",
    "in the 20",
    "since 19",
    "since 20",
    "has long",
    "have long",
    "repeated ",
    "repeatedly",
    "routinely",
    "regularly",
    "frequently",
)


# "over the past decade", "in the last two years": a long span is background; "over the past week" is news
_LONG_SPAN = re.compile(r"\b(?:over|in|during|throughout) the (?:past|last) (?:\w+ )?(?:years?|decades?|century)\b")


def _clause_chain(token: Token) -> list[Token]:
    """The trigger and the verbs/adjectives governing it through xcomp/acomp/conj/pcomp links."""
    chain = [token]
    current = token
    for _ in range(4):
        infinitive_of_intent = (  # "have sworn to fight", parsed as a purpose clause
            current.dep_ == "advcl"
            and current.head.lemma_.lower() in INTENT_VERBS
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in current.children)
        )
        if (
            current.dep_ not in ("xcomp", "acomp", "pcomp", "conj", "dobj", "pobj", "prep") and not infinitive_of_intent
        ) or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def _children_lemmas(token: Token, deps: tuple[str, ...]) -> set[str]:
    return {c.lemma_.lower() for c in token.children if c.dep_ in deps} | {
        c.lower_ for c in token.children if c.dep_ in deps
    }


def _is_negated(chain: list[Token]) -> bool:
    for t in chain:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t is not chain[0] and t.lemma_.lower() in _NEGATING_HEADS:
            return True
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                det = [d.lower_ for d in c.children if d.dep_ == "det"]
                if c.lower_ in _NEGATIVE_SUBJECTS or "no" in det or f"{c.lower_} one" in _NEGATIVE_SUBJECTS:
                    return True
    return False


def _reported_future(chain: list[Token]) -> bool:
    """ "X said they would blockade Paris": in reported speech "would" is the past of "will", not a hypothesis."""
    top = chain[-1]
    if top.dep_ not in ("ccomp", "parataxis") or top.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    return any("would" in _children_lemmas(t, ("aux",)) for t in chain) and not any(
        (_children_lemmas(t, ("aux",)) & _MODALS) - {"would"} for t in chain
    )


def _is_refusal(chain: list[Token]) -> bool:
    """ "declined to resign", "refused to hand over": a verb of refusal governs the action."""
    return any(t.lemma_.lower() in _REFUSING_HEADS and not any(c.dep_ == "neg" for c in t.children) for t in chain[1:])


def _is_hypothetical(chain: list[Token]) -> bool:
    sent = chain[0].sent
    if sent.text.rstrip().endswith("?"):
        return True
    first = chain[0]
    if first.dep_ == "advcl" and _children_lemmas(first, ("mark",)) & {"as", "like"}:
        return True  # "as demonstrated by ...": a comparison, not an action
    reported = _reported_future(chain)
    for t in chain:
        if (_children_lemmas(t, ("aux",)) & _MODALS) and not reported:
            return True
        if _children_lemmas(t, ("mark",)) & _CONDITIONAL:
            return True
        if t.dep_ == "advcl" and _children_lemmas(t, ("mark",)) & _CONDITIONAL:
            return True
        if t.lemma_.lower() == "ask" and t is not chain[0]:
            return True
        if t is not chain[0] and t.lemma_.lower() in _DELIBERATING:
            return True
    return False


def _is_intent(chain: list[Token]) -> bool:
    first = chain[0]
    if _children_lemmas(first, ("aux",)) & _FUTURE or _reported_future(chain):
        return True
    for t in chain[1:]:
        lemma = t.lemma_.lower()
        if lemma in INTENT_ADJ or lemma in INTENT_VERBS or lemma == "willingness":
            return True
        if _children_lemmas(t, ("aux",)) & _FUTURE:
            return True
    return False


def _is_ultimatum(chain: list[Token]) -> bool:
    """An action promised on a condition ("unless", "if not"): the condition's clause hangs on the chain."""
    for t in chain:
        for c in t.children:
            if c.dep_ == "advcl" and _children_lemmas(c, ("mark",)) & {"unless"}:
                return True
    return False


def _is_background(token: Token) -> bool:
    clause = token
    while clause.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    text = clause_text(clause)
    return any(cue in text for cue in _BACKGROUND) or _LONG_SPAN.search(text) is not None or _place_history(clause)


def _place_history(clause: Token) -> bool:
    """ "... in Serbia, where 24 people were killed in riots last March": a dated relative clause on a place tells
    the place's history, not this article's news."""
    if clause.dep_ != "relcl" or clause.head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    return any(t.ent_type_ == "DATE" for t in clause.subtree) and any(
        c.lower_ in ("where", "when") for c in clause.children
    )


def clause_ids(head: Token) -> set[int]:
    """Token indices of the clause headed by ``head``, without subordinate, relative or coordinate clauses."""
    ids: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        ids.add(t.i)
        for c in t.children:
            if c.dep_ in _OTHER_CLAUSES or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            stack.append(c)
    return ids


def clause_text(head: Token) -> str:
    """Lowercased words of the clause headed by ``head``, without its subordinate and coordinate clauses."""
    return " ".join(head.doc[i].lower_ for i in sorted(clause_ids(head)))


_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "relcl", "acl", "csubj"})


def modality(token: Token) -> Modality:
    """How the trigger's action is framed: negated, hypothetical, intended or background."""
    chain = _clause_chain(token)
    negated, intent = _is_negated(chain), _is_intent(chain)
    return Modality(
        negated=negated,
        hypothetical=_is_hypothetical(chain),
        intent=intent,
        refused=_is_refusal(chain) or (negated and intent),
        conditional=_is_ultimatum(chain),
        background=_is_background(token),
    )
