"""A rejected input or record and why: collected, never raised, so one bad record does not stop a batch."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.errors import EventwireError


@dataclass(frozen=True, slots=True)
class Problem:
    """An input (or one record of it) that was rejected, and why."""

    origin: str
    code: str
    message: str

    @classmethod
    def from_error(cls, error: EventwireError, origin: str) -> Problem:
        text = error.message + (f" ({error.hint})" if error.hint else "")
        return cls(origin=error.where or origin, code=error.code, message=text)

    def render(self) -> str:
        return f"[{self.code}] {self.origin}: {self.message}"
