"""Ingest: read files, folders, JSON/JSONL records, HTML and stdin into normalised Articles with structure."""

from eventwire.ingest.build import make_article
from eventwire.ingest.problems import Problem
from eventwire.ingest.sources import read_inputs

__all__ = ["Problem", "make_article", "read_inputs"]
