"""lessonapp preview: reloads on save (also by replacing the file), shows
errors with their lines, and keeps the last good version on screen."""

from __future__ import annotations

import os

import pytest

from lessonapp.store import Store
from lessonapp.ui.preview import PreviewWindow

LESSON = """\
format: 1
id: preview-me
title: {title}
pages:
  - title: First page
    body: Hello.
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
    - id: q3
      type: true_false
      prompt: False?
      answer: false
      explanation: Because.
"""


@pytest.fixture
def preview(qtbot, tmp_path):
    path = tmp_path / "lesson.yaml"
    path.write_text(LESSON.format(title="First title"), encoding="utf-8")
    store = Store.open(tmp_path / "preview.db")
    window = PreviewWindow(path, store)
    qtbot.addWidget(window)
    window.show()
    yield window, path
    store.close()


def test_shows_the_lesson_as_students_see_it(preview):
    window, _ = preview
    assert window.lesson_screen.title.text() == "First title"
    assert window.problems.isHidden()
    window.lesson_screen.quiz_requested.emit()
    assert window.stack.currentWidget() is window.quiz_screen


def test_reloads_within_a_second_of_a_save(qtbot, preview):
    window, path = preview
    path.write_text(LESSON.format(title="Second title"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.lesson_screen.title.text() == "Second title", timeout=1000)


def test_reloads_when_the_editor_replaces_the_file(qtbot, preview, tmp_path):
    window, path = preview
    replacement = tmp_path / ".lesson.yaml.swp"
    replacement.write_text(LESSON.format(title="Replaced title"), encoding="utf-8")
    os.replace(replacement, path)
    qtbot.waitUntil(lambda: window.lesson_screen.title.text() == "Replaced title", timeout=1000)
    path.write_text(LESSON.format(title="Saved again"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.lesson_screen.title.text() == "Saved again", timeout=1000)


def test_errors_are_listed_with_lines_and_the_last_good_version_stays(qtbot, preview):
    window, path = preview
    path.write_text(LESSON.format(title="First title").replace("answer: true", "answer: maybe"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.problems.count() > 0, timeout=1000)
    assert window.problems.item(0).text().startswith("line 19, column 15: error:")
    assert "last version that worked" in window.banner.text()
    assert window.lesson_screen.title.text() == "First title"
    path.write_text(LESSON.format(title="Fixed"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.lesson_screen.title.text() == "Fixed", timeout=1000)
    assert window.problems.isHidden()


def test_a_file_broken_from_the_start_shows_only_its_errors(qtbot, tmp_path):
    path = tmp_path / "lesson.yaml"
    path.write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    store = Store.open(tmp_path / "preview.db")
    window = PreviewWindow(path, store)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.isHidden() and window.problems.count() == 1
    assert window.problems.item(0).toolTip() == window.problems.item(0).text()
    path.write_text(LESSON.format(title="Fixed at last"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.lesson_screen.title.text() == "Fixed at last", timeout=1000)
    assert window.stack.isVisible()
    store.close()
