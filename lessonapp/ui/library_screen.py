"""Screen 2: the library — the course and its lessons, with the student's progress."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lessonapp.content.model import Lesson, Library, Problem
from lessonapp.ui.widgets import Screen, button, count_text, label, percent_text, questions_text, scroll
from lessonapp.ui.wording import fill, isolate


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryScreen", text)


def best_of(best: Mapping[str, object], lesson_id: str) -> tuple[float | None, bool, int]:
    """(best percent or None, passed, attempts) from store.best_results."""
    result = best.get(lesson_id)
    if result is None:
        return None, False, 0
    percent = getattr(result, "best_percent", None)
    return percent, bool(getattr(result, "passed", False)), int(getattr(result, "attempts", 0) or 0)


def missing_requirements(lesson: Lesson, library: Library, best: Mapping[str, object]) -> list[str]:
    """Titles of the lessons that must be passed before this one can be opened.
    A required lesson with no quiz counts as done once it exists."""
    missing = []
    for required_id in lesson.requires:
        required = library.lesson_by_id(required_id)
        if required is not None and required.quiz is None:
            continue
        if not best_of(best, required_id)[1]:
            missing.append(required.title if required is not None else required_id)
    return missing


def broken_files(problems: tuple[Problem, ...]) -> int:
    """How many files the problems are in."""
    return len({problem.path for problem in problems})


class LessonCard(QFrame):
    """One lesson: title, summary, time, the student's best score, and Open."""

    def __init__(
        self,
        lesson: Lesson,
        percent: float | None,
        passed: bool,
        attempts: int,
        missing: list[str],
        parent: QWidget | None = None,
        *,
        show_scores: bool = True,
        in_progress: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.lesson = lesson
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(16)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(label(lesson.title, role="card-title"))
        if lesson.summary:
            text.addWidget(label(lesson.summary))
        meta = []
        if lesson.minutes:
            meta.append(_tr("{0} min").format(f"{lesson.minutes:g}"))
        if lesson.pages:
            meta.append(count_text("%n page(s)", len(lesson.pages)))
        if lesson.quiz is not None:
            meta.append(questions_text(lesson.quiz))
        if meta:
            text.addWidget(label(" · ".join(meta), role="muted"))
        if not show_scores:  # a kiosk where students do not see their past scores
            self.status = label("", role="muted")
            self.status.hide()
        elif percent is not None:
            status = _tr("Best score {0}%").format(percent_text(percent))
            status += " · " + (_tr("Passed ✓") if passed else _tr("Not passed yet"))
            if in_progress:
                status += " · " + _tr("quiz started")
            self.status = label(status, role="badge-passed" if passed else "muted")
        elif lesson.quiz is None:
            self.status = label(_tr("Reading only"), role="muted")
        elif in_progress:
            self.status = label(_tr("Quiz started: resume it any time"), role="muted")
        else:
            self.status = label(_tr("Not taken yet"), role="muted")
        text.addWidget(self.status)
        self.locked = bool(missing)
        if missing:
            self.lock_note = label(_tr("Pass {0} first").format(", ".join(map(isolate, missing))), role="badge-locked")
            text.addWidget(self.lock_note)
        layout.addLayout(text, 1)
        self.open_button: QPushButton = button(
            _tr("Locked") if missing else _tr("Open"),
            _tr("Open {0}").format(lesson.title),
            primary=not missing,
        )
        self.open_button.setEnabled(not missing)
        if missing:
            self.open_button.setAccessibleDescription(_tr("Pass {0} first").format(", ".join(missing)))
            # Tab skips the disabled button: the card itself is reached, and says why it is locked.
            self.setProperty("focusPolicy", "TabFocus")
            self.setAccessibleDescription(_tr("Locked: pass {0} first to open it.").format(", ".join(missing)))
        layout.addWidget(self.open_button)
        self.setAccessibleName(lesson.title)


class LibraryScreen(Screen):
    """A view of the library for one student. Emits lesson_opened(id) and switch_student()."""

    lesson_opened = Signal(str)
    switch_student = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, LessonCard] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._body = QWidget()
        self._body.setObjectName("screen-body")
        outer.addWidget(scroll(self._body, self.tr("Lessons")))
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(40, 28, 40, 28)
        self._column.setSpacing(14)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.title = label(self.tr("Lessons"), role="title")
        heading.addWidget(self.title)
        self.student = label("", role="muted")
        heading.addWidget(self.student)
        top.addLayout(heading, 1)
        self.switch_button = button(self.tr("Switch student"))
        top.addWidget(self.switch_button)
        self._column.addLayout(top)
        self.summary = label("", role="muted")
        self._column.addWidget(self.summary)
        self.loading = label(self.tr("Loading lessons…"), role="muted")
        self._column.addWidget(self.loading)
        self._list = QVBoxLayout()
        self._list.setSpacing(14)
        self._column.addLayout(self._list)
        self.problems_box: QFrame | None = None
        self._column.addStretch(1)
        self.switch_button.clicked.connect(self.switch_student)

    def set_library(
        self,
        library: Library,
        best: Mapping[str, object],
        student_name: str,
        *,
        show_scores: bool = True,
        in_progress: frozenset[str] = frozenset(),
    ) -> None:
        """in_progress: the lessons whose quiz the student has left unfinished."""
        while self._list.count():
            item = self._list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards.clear()
        self.loading.hide()
        course = library.courses[0] if library.courses else None
        self.title.setText(course.title if course else self.tr("Lessons"))
        self.title.setAccessibleName(self.title.text())
        self.summary.setText(course.summary if course else "")
        self.summary.setVisible(bool(course and course.summary))
        self.student.setText(fill(self.tr("Signed in as {0}"), student_name))
        self.student.setAccessibleName(self.student.text())
        if not library.lessons:
            self._list.addWidget(label(self.tr("There are no lessons to show yet."), role="muted"))
        for lesson in library.lessons:
            percent, passed, attempts = best_of(best, lesson.id)
            lesson_card = LessonCard(
                lesson, percent, passed, attempts, missing_requirements(lesson, library, best),
                show_scores=show_scores, in_progress=lesson.id in in_progress,
            )
            lesson_card.open_button.clicked.connect(
                lambda _=False, lesson_id=lesson.id: self.lesson_opened.emit(lesson_id)
            )
            self.cards[lesson.id] = lesson_card
            self._list.addWidget(lesson_card)
            lesson_card.show()  # now, so that focus can go to it at once
        if library.errors:
            self._list.addWidget(self._problems(library.errors))
            self.problems_box.show()
        first = next((c.open_button for c in self.cards.values() if c.open_button.isEnabled()), None)
        (first or self.switch_button).setFocus()

    def _problems(self, problems: tuple[Problem, ...]) -> QFrame:
        """A plain line for students: the file, line and message are for the teacher
        (the teacher area's Lesson problems tab and the log), not for them."""
        box = QFrame()
        box.setObjectName("problems")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        files = broken_files(problems)
        if files == 1:
            text = self.tr("This lesson could not be opened. Ask your teacher.")
        else:
            text = self.tr("%n lessons could not be opened. Ask your teacher.", "", files)
        self.problems_text = label(text)
        layout.addWidget(self.problems_text)
        box.setAccessibleName(text)
        self.problems_box = box
        return box

    def focus_lesson(self, lesson_id: str) -> None:
        lesson_card = self.cards.get(lesson_id)
        if lesson_card is not None and lesson_card.open_button.isEnabled():
            lesson_card.open_button.setFocus()
