"""Bytes to text: empty, binary and non-UTF-8 input refused with the reason and the offending byte named."""

from __future__ import annotations

from eventwire.errors import BinaryInput, EmptyInput, UndecodableInput

_SNIFF = 8192  # a NUL byte this early means a binary file


def check_text(data: bytes, origin: str, *, sniff: int = _SNIFF) -> None:
    """Refuse empty input and binary input (a NUL byte in the first ``sniff`` bytes)."""
    if not data.strip():
        raise EmptyInput("the input is empty", hint="give it article text or records", where=origin)
    if b"\x00" in data[:sniff]:
        raise BinaryInput(
            "this looks like a binary file, not text",
            hint="eventwire reads .txt, .html, .json and .jsonl files",
            where=origin,
        )


def decode_utf8(data: bytes, where: str) -> str:
    """UTF-8 (a leading byte-order mark dropped), or UndecodableInput naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UndecodableInput(
            f"not valid UTF-8 (byte {exc.start} is 0x{data[exc.start]:02x})",
            hint="convert it first, e.g. iconv -f latin1 -t utf-8 FILE",
            where=where,
        ) from None


def decode(data: bytes, origin: str) -> str:
    """Bytes → text, refusing empty, binary and undecodable input with a clear message."""
    check_text(data, origin)
    return decode_utf8(data, origin)
