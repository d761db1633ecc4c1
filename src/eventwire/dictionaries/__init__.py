"""Versioned data (ontology, trigger patterns, actors, office-holders, the coder's lexicon) and its loader."""

from eventwire.dictionaries.loader import Dictionaries, load_dictionaries

__all__ = ["Dictionaries", "load_dictionaries"]
