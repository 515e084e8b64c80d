"""What a lesson's Markdown (page bodies, prompts, explanations) refers to.

The validator checks every image written in Markdown (`![alt](file)`,
`![alt][label]` with `[label]: file`) or HTML (`<img src="file">`) by the
same rules as a page's `image:`. The screens do not rely on this scan: they
resolve each image Qt finds themselves (ui/reading_view.py), so an image
this scan misses is still never opened.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple
from urllib.parse import unquote

_FENCED_CODE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,}).*?(?:^[ ]{0,3}\1[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
_ALT = r"(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*"
_INLINE_IMAGE = re.compile(
    r"!\[" + _ALT + r"\]\(\s*(?:<([^<>\n]*)>|([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*))", re.DOTALL
)
_REFERENCE_IMAGE = re.compile(r"!\[(" + _ALT + r")\](?:\[((?:[^\[\]\\]|\\.)*)\])?(?![(\[])", re.DOTALL)
_DEFINITION = re.compile(r"^[ ]{0,3}\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*\n?[ \t]*(?:<([^<>\n]*)>|(\S+))", re.MULTILINE)
_IMG_TAG = re.compile(r"<img\b[^>]*?\ssrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.IGNORECASE)
# HTML that would load a file other than through an image: never shown.
_OTHER_RESOURCE = re.compile(r"<[a-z][^>]*?(\sbackground\s*=|url\s*\()|<link\b", re.IGNORECASE)
# Qt's Markdown reader counts "<tag" against "</" and "/>": a void tag written
# the HTML way (<img ...>, <br>) is never closed, and all text after it is lost.
_VOID_TAG = re.compile(
    r"<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)\s*/?>",
    re.IGNORECASE,
)


class ImageReference(NamedTuple):
    written: str  # as the teacher wrote it
    path: str  # what it names, percent-escapes and HTML entities decoded


def _outside_code(text: str) -> str:
    """The text with code blocks and code spans blanked (same length)."""
    blank = lambda match: " " * len(match.group(0))  # noqa: E731
    return _CODE_SPAN.sub(blank, _FENCED_CODE.sub(blank, text))


def _label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def image_references(text: str) -> list[ImageReference]:
    """Every image the Markdown text shows, in the order written."""
    if "!" not in text and "<" not in text:
        return []
    text = _outside_code(text)
    found: list[tuple[int, ImageReference]] = []
    for match in _INLINE_IMAGE.finditer(text):
        written = match.group(1) if match.group(1) is not None else match.group(2)
        found.append((match.start(), ImageReference(written, unquote(written))))
    definitions = {}
    for match in _DEFINITION.finditer(text):
        written = match.group(2) if match.group(2) is not None else match.group(3)
        definitions.setdefault(_label_key(match.group(1)), written)
    if definitions:
        for match in _REFERENCE_IMAGE.finditer(text):
            label = match.group(2) or match.group(1)
            written = definitions.get(_label_key(label))
            if written is not None:
                found.append((match.start(), ImageReference(written, unquote(written))))
    for match in _IMG_TAG.finditer(text):
        written = next(group for group in match.groups() if group is not None)
        found.append((match.start(), ImageReference(written, unquote(html.unescape(written)))))
    return [reference for _, reference in sorted(found, key=lambda item: item[0])]


def other_resources(text: str) -> list[str]:
    """HTML in the text that would load a file other than as an image
    (background images, style sheets): the screens never show those."""
    if "<" not in text:
        return []
    return [match.group(0) for match in _OTHER_RESOURCE.finditer(_outside_code(text))]


def close_void_tags(text: str) -> str:
    """The Markdown text with `<img ...>`, `<br>` ... written `<img ... />`
    outside code, so that Qt keeps the text that follows them."""
    if "<" not in text:
        return text
    blanked = _outside_code(text)
    pieces = []
    last = 0
    for match in _VOID_TAG.finditer(blanked):
        pieces.append(text[last : match.start()])
        pieces.append(f"<{match.group(1)}{match.group(2)} />")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
