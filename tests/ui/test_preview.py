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


def test_the_back_buttons_say_where_they_go_in_a_preview(qtbot, preview):
    """There is no library in a preview: the Library button is the start page's, and says so."""
    window, _ = preview
    back = window.lesson_screen.library_button
    assert back.text() == "Start page" and back.accessibleName() == "Back to the lesson's start page"
    window.lesson_screen.show_index(1)
    back.click()
    assert window.lesson_screen.index == 0
    assert window.results.library_button.text() == "Lesson"


def test_a_file_broken_from_the_start_keeps_its_message_and_errors_at_the_top(qtbot, tmp_path):
    path = tmp_path / "lesson.yaml"
    path.write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    store = Store.open(tmp_path / "preview.db")
    window = PreviewWindow(path, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        banner, problems = window.banner.geometry(), window.problems.geometry()
        assert banner.height() < 120, "the message is a line at the top, not a page"
        assert problems.top() <= banner.bottom() + 2, "the errors follow the message"
        assert problems.bottom() < window.height() - 100 or window.problems.count() > 8
    finally:
        store.close()
