"""Coded errors: E1xx ingest, E2xx nlp, E3xx extract/resolve, E4xx store, E5xx serve, E6xx dictionaries,
E7xx parallel workers and clusters, E8xx corrections."""

from __future__ import annotations


class EventwireError(Exception):
    """Base error: carries a stable code, what went wrong, and what to do about it."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None, where: str | None = None) -> None:
        self.message = message
        self.hint = hint
        self.where = where
        super().__init__(self.render())

    def render(self) -> str:
        """One readable line: code, location, message and hint."""
        where = f"{self.where}: " if self.where else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"[{self.code}] {where}{self.message}{hint}"

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled whole (results of coding travel between worker processes with their errors)."""
        return _rebuild, (type(self), self.message, self.hint, self.where)


def _rebuild(cls: type[EventwireError], message: str, hint: str | None, where: str | None) -> EventwireError:
    return cls(message, hint=hint, where=where)


class IngestError(EventwireError):
    """An input could not be read as articles."""

    code = "E100"


class EmptyInput(IngestError):
    code = "E101"


class BinaryInput(IngestError):
    code = "E102"


class UndecodableInput(IngestError):
    code = "E103"


class MalformedRecord(IngestError):
    code = "E104"


class MissingText(IngestError):
    code = "E105"


class UnknownInputType(IngestError):
    code = "E106"


class InputNotFound(IngestError):
    code = "E107"


class BadDate(IngestError):
    code = "E108"


class NotEnglish(IngestError):
    """An article confidently detected to be in another language than English."""

    code = "E109"


class NlpError(EventwireError):
    code = "E200"


class ModelNotInstalled(NlpError):
    code = "E201"


class ArticleTooLong(NlpError):
    """Longer than the spaCy model takes."""

    code = "E202"


class ExtractError(EventwireError):
    code = "E300"


class StoreError(EventwireError):
    code = "E400"


class StoreLocationError(StoreError):
    code = "E401"


class StoreConnectionError(StoreError):
    """The database server could not be reached or refused us."""

    code = "E402"


class CopyCheckError(StoreError):
    """After a copy, the target lacks something the source holds."""

    code = "E403"


class WorkerError(EventwireError):
    """Parallel workers or a Dask cluster could not be started, reached or used."""

    code = "E700"


class CorrectionError(EventwireError):
    """A correction of the stored events that cannot be made."""

    code = "E800"


class InvalidCorrection(CorrectionError):
    """A correction that does not fit the ontology, the dictionaries or the article (each problem is named)."""

    code = "E801"


class NothingToCorrect(CorrectionError):
    """The event, article or log entry a correction names is not stored."""

    code = "E802"


class CorrectionConflict(CorrectionError):
    """A correction that does not fit what the store holds now (undoing a change of an event removed since)."""

    code = "E803"


class UsageError(EventwireError):
    """Options that do not fit together."""

    code = "E001"


class DictionaryError(EventwireError):
    """A dictionary data file is malformed."""

    code = "E600"
