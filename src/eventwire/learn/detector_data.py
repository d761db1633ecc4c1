"""What the event detector learns from: labelled texts (our corpus, sentence sets, synthetic stories) turned into
candidate rows (features, label, weight) by the same candidate and feature code the coder runs.

Labels come from where the gold says an event is: trigger spans (our corpus, the PLOVER records' EVT markup), or the
word that links a marked actor and target (PLV pairs, ConfliBERT spans), or a story-level type that confirms a
pattern's reading (CASE 2021 ACLED, synthetic stories). A fully coded article makes every other candidate a
negative; a sentence coded for one event makes them weak negatives.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.lexicon import Lexicon
from eventwire.eval.sentences import PENTACLASS
from eventwire.extract.candidates import candidate_tokens, sentence_features, token_features
from eventwire.extract.detector import NONE
from eventwire.extract.modality import modality
from eventwire.extract.triggers import TriggerMatch, match_triggers
from eventwire.ingest.build import make_article
from eventwire.nlp.pipeline import english_words, prepare_doc
from eventwire.records import Article

Record = dict[str, Any]
# ACLED sub-event types as PLOVER types (../shared/training/README.md); the rest report no PLOVER event
ACLED_PLOVER = {
    **dict.fromkeys(("ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "SUIC_BOMB", "CHEM_WEAP",
                     "ATTACK", "SEX_VIOL", "ABDUCT_DISSAP", "MOB_VIOL", "GOV_REGAINS_TERIT",
                     "NON_STATE_ACTOR_OVERTAKES_TER"), "ASSAULT"),
    **dict.fromkeys(("PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR"), "PROTEST"),
    **dict.fromkeys(("ARREST", "FORCE_AGAINST_PROTEST", "PROPERTY_DISTRUCT"), "COERCE"),
    "AGREEMENT": "AGREE", "DIPLO": "CONSULT", "NON_VIOL_TERRIT_TRANSFER": "RETREAT",
}  # fmt: skip
_TAG = re.compile(r"</?[st]>")


@dataclass
class Item:
    """A text to learn from and what is known of its events (character spans are offsets into article.text)."""

    group: str  # texts of one group stay in one fold (the same sentence in two sets is one group)
    source: str
    article: Article
    spans: list[tuple[int, int, str, float]] = field(default_factory=list)  # trigger spans: start, end, type, weight
    pairs: list[tuple[tuple[int, int], tuple[int, int], str | None, int | None, float]] = field(default_factory=list)
    confirm: str | None = None  # a type the text reports: pattern readings of that type are positives
    confirm_weight: float = 0.5
    confirm_roots: frozenset[str] = frozenset()  # CAMEO roots the text's class covers: readings of them are positives
    rest: float = 0.0  # weight of "no event" for every other candidate
    readings: list[tuple[int, int, str, str, tuple[str, ...]]] = field(default_factory=list)  # span, type, cameo, mode
    links: list[Link] = field(default_factory=list)  # who did it to whom, for the participant scorer


Span_ = tuple[int, int]


@dataclass
class Link:
    """A trigger (its span, or None: the word linking the first actor and recipient spans) with the spans of its
    actors and recipients, and the PLOVER type when known."""

    trigger: Span_ | None
    actors: list[Span_]
    recipients: list[Span_]
    event: str | None = None
    weight: float = 1.0


@dataclass
class Row:
    """One candidate: its features, its label and how much the label counts."""

    group: str
    source: str
    features: list[str]
    label: str
    weight: float
    pattern: str | None  # the pattern's reading, if any


def group_of(text: str) -> str:
    return hashlib.sha1(re.sub(r"\W+", " ", text.lower()).strip().encode()).hexdigest()[:16]


def _read(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentence(text: str, rid: str) -> Article:
    return make_article(text, origin=rid, id=rid)


def _find(article: Article, text: str, start: int = 0) -> tuple[int, int] | None:
    """Where a piece of gold text stands in the (normalised) article text."""
    for probe in (text, " ".join(text.split())):
        at = article.text.find(probe, start)
        if at >= 0:
            return at, at + len(probe)
    return None


# -- sources ------------------------------------------------------------------------------------------------------
def corpus_items(golds: Iterable[Record]) -> Iterator[Item]:
    """Our fully coded articles: trigger spans of every event, every other candidate a negative."""
    from eventwire.eval.run import gold_article

    for gold in golds:
        article = gold_article(gold)
        item = Item(gold["article_id"], "corpus", article, rest=1.0)
        for ev in gold["events"]:
            for span in ev.get("evidence_spans", []):
                quote = _find(article, span["text"])
                if quote is None:
                    continue
                trigger = _find(article, span["trigger"]["text"], quote[0])
                if trigger is None or trigger[1] > quote[1]:
                    continue
                item.spans.append((*trigger, ev["plover"][0], 1.0))
                item.readings.append((*trigger, ev["plover"][0], ev["cameo"][0], tuple(ev.get("mode", [])[:1])))
                item.links.append(_corpus_link(article, gold, ev, quote, trigger))
        yield item


def _corpus_link(article: Article, gold: Record, ev: Record, quote: Span_, trigger: Span_) -> Link:
    """The mentions of an event's actors and recipients inside one of its evidence quotes (an undirected event
    without sides: every participant as an actor, weighted down)."""
    ents = {e["key"]: e for e in gold["entities"]}

    def spans(keys: list[str]) -> list[Span_]:
        out = []
        for key in keys:
            for surface in (ents.get(key) or {}).get("mentions", []):
                at = article.text.find(surface, quote[0], quote[1]) if surface else -1
                if at >= 0:
                    out.append((at, at + len(surface)))
        return out

    if ev.get("actor") or ev.get("recipient"):
        return Link(trigger, spans(ev.get("actor", [])), spans(ev.get("recipient", [])), ev["plover"][0])
    return Link(trigger, spans(ev.get("participants", [])), [], ev["plover"][0], 0.5)


def plover_items(path: Path) -> Iterator[Item]:
    """PLOVER gold records: the first EVT word of the markup is the trigger."""
    for r in _read(path):
        event = r["labels"].get("event")
        article = _sentence(r["text"], r["id"])
        item = Item(group_of(r["text"]), "plover", article, rest=0.2)
        markup = r["labels"].get("markup") or ""
        m = re.search(r"\(EVT: ([^)]+)\)", markup)
        if event and m:
            where = _find(article, m.group(1))
            if where is not None:
                item.spans.append((*where, event, 1.0))
                sides = re.findall(r"\((SRC|TAR|SRC/TAR): ([^)]+)\)", markup)
                actors = [x for kind, text in sides if kind != "TAR" and (x := _find(article, text)) is not None]
                targets = [x for kind, text in sides if kind == "TAR" and (x := _find(article, text)) is not None]
                item.links.append(Link(where, actors, targets, event))
        elif not event:
            item.rest = 0.5
        yield item


def _marked(marked: str, tag: str) -> tuple[int, int] | None:
    """Offsets of the <s>/<t> span in the unmarked text."""
    m = re.search(rf"<{tag}>(.*?)</{tag}>", marked)
    if m is None:
        return None
    start = len(_TAG.sub("", marked[: m.start()]))
    return start, start + len(m.group(1))


def plv_items(path: Path) -> Iterator[Item]:
    """PLV pairs: the word linking the marked actor and target, with the pair's PLOVER root (YIELD: CONCEDE or
    RETREAT as a pattern reads it)."""
    for r in _read(path):
        article = _sentence(r["text"], r["id"])
        src, tgt = _marked(r["marked"], "s"), _marked(r["marked"], "t")
        item = Item(group_of(r["text"]), "plv", article, rest=0.2)
        if src is not None and tgt is not None and article.text == r["text"]:
            event = None if r["plover"] == "YIELD" else r["plover"]
            item.pairs.append((src, tgt, event, int(r["pentaclass"]), 1.0))
            item.links.append(Link(None, [src], [tgt], event))
        yield item


def conflibert_items(path: Path) -> Iterator[Item]:
    """ConfliBERT pentaclass sentences: class 0 is a statement or an appeal (every candidate a negative but a pattern
    reading of CAMEO 01-02, which confirms it: "urged Ethiopia to open up" is a REQUEST); otherwise the word linking
    source and target, typed by a pattern whose reading is of the class."""
    for r in _read(path):
        labels = r["labels"]
        article = _sentence(r["text"], r["id"])
        cls = int(labels["pentacode"])
        item = Item(group_of(r["text"]), "conflibert", article, rest=1.0 if cls == 0 else 0.2)
        if cls == 0:  # statements and appeals (CAMEO 01-02): an appeal read by a pattern is a REQUEST, not "no event"
            item.confirm_roots = frozenset(root for root, c in PENTACLASS.items() if c == 0)
        if cls:
            src = _find(article, labels["source"][0]) if labels.get("source") else None
            tgt = _find(article, labels["target"][0]) if labels.get("target") else None
            if src is not None and tgt is not None:
                item.pairs.append((src, tgt, None, cls, 0.7))
                item.links.append(Link(None, [src], [tgt], None, 0.7))
        yield item


def acled_items(path: Path) -> Iterator[Item]:
    """CASE 2021 ACLED snippets: the PLOVER type of the sub-event confirms pattern readings; sub-events with no
    PLOVER type make every candidate a weak negative."""
    for r in _read(path):
        kind = ACLED_PLOVER.get(str(r["labels"].get("acled_subtype", "")).upper())
        article = _sentence(r["text"], r["id"])
        yield Item(group_of(r["text"]), "acled", article, confirm=kind, rest=0.0 if kind else 0.5)


def synthetic_items(path: Path) -> Iterator[Item]:
    """Synthetic stories (training only): the story's type confirms pattern readings of that type."""
    for r in _read(path):
        article = make_article(r["text"], origin=r["id"], id=r["id"])
        yield Item(group_of(r["text"]), "synthetic", article, confirm=r["plover"], confirm_weight=0.3)


