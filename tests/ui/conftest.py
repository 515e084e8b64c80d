"""Fixtures for the widget tests: a real lesson library in tmp_path, a real
SQLite store file, real UI settings, and the app built on them."""

from __future__ import annotations

import struct
import textwrap
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from lessonapp.store import Store
from lessonapp.ui.controller import AppController
from tests.plurals import english_plurals  # noqa: F401 - an autouse fixture

COURSE = """\
format: 1
id: test-course
title: Test Course
lessons: [basics, exam]
"""

BASICS = """\
format: 1
id: basics
title: Basics
summary: The first lesson.
minutes: 5
objectives: [Know the river.]
source:
  title: River notes
  publisher: Test Press
  url: https://example.org/river
  credit: Drawing by a friend
  file: sources/text.txt
pages:
  - id: river
    title: The river
    body: |
      The river is **long**. See [a link](https://example.org).
    image: images/dot.png
    image_alt: A blue dot that stands for the river.
    terms:
      - term: river
        definition: Water that flows.
  - id: bridges
    title: Bridges
    body: Three bridges cross the river.
quiz:
  pass_mark: 60
  feedback: immediate
  questions:
    - id: long
      prompt: Is the river long?
      type: true_false
      answer: true
      explanation: The notes say it is long.
      quote: the river is long
      see: river
    - id: bridges
      prompt: How many bridges?
      choices:
        - text: One
          feedback: Too few.
        - text: Three
          correct: true
        - text: Five
      explanation: Three bridges.
      see: bridges
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
requires: [basics]
quiz:
  feedback: end
  questions:
    - {id: a, prompt: A?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
    - {id: b, prompt: B?, choices: [{text: x}, {text: y, correct: true}], explanation: y}
    - {id: c, prompt: C?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
"""

TIMED = """\
format: 1
id: timed
title: Timed
quiz:
  time_limit: 60
  questions:
    - {id: a, prompt: A?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
    - {id: b, prompt: B?, choices: [{text: x}, {text: y, correct: true}], explanation: y}
    - {id: c, prompt: C?, choices: [{text: x, correct: true}, {text: y}], explanation: x}
"""

BROKEN = """\
format: 1
id: broken
title: Broken
quiz:
  questions:
    - id: q
      prompt: Q?
      explanation: none
      choices:
        - text: only one
"""

RTL = """\
format: 1
id: rtl
title: درس
language: ar
pages:
  - title: صفحة
    body: مرحبا
"""


def tiny_png() -> bytes:
    """A valid 1x1 PNG, made with the standard library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x20\x60\xc0")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    (folder / "sources").mkdir(parents=True)
    (folder / "images").mkdir()
    (folder / "sources" / "text.txt").write_text(
        "The river is long and the water is cold.\nBridges cross it in three places.\n", encoding="utf-8"
    )
    (folder / "images" / "dot.png").write_bytes(tiny_png())
    for name, text in (
        ("course.yaml", COURSE),
        ("basics.yaml", BASICS),
        ("exam.yaml", EXAM),
        ("timed.yaml", TIMED),
        ("broken.yaml", BROKEN),
        ("rtl.yaml", RTL),
    ):
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody expected fails the test instead of waiting forever."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "information", "warning", "critical", "exec"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "scores.db"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(qtbot, library_dir: Path, db_path: Path, clock: FakeClock):
    """make_app() -> a started AppController on the test library and store file.
    Each call opens the store file afresh, like a new run of the app."""
    opened: list = []
    apps: list[AppController] = []

    def make(seed: int = 11) -> AppController:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(db_path)
        opened.append(store)
        settings = QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat)
        controller = AppController(store, [library_dir], settings, clock=clock, new_seed=lambda: seed)
        qtbot.addWidget(controller.window)
        controller.start()
        controller.finish_start()  # what the app does once the first frame is painted
        controller.window.activateWindow()
        qtbot.waitUntil(controller.window.isActiveWindow)
        apps.append(controller)
        return controller

    yield make
    for controller in apps:  # a timed quiz left running must not tick on into the next test
        controller._drop_quiz()
    for store in opened:
        store.close()

