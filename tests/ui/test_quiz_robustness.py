"""What happens to a quiz when things go wrong: a save that fails, time used
before leaving, an attempt answered to the end but never looked at, time
running out during a question, keyboards that need Shift for digits."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from test_journey import ENTER, add_student, answer

from lessonapp.ui import dialogs


def start(qtbot, app, lesson_id: str) -> None:
    add_student(qtbot, app, "Ana")
    app.open_lesson(app.library.lesson_by_id(lesson_id))
    app.start_quiz(app.lesson)


def test_an_answer_that_cannot_be_saved_is_asked_again(qtbot, make_app, monkeypatch):
    app = make_app()
    start(qtbot, app, "exam")
    first = app.quiz.session.current.id
    original = app.store.record_answer
    failures = iter([sqlite3.OperationalError("database or disk is full")])

    def flaky(*args, **kwargs):
        error = next(failures, None)
        if error is not None:
            raise error
        return original(*args, **kwargs)

    monkeypatch.setattr(app.store, "record_answer", flaky)
    answer(qtbot, app, right=True)
    assert "could not be saved" in app.quiz_screen.hint.text()
    assert app.quiz.session.current.id == first, "the session must not move on without the answer on disk"
    qtbot.keyClick(app.quiz_screen, ENTER)  # try again
    assert app.quiz.session.current.id != first
    saved = app.store.attempt(app.quiz.attempt_id).answers
    assert [a.question_id for a in saved] == [first]


def test_leaving_and_resuming_keeps_the_time_used(qtbot, make_app, clock, monkeypatch):
    app = make_app()
    start(qtbot, app, "timed")
    clock.now += 50
    monkeypatch.setattr(dialogs, "ask_leave_quiz", lambda parent: True)
    qtbot.keyClick(app.quiz_screen, Qt.Key.Key_Escape)
    monkeypatch.setattr(dialogs, "ask_resume", lambda *args: dialogs.RESUME)
    app.start_quiz(app.lesson)
    assert app.quiz.time_left() == 10.0


def test_an_attempt_answered_to_the_end_is_finished_even_if_left(qtbot, make_app):
    app = make_app()
    start(qtbot, app, "exam")
    profile = app.profile.id
    for _ in range(3):
        answer(qtbot, app, right=True)
    app.on_idle_reset()  # the student walked away before looking
    best = app.store.best_results(profile)["exam"]
    assert best.best_percent == 100.0 and best.passed


def test_time_running_out_during_the_leave_question_shows_the_results(qtbot, make_app, clock, monkeypatch):
    app = make_app()
    start(qtbot, app, "timed")

    def time_runs_out(parent):
        clock.now += 61
        app.quiz.on_ticker_timeout()
        return True

    monkeypatch.setattr(dialogs, "ask_leave_quiz", time_runs_out)
    qtbot.keyClick(app.quiz_screen, Qt.Key.Key_Escape)
    assert app.window.current_screen is app.results


def test_digits_typed_with_shift_pick_choices(qtbot, make_app):
    app = make_app()
    start(qtbot, app, "exam")
    qtbot.keyClick(app.quiz_screen, Qt.Key.Key_Ampersand, Qt.KeyboardModifier.ShiftModifier)  # no digit
    assert app.quiz_screen.chosen_positions() == frozenset()
    qtbot.keyClick(app.quiz_screen, "2", Qt.KeyboardModifier.ShiftModifier)  # AZERTY: Shift gives the digit
    assert app.quiz_screen.chosen_positions() == frozenset({1})


def test_a_timed_quiz_whose_window_is_gone_keeps_no_clock_running(qtbot, make_app):
    app = make_app()
    start(qtbot, app, "timed")
    ticker = app.quiz.ticker
    assert ticker.isActive()
    app.quiz_screen.deleteLater()  # as when the window closes mid-quiz, its screens with it
    qtbot.waitUntil(lambda: not ticker.isActive(), timeout=2000)
    qtbot.wait(600)  # past the next tick: nothing may touch the deleted screen
