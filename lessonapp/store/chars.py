"""Characters that do not show: what the name checks refuse and the CSV export looks past.

NO Qt. The tables are Unicode's, written out so that no data file or
dependency is needed (Python's unicodedata has no Default_Ignorable property):

* BIDI_CONTROLS: the marks, embeddings, overrides and isolates that reorder
  the text around them (Unicode's Bidi_Control property, UAX #9).
* DEFAULT_IGNORABLE: the code points a font draws as nothing (Unicode's
  Default_Ignorable_Code_Point property, DerivedCoreProperties.txt 15.1):
  soft hyphen, zero-width space and joiners, word joiner, BOM, variation
  selectors, Hangul fillers, tags ...
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_DEFAULT_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
# Drawn as a blank although not in the property: the braille pattern with no dots.
_BLANK_LOOKING = frozenset("\u2800")


def is_default_ignorable(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _DEFAULT_IGNORABLE_RANGES)


def is_invisible(char: str) -> bool:
    """Drawn as nothing, or as a blank that is not a space: default ignorable,
    a control character that is not whitespace, or a blank-looking symbol."""
    return (is_default_ignorable(char) or char in _BLANK_LOOKING
            or (unicodedata.category(char) == "Cc" and not char.isspace()))
