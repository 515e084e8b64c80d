"""The export and backup tabs. Views: buttons that say what was asked, and a
line that reports what happened."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWidget

from lessonapp.store import Backup
from lessonapp.ui.flow_layout import FlowLayout
from lessonapp.ui.teacher.common import Table, scrolling_body
from lessonapp.ui.teacher.models import Column, RecordsModel, every_month_time, size_text
from lessonapp.ui.widgets import button, card, label
from lessonapp.ui.wording import fill

RESULTS = "results"
ANSWERS = "answers"
BUNDLE = "bundle"  # every xAPI statement, one a line (docs/classroom.md)
PROGRESS_STEPS = 1000


class ExportTab(QWidget):
    """Emits export_requested(what, fmt): what is RESULTS or ANSWERS with fmt "csv" or
    "json", or BUNDLE with "jsonl"; and import_requested() for Import results."""

    export_requested = Signal(str, str)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self, self.tr("Export and import"), spacing=12)  # scrolls when the text is large
        layout.addWidget(label(self.tr("Export the class's results"), role="subtitle"))
        layout.addWidget(label(self.tr(
            "CSV opens in a spreadsheet; JSON is for other programs. Times are in UTC. "
            "Results have one row per attempt; answers have one row per answered question."), role="muted"))
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self._pressed: QPushButton | None = None  # the button of the export under way
        texts = {
            (RESULTS, "csv"): self.tr("Export &results (CSV)…"),
            (RESULTS, "json"): self.tr("Export results (&JSON)…"),
            (ANSWERS, "csv"): self.tr("Export &answers (CSV)…"),
            (ANSWERS, "json"): self.tr("Export answers (J&SON)…"),
        }
        descriptions = {
            RESULTS: self.tr("Results: one row per attempt, with student, lesson, score, percent, passed, status."),
            ANSWERS: self.tr("Answers: one row per answered question, with the chosen answer, correct, points."),
        }
        for what in (RESULTS, ANSWERS):
            box = card()
            column = QVBoxLayout(box)
            column.setContentsMargins(16, 12, 16, 12)
            column.setSpacing(8)
            column.addWidget(label(descriptions[what]))
            row = FlowLayout(spacing=12)
            for fmt in ("csv", "json"):
                b = button(texts[(what, fmt)], primary=fmt == "csv")
                b.clicked.connect(lambda _=False, w=what, f=fmt: self.export_requested.emit(w, f))
                row.add_widget(b)
                self.buttons[(what, fmt)] = b
            column.addLayout(row)
            layout.addWidget(box)
        self.message = label("")
        layout.addWidget(self.message)

        layout.addWidget(label(self.tr("Results from other machines"), role="subtitle"))
        box = card()
        column = QVBoxLayout(box)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addWidget(label(self.tr(
            "A bundle holds every result of this machine, and those merged into it, as xAPI statements. "
            "Bring the bundle of each kiosk here and import it: the overview, item analysis and exports "
            "then show the whole class. Importing a bundle twice changes nothing.")))
        self.bundle_button = button(self.tr("Export a &bundle (xAPI)…"))
        self.bundle_button.clicked.connect(lambda: self.export_requested.emit(BUNDLE, "jsonl"))
        self.buttons[(BUNDLE, "jsonl")] = self.bundle_button
        self.import_button = button(self.tr("&Import results…"), self.tr("Import results from bundles"),
                                    primary=True)
        self.import_button.clicked.connect(self.import_requested)
        row = FlowLayout(spacing=12)
        row.add_widget(self.import_button)
        row.add_widget(self.bundle_button)
        column.addLayout(row)
        self.import_progress = QProgressBar()
        self.import_progress.setRange(0, PROGRESS_STEPS)
        self.import_progress.setAccessibleName(self.tr("Import progress"))
        self.import_progress.hide()
        column.addWidget(self.import_progress)
        self.import_message = label("")
        column.addWidget(self.import_message)
        layout.addWidget(box)
        layout.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        """While an export is written, no other can be asked for. Focus, which Qt moves off a
        disabled button (to "Close teacher area"), comes back to the button that was pressed."""
        if busy:
            self._pressed = next((b for b in self.buttons.values() if b.hasFocus()), None)
        for b in self.buttons.values():
            b.setEnabled(not busy)
        if not busy and self._pressed is not None:
            pressed, self._pressed = self._pressed, None
            if self.isVisible():
                pressed.setFocus()

    def set_importing(self, importing: bool) -> None:
        """While bundles are merged, no other import can be asked for; the bar shows how far it is."""
        self.import_button.setEnabled(not importing)
        if importing:
            self.import_progress.setValue(0)
        self.import_progress.setVisible(importing)

    def show_import_progress(self, done: int, total: int) -> None:
        self.import_progress.setValue(round(PROGRESS_STEPS * done / total) if total else 0)


class BackupTab(QWidget):
    """Emits backup_requested() and restore_chosen(backup_path) (before any confirmation)."""

    backup_requested = Signal()
    restore_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self, self.tr("Backups"))
        layout.addWidget(label(self.tr("Backups of the score database"), role="subtitle"))
        self.folder_label = label("", role="muted")
        layout.addWidget(self.folder_label)
        self.model = RecordsModel([
            Column(self.tr("Taken"), lambda b: b[1]),
            Column(self.tr("Size"), lambda b: b[2], numeric=True),
            Column(self.tr("File"), lambda b: b[0].path.name),
        ], self)
        self.table = Table(self.tr("Backups, newest first"))
        self.table.setModel(self.model)
        self.table.set_widths({0: every_month_time(), 1: ("999.9 MB",), 2: -1})
        layout.addWidget(self.table, 1)
        self.backup_button = button(self.tr("&Back up now"), primary=True)
        self.restore_button = button(self.tr("R&estore…"), self.tr("Restore the selected backup"))
        row = FlowLayout(spacing=10)
        row.add_widget(self.backup_button)
        row.add_widget(self.restore_button)
        layout.addLayout(row)
        self.message = label("")
        layout.addWidget(self.message)
        self._busy = False
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.table.activated.connect(self.on_restore_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.on_table_current_row_changed()

    def set_backups(self, folder: Path, backups: Sequence[tuple[Backup, str, str]]) -> None:
        """backups: (backup, when as text, size as text), newest first."""
        self.folder_label.setText(fill(self.tr("Kept in {0}"), str(folder)))
        self.folder_label.setAccessibleName(self.folder_label.text())
        self.model.set_rows(backups)
        if backups:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.on_table_current_row_changed()

    def selected(self) -> Backup | None:
        index = self.table.currentIndex()
        return self.model.record(index.row())[0] if index.isValid() else None

    def set_busy(self, busy: bool) -> None:
        """While a backup is made, neither another nor a restore can be asked for."""
        self._busy = busy
        self.backup_button.setEnabled(not busy)
        self.on_table_current_row_changed()

    def on_table_current_row_changed(self, *_: object) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._busy)

    def on_restore_button_clicked(self, *_: object) -> None:
        chosen = self.selected()
        if chosen is not None and not self._busy:
            self.restore_chosen.emit(chosen.path)


def describe_backup(backup: Backup, when: str) -> tuple[Backup, str, str]:
    try:
        size = size_text(backup.path.stat().st_size)
    except OSError:
        size = "?"
    return backup, when, size
