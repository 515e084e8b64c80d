"""Finding a question's quote in the source text.

Matching ignores differences of white space, of straight versus curly quotes
and apostrophes, and of letter case -- and nothing else (lesson-format.md).
"""

from __future__ import annotations

import difflib
import re

_QUOTE_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip().casefold()


class SourceText:
    """A source file's text, normalised once for many quote look-ups."""

    def __init__(self, text: str):
        self.text = text
        self.normalized = normalize(text)

    def contains(self, quote: str) -> bool:
        return normalize(quote) in self.normalized

    def closest_passage(self, quote: str) -> str:
        """The stretch of the source most like the quote, to show the teacher."""
        sentences = [s.strip() for s in _SENTENCE_END.split(_SPACE.sub(" ", self.text)) if s.strip()]
        if not sentences:
            return ""
        wanted = normalize(quote)
        best = max(sentences, key=lambda s: difflib.SequenceMatcher(None, wanted, normalize(s)).ratio())
        return best if len(best) <= 200 else best[:197] + "..."
