"""The rules every image of a lesson obeys, wherever it is written (a page's
`image:`, Markdown or HTML in a body, a prompt or an explanation): a regular
file inside the library, a PNG, JPEG or SVG of bounded size, read without
ever blocking. The loader checks them; the screens read images through
read_image too, at display time, so a file changed since is checked again.

The size of a picture is read from its header, before anything decodes it.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from lessonapp.words import Words

from .yamlparse import UnreadableFile, read_limited

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg"}
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_SIDE = 10_000  # pixels
MAX_IMAGE_PIXELS = 40_000_000  # 160 MB once decoded

_SVG_FORBIDDEN = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_SVG_HREF = re.compile(rb"\bhref\s*=\s*([\"'])\s*(.*?)\1", re.IGNORECASE | re.DOTALL)
_SVG_ROOT = re.compile(rb"<svg\b([^>]*)>", re.IGNORECASE)
_SVG_LENGTH_UNITS = {b"": 1.0, b"px": 1.0, b"pt": 4 / 3, b"pc": 16.0, b"in": 96.0, b"cm": 96 / 2.54, b"mm": 96 / 25.4}
_JPEG_FRAME_MARKERS = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


NOT_AN_IMAGE = Words("content", "it is not an image; use a PNG, JPEG or SVG file")


class ImageRefused(ValueError):
    """Why an image cannot be shown, in words for the teacher."""


def image_kind(data: bytes, suffix: str) -> str | None:
    """ "png", "jpeg" or "svg" from the file's first bytes, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if suffix.lower() == ".svg" and data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "svg"
    return None


def read_image(path: Path) -> tuple[bytes, str]:
    """The bytes of an image that may be shown and its kind ("png", "jpeg" or
    "svg"), or ImageRefused saying why not. `path` is already resolved inside
    the library (paths.resolve_inside)."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise ImageRefused(NOT_AN_IMAGE)
    try:
        data = read_limited(path, MAX_IMAGE_BYTES, follow_symlinks=False)
    except UnreadableFile as problem:
        if problem.kind == "too_large":
            raise ImageRefused(
                Words(
                    "content",
                    "the file is {0} MB; an image may be at most {1} MB (save it smaller)",
                    f"{problem.size / 1_048_576:.1f}",
                    MAX_IMAGE_BYTES // 1_048_576,
                )
            ) from None
        if problem.kind == "missing":
            raise ImageRefused(Words("content", "it does not exist (looked for {0})", str(path))) from None
        raise ImageRefused(problem.reason) from None
    kind = image_kind(data, path.suffix)
    if kind is None:
        raise ImageRefused(NOT_AN_IMAGE)
    if kind == "svg":
        _check_svg(data)
    size = image_size(data, kind)
    if size is not None:
        check_dimensions(*size)
    return data, kind


def check_dimensions(width: float, height: float) -> None:
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ImageRefused(
            Words(
                "content",
                "the picture is {0} × {1} pixels; at most {2} on a side and "
                "{3} million in all can be shown (save it smaller)",
                f"{width:,.0f}",
                f"{height:,.0f}",
                f"{MAX_IMAGE_SIDE:,}",
                MAX_IMAGE_PIXELS // 1_000_000,
            )
        )


def _check_svg(data: bytes) -> None:
    if _SVG_FORBIDDEN.search(data):
        raise ImageRefused(
            Words("content", "the SVG file declares a DOCTYPE or ENTITY, which is not allowed; remove it")
        )
    for match in _SVG_HREF.finditer(data):
        target = match.group(2)
        if not target.startswith((b"#", b"data:")):
            shown = target[:60].decode("utf-8", "replace")
            raise ImageRefused(
                Words("content", 'the SVG file refers to another file ("{0}"); draw it into the SVG instead', shown)
            )


def image_size(data: bytes, kind: str) -> tuple[float, float] | None:
    """Width and height as the header gives them, or None when it does not."""
    if kind == "png":
        if len(data) >= 24 and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        return None
    if kind == "jpeg":
        return _jpeg_size(data)
    return _svg_size(data)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # padding
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if marker in _JPEG_FRAME_MARKERS:
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


def _svg_size(data: bytes) -> tuple[float, float] | None:
    root = _SVG_ROOT.search(data)
    if root is None:
        return None
    attributes = dict(
        (name.lower(), value)
        for name, _, value in re.findall(rb"([\w:-]+)\s*=\s*([\"'])(.*?)\2", root.group(1), re.DOTALL)
    )
    width, height = _svg_length(attributes.get(b"width")), _svg_length(attributes.get(b"height"))
    box = attributes.get(b"viewbox", b"").replace(b",", b" ").split()
    if len(box) == 4:
        try:
            box_width, box_height = abs(float(box[2])), abs(float(box[3]))
        except ValueError:
            box_width = box_height = None
        width = width if width is not None else box_width
        height = height if height is not None else box_height
    if width is None or height is None:
        return None
    return width, height


def _svg_length(value: bytes | None) -> float | None:
    if value is None:
        return None
    match = re.fullmatch(rb"\s*([0-9.eE+-]+)\s*([a-z]*)\s*", value)
    if match is None or match.group(2) not in _SVG_LENGTH_UNITS:
        return None  # a percentage or an em: the renderer decides
    try:
        return abs(float(match.group(1))) * _SVG_LENGTH_UNITS[match.group(2)]
    except ValueError:
        return None
