"""Extract: trigger matching, argument roles, speech attribution, negation/modality → spaCy-free candidates."""

from __future__ import annotations

from eventwire.extract.extractor import Extractor

__all__ = ["Extractor"]
