"""What the person at the screen sees when the score database cannot be
written (issue 12, items 7 and 8): a read-only folder, a full disk, a
database another program holds, a journal deleted while the app runs. Each
says what happened, in which folder and what to do; the app goes on as far
as it can."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from test_journey import ENTER, add_student, answer

from lessonapp.store import Store, StoreUnavailable, db
from lessonapp.store.errors import explain
from lessonapp.ui import dialogs
from lessonapp.ui.controller import AppController
from tests.answering import record


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: messages.append((title, text)))
    return messages


def open_app(qtbot, store: Store, library_dir: Path) -> AppController:
    settings = QSettings(str(store.path.parent / "ui.ini"), QSettings.Format.IniFormat)
    controller = AppController(store, [library_dir], settings, data_dir=store.path.parent)
    qtbot.addWidget(controller.window)
    controller.start()
    controller.finish_start()
    return controller


def start_exam(qtbot, app) -> None:
    add_student(qtbot, app, "Ana")
    app.open_lesson(app.library.lesson_by_id("exam"))
    app.start_quiz(app.lesson)
    assert app.window.current_screen is app.quiz_screen


def test_a_read_only_folder_still_lets_a_student_read_lessons(qtbot, db_path, library_dir, told, monkeypatch):
    db_path.parent.mkdir(parents=True)
    with Store.open(db_path) as store:
        store.add_profile("Ana")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode))
    store = Store.open_or_read_only(db_path, quick_check=False)  # as ui/app.py opens it
    app = open_app(qtbot, store, library_dir)
    folder = str(db_path.parent)
    ((title, text),) = told
    assert title == "About your scores" and "read-only" in text and folder in text

    app.profiles.continue_button.click()  # was a dead button: choosing a name tried to write
    assert app.window.current_screen is app.library_screen and app.profile.name == "Ana"
    app.open_lesson(app.library.lesson_by_id("basics"))
    assert "Know the river." in app.lesson_screen.reader.toPlainText()

    app.start_quiz(app.lesson)
    assert app.window.current_screen is app.lesson_screen  # not a quiz whose answers vanish
    assert told[-1][0] == "The quiz cannot start" and folder in told[-1][1]

    app.show_profiles()
    add_student(qtbot, app, "Ben")
    assert app.window.current_screen is app.profiles
    assert "read-only" in app.profiles.error.text() and folder in app.profiles.error.text()
    assert app.profiles.error.accessibleName() == app.profiles.error.text()  # what a screen reader says
    store.close()
    assert not [name for name in os.listdir(db_path.parent) if ".damaged" in name]


def test_a_full_disk_during_a_quiz_says_so_and_the_answer_is_saved_once_there_is_room(qtbot, make_app):
    app = make_app()
    start_exam(qtbot, app)
    first = app.quiz.session.current.id
    conn = app.store.connection
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    other = app.store.start_attempt(app.profile.id, "basics", "Basics", 1, ["long"], 1)
    for size in (3000, 300, 30, 1):  # use up the last free pages and bytes, as a full disk would
        while True:
            try:
                record(app.store, other, "long", ["x" * size], True, 1, 1, 1)
            except StoreUnavailable:
                break
    answer(qtbot, app, right=True)
    hint = app.quiz_screen.hint.text()
    assert "could not be saved" in hint and "is full" in hint and str(app.store.path.parent) in hint
    assert "press Enter to save it" in hint and app.quiz_screen.hint.accessibleName() == hint
    assert app.quiz.session.current.id == first
    conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    qtbot.keyClick(app.quiz_screen, ENTER)
    assert app.quiz.session.current.id != first
    assert [a.question_id for a in app.store.attempt(app.quiz.attempt_id).answers] == [first]


def test_a_database_another_program_holds_says_so_and_goes_on_once_free(qtbot, make_app, db_path, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    app = make_app()
    start_exam(qtbot, app)
    first = app.quiz.session.current.id
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        answer(qtbot, app, right=True)
        hint = app.quiz_screen.hint.text()
        assert "Another program is using" in hint and str(db_path.parent) in hint
        assert app.quiz.session.current.id == first
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.keyClick(app.quiz_screen, ENTER)
    assert app.quiz.session.current.id != first


def test_a_result_that_cannot_be_saved_is_asked_again_not_lost(qtbot, make_app, monkeypatch):
    app = make_app()
    start_exam(qtbot, app)
    for _ in range(2):
        answer(qtbot, app, right=True)
    conn = app.store.connection
    original = app.store.finish_attempt

    def full(*args, **kwargs):
        raise explain(sqlite3.OperationalError("database or disk is full"), app.store.path.parent)

    monkeypatch.setattr(app.store, "finish_attempt", full)
    answer(qtbot, app, right=True)  # the last answer is saved; the result is not
    assert "result could not be saved" in app.quiz_screen.hint.text()
    assert app.window.current_screen is app.quiz_screen
    qtbot.keyClick(app.quiz_screen, ENTER)  # still full: still asked, never a dead button
    assert app.window.current_screen is app.quiz_screen
    monkeypatch.setattr(app.store, "finish_attempt", original)
    qtbot.keyClick(app.quiz_screen, ENTER)
    assert app.window.current_screen is app.results
    (status,) = conn.execute("SELECT status FROM attempts WHERE id = ?", (app.quiz.attempt_id,)).fetchone()
    assert status == "finished"


def test_a_journal_deleted_between_answers_is_told_and_every_answer_kept(qtbot, make_app, db_path, told):
    app = make_app()
    start_exam(qtbot, app)
    answer(qtbot, app, right=True)
    db_path.with_name("scores.db-wal").unlink()  # a cleaning program
    answer(qtbot, app, right=False)
    qtbot.waitUntil(lambda: len(told) == 1)  # shown once the write is done
    title, text = told[0]
    assert title == "About your scores" and "deleted" in text and str(db_path.parent) in text
    # The first answer, only in the deleted file until then, is in the main file
    # itself (read ignoring any journal); the second in the new journal.
    main_file = sqlite3.connect(f"{db_path.resolve().as_uri()}?immutable=1", uri=True)
    assert main_file.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
    main_file.close()
    assert len(app.store.attempt(app.quiz.attempt_id).answers) == 2
    answer(qtbot, app, right=True)
    assert app.window.current_screen is app.results
    assert len(told) == 1
