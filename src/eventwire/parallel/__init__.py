"""Parallel coding: local worker processes (`ingest --workers N`) and a Dask cluster (`ingest --dask ADDRESS`)."""

from eventwire.parallel.local import code_articles
from eventwire.parallel.worker import Outcome

__all__ = ["Outcome", "code_articles"]