def sentence_set_items(eval_dir: Path, training_dir: Path | None) -> list[Item]:
    """Every sentence-level source there is (the synthetic stories only when the training folder is given)."""
    items = [
        *plover_items(eval_dir / "plover_gsr_cameo.jsonl"),
        *conflibert_items(eval_dir / "conflibert_cameo_pentacode.jsonl"),
        *acled_items(eval_dir / "case2021_task2_acled_dev.jsonl"),
    ]
    if training_dir is not None:
        items += plv_items(training_dir / "plv_plover_pairs.jsonl")
        items += synthetic_items(training_dir / "ngec_synthetic_plover_stories.jsonl")
    return items


# -- candidates and labels ------------------------------------------------------------------------------------------
@dataclass
class Parsed:
    item: Item
    doc: Doc


def parse(nlp: Language, items: list[Item], recase: Any = None, batch_size: int = 64) -> list[Parsed]:
    docs = nlp.pipe((prepare_doc(nlp, it.article, recase) for it in items), batch_size=batch_size)
    return [Parsed(it, doc) for it, doc in zip(items, docs, strict=True)]


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def head_within(tokens: list[Token]) -> Token | None:
    """The syntactic head of a stretch of tokens (the one whose head lies outside)."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else None


def linking_word(doc: Doc, src: tuple[int, int], tgt: tuple[int, int], lex: Lexicon) -> Token | None:
    """The word whose clause relates the actor and the target: their lowest common head, or under a speech verb,
    the clause of the target."""
    s = head_within(tokens_in(doc, *src))
    t = head_within(tokens_in(doc, *tgt))
    if s is None or t is None:
        return None
    s_line = [s, *s.ancestors]
    t_line = [t, *t.ancestors]
    common = next((x for x in t_line if x in s_line), None)
    if common is None:
        return None
    if common.lemma_.lower() in lex.speech_verbs:  # "X said it would attack Y": the clause under "said"
        below = [x for x in t_line[: t_line.index(common)] if x.pos_ in ("VERB", "NOUN")]
        return below[-1] if below else None
    while common.pos_ == "AUX" and common.head.i != common.i:
        common = common.head
    return common if common.pos_ in ("VERB", "NOUN", "ADJ") else None


def trigger_vocabulary(parsed: list[Parsed], dicts: Dictionaries) -> tuple[frozenset[str], frozenset[str]]:
    """Nouns and adjectives that can be triggers: those of the patterns and of the gold trigger spans."""
    nouns, adjectives = set(dicts.triggers.nouns), set(dicts.triggers.adjectives)
    for p in parsed:
        for start, end, _, _ in p.item.spans:
            head = head_within(tokens_in(p.doc, start, end))
            if head is not None and head.pos_ == "NOUN":
                nouns.add(head.lemma_.lower())
            elif head is not None and head.pos_ == "ADJ":
                adjectives.add(head.lemma_.lower())
    return frozenset(nouns), frozenset(adjectives)


def _labels(p: Parsed, matches: dict[int, TriggerMatch], lex: Lexicon) -> dict[int, tuple[str, float]]:
    """The label of each candidate token the item says something about."""
    out: dict[int, tuple[str, float]] = {}
    for start, end, event, weight in p.item.spans:
        head = head_within(tokens_in(p.doc, start, end))
        if head is not None:
            out[head.i] = (event, weight)
    for src, tgt, given, cls, weight in p.item.pairs:
        word = linking_word(p.doc, src, tgt, lex)
        if word is None:
            continue
        read = matches.get(word.i)
        typed = given
        if typed is None and cls is not None and read is not None and PENTACLASS.get(read.pattern.cameo[:2]) == cls:
            typed = read.pattern.event  # a class (or YIELD) label, typed by the pattern whose CAMEO root is of it
        if typed is not None:
            out[word.i] = (typed, weight)
    confirm = p.item.confirm
    for i, m in matches.items():
        if i in out:
            continue
        if m.pattern.event == confirm or m.pattern.cameo[:2] in p.item.confirm_roots:
            out[i] = (m.pattern.event, p.item.confirm_weight)
    return out


def rows(parsed: list[Parsed], dicts: Dictionaries, nouns: frozenset[str], adjectives: frozenset[str]) -> list[Row]:
    """The candidate rows of every parsed item, featurised as the coder does."""
    lex = dicts.lexicon
    out: list[Row] = []
    for p in parsed:
        structure = p.item.article.structure
        for sent in p.doc.sents:
            zone = structure.zone_at(sent.start_char)
            if zone in ("publisher", "byline", "heading"):
                continue
            headline = zone == "headline"
            matches = {m.token.i: m for m in match_triggers(sent, dicts.triggers, lex, headline=headline)}
            labels = _labels(p, matches, lex)
            tokens = candidate_tokens(sent, nouns, adjectives, lex)
            seen = {t.i for t in tokens}
            tokens += [matches[i].token for i in matches if i not in seen]
            tokens += [p.doc[i] for i in labels if i not in seen and i not in matches and sent.start <= i < sent.end]
            context = sentence_features(sent)
            for t in tokens:
                match = matches.get(t.i)
                if t.i in labels:
                    label, weight = labels[t.i]
                elif p.item.rest > 0 and not (match is not None and p.item.rest < 1.0):
                    label, weight = NONE, p.item.rest  # a weak negative never overrules a pattern
                else:
                    continue
                feats = token_features(t, match, modality(t, lex), headline, lex, context)
                out.append(
                    Row(p.item.group, p.item.source, feats, label, weight, match.pattern.event if match else None)
                )
    return out


def readings(parsed: list[Parsed]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The CAMEO code and mode each trigger word most often has for a type in the gold (seen at least twice)."""
    votes: Counter[tuple[str, str, str, tuple[str, ...]]] = Counter()
    for p in parsed:
        for start, end, event, cameo, mode in p.item.readings:
            head = head_within(tokens_in(p.doc, start, end))
            if head is not None:
                votes[(head.lemma_.lower(), event, cameo, mode)] += 1
    best: dict[str, tuple[tuple[str, tuple[str, ...]], int]] = {}
    for (lemma, event, cameo, mode), n in votes.items():
        key = f"{lemma}|{event}"
        if n >= 2 and n > best.get(key, ((cameo, mode), 0))[1]:
            best[key] = ((cameo, mode), n)
    return {k: v[0] for k, v in sorted(best.items())}


def parse_cached(nlp: Language, items: list[Item], recase: Any, cache: Path | None) -> list[Parsed]:
    """Parsed items, read from ``cache`` when it holds the same texts parsed by the same model (parsing the
    sentence sets and stories takes minutes; the rows are rebuilt from the parses each time)."""
    import pickle

    meta = nlp.meta
    english = english_words(nlp)
    headlines = [  # as the parser reads them: a change in re-casing is a new parse
        recase(h.text, english) if recase is not None and (h := it.article.structure.headline) is not None else None
        for it in items
    ]
    key = hashlib.sha1(
        json.dumps([meta.get("name"), meta.get("version"), [it.article.text for it in items], headlines]).encode()
    ).hexdigest()[:16]
    path = cache / f"parses-{key}.pickle" if cache is not None else None
    if path is not None and path.exists():
        blobs = pickle.loads(path.read_bytes())
        return [Parsed(it, Doc(nlp.vocab).from_bytes(b)) for it, b in zip(items, blobs, strict=True)]
    parsed = parse(nlp, items, recase)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([p.doc.to_bytes() for p in parsed]))
    return parsed
