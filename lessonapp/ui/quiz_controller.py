"""Drives the quiz screen through one attempt: answers go to the session and the
store (before any feedback is shown), the clock runs, and the attempt finishes."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from lessonapp.content.model import Lesson
from lessonapp.quiz.session import QuizSession, ShownQuestion, grade
from lessonapp.store import StoreError
from lessonapp.ui import dialogs
from lessonapp.ui.quiz_screen import QuizScreen
from lessonapp.ui.wording import fill, isolate, translated


def format_seconds(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


class QuizController(QObject):
    """One attempt in progress. Emits finished() once the attempt is finished
    in the store, and left() when the student leaves it to resume later."""

    finished = Signal()
    left = Signal()
    answer_saved = Signal()  # an answer or the result is on disk (with its statement, to be sent)

    def __init__(
        self,
        screen: QuizScreen,
        store,
        lesson: Lesson,
        session: QuizSession,
        attempt_id: int,
        *,
        elapsed: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screen = screen
        self.store = store
        self.lesson = lesson
        self.session = session
        self.attempt_id = attempt_id
        self.clock = clock
        self._elapsed_before = elapsed
        self._started = clock()
        self._question_started = self._started
        self._showing_feedback = False
        self._feedback_for = None
        self._done = False
        self._finished_in_store = False
        self._screen_gone = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.screen.action_requested.connect(self.on_screen_action_requested)
        self.screen.leave_requested.connect(self.on_screen_leave_requested)
        self.screen.reread_requested.connect(self.on_screen_reread_requested)
        self.screen.reread_closed.connect(self.on_screen_reread_closed)
        self.ticker.timeout.connect(self.on_ticker_timeout)
        self.screen.destroyed.connect(self._on_screen_destroyed)

    def _on_screen_destroyed(self) -> None:
        """The window closed mid-quiz: no clock to show, no signals left to let go of."""
        self.ticker.stop()
        self._screen_gone = True

    def end(self) -> None:
        """Done with this attempt on screen (it stays in the store as it is,
        with the time it has used): let go of the shared screen and be deleted."""
        if not self._done:
            try:
                self.store.save_elapsed(self.attempt_id, self.elapsed())
            except (sqlite3.Error, StoreError, OSError):
                pass  # the time of the last answer is on disk already
        self.disconnect_screen()
        self.deleteLater()

    def disconnect_screen(self) -> None:
        """Stop listening to the (shared) screen once this attempt is over."""
        self.ticker.stop()
        if self._screen_gone:
            return
        for signal, slot in (
            (self.screen.action_requested, self.on_screen_action_requested),
            (self.screen.leave_requested, self.on_screen_leave_requested),
            (self.screen.reread_requested, self.on_screen_reread_requested),
            (self.screen.reread_closed, self.on_screen_reread_closed),
        ):
            signal.disconnect(slot)

    # -- flow --------------------------------------------------------------------

    def start(self) -> None:
        self.screen.set_lesson(self.lesson)
        if self.session.finished:
            self._finish()
            return
        self._show_current()
        if self.lesson.quiz is not None and self.lesson.quiz.time_limit:
            self.ticker.start()
            self.on_ticker_timeout()
        else:
            self.screen.set_timer(None)

    def _show_current(self) -> None:
        index = self.session.current_index
        self._showing_feedback = False
        self._question_started = self.clock()
        self.screen.show_question(self.session.questions[index], index + 1, len(self.session.questions))

    def elapsed(self) -> float:
        """Quiz time used by this attempt, across leaving and resuming."""
        return self._elapsed_before + (self.clock() - self._started)

    def time_left(self) -> float | None:
        quiz = self.lesson.quiz
        if quiz is None or not quiz.time_limit:
            return None
        return quiz.time_limit - self.elapsed()

    def _finish_in_store(self) -> bool:
        """The result on disk (once), before anything shows it. False, with the
        reason on screen, when it cannot be saved: the answers are, so the
        attempt is finished when it is next opened, if not on the next try."""
        if self._finished_in_store:
            return True
        s = self.session
        try:
            self.store.finish_attempt(
                self.attempt_id, s.score, s.max_score, s.percent, s.passed, elapsed=self.elapsed()
            )
        except StoreError as error:
            text = self.tr("Your result could not be saved. {0} Press Enter to save it.")
            self.screen.show_hint(fill(text, translated(error)))
            return False
        self._finished_in_store = True
        self.answer_saved.emit()
        return True

    def _explained(self, error: Exception) -> StoreError:
        """The store says what went wrong in words; a bare SQLite or OS error is put in the same words."""
        if isinstance(error, StoreError):
            return error
        from lessonapp.store.errors import explain

        return explain(error, self.store.path.parent)

    def _finish(self) -> None:
        if self._done:
            return
        self.ticker.stop()
        self.session.stop()
        if not self._finish_in_store():
            return
        self._done = True
        self.finished.emit()

    def _check(self) -> None:
        shown = self.session.current
        if shown is None:
            return
        positions = self.screen.chosen_positions()
        if not positions:
            self.screen.show_hint(
                self.tr("Pick an answer first: press a number key from 1 to {0}.").format(len(shown.choice_order))
            )
            return
        question = shown.question
        chosen = frozenset(shown.file_index(p) for p in positions)
        seconds = max(0.0, self.clock() - self._question_started)
        result = grade(question, chosen)
        # On disk before the student sees whether it was right, and before the
        # session moves on: an answer that could not be saved is asked again.
        try:
            self.store.record_answer(
                self.attempt_id,
                question,
                chosen,
                result.correct,
                result.points,
                result.max_points,
                seconds,
                elapsed=self.elapsed(),
            )
        except (sqlite3.Error, StoreError, OSError) as error:
            text = self.tr("Your answer could not be saved. {0} Your choice stays: press Enter to save it.")
            self.screen.show_hint(fill(text, translated(self._explained(error))))
            return
        self.answer_saved.emit()
        self.session.answer(question.id, chosen)
        if self.session.finished:
            self._finish_in_store()  # all answered: the result is kept even if nobody asks for it
        quiz = self.lesson.quiz
        if quiz is not None and quiz.feedback == "immediate":
            self._show_feedback(shown, chosen, result.correct, result.points, result.max_points)
        else:
            self._advance()

    def _show_feedback(
        self, shown: ShownQuestion, chosen: frozenset[int], correct: bool, points: float = 0.0, max_points: float = 0.0
    ) -> None:
        question = shown.question
        right = question.full_marks_indices  # a choice worth part of the points is not "the right answer"
        partly = question.partly_right_indices
        states = {}
        for position, file_index in enumerate(shown.choice_order):
            if file_index in chosen:
                states[position] = "right" if file_index in right else "partly" if file_index in partly else "wrong"
            elif file_index in right:
                states[position] = "missed"
        last = self.session.current_index >= len(self.session.questions)
        self.screen.lock_choices(states, self.tr("See my results") if last else self.tr("Next question"))
        picked_feedback = "\n".join(
            question.choices[i].feedback
            for i in sorted(chosen, key=shown.shown_position)
            if question.choices[i].feedback
        )

        def listed(indices, one: str, many: str) -> str:
            """The choices as numbered on screen, one per line: choices often end in a
            full stop, and "programs.; 2 ..." reads badly."""
            texts = [f"{shown.shown_position(i) + 1}  {self._choice_text(question, i)}"
                     for i in sorted(indices, key=shown.shown_position)]
            if len(texts) == 1:
                return fill(one, texts[0])
            return many + "\n" + "\n".join(map(isolate, texts))

        right_answer = listed(right, self.tr("The right answer: {0}"), self.tr("The right answers:"))
        if partly:
            right_answer += "\n" + listed(partly, self.tr("Partly right: {0}"), self.tr("Partly right:"))
        page = self.lesson.page_by_id(question.see) if question.see else None
        verdict = None
        if not correct and points > 0:
            whole = float(max_points).is_integer()
            verdict = (
                self.tr("Partly right: {0} of %n point(s).", "", int(max_points)).format(f"{points:g}")
                if whole
                else self.tr("Partly right: {0} of {1} points.").format(f"{points:g}", f"{max_points:g}")
            )
        self.screen.show_feedback(
            correct, picked_feedback, question.explanation, question.quote, page.title if page else None, right_answer,
            partly=verdict,
        )
        self._showing_feedback = True
        self._feedback_for = shown

    def _choice_text(self, question, index: int) -> str:
        if question.type == "true_false":
            return self.tr("True") if index == 0 else self.tr("False")
        return question.choices[index].text

    def _advance(self) -> None:
        if self.session.finished:
            self._finish()
        else:
            self._show_current()

    # -- slots -------------------------------------------------------------------

    def on_screen_action_requested(self) -> None:
        if self._done:
            return
        if self._showing_feedback or self.session.finished:  # finished: the result is still to be saved
            self._advance()
        else:
            self._check()

    def on_screen_leave_requested(self) -> None:
        if self._done:
            return
        if dialogs.ask_leave_quiz(self.screen):
            if self._done:  # the time ran out while the question was open: show the results
                return
            self.ticker.stop()
            self.left.emit()

    def on_screen_reread_requested(self) -> None:
        shown = self._feedback_for
        if shown is None or not shown.question.see:
            return
        page = self.lesson.page_by_id(shown.question.see)
        if page is not None:
            self.screen.show_reread(self.lesson, page)

    def on_screen_reread_closed(self) -> None:
        self.screen.show_question_view()

    def on_ticker_timeout(self) -> None:
        left = self.time_left()
        if left is None:
            return
        self.screen.set_timer(format_seconds(left))
        if left <= 0 and not self._done:
            self._finish()
