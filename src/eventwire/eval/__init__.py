"""Evaluation: scorers for article-level gold (ARTICLE-GOLD.md) and the runner behind `eventwire eval`."""
