"""Finding a question's quote in the source text.

Matching ignores differences of white space, of straight versus curly quotes
and apostrophes, and of letter case -- and nothing else (lesson-format.md).
"""

from __future__ import annotations

import math
import string
from collections import Counter
from difflib import SequenceMatcher
from itertools import accumulate, compress, repeat
from operator import add, sub

_QUOTE_MARKS = {
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
_PUNCTUATION = string.punctuation + "".join(map(chr, range(0x2010, 0x2070))) + "\u00ab\u00bb\u00bf\u00a1"


def normalize(text: str) -> str:
    return " ".join(_words(text))


def _words(text: str) -> list[str]:
    """The text's words with quote marks made straight, in lower case."""
    for curly, straight in _QUOTE_MARKS.items():  # str.replace: many times faster than str.translate
        if curly in text:
            text = text.replace(curly, straight)
    return text.casefold().split()


class SourceText:
    """A source file's text, normalised once for many quote look-ups."""

    def __init__(self, text: str):
        self.text = text
        self.normalized = normalize(text)
        self._words: list[str] | None = None  # normalised words, made for the first closest_passage
        self._keys: dict[str, str] = {}  # each distinct word without its punctuation
        self._written: list[str] = []  # the words as the source writes them
        self._counts: Counter = Counter()  # how often each distinct word occurs

    def contains(self, quote: str) -> bool:
        return normalize(quote) in self.normalized

    def closest_passage(self, quote: str) -> str:
        """The stretch of the source most like the quote, to show the teacher.

        A window one word longer than the quote slides over the source; the
        one sharing the most of the quote's words (rare words counting more)
        wins. Only windows that start on a word of the quote can win, so only
        those are summed, all in C loops: a 5 MB source takes a fraction of a
        second. The window then grows over the words next to it that the
        quote still lacks (a word left out of the quote is so taken in), and
        sheds edge words that are not in the quote.
        """
        if self._words is None:
            self._words = self.normalized.split()
            self._counts = Counter(self._words)
            self._keys = {word: word.strip(_PUNCTUATION) for word in self._counts}
            written = self.text.split()
            # The same words one for one (only quote marks and case differ); else show the normalised ones.
            self._written = written if len(written) == len(self._words) else self._words
        words, keys = self._words, self._keys
        wanted = [key for key in (word.strip(_PUNCTUATION) for word in _words(quote)) if key]
        weight = self._weights(set(wanted))  # by the word as written, punctuation and all
        if not words or not weight:
            return ""
        size = min(len(wanted) + 1, len(words))  # one word more: room for a word the quote left out
        gains = list(map(weight.get, words, repeat(0.0)))
        totals = list(accumulate(gains, initial=0.0))
        positions = list(compress(range(len(words)), gains))
        ends = map(totals.__getitem__, map(min, map(add, positions, repeat(size)), repeat(len(words))))
        windows = list(map(sub, ends, map(totals.__getitem__, positions)))
        first = self._best_placed(windows, positions, size, " ".join(wanted))
        last = min(first + size, len(words))
        size = min(len(wanted), size)
        needed = Counter(wanted)
        held = Counter(keys[word] for word in words[first:last])
        while last < len(words) and held[keys[words[last]]] < needed[keys[words[last]]]:
            held[keys[words[last]]] += 1
            last += 1
        while first > 0 and held[keys[words[first - 1]]] < needed[keys[words[first - 1]]]:
            first -= 1
            held[keys[words[first]]] += 1
        while last - first > size and keys[words[last - 1]] not in needed:
            last -= 1
        while last - first > size and keys[words[first]] not in needed:
            first += 1
        passage = " ".join(self._written[first:last])
        return passage if len(passage) <= 200 else passage[:197] + "..."

    def _weights(self, wanted: set[str]) -> dict[str, float]:
        """A weight for each distinct word of the source that is a word of the
        quote: the rarer in the source, the more it tells."""
        counts = Counter()
        for word, key in self._keys.items():
            if key in wanted:
                counts[key] += self._counts[word]
        total = len(self._words) + 1
        rarity = {key: math.log(total / (count + 1)) + 1.0 for key, count in counts.items()}
        return {word: rarity[key] for word, key in self._keys.items() if key in rarity}

    def _best_placed(self, windows: list[float], positions: list[int], size: int, target: str) -> int:
        """Of the windows sharing the most with the quote (the first 20 such),
        the start of the one whose words come most in the quote's order."""
        best = max(windows)
        found = [windows.index(best)]
        while len(found) < 20:
            try:
                found.append(windows.index(best, found[-1] + 1))
            except ValueError:
                break
        starts = [positions[index] for index in found]
        if len(starts) == 1:
            return starts[0]
        keys, words = self._keys, self._words

        def likeness(start: int) -> float:
            return SequenceMatcher(None, target, " ".join(keys[w] for w in words[start : start + size])).ratio()

        return max(starts, key=likeness)
