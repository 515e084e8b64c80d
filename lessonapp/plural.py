"""A count and its noun in English, for the command line (which speaks English only):
"1 problem", "2 problems" -- never "1 problems" or "1 problem(s)"."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` with thousands separators and the noun that goes with it."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"
