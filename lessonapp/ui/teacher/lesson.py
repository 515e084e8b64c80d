"""The lesson tab: item analysis, the most confusing question on top, and a bar
chart of the share answering each question correctly. A view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from lessonapp.ui.flow_layout import FlowLayout, pair
from lessonapp.ui.teacher.chart import BarChart
from lessonapp.ui.teacher.common import Table, buddy, combo, scrolling_body
from lessonapp.ui.teacher.models import SORT_ROLE, Column, RecordsModel, seconds_text
from lessonapp.ui.widgets import label, scroll
from lessonapp.ui.widgets import percent_text as whole_percent
from lessonapp.ui.wording import fill


@dataclass(frozen=True)
class ItemRow:
    """One question of the item analysis, labelled for the teacher."""

    question_id: str
    prompt: str
    answered: int
    correct: int
    share_correct: float  # 0..1
    common_wrong: str  # "" when nobody answered wrongly
    common_wrong_count: int
    average_seconds: float


class LessonTab(QWidget):
    """Emits lesson_changed(lesson_id)."""

    lesson_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self, self.tr("Lesson"))
        self.lesson_combo = combo(self.tr("Lesson"))
        self.lesson_combo.setMinimumContentsLength(16)
        top = FlowLayout()
        top.add_widget(pair(buddy(self.tr("&Lesson:"), self.lesson_combo), self.lesson_combo))
        layout.addLayout(top)
        self.summary = label("", role="muted")
        layout.addWidget(self.summary)

        self.model = RecordsModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = Table(self.tr("Questions, the least often right first"), wrap=True)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.set_widths({0: -1, 1: 11, 2: 24, 3: 7, 4: 8})
        self.chart = BarChart(self.tr("Share answering each question correctly"), horizontal=True)
        self.chart_area = scroll(self.chart, self.tr("Chart of the share correct per question"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.chart_area)
        split.setSizes([300, 260])
        layout.addWidget(split, 1)
        self.lesson_combo.currentIndexChanged.connect(self.on_lesson_combo_current_index_changed)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Question"), lambda r: r.prompt, lambda r: r.prompt.casefold()),
            Column(self.tr("Right"), lambda r: f"{whole_percent(r.share_correct * 100)}% ({r.correct}/{r.answered})",
                   lambda r: r.share_correct, numeric=True),
            Column(self.tr("Most chosen wrong answer"), lambda r: r.common_wrong or "—",
                   lambda r: r.common_wrong.casefold()),
            Column(self.tr("Chose it"), lambda r: str(r.common_wrong_count) if r.common_wrong else "",
                   lambda r: r.common_wrong_count, numeric=True),
            Column(self.tr("Avg. time"), lambda r: seconds_text(r.average_seconds),
                   lambda r: r.average_seconds, numeric=True),
        ]

    def set_lessons(self, lessons: Sequence[tuple[str, str]], current: str | None) -> None:
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        for lesson_id, title in lessons:
            self.lesson_combo.addItem(title, lesson_id)
        self.lesson_combo.setCurrentIndex(max(0, self.lesson_combo.findData(current)))
        self.lesson_combo.blockSignals(False)

    def select_lesson(self, lesson_id: str) -> None:
        index = self.lesson_combo.findData(lesson_id)
        if index >= 0:
            self.lesson_combo.setCurrentIndex(index)

    def current_lesson(self) -> str | None:
        return self.lesson_combo.currentData()

    def show_items(self, rows: Sequence[ItemRow]) -> None:
        """rows in any order: the table is sorted by share correct, lowest first."""
        ordered = sorted(rows, key=lambda r: (r.share_correct, r.question_id))
        self.model.set_rows(ordered)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.chart.set_data([r.prompt for r in ordered], [r.share_correct * 100 for r in ordered],
                            empty_text=self.tr("Nobody has answered this lesson's questions yet."))
        if ordered:
            worst = ordered[0]
            text = fill(self.tr("%n question(s) answered. Least often right: “{0}” ({1}% right).", "", len(ordered)),
                        worst.prompt, whole_percent(worst.share_correct * 100))
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            text = self.tr("Nobody has answered this lesson's questions yet.")
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def on_lesson_combo_current_index_changed(self, _index: int) -> None:
        lesson_id = self.lesson_combo.currentData()
        if lesson_id is not None:
            self.lesson_changed.emit(lesson_id)
