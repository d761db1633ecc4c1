"""`eventwire serve`: a local HTTP API (FastAPI) and an offline web UI over a stored database."""

from eventwire.serve.app import create_app

__all__ = ["create_app"]
