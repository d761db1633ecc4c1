"""Argument types shared by the command-line parsers (eventwire and its subcommands)."""

from __future__ import annotations

import argparse


def positive_int(value: str) -> int:
    """A whole number of 1 or more ("--limit 5"); anything else is a usage error."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number
