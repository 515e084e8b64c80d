"""The student tab: one student's attempts as a chart and a list, and the
answers of the attempt selected. A view: the area hands it records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from lessonapp.store import AttemptRecord, Profile
from lessonapp.ui.flow_layout import FlowLayout, pair
from lessonapp.ui.teacher.chart import BarChart
from lessonapp.ui.teacher.common import Table, buddy, combo
from lessonapp.ui.teacher.models import (
    Column,
    RecordsModel,
    every_month_time,
    local_time,
    number_text,
    percent_text,
    seconds_text,
)
from lessonapp.ui.widgets import label, scroll
from lessonapp.ui.wording import fill


@dataclass(frozen=True)
class AnswerRow:
    """One answer as the teacher reads it."""

    prompt: str
    chosen: str
    correct: bool
    points: float
    max_points: float
    seconds: float


class StudentTab(QWidget):
    """Emits student_changed(profile_id) and attempt_selected(attempt_id)."""

    student_changed = Signal(int)
    attempt_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        body.setObjectName("screen-body")
        outer.addWidget(scroll(body, self.tr("Student")))  # scrolls when the text is large
        self._all: list[AttemptRecord] = []
        self._history: list[AttemptRecord] = []  # the attempts listed (one lesson or all)
        self._numbers: dict[int, int] = {}  # attempt id -> its number in the list and the chart
        self._titles: Mapping[str, str] = {}
        self._pass_marks: Mapping[str, float] = {}
        self._machines: Mapping[str, str] = {}  # machine UUID -> how to name it
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)

        self.student_combo = combo(self.tr("Student"))
        self.lesson_combo = combo(self.tr("Lesson shown in the chart and list"))
        self.student_combo.setMinimumContentsLength(14)  # "Élodie Fontaine": rows flow onto a new line at large text
        self.lesson_combo.setMinimumContentsLength(8)
        top = FlowLayout(spacing=12)
        top.add_widget(pair(buddy(self.tr("Stu&dent:"), self.student_combo), self.student_combo))
        top.add_widget(pair(buddy(self.tr("&Lesson:"), self.lesson_combo), self.lesson_combo))
        layout.addLayout(top)

        self.chart = BarChart(self.tr("Score of each finished attempt, in order"))
        # Enough for its 0-100% scale and no more: the answers below get the room.
        self.chart.min_lines = 7.5
        self.chart_caption = label("", role="muted")
        chart_box = QWidget()
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_column.addWidget(self.chart, 1)
        chart_column.addWidget(self.chart_caption)

        self.attempts_model = RecordsModel(self._attempt_columns(), self)
        self.attempts = Table(self.tr("Attempts of this student"))
        self.attempts.setModel(self.attempts_model)
        scores = tuple("100% · " + word for word in (self.tr("passed"), self.tr("not passed"), self.tr("practice")))
        self.attempts.set_widths({0: 3, 1: -1, 2: every_month_time(), 3: scores, 4: 12})
        self.answers_model = RecordsModel(self._answer_columns(), self)
        # Room for several whole answers: the point of the tab (it scrolls when the window is short).
        self.answers = Table(self.tr("Answers of the selected attempt"), wrap=True, min_rows=6)
        self.answers.setModel(self.answers_model)
        self.answers.set_widths({0: -1, 1: 22, 2: (self.tr("Yes"), self.tr("No")), 3: ("10 / 10",),
                                 4: ("9 min 59 s",)})
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(chart_box)
        split.addWidget(_titled(self.tr("Attempts"), self.attempts))
        split.addWidget(_titled(self.tr("Answers of the selected attempt"), self.answers))
        split.setSizes([120, 140, 420])
        layout.addWidget(split, 1)
        self._connect_signals()

    def _attempt_columns(self) -> list[Column]:
        status = {"finished": self.tr("finished"), "abandoned": self.tr("abandoned"),
                  "in_progress": self.tr("in progress")}
        def score(a: AttemptRecord) -> str:
            if a.percent is None:
                return status.get(a.status, a.status)
            if a.practice:  # a retry of the missed questions: never a pass, never the lesson's result
                return percent_text(a.percent) + " · " + self.tr("practice")
            return percent_text(a.percent) + " · " + (self.tr("passed") if a.passed else self.tr("not passed"))

        return [
            Column("#", lambda a: str(self._numbers[a.id]), numeric=True),
            Column(self.tr("Lesson"), lambda a: self._titles.get(a.lesson_id) or a.lesson_title),
            Column(self.tr("Started"), lambda a: local_time(a.started_at)),
            Column(self.tr("Score"), score, numeric=True),
            Column(self.tr("Machine"), lambda a: self._machines.get(a.machine, a.machine[:8]),
                   tip=lambda a: a.machine),
        ]

    def _answer_columns(self) -> list[Column]:
        return [
            Column(self.tr("Question"), lambda r: r.prompt),
            Column(self.tr("Chosen"), lambda r: " | ".join(r.chosen) if isinstance(r.chosen, tuple) else r.chosen),
            Column(self.tr("Right?"), lambda r: self.tr("Yes") if r.correct else self.tr("No")),
            Column(self.tr("Points"), lambda r: f"{number_text(r.points)} / {number_text(r.max_points)}",
                   numeric=True),
            Column(self.tr("Time"), lambda r: seconds_text(r.seconds), numeric=True),
        ]

    def _connect_signals(self) -> None:
        self.student_combo.currentIndexChanged.connect(self.on_student_combo_current_index_changed)
        self.lesson_combo.currentIndexChanged.connect(self.on_lesson_combo_current_index_changed)
        self.attempts.selectionModel().currentRowChanged.connect(self.on_attempts_current_row_changed)

    # -- what it shows ------------------------------------------------------------------

    def set_students(self, profiles: Sequence[Profile], current: int | None = None) -> None:
        self.student_combo.blockSignals(True)
        self.student_combo.clear()
        for profile in profiles:
            self.student_combo.addItem(profile.name, profile.id)
        index = self.student_combo.findData(current) if current is not None else 0
        self.student_combo.setCurrentIndex(max(0, index) if profiles else -1)
        self.student_combo.blockSignals(False)

    def select_student(self, profile_id: int) -> None:
        """Choose a student in the combo (student_changed follows when it changes)."""
        index = self.student_combo.findData(profile_id)
        if index >= 0:
            self.student_combo.setCurrentIndex(index)

    def current_student(self) -> int | None:
        return self.student_combo.currentData()

    def set_history(self, attempts: Sequence[AttemptRecord], titles: Mapping[str, str],
                    pass_marks: Mapping[str, float], lesson_id: str | None = None,
                    machines: Mapping[str, str] | None = None) -> None:
        """A student's attempts, oldest first; titles and pass marks by lesson id;
        machines: how to name each machine the attempts were taken on."""
        self._titles, self._pass_marks = titles, pass_marks
        self._machines = machines or {}
        self._all = list(attempts)
        seen = dict.fromkeys(a.lesson_id for a in self._all)
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        self.lesson_combo.addItem(self.tr("All lessons"), None)
        for lid in seen:
            self.lesson_combo.addItem(titles.get(lid) or next(a.lesson_title for a in self._all
                                                              if a.lesson_id == lid), lid)
        self.lesson_combo.setCurrentIndex(max(0, self.lesson_combo.findData(lesson_id)))
        self.lesson_combo.blockSignals(False)
        self._show_lesson()

    def show_answers(self, rows: Sequence[AnswerRow]) -> None:
        self.answers_model.set_rows(rows)

    def _show_lesson(self) -> None:
        lesson_id = self.lesson_combo.currentData()
        self._history = [a for a in self._all if lesson_id is None or a.lesson_id == lesson_id]
        self._numbers = {a.id: n for n, a in enumerate(self._history, 1)}
        self.attempts_model.set_rows(self._history)
        self.answers_model.set_rows([])
        # Practice (a retry of the missed questions) is listed but not charted: it is no score of the lesson.
        done = [(i + 1, a) for i, a in enumerate(self._history) if a.percent is not None and not a.practice]
        marks = {self._pass_marks.get(a.lesson_id) for _, a in done}
        mark = marks.pop() if len(marks) == 1 else None
        self.chart.set_data(
            [str(n) for n, _ in done], [a.percent for _, a in done],
            reference=mark, reference_label=self.tr("pass mark"),
            empty_text=self.tr("No finished attempt yet."),
        )
        name = self.student_combo.currentText()
        practice = sum(1 for a in self._history if a.practice)
        if done:
            caption = fill(self.tr("{0}: {1} finished of %n attempt(s); bars numbered as in the list below.", "",
                                   len(self._history) - practice), name, len(done))
            if practice:
                caption += " " + self.tr("Also %n practice retry(s) of missed questions, not charted.", "", practice)
        else:
            caption = fill(self.tr("{0} has not finished an attempt here yet."), name)
        self.chart_caption.setText(caption)
        self.chart_caption.setAccessibleName(caption)
        if self._history:
            self.attempts.setCurrentIndex(self.attempts_model.index(len(self._history) - 1, 0))
            self.attempts.scrollToBottom()

    # -- slots ------------------------------------------------------------------------------

    def on_student_combo_current_index_changed(self, _index: int) -> None:
        profile_id = self.student_combo.currentData()
        if profile_id is not None:
            self.student_changed.emit(profile_id)

    def on_lesson_combo_current_index_changed(self, _index: int) -> None:
        self._show_lesson()

    def on_attempts_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.attempt_selected.emit(self.attempts_model.record(current.row()).id)


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(label(title, role="muted"))
    column.addWidget(widget, 1)
    return box
