"""Language check: eventwire codes English; an article clearly in another language is named, not coded in silence."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventwire.errors import NotEnglish
from eventwire.records import Article

NAME = "eventwire.language.py3langid-0.4.0"
MIN_CHARS = 200  # shorter texts in the Latin script carry too little evidence to be judged
MIN_LETTERS = 20  # a text mostly in another script is judged from this many letters
SAMPLE_CHARS = 3000  # the article's start decides: the cost stays flat however long the article is
CONFIDENCE = 0.99  # only a confident verdict rejects (English with many foreign names must pass)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's naive Bayes identifier (97 languages, its bundled model), loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _mostly_other_script(sample: str) -> bool:
    """Most letters outside the Latin script (Arabic, Chinese, Cyrillic ...): not English at any length."""
    letters = [ch for ch in sample if ch.isalpha()]
    other = sum(1 for ch in letters if ord(ch) > 0x24F)  # past Latin Extended-B
    return len(letters) >= MIN_LETTERS and other > len(letters) / 2


def detect_language(text: str) -> tuple[str, float] | None:
    """py3langid's (ISO 639-1 code, probability) for the start of ``text``, or None when it is too short to judge
    (a text mostly in another script is judged at any length)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS and not _mostly_other_script(sample):
        return None
    lang, probability = _identifier().classify(sample)
    return str(lang), float(probability)


def check_english(article: Article) -> Article:
    """The article itself, or NotEnglish (E109) when it is mostly in another script or confidently detected to
    be in another language."""
    found = detect_language(article.text)
    if found is None:
        return article
    lang, probability = found
    if _mostly_other_script(article.text[:SAMPLE_CHARS]):
        why = f"most of its letters are not Latin (detected {lang!r})"
    elif lang != "en" and probability >= CONFIDENCE:
        why = f"detected {lang!r} with probability {probability:.2f}"
    else:
        return article
    raise NotEnglish(
        f"the article is not in English ({why}); eventwire codes English text only, so it would yield no events",
        hint="translate it first, or leave it out",
        where=article.origin or article.id,
    )
