"""NLP: the spaCy pipeline (model configurable), built once per process, and article → Doc preparation."""

from eventwire.nlp.pipeline import DEFAULT_MODEL, load_nlp, parse_articles, prepare_doc

__all__ = ["DEFAULT_MODEL", "load_nlp", "parse_articles", "prepare_doc"]
