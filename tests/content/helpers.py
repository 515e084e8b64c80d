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
