"""Extract: trigger matching, argument roles, speech attribution, negation/modality → events."""

from __future__ import annotations

from eventwire.dictionaries import Dictionaries, load_dictionaries
from eventwire.extract.coder import CoderOptions, PatternCoder
from eventwire.extract.learned import SentenceModels, default_models
from eventwire.resolve.places import Gazetteer, default_gazetteer

__all__ = ["CoderOptions", "PatternCoder", "build_coder"]


def build_coder(
    options: CoderOptions | None = None,
    *,
    dictionaries: Dictionaries | None = None,
    gazetteer: Gazetteer | None = None,
    models: SentenceModels | bool | None = True,
) -> PatternCoder:
    """The default coder: packaged dictionaries (plus $EVENTWIRE_DICTIONARIES), the GeoNames gazetteer and
    the shipped sentence models (``models=False`` for rules alone)."""
    chosen: SentenceModels | None = None
    if options is None or options.models:
        chosen = default_models() if models is True else models or None
    return PatternCoder(dictionaries or load_dictionaries(), gazetteer or default_gazetteer(), options, chosen)
