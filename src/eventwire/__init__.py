"""eventwire: political event data (PLOVER/CAMEO) from news articles."""

__version__ = "0.1.0"
