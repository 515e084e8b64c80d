"""Finding a question's quote in the source text.

Matching ignores differences of white space, of straight versus curly quotes
and apostrophes, and of letter case -- and nothing else (lesson-format.md).
"""

from __future__ import annotations

import difflib
import math
import re
import string
from collections import Counter
from itertools import accumulate, repeat
from operator import sub

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


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip().casefold()


class SourceText:
    """A source file's text, normalised once for many quote look-ups."""

    def __init__(self, text: str):
        self.text = text
        self.normalized = normalize(text)
        self._words: list[str] | None = None  # the text's words, as written
        self._keys: list[str] | None = None  # the same words normalised, without punctuation

    def contains(self, quote: str) -> bool:
        return normalize(quote) in self.normalized

    def closest_passage(self, quote: str) -> str:
        """The stretch of the source most like the quote, to show the teacher.

        A window as many words long as the quote slides over the source; the
        one sharing the most of the quote's words (rare words counting more)
        wins, in time linear in the source. Its edges are then moved a few
        words either way to the stretch most like the quote letter by letter.
        """
        if self._words is None:
            normalized = self.normalized.split()
            written = self.text.split()
            # The same words, one for one; should Unicode tell them apart, show the normalised ones.
            self._words = written if len(written) == len(normalized) else normalized
            self._keys = list(map(str.strip, normalized, repeat(_PUNCTUATION)))
        words, keys = self._words, self._keys
        wanted = [key for key in (word.strip(_PUNCTUATION) for word in normalize(quote).split()) if key]
        if not words or not wanted:
            return ""
        weights = _rarity(set(wanted), keys)
        size = min(len(wanted), len(keys))
        scores = list(map(weights.get, keys, repeat(0.0)))
        totals = list(accumulate(scores, initial=0.0))
        windows = list(map(sub, totals[size:], totals))
        start = windows.index(max(windows))
        target = " ".join(wanted)
        best, best_ratio = (start, start + size), -1.0
        slack = 4 if size < 40 else 2
        for first in range(max(0, start - slack), min(len(words), start + slack) + 1):
            for last in range(max(first + 1, first + size - slack), min(len(words), first + size + slack) + 1):
                ratio = difflib.SequenceMatcher(None, target, " ".join(keys[first:last]), autojunk=False).ratio()
                if ratio > best_ratio:
                    best, best_ratio = (first, last), ratio
        passage = " ".join(words[best[0] : best[1]])
        return passage if len(passage) <= 200 else passage[:197] + "..."


_PUNCTUATION = string.punctuation + "".join(map(chr, range(0x2010, 0x2070))) + "\u00ab\u00bb\u00bf\u00a1"


def _rarity(wanted: set[str], keys: list[str]) -> dict[str, float]:
    """A weight for each word of the quote: the rarer in the source, the more it tells."""
    counts = Counter(filter(wanted.__contains__, keys))
    total = len(keys) + 1
    return {key: math.log(total / (count + 1)) + 1.0 for key, count in counts.items()}
