"""Fixtures for the teacher area: a real two-lesson library in tmp_path and a
real score database filled through the Store API, with a clock moved by hand."""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lessonapp.content.library import load_library
from lessonapp.store import Store
from tests.answering import record
from tests.plurals import english_plurals  # noqa: F401 - an autouse fixture

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui_teacher" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


RIVERS = """\
format: 1
id: rivers
title: Rivers
quiz:
  pass_mark: 60
  questions:
    - id: long
      prompt: Is the river long?
      type: true_false
      answer: true
      explanation: It is.
    - id: bridges
      prompt: How many bridges cross the river?
      choices:
        - text: One
        - text: Three
          correct: true
        - text: Five
      explanation: Three.
    - id: traits
      type: multiple
      prompt: What is the river like?
      choices:
        - {text: Long, correct: true}
        - {text: Cold, correct: true}
        - {text: Dry}
      explanation: Long and cold.
"""

EXAM = """\
format: 1
id: exam
title: Exam
quiz:
  questions:
    - {id: a, prompt: A?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
    - {id: b, prompt: B?, choices: [{text: x}, {text: y, correct: true}], explanation: y}
    - {id: c, prompt: C?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
"""


class StepClock:
    """An aware UTC clock that moves one minute each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def take(store: Store, profile_id: int, lesson_id: str, title: str, answers, *, pass_mark: float = 60,
         finish: bool = True) -> int:
    """One attempt: answers are (question_id, chosen texts, correct, seconds)."""
    attempt = store.start_attempt(profile_id, lesson_id, title, 7, [a[0] for a in answers], float(len(answers)))
    for qid, chosen, correct, seconds in answers:
        record(store, attempt, qid, chosen, correct, float(correct), 1.0, seconds)
    if finish:
        score = float(sum(a[2] for a in answers))
        percent = 100.0 * score / len(answers)
        store.finish_attempt(attempt, score, float(len(answers)), percent, percent >= pass_mark)
    return attempt


@pytest.fixture
def library(tmp_path: Path):
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "rivers.yaml").write_text(textwrap.dedent(RIVERS), encoding="utf-8")
    (folder / "exam.yaml").write_text(textwrap.dedent(EXAM), encoding="utf-8")
    lib = load_library([folder])
    assert not lib.errors, lib.errors
    return lib


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path):
    """Ana twice at Rivers (67%, 100%), Ben at Rivers (33%) and Exam (33%) and a
    lesson no longer in the library, Chloé at Rivers (67%) and Exam in progress.
    "How many bridges" is the question most missed; "One" the wrong answer most chosen."""
    s = Store.open(data_dir / "scores.db", clock=StepClock())
    ana, ben, chloe = (s.add_profile(n).id for n in ("Ana", "Ben", "Chloé"))
    rivers = "rivers", "Rivers"
    take(s, ana, *rivers, [("long", ["True"], True, 4.0), ("bridges", ["One"], False, 12.0),
                           ("traits", ["Long", "Cold"], True, 9.0)])
    take(s, ana, *rivers, [("long", ["True"], True, 3.0), ("bridges", ["Three"], True, 6.0),
                           ("traits", ["Long", "Cold"], True, 5.0)])
    take(s, ben, *rivers, [("long", ["True"], True, 5.0), ("bridges", ["One"], False, 20.0),
                           ("traits", ["Dry"], False, 8.0)])
    take(s, ben, "exam", "Exam", [("a", ["x"], True, 2.0), ("b", ["x"], False, 3.0), ("c", ["y"], False, 2.5)])
    take(s, ben, "gone", "A removed lesson", [("old-q", ["maybe"], True, 1.0)])
    take(s, chloe, *rivers, [("long", ["True"], True, 4.0), ("bridges", ["Five"], False, 14.0),
                             ("traits", ["Long", "Cold"], True, 7.0)])
    take(s, chloe, "exam", "Exam", [("a", ["x"], True, 2.0)], finish=False)
    yield s
    s.close()


@pytest.fixture
def area(qtbot, store, library, data_dir):
    from lessonapp.ui.teacher import TeacherArea

    widget = TeacherArea(store, library, data_dir)
    widget.apply_style(zoom=1.0)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget

