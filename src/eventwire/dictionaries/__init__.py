"""Versioned data (trigger patterns, countries, organisations, roles, office-holders, ontology) and its loader."""

from eventwire.dictionaries.loader import Dictionaries, load_dictionaries

__all__ = ["Dictionaries", "load_dictionaries"]
