"""Candidate triggers of a sentence and the features the learned detector reads off each (the same at training).

A candidate is any verb, any noun or adjective the detector's vocabulary knows as a possible trigger (nouns and
adjectives of the trigger patterns and of the training data), and any token a pattern matched. Its features are
strings: the word, its syntax (dependency, head, children, objects, prepositions), what a pattern reads it as, its
modality, its neighbours and the content words of its sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.extract.triggers import TriggerMatch, described, direct_object
from eventwire.records import Modality

_CHILD_DEPS = frozenset(
    {"dobj", "nsubj", "nsubjpass", "attr", "dative", "agent", "prt", "xcomp", "ccomp", "acomp", "neg", "aux",
     "auxpass", "poss", "amod", "compound", "oprd", "advmod"}
)  # fmt: skip
_PAIR_DEPS = frozenset({"dobj", "prt", "nsubjpass", "attr", "xcomp", "poss", "amod", "compound"})
_CONTENT = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})


def candidate_tokens(sent: Span, nouns: frozenset[str], adjectives: frozenset[str], lex: Lexicon) -> list[Token]:
    """Every token of the sentence that could say an event (verbs but the lexicon's detector_skip_verbs)."""
    out = []
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB":
            if t.dep_ in ("amod", "compound") or lemma in lex.detector_skip_verbs:
                continue
            out.append(t)
        elif (t.pos_ == "NOUN" and lemma in nouns and not described(t, lex)) or (
            t.pos_ == "ADJ" and lemma in adjectives
        ):
            out.append(t)
    return out


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def sentence_features(sent: Span) -> list[str]:
    """The sentence's content words: context every candidate of the sentence shares."""
    return sorted({f"s={_lemma(t)}" for t in sent if t.pos_ in _CONTENT and not t.is_stop and t.ent_type_ == ""})


def token_features(
    token: Token,
    match: TriggerMatch | None,
    mod: Modality,
    headline: bool,
    lex: Lexicon,
    context: Iterable[str] = (),
) -> list[str]:
    """The features of one candidate trigger."""
    lemma, pos, dep = _lemma(token), token.pos_, token.dep_
    head = token.head
    f = [
        f"l={lemma}",
        f"p={pos}",
        f"lp={lemma}|{pos}",
        f"d={dep}",
        f"ld={lemma}|{dep}",
        f"t={token.tag_}",
        f"h={_lemma(head)}|{dep}",
        f"lh={lemma}|{_lemma(head)}",
        f"hp={head.pos_}",
    ]
    if token.ent_type_:
        f.append(f"ent={token.ent_type_}")
    for c in token.children:
        d = c.dep_
        if d in _CHILD_DEPS:
            f.append(f"c:{d}={_lemma(c)}")
            if c.ent_type_:
                f.append(f"c:{d}:e={c.ent_type_}")
            if d in _PAIR_DEPS:
                f.append(f"lc:{lemma}|{d}={_lemma(c)}")
        elif d in ("prep", "agent"):
            prep = _lemma(c)
            f += [f"pr={prep}", f"lpr={lemma}|{prep}"]
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                f.append(f"po:{prep}={_lemma(pobj)}")
                if pobj.ent_type_:
                    f.append(f"po:{prep}:e={pobj.ent_type_}")
    obj = direct_object(token, lex) if pos == "VERB" else None
    if obj is not None:
        f += [f"o={_lemma(obj)}", f"lo={lemma}|{_lemma(obj)}"]
    if match is not None:
        p = match.pattern
        f += [f"pat={p.event}", f"pid={p.id}", f"pc={p.cameo[:2]}"]
    else:
        f.append("pat=none")
    flags = (("neg", mod.negated), ("hyp", mod.hypothetical), ("intent", mod.intent), ("bg", mod.background),
             ("refused", mod.refused), ("cond", mod.conditional))  # fmt: skip
    f += [name for name, on in flags if on]
    if headline:
        f.append("zone=headline")
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    after = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    f.append(f"w-1={before.lower_ if before is not None else '<s>'}")
    f.append(f"w+1={after.lower_ if after is not None else '</s>'}")
    f.extend(context)
    return f
