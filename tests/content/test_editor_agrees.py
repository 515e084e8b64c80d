"""The real editor and `lessonapp validate` give the same verdict.

yaml-language-server (pinned in tests/yamlls; CI runs `npm ci` there) is
driven over LSP as an editor drives it, with the settings that
docs/writing-lessons.md gives (lessonapp's schema, yamlVersion 1.1). On the
bundled lessons and on lessons with one mistake each that a schema can see,
the same files are flagged, on the same lines. Skipped, saying why, when node
or the server is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonapp.content.loader import load_lesson
from lessonapp.content.scaffold import new_lesson_text, write_schema_beside
from lessonapp.paths import bundled_lessons, schema_file

from .helpers import PNG_1X1
from .yamlls import Client, server_command, why_missing

pytestmark = pytest.mark.skipif(server_command() is None, reason=why_missing())

BASE = """\
format: 1
id: base
title: A lesson
pages:
  - id: intro
    title: Introduction
    body: Some reading.
quiz:
  questions:
    - id: q1
      prompt: Pick one.
      choices:
        - text: Right
          correct: true
        - text: Wrong
      explanation: Because.
    - id: q2
      type: true_false
      prompt: True?
      answer: true
      explanation: Because.
"""

# name: (text replaced in BASE, its replacement); each gives one error in both, or none in both.
MISTAKES = {
    "unknown-key": ("        - text: Wrong", "        - text: Wrong\n          feedbak: No."),
    "missing-title": ("title: A lesson\n", ""),
    "wrong-type": ("    - id: q2\n", "    - id: q2\n      points: many\n"),
    "bad-id": ("id: base", "id: Water Cycle"),
    "enum-typo": ("      type: true_false", "      type: truefalse"),
    "pass-mark": ("quiz:\n", "quiz:\n  pass_mark: 150\n"),
    "no-as-id": ("    - id: q2", "    - id: no"),
    "no-as-language": ("title: A lesson", "title: A lesson\nlanguage: no"),
    "format-2": ("format: 1", "format: 2"),
    "scoring-on-single": (
        "      explanation: Because.\n    - id: q2",
        "      scoring: partial\n      explanation: Because.\n    - id: q2",
    ),
    "answer-on-single": ("      prompt: Pick one.", "      prompt: Pick one.\n      answer: true"),
    "choices-on-true-false": (
        "      answer: true\n",
        "      answer: true\n      choices:\n        - text: A\n        - text: B\n",
    ),
    "blank-title": ("title: A lesson", 'title: "   "'),
    "blank-choice": ("        - text: Wrong", '        - text: " "'),
    "image-without-alt": ("    body: Some reading.", "    body: Some reading.\n    image: map.png"),
    "image-with-blank-alt": (
        "    body: Some reading.",
        '    body: Some reading.\n    image: map.png\n    image_alt: " "',
    ),
    "weight-out-of-range": ("        - text: Wrong", "        - text: Wrong\n          weight: -150"),
    "weights-and-scoring": (
        "      prompt: Pick one.\n      choices:\n        - text: Right\n          correct: true",
        "      type: multiple\n      prompt: Pick one.\n      scoring: partial\n      choices:\n        - text: Right\n"
        "          weight: 100",
    ),
    "one-choice": ("        - text: Wrong\n", ""),
    "no-questions": ("  questions:\n" + BASE.split("  questions:\n")[1], "  questions: []\n"),
    # Accepted by both: numbers where ids go, yes/no/y/n as text or as true/false, a weighted question.
    "yes-as-text": ("        - text: Wrong", "        - text: Yes"),
    "y-as-title": ("title: A lesson", "title: y\ntags: [n, off]"),
    "answer-Y": ("      answer: true", "      answer: Y"),
    "numeric-ids": ("id: base", "id: 2024\nrequires: [2023]"),
    "numeric-question-id": ("    - id: q2", "    - id: 7"),
    "numeric-page-id-and-see": (
        "  - id: intro\n    title: Introduction\n    body: Some reading.\nquiz:\n  questions:\n    - id: q1\n",
        "  - id: 2\n    title: Introduction\n    body: Some reading.\nquiz:\n  questions:\n"
        "    - id: q1\n      see: 2\n",
    ),
    "weights": (
        "          correct: true\n        - text: Wrong",
        "          weight: 100\n        - text: Wrong\n          weight: -50",
    ),
}
ACCEPTED = {
    "numeric-ids",
    "numeric-question-id",
    "numeric-page-id-and-see",
    "weights",
    "yes-as-text",
    "y-as-title",
    "answer-Y",
}


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """The server with the docs' VS Code settings: the schema for every .yaml file, YAML 1.1."""
    folder = tmp_path_factory.mktemp("editor")
    client = Client(server_command())
    client.start(folder, schema_file(), "1.1")
    yield client
    client.stop()


def editor_error_lines(diagnostics: list[dict]) -> list[int]:
    return sorted({d["range"]["start"]["line"] + 1 for d in diagnostics if d.get("severity", 1) == 1})


def validate_error_lines(path: Path, root: Path) -> list[int]:
    _, problems = load_lesson(path, root)
    return sorted({p.line for p in problems if p.severity == "error"})


def test_the_bundled_lessons_are_clean_in_both(editor):
    files = sorted(p for p in bundled_lessons().rglob("*.yaml") if p.name != "course.yaml")
    assert files
    for path, diagnostics in editor.check(files).items():
        assert editor_error_lines(diagnostics) == validate_error_lines(path, bundled_lessons()) == [], (
            path,
            diagnostics,
        )


def test_each_mistake_is_flagged_by_both_on_the_same_lines(editor, tmp_path):
    (tmp_path / "map.png").write_bytes(PNG_1X1)
    files = {}
    for name, (old, new) in MISTAKES.items():
        assert old in BASE, name
        files[name] = tmp_path / f"{name}.yaml"
        files[name].write_text(BASE.replace(old, new, 1), encoding="utf-8")
    seen = editor.check(list(files.values()))
    differ = {}
    for name, path in files.items():
        expected = validate_error_lines(path, tmp_path)
        assert (expected == []) == (name in ACCEPTED), (name, expected)
        if editor_error_lines(seen[path]) != expected:
            differ[name] = (expected, [(d["range"]["start"]["line"] + 1, d["message"]) for d in seen[path]])
    assert differ == {}


def test_completion_offers_each_key_once_and_hover_describes_the_quiz(editor, tmp_path):
    path = tmp_path / "complete.yaml"
    path.write_text(BASE.replace("      explanation: Because.\n    - id: q2", "      \n    - id: q2", 1), "utf-8")
    editor.check([path])
    line = BASE.split("\n").index("      explanation: Because.")
    labels = editor.completion(path, line, 6)
    assert "see" in labels and len(labels) == len(set(labels)), labels
    assert "The quiz; a lesson without one is reading only." in editor.hover(path, 7, 1)


def test_the_modeline_of_a_new_lesson_finds_the_schema_beside_it(tmp_path):
    """No settings at all: only the relative modeline `lessonapp new` writes."""
    lesson = tmp_path / "lessons" / "water.yaml"
    lesson.parent.mkdir()
    text = new_lesson_text("water", schema_ref="lesson.schema.json")
    lesson.write_text(text.replace("minutes: 10 ", "minutes: ten "), encoding="utf-8")
    write_schema_beside(lesson)
    client = Client(server_command())
    try:
        client.start(tmp_path, None, "1.1")
        found = client.check([lesson])[lesson]
    finally:
        client.stop()
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("minutes:"))
    assert editor_error_lines(found) == [line] == validate_error_lines(lesson, lesson.parent), found
