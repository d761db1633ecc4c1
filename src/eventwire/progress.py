"""A progress line on stderr for long commands (extract, ingest, eval): shown only on a terminal."""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    """A progress line on stderr, only when stderr is a terminal and not --quiet."""

    def __init__(self, enabled: bool, label: str) -> None:
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(desc=label, unit=" articles", file=sys.stderr, leave=False)

    def __call__(self, item: object) -> None:
        """One more item done (an article coded, a sentence scored)."""
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
