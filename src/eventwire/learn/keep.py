"""Training the event filter: the coder's out-of-fold events on our corpus, labelled by whether a coded gold event
matches them (as `eventwire eval` matches), and the fit and cross-validated figures of the filter on them."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from eventwire.eval.article import ArticleScore, entities, matches, score_articles
from eventwire.models.sparse import fit_sparse
from eventwire.resolve.keep import DROP, KEEP, NAME, THRESHOLD, EventFilter, event_features, judged

Record = dict[str, Any]


@dataclass(frozen=True)
class FoldEvents:
    """The events the coder gives each corpus article with every learned part fitted without that article's fold."""

    outputs: dict[str, list[Record]]
    fold: dict[str, int]  # article id → its fold


@dataclass(frozen=True)
class CorpusFolds:
    """What every fold's learned parts are fitted from: our corpus parsed, its detector and participant rows, and the
    rows of every sentence set and the stories (never held out: they are not corpus articles)."""

    corpus: list[Record]
    parsed: list[Any]  # detector_data.Parsed of each corpus article
    corpus_rows: list[Any]
    sentence_rows: list[Any]
    part_corpus: list[Any]
    part_sentences: list[Any]
    vocabulary: dict[str, Any]  # the detector's nouns, adjectives and readings
    eval_dir: Path
    folds: int

    def held(self, k: int) -> list[Any]:
        """The parsed corpus articles of fold ``k``."""
        from eventwire.learn.detector import fold_of

        return [p for p in self.parsed if fold_of(p.item.group, self.folds) == k]

    def parts(self, k: int, *, c: float = 1.0, sentence_sets: bool = True, gate: bool = True) -> tuple[Any, Any, Any]:
        """The event detector, participant scorer and (with ``gate``) article gate fitted without fold ``k``'s
        articles; with ``sentence_sets`` false, on the corpus folds alone."""
        from eventwire.learn.detector import fit, fold_of
        from eventwire.learn.participants import fit_participants
        from eventwire.learn.train import train

        rows = [r for r in self.corpus_rows if fold_of(r.group, self.folds) != k]
        parts = [r for r in self.part_corpus if fold_of(r.group, self.folds) != k]
        if sentence_sets:
            rows, parts = rows + self.sentence_rows, parts + self.part_sentences
        detector = fit(rows, c=c, **self.vocabulary)
        scorer = fit_participants(parts, c=c)
        kept = [g for g in self.corpus if fold_of(g["article_id"], self.folds) != k]
        return detector, scorer, train("article-gate", self.eval_dir, folds=2, corpus=kept) if gate else None


def corpus_folds(
    nlp: Any, dicts: Any, corpus: list[Record], *, eval_dir: Path, training_dir: Path, cache: Path, folds: int = 5
) -> CorpusFolds:
    """Parse (cached in ``cache``) and turn into training rows everything the fold models learn from."""
    from eventwire.extract.casing import HeadlineCaser
    from eventwire.learn import detector_data as dd
    from eventwire.learn.detector import training_rows
    from eventwire.learn.participants import participant_rows

    corpus_rows, sentence_rows, nouns, adjectives, readings = training_rows(
        nlp, dicts, eval_dir=eval_dir, training_dir=training_dir, corpus=corpus, cache=cache
    )
    recase = HeadlineCaser(dicts).recase
    parsed = dd.parse_cached(nlp, list(dd.corpus_items(corpus)), recase, cache)
    sentence_parsed = dd.parse_cached(nlp, dd.sentence_set_items(eval_dir, training_dir), recase, cache)
    vocabulary = {"nouns": nouns, "adjectives": adjectives, "readings": readings}
    return CorpusFolds(corpus, parsed, corpus_rows, sentence_rows, participant_rows(parsed, dicts),
                       participant_rows(sentence_parsed, dicts), vocabulary, eval_dir, folds)  # fmt: skip


def out_of_fold_events(data: CorpusFolds, *, c: float = 1.0) -> FoldEvents:
    """Code each fold of the corpus with a detector, participant scorer and article gate fitted on the other folds
    (plus every sentence set and the stories), the shipped sentence models and no event filter."""
    from eventwire.coding import build_coder
    from eventwire.extract.learned import default_models

    shipped = default_models()
    if shipped is None:
        raise RuntimeError("the sentence models are not trained (eventwire train sentence-class plover-type)")
    outputs: dict[str, list[Record]] = {}
    fold: dict[str, int] = {}
    for k in range(data.folds):
        detector, scorer, gate = data.parts(k, c=c)
        coder = build_coder(
            models=replace(shipped, gate=gate), detector=detector, participants=scorer, event_filter=False
        )
        for p in data.held(k):
            outputs[p.item.article.id] = [e.to_json() for e in coder.code(p.item.article, p.doc)]
            fold[p.item.article.id] = k
        print(f"eventwire train event-filter: fold {k + 1}/{data.folds} coded", file=sys.stderr, flush=True)
    return FoldEvents(outputs, fold)


def filter_rows(outputs: dict[str, list[Record]], golds: dict[str, Record]) -> tuple[list[list[str]], list[str]]:
    """One row per coded event the filter can judge (see resolve.keep.judged): its features and KEEP when it matches
    any coded event of the article, else DROP."""
    rows, labels = [], []
    for article_id, events in outputs.items():
        gold = golds[article_id]
        ents = entities(gold)
        for event in filter(judged, events):
            rows.append(event_features(event))
            hit = any(matches(event, ev, ents) for ev in gold.get("events", []))
            labels.append(KEEP if hit else DROP)
    return rows, labels


def fit_filter(
    outputs: dict[str, list[Record]], golds: dict[str, Record], *, c: float = 0.3, threshold: float = THRESHOLD,
    metrics: dict[str, Any] | None = None,
) -> EventFilter:  # fmt: skip
    rows, labels = filter_rows(outputs, golds)
    model = fit_sparse(rows, labels, [1.0] * len(rows), c=c)
    return EventFilter(NAME, model, threshold, dict(metrics or {}, events=len(rows), kept=labels.count(KEEP), c=c))


def cross_validate_filter(
    found: FoldEvents, golds: dict[str, Record], thresholds: Sequence[float], *, c: float = 0.3
) -> dict[float, ArticleScore]:
    """Article-level scores of the out-of-fold events after a filter fitted on the other folds' events, for each
    threshold (stacked: the filter never saw the events of the articles it filters)."""
    totals = {t: ArticleScore() for t in thresholds}
    for k in sorted(set(found.fold.values())):
        train = {a: v for a, v in found.outputs.items() if found.fold[a] != k}
        held = {a: v for a, v in found.outputs.items() if found.fold[a] == k}
        model = fit_filter(train, golds, c=c)
        for t in thresholds:
            chosen = replace(model, threshold=t)
            kept = {a: chosen.keep_records(events) for a, events in held.items()}
            totals[t].add(score_articles([golds[a] for a in kept], kept))
    return totals
