"""Student names that cannot be told apart on the name screen are refused.

NO Qt. Two checks, for the store, the roster and the name screen alike:

* `name_problem`: a name may not hold bidi controls (a right-to-left override
  turns "Tess" around) or characters that draw as nothing (zero-width space,
  soft hyphen, Hangul filler ...). Zero-width joiner and non-joiner stay
  allowed between letters of the scripts that need them (Persian, the Indic
  scripts) and in emoji, and the emoji variation selectors after a symbol.
* `lookalike_key`: a "skeleton" in the spirit of Unicode TR39 (section 4):
  compatibility forms folded (NFKD: full-width "Ｔｅｓｓ", mathematical
  letters, ligatures), invisible characters dropped, the Cyrillic and Greek
  letters that are drawn like Latin ones mapped to them (`CONFUSABLES`, a
  small table taken from TR39's confusables.txt), then case folded. "Tess"
  and "Теss" (Cyrillic Т and е) get the same key. A second key also maps the
  Latin look-alikes capital I, digit 1 and l, digit 0 and O, without folding
  case, so "Ian" and "lan" clash but "Ian" and "Lan" do not.

Accents and other marks count: "Zoë" and "Zoe", "José" and "Jose" are
different names and both are accepted (a diaeresis or an accent shows), as
are names in any script the table does not map (Arabic, Korean, Chinese,
Devanagari ...): two names in one script collide only when they are the same
name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from lessonapp.words import Words

from .chars import BIDI_CONTROLS, is_invisible

# Cyrillic and Greek letters drawn like a Latin letter in common fonts (TR39
# confusables.txt, the whole-letter entries for these scripts).
CONFUSABLES = {
    # Cyrillic capitals
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y",
    "Ӏ": "l",
    # Cyrillic small letters
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "ӏ": "l",
    # Greek capitals
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Greek small letters
    "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j",
    # Latin letters drawn like other Latin letters
    "ɡ": "g", "ǀ": "l",
}
# Told apart by case only, so kept out of the case-folded key.
LATIN_LOOKALIKES = {"I": "l", "1": "l", "|": "l", "0": "O"}

_ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ
_EMOJI_SELECTORS = frozenset("\ufe0e\ufe0f")  # text or emoji style of the symbol before


def name_problem(name: str) -> str | None:
    """Why `name` cannot be a student's name on the list, or None."""
    if any(char in BIDI_CONTROLS for char in name):
        return Words("store", "A name cannot contain characters that change the direction of the text.")
    for index, char in enumerate(name):
        before = name[index - 1] if index else ""
        after = name[index + 1] if index + 1 < len(name) else ""
        if char in _ZERO_WIDTH_JOINERS and _joins(before) and _joins(after):
            continue
        if char in _EMOJI_SELECTORS and before and unicodedata.category(before) == "So":
            continue
        if is_invisible(char):
            return Words("store", "A name cannot contain invisible characters.")
        if unicodedata.category(char) in ("Cn", "Co", "Cs"):
            return Words("store", "A name cannot contain characters that have no letter or sign to show.")
    return None


def _joins(char: str) -> bool:
    """A letter or mark of a script that uses zero-width joiners, or a symbol (emoji)."""
    if not char:
        return False
    category = unicodedata.category(char)
    if category == "So":
        return True
    if category[0] not in "LM":
        return False
    return not unicodedata.name(char, "").startswith(("LATIN", "GREEK", "CYRILLIC", "FULLWIDTH LATIN"))


def lookalike_keys(name: str) -> tuple[str, str]:
    """Two names that share either key look the same on screen (see the module's docstring)."""
    folded = unicodedata.normalize("NFKD", name)
    mapped = "".join(CONFUSABLES.get(char, char) for char in folded if not is_invisible(char))
    by_case = "".join(LATIN_LOOKALIKES.get(char, char) for char in mapped)
    return unicodedata.normalize("NFD", mapped.casefold()), unicodedata.normalize("NFD", by_case)


def lookalike_of(name: str, others: Iterable[str]) -> str | None:
    """The first of `others` that looks the same as `name` (itself included), or None."""
    keys = lookalike_keys(name)
    for other in others:
        other_keys = lookalike_keys(other)
        if keys[0] == other_keys[0] or keys[1] == other_keys[1]:
            return other
    return None


def lookalike_message(name: str, others: Iterable[str]) -> str | None:
    """What to tell someone adding `name` when one of `others` looks the same, or None."""
    other = lookalike_of(name, others)
    if other is None:
        return None
    if other.casefold() == name.casefold():
        return Words("store", "There is already a student called {0}.", other)
    return Words(
        "store",
        "This name looks the same as {0}, who is already on the list; "
        "add something that tells you apart, such as an initial.",
        other,
    )
