"""A store of many events made through the public Store API (no model needed): varied countries, types, dates and
places, so clusters, filters and pages behave as on a real store."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from eventwire.dictionaries.loader import load_from
from eventwire.ingest import make_article
from eventwire.pipeline import ArticleResult
from eventwire.records import ActorRef, Event, EventDate, EventMention, Place, Provenance, Sentence, Span
from eventwire.store import open_store

COUNTRIES = {
    "IRN": "Iran", "CHN": "China", "RUS": "Russia", "UKR": "Ukraine", "USA": "the United States", "IND": "India",
    "PAK": "Pakistan", "ISR": "Israel", "TUR": "Turkey", "BRA": "Brazil", "VEN": "Venezuela", "COL": "Colombia",
    "NGA": "Nigeria", "KEN": "Kenya", "ETH": "Ethiopia", "EGY": "Egypt", "SYR": "Syria", "IRQ": "Iraq",
    "FRA": "France", "DEU": "Germany", "GBR": "Britain", "JPN": "Japan", "KOR": "South Korea", "MEX": "Mexico",
}  # fmt: skip
KINDS = [("CONSULT", "040", "met"), ("ACCUSE", "112", "accused"), ("THREATEN", "130", "warned"),
         ("AGREE", "036", "offered talks to"), ("ASSAULT", "190", "attacked"), ("AID", "070", "sent aid to"),
         ("COERCE", "173", "arrested citizens of"), ("REQUEST", "020", "appealed to")]  # fmt: skip
PLACES = [Place("Tehran", 112931, 35.69, 51.42, "IRN"), Place("Kyiv", 703448, 50.45, 30.52, "UKR"), None]


def build(path: Path, events: int, *, per_article: int = 4, seed: int = 11) -> Path:
    """A database at ``path`` with ``events`` events, ``per_article`` to an article, ingested in batches."""
    rng = random.Random(seed)
    onto = load_from(()).ontology
    codes = sorted(COUNTRIES)
    start = date(2022, 1, 1)
    results: list[ArticleResult] = []
    with open_store(path) as store:
        for n in range(0, events, per_article):
            lines = []
            picks = []
            for k in range(per_article):
                a, b = rng.sample(codes, 2)
                kind = rng.choice(KINDS)
                sentence = f"{COUNTRIES[a]} {kind[2]} {COUNTRIES[b]} (report {n + k})."
                lines.append(sentence)
                picks.append((a, b, kind, sentence))
            text = "\n\n".join(lines)
            published = start + timedelta(days=rng.randrange(365))
            article = make_article(text, origin="synthetic", id=f"syn-{n:06d}", published=published,
                                   source=rng.choice(["AP", "Reuters", "AFP", "Xinhua"]))  # fmt: skip
            built = []
            for k, (a, b, kind, sentence) in enumerate(picks):
                s0 = article.text.index(sentence)
                t0 = s0 + len(COUNTRIES[a]) + 1
                ra = ActorRef(COUNTRIES[a], s0, t0 - 1, COUNTRIES[a], a, "GOV", ("GOV",), "country")
                b0 = s0 + sentence.index(COUNTRIES[b], t0 - s0)
                rb = ActorRef(COUNTRIES[b], b0, b0 + len(COUNTRIES[b]), COUNTRIES[b], b, None, (), "country")
                coding = onto.coding(kind[0], kind[1])
                trig = Span(t0, t0 + len(kind[2]), kind[2])
                prov = Provenance("synthetic.v1", "synthetic", trig.start, trig.end, s0, s0 + len(sentence))
                m = EventMention(article.id, Sentence(s0, s0 + len(sentence), sentence), trig, coding, (ra,), (rb,),
                                 prov)  # fmt: skip
                when = EventDate(published - timedelta(days=rng.randrange(3)), rng.choice(["day", "month"]))
                built.append(Event(f"ev-{n + k:08d}", article.id, coding, (ra,), (rb,), (m,), when,
                                   rng.choice(PLACES), False, False, 0.8, "synthetic.v1"))  # fmt: skip
            results.append(ArticleResult(article, tuple(built)))
            if len(results) >= 64:
                store.add(results, coder="synthetic.v1")
                results = []
        store.add(results, coder="synthetic.v1")
    return path
