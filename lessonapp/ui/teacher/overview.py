"""The class overview tab: every student at every lesson they started, sortable
and filterable. A view: it shows what it is given and says what was asked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from lessonapp.store import OverviewRow
from lessonapp.ui.flow_layout import FlowLayout, pair
from lessonapp.ui.teacher.common import Table, buddy, combo, scrolling_body
from lessonapp.ui.teacher.models import (
    Column,
    OverviewProxy,
    RecordsModel,
    every_month_time,
    local_time,
    number_text,
    percent_text,
)
from lessonapp.ui.widgets import button, label


class OverviewTab(QWidget):
    """Emits student_opened(profile_id) and lesson_opened(lesson_id)."""

    student_opened = Signal(int)
    lesson_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: Mapping[str, str] = {}
        layout = scrolling_body(self, self.tr("Class overview"))

        self.lesson_combo = combo(self.tr("Show lesson"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Filter by student name"))
        self.name_edit.setPlaceholderText(self.tr("Type part of a name"))
        self.name_edit.setClearButtonEnabled(True)
        for clear in self.name_edit.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the name filter"))
        self.count_label = label("", role="muted", wrap=False)
        self.name_edit.setMinimumWidth(self.name_edit.fontMetrics().horizontalAdvance("0") * 16)
        filters = FlowLayout(spacing=12)
        filters.add_widget(pair(buddy(self.tr("&Lesson:"), self.lesson_combo), self.lesson_combo))
        filters.add_widget(pair(buddy(self.tr("Stu&dent:"), self.name_edit), self.name_edit), stretch=True)
        filters.add_widget(self.count_label)
        layout.addLayout(filters)

        self.model = RecordsModel(self._columns(), self)
        self.proxy = OverviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = Table(self.tr("Class overview: students and lessons"))
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the store's order (by name) until a header is clicked
        self.table.set_widths({0: 16, 1: -1, 2: ("100%",), 3: ("999",), 4: (self.tr("Yes"), self.tr("No")),
                               5: every_month_time()})
        layout.addWidget(self.table, 1)

        self.open_student_button = button(self.tr("Open &student"), self.tr("Open the selected student"))
        self.open_lesson_button = button(self.tr("&Item analysis of this lesson"),
                                         self.tr("Open the item analysis of the selected lesson"))
        hint = label(self.tr("Enter or double-click opens a student."), role="muted", wrap=False)
        row = FlowLayout(spacing=10)
        row.add_widget(hint, stretch=True)
        row.add_widget(self.open_student_button)
        row.add_widget(self.open_lesson_button)
        layout.addLayout(row)
        self._connect_signals()
        self.on_selection_changed()

    def _columns(self) -> list[Column]:
        def best_tip(r: OverviewRow) -> str:
            if r.best_score is None:
                return self.tr("No finished attempt yet")
            return self.tr("{0} of {1} points").format(number_text(r.best_score), number_text(r.max_score))

        return [
            Column(self.tr("Student"), lambda r: r.student, lambda r: r.student.casefold()),
            Column(self.tr("Lesson"), lambda r: self._titles.get(r.lesson_id) or r.lesson_title,
                   lambda r: (self._titles.get(r.lesson_id) or r.lesson_title).casefold()),
            Column(self.tr("Best score"), lambda r: percent_text(r.best_percent),
                   lambda r: -1.0 if r.best_percent is None else r.best_percent, numeric=True, tip=best_tip),
            # Finished whole attempts, as the student tab counts them (no practice, none in progress).
            Column(self.tr("Finished"), lambda r: str(r.attempts), lambda r: r.attempts, numeric=True,
                   tip=lambda r: self.tr("Whole attempts finished; retries of the missed questions are practice")),
            Column(self.tr("Passed"), lambda r: self.tr("Yes") if r.passed else self.tr("No"),
                   lambda r: int(r.passed)),
            Column(self.tr("Last activity"), lambda r: local_time(r.last_activity), lambda r: r.last_activity),
        ]

    def _connect_signals(self) -> None:
        self.lesson_combo.currentIndexChanged.connect(self.on_lesson_combo_current_index_changed)
        self.name_edit.textChanged.connect(self.on_name_edit_text_changed)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self.on_selection_changed)
        self.proxy.modelReset.connect(self.on_selection_changed)
        self.open_student_button.clicked.connect(self.on_open_student_button_clicked)
        self.open_lesson_button.clicked.connect(self.on_open_lesson_button_clicked)

    # -- what it shows ----------------------------------------------------------------

    def set_rows(self, rows: Sequence[OverviewRow], lessons: Sequence[tuple[str, str]]) -> None:
        """rows from class_overview; lessons: (id, title) to offer in the filter, in order."""
        self._titles = dict(lessons)
        chosen = self.lesson_combo.currentData()
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        self.lesson_combo.addItem(self.tr("All lessons"), None)
        for lesson_id, title in lessons:
            self.lesson_combo.addItem(title, lesson_id)
        self.lesson_combo.setCurrentIndex(max(0, self.lesson_combo.findData(chosen)))
        self.lesson_combo.blockSignals(False)
        self.proxy.set_lesson(self.lesson_combo.currentData())
        self.model.set_rows(rows)
        self._show_count()

    def selected_row(self) -> OverviewRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No results yet")
        elif shown == total:
            text = self.tr("{0} row(s)", "", total).format(f"{total:,}")
        else:
            text = self.tr("{0} of {1} row(s)", "", total).format(f"{shown:,}", f"{total:,}")
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    # -- slots ---------------------------------------------------------------------------

    def on_lesson_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_lesson(self.lesson_combo.currentData())
        self._show_count()
        self.on_selection_changed()

    def on_name_edit_text_changed(self, text: str) -> None:
        self.proxy.set_name(text)
        self._show_count()
        self.on_selection_changed()

    def on_selection_changed(self, *_: object) -> None:
        has_row = self.selected_row() is not None
        self.open_student_button.setEnabled(has_row)
        self.open_lesson_button.setEnabled(has_row)

    def on_table_activated(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.on_open_student_button_clicked()

    def on_open_student_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.student_opened.emit(row.profile_id)

    def on_open_lesson_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.lesson_opened.emit(row.lesson_id)
