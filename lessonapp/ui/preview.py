"""`lessonapp preview FILE`: a lesson as students see it, reloaded on every save.

The window shows the real lesson, quiz and results screens. Answers go to a
throwaway store in a temporary folder, never to the real scores. When the
file is saved with an error, the errors are listed with their lines above the
last good version, which stays on screen until the file is fixed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lessonapp.content.loader import load_lesson
from lessonapp.content.model import Lesson, Problem
from lessonapp.quiz.session import QuizSession
from lessonapp.store import Store
from lessonapp.ui.lesson_screen import LessonScreen
from lessonapp.ui.quiz_controller import QuizController
from lessonapp.ui.quiz_screen import QuizScreen
from lessonapp.ui.results_screen import ResultsScreen
from lessonapp.ui.theme import stylesheet
from lessonapp.ui.wording import fill, translated

RELOAD_DELAY_MS = 150  # editors write in several steps; wait for the last


class LessonFileWatcher(QObject):
    """Emits changed() shortly after the file is saved, also by editors that
    save by writing a new file and renaming it over the old one (which ends a
    watch on the file itself, so its folder is watched too)."""

    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.watcher = QFileSystemWatcher(self)
        self.watcher.addPath(str(path.parent))
        self._watch_file()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(RELOAD_DELAY_MS)
        self.watcher.fileChanged.connect(self.on_watcher_changed)
        self.watcher.directoryChanged.connect(self.on_watcher_changed)
        self.debounce.timeout.connect(self.on_debounce_timeout)
        self._last = self._stamp()

    def _watch_file(self) -> None:
        if self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))

    def _stamp(self):
        try:
            status = self.path.stat()
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size, status.st_ino

    def on_watcher_changed(self, _path: str) -> None:
        self.debounce.start()

    def on_debounce_timeout(self) -> None:
        self._watch_file()
        stamp = self._stamp()
        if stamp is not None and stamp != self._last:
            self._last = stamp
            self.changed.emit()


class PreviewWindow(QMainWindow):
    """The lesson, quiz and results screens of the student app, and a panel
    of problems above them when the file has any."""

    def __init__(self, path: Path, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.store = store
        self.profile_id = store.add_profile("Preview").id
        self.lesson: Lesson | None = None
        self.quiz: QuizController | None = None
        self.seed = 1
        self.practice = False  # the quiz under way retries the missed questions
        self.resize(1024, 768)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel()
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(16, 8, 16, 8)
        self.banner.setAccessibleName(self.tr("Preview status"))
        layout.addWidget(self.banner)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in the lesson file"))
        self.problems.setMaximumHeight(170)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout.addWidget(self.problems)
        self.stack = QStackedWidget()
        self.lesson_screen = LessonScreen()
        self.quiz_screen = QuizScreen()
        self.results = ResultsScreen()
        for screen in (self.lesson_screen, self.quiz_screen, self.results):
            self.stack.addWidget(screen)
        layout.addWidget(self.stack, 1)
        layout.addStretch(0)  # takes the room while no version has loaded: the problems stay at the top
        self._layout = layout
        # There is no library in a preview: the lesson's Library button goes to its start page, and says so.
        for back, text, name in (
            (self.lesson_screen.library_button, self.tr("Start page"), self.tr("Back to the lesson's start page")),
            (self.results.library_button, self.tr("Lesson"), self.tr("Back to the lesson")),
        ):
            back.setText(text)
            back.setAccessibleName(name)
        self.setCentralWidget(central)
        self.setStyleSheet(stylesheet(QApplication.instance().palette()))

        self.watcher = LessonFileWatcher(path, self)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.watcher.changed.connect(self.reload)
        self.lesson_screen.quiz_requested.connect(self.on_lesson_screen_quiz_requested)
        self.lesson_screen.back_requested.connect(self.on_lesson_screen_back_requested)
        self.results.retry_missed.connect(self.on_results_retry_missed)
        self.results.take_again.connect(self.on_results_take_again)
        self.results.back_requested.connect(self.show_lesson)

    # -- loading -------------------------------------------------------------------

    def reload(self) -> None:
        lesson, problems = load_lesson(self.path)
        self.show_problems(problems, loaded=lesson is not None)
        # Until a version loads there is nothing to show or to press.
        shown = lesson is not None or self.lesson is not None
        self.stack.setVisible(shown)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)
        self.problems.setMaximumHeight(170 if shown else 16777215)  # with nothing else to show, all of them
        if lesson is None:
            return  # the last good version stays on screen
        page = self.lesson_screen.index if self.lesson is not None else 0
        self.lesson = lesson
        self.setWindowTitle(fill(self.tr("Preview: {0}"), lesson.title))
        self._drop_quiz()
        self.lesson_screen.set_lesson(lesson, page)
        self.stack.setCurrentWidget(self.lesson_screen)

    def show_problems(self, problems: list[Problem], *, loaded: bool) -> None:
        self.problems.clear()
        for problem in problems:
            if problem.severity == "warning":
                template = self.tr("line {0}, column {1}: warning: {2}")
            else:
                template = self.tr("line {0}, column {1}: error: {2}")
            text = fill(template, problem.line, problem.column, translated(problem.message))
            self.problems.addItem(text)
            self.problems.item(self.problems.count() - 1).setToolTip(text)
        self.problems.setVisible(bool(problems))
        errors = sum(p.severity == "error" for p in problems)
        if loaded:
            text = fill(self.tr("Previewing {0}. It reloads each time you save."), self.path.name)
        elif self.lesson is None:
            text = fill(self.tr("{0} cannot be shown: %n error(s). Fix them and save.", "", errors), self.path.name)
        else:
            text = fill(
                self.tr("{0} has %n error(s); showing the last version that worked. Fix them and save.", "", errors),
                self.path.name,
            )
        self.banner.setText(text)
        self.banner.setProperty("state", "ok" if loaded else "error")
        self.banner.setStyleSheet(
            "QLabel#previewBanner { background: %s; color: %s; font-weight: bold; }"
            % (("#e6f4ea", "#14532d") if loaded else ("#fde8e8", "#7f1d1d"))
        )

    # -- quiz ----------------------------------------------------------------------

    def start_quiz(self, pool=None) -> None:
        if self.lesson is None or self.lesson.quiz is None:
            return
        self._drop_quiz()
        self.seed += 1
        self.practice = pool is not None
        session = QuizSession(self.lesson, self.seed, pool)
        attempt = self.store.start_attempt(
            self.profile_id,
            self.lesson.id,
            self.lesson.title,
            self.seed,
            list(session.question_ids),
            session.max_score,
            practice=pool is not None,
            language=self.lesson.language,
        )
        self.quiz = QuizController(self.quiz_screen, self.store, self.lesson, session, attempt, parent=self)
        self.quiz.finished.connect(self.on_quiz_finished)
        self.quiz.left.connect(self.show_lesson)
        self.stack.setCurrentWidget(self.quiz_screen)
        self.quiz.start()

    def _drop_quiz(self) -> None:
        if self.quiz is not None:
            self.quiz.end()
            self.quiz = None

    def show_lesson(self) -> None:
        self._drop_quiz()
        self.stack.setCurrentWidget(self.lesson_screen)

    def on_lesson_screen_quiz_requested(self) -> None:
        self.start_quiz()

    def on_lesson_screen_back_requested(self) -> None:
        if self.lesson is not None:
            self.lesson_screen.show_index(0)

    def on_quiz_finished(self) -> None:
        if self.quiz is not None:
            self.stack.setCurrentWidget(self.results)
            self.results.show_results(self.quiz.lesson, self.quiz.session, practice=self.practice)

    def on_results_retry_missed(self) -> None:
        if self.quiz is not None and self.quiz.session.missed_ids:
            self.start_quiz(self.quiz.session.missed_ids)

    def on_results_take_again(self) -> None:
        self.start_quiz()


def run_preview(path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    from lessonapp.ui.translations import install_translations

    translators = install_translations(app)  # noqa: F841 - kept alive while the window is open ("1 error")
    with tempfile.TemporaryDirectory(prefix="lessonapp-preview-") as scratch:
        store = Store.open(Path(scratch) / "preview.db")
        try:
            window = PreviewWindow(path.resolve(), store)
            window.show()
            return app.exec()
        finally:
            store.close()
