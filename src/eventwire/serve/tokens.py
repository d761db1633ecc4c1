"""Write tokens: read from a token file (`eventwire serve --write-token-file FILE`) or $EVENTWIRE_WRITE_TOKEN."""

from __future__ import annotations

from pathlib import Path

from eventwire.serve.errors import ServeError

ENV = "EVENTWIRE_WRITE_TOKEN"
MIN_LENGTH = 16
MAKE_ONE = "python3 -c 'import secrets; print(secrets.token_urlsafe(24))'"


class WriteTokenError(ServeError):
    """A write token file that cannot be read or holds a token too short to keep writes closed to others."""

    code = "E533"


def parse_tokens(text: str, where: str) -> dict[str, str | None]:
    """Tokens of a token file: one a line, `TOKEN` or `NAME TOKEN` (the name is the author of that holder's
    corrections); blank lines and lines starting with # are skipped."""
    out: dict[str, str | None] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) > 2:
            raise WriteTokenError(
                f"line {n} has {len(parts)} words", hint="write `TOKEN` or `NAME TOKEN` on each line", where=where
            )
        token, name = parts[-1], parts[0] if len(parts) == 2 else None
        if len(token) < MIN_LENGTH:
            raise WriteTokenError(
                f"the token on line {n} has {len(token)} characters; at least {MIN_LENGTH} are needed",
                hint=f"make one with {MAKE_ONE}",
                where=where,
            )
        out[token] = name
    if not out:
        raise WriteTokenError("no token in the file", hint=f"put one on a line; make one with {MAKE_ONE}", where=where)
    return out


def load_tokens(path: str | None, env_value: str | None) -> dict[str, str | None]:
    """The write tokens of a token file and/or of $EVENTWIRE_WRITE_TOKEN's value; none: the server is read-only."""
    out: dict[str, str | None] = {}
    if env_value is not None and env_value.strip():
        out.update(parse_tokens(env_value.strip(), f"${ENV}"))
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise WriteTokenError(f"cannot read the token file: {exc}", where=path) from None
        out.update(parse_tokens(text, path))
    return out
