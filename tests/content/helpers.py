"""Small builders for lesson files in tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from lessonapp.content.loader import load_lesson

VALID = """\
format: 1
id: sample
title: A sample lesson
source:
  title: An article
  file: article.txt
pages:
  - id: intro
    title: Introduction
    body: Some *reading*.
quiz:
  questions:
    - id: q1
      prompt: Pick one.
      choices:
        - text: Right
          correct: true
        - text: Wrong
          feedback: Not this one.
      explanation: Because.
      quote: The quick brown fox
      see: intro
    - id: q2
      type: multiple
      prompt: Pick two.
      scoring: partial
      choices:
        - text: A
          correct: true
        - text: B
          correct: true
        - text: C
      explanation: Because.
    - id: q3
      type: true_false
      prompt: True?
      answer: true
      explanation: Because.
"""

ARTICLE = "The quick brown fox jumps over the \u201clazy\u201d dog.\nIt was a sunny day.\n"


def write_lesson(folder: Path, text: str, name: str = "lesson.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(folder: Path, text: str) -> list:
    lesson, problems = load_lesson(write_lesson(folder, text), folder)
    return problems


PNG_1X1 = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00\x00"
    b"\x0cIDAT\x08\x99c\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\x9c\xe3\xbfY\x00\x00\x00\x00IEND\xaeB`\x82"
)


def png_of_size(width: int, height: int) -> bytes:
    """A real PNG of any size, grey, made with zlib (a 20000 x 20000 one is 60 KB)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x80" * ((width + 7) // 8)  # 1 bit a pixel
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
