"""The teacher area: class overview, one student, one lesson's item analysis,
export and backups, in tabs.

``TeacherArea`` is the controller of the tabs (each tab is a view in its own
module): it reads the store's reports, hands the tabs plain records, and wires
every signal in `_connect_signals`. It never opens or closes the database:

* ``closed`` — the teacher pressed "Close teacher area" or Esc.
* ``restore_requested(Path)`` — the teacher chose a backup and confirmed. The
  owner must close the store, call ``restore_backup(store.path, path)``, open
  the store again and hand it back with `set_store`, then call
  `show_restore_result` with what ``restore_backup`` returned (or the error).

Backups live in ``<data dir>/backups`` (BACKUP_FOLDER).

Results merged from other machines (Import results, docs/classroom.md) are
rows like this machine's; the Machine filter above the tabs keeps one
machine's attempts in the overview, a student's history and item analysis.
On a kiosk, which opens no file dialog, Import results takes the bundles in
``<data dir>/imports`` (IMPORT_FOLDER).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from lessonapp.content.model import Library
from lessonapp.store import (
    Store,
    StoreError,
    attempt_answers,
    class_overview,
    export_database,
    item_analysis,
    list_backups,
    machines,
    make_backup_file,
    student_history,
)
from lessonapp.store.backup import FOLDER as BACKUP_FOLDER
from lessonapp.store.pin import MIN_DIGITS, has_pin, pin_is_short
from lessonapp.ui.flow_layout import FlowLayout, pair
from lessonapp.ui.kiosk import kiosk_active
from lessonapp.ui.teacher.common import buddy, combo, extra_stylesheet, set_message
from lessonapp.ui.teacher.data import ANSWERS, BUNDLE, BackupTab, ExportTab, describe_backup
from lessonapp.ui.teacher.lesson import ItemRow, LessonTab
from lessonapp.ui.teacher.models import local_time
from lessonapp.ui.teacher.overview import OverviewTab
from lessonapp.ui.teacher.problems import ProblemsTab
from lessonapp.ui.teacher.sending import AsideRow, SendingTab
from lessonapp.ui.teacher.student import AnswerRow, StudentTab
from lessonapp.ui.theme import colours, stylesheet
from lessonapp.ui.widgets import Screen, button, label
from lessonapp.ui.wording import fill, isolate, translated
from lessonapp.ui.worker import Worker

_FAILURES = (OSError, sqlite3.Error, StoreError, ValueError)
IMPORT_FOLDER = "imports"
PROBLEMS_SHOWN = 5  # in the message under Import results; `lessonapp scores import` lists them all


class TeacherArea(Screen):
    closed = Signal()
    restore_requested = Signal(Path)

    def __init__(self, store: Store, library: Library, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.data_dir = Path(data_dir)
        self._rows: list = []
        self._filled: set[QWidget] = set()  # tabs filled since the last refresh
        self._export_worker: Worker | None = None  # the export being written, if any
        self._backup_worker: Worker | None = None  # the backup being made, if any
        self._export_path: Path | None = None
        self._import_worker: Worker | None = None  # the bundles being merged, if any
        self.sender = None  # ui.sending.BackgroundSender, when the settings file has lrs:
        self._send_asked = False  # "Send now" was pressed and its pass has not ended
        self._pull_worker: Worker | None = None  # the pull from the LRS under way, if any
        self.setAccessibleName(self.tr("Teacher area"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 16)  # at 300% the title and Close button still share a row
        layout.setSpacing(8)
        header = FlowLayout()  # at large text the button goes under the title, never off the window
        header.add_widget(label(self.tr("Teacher area"), role="title", wrap=False), stretch=True)
        self.close_button = button(self.tr("&Close teacher area"))
        self.close_button.setToolTip(self.tr("Back to the app (Esc)"))
        header.add_widget(self.close_button)
        layout.addLayout(header)
        # An old PIN of 4 or 5 digits still opens the area: say once in view why to change it.
        self.pin_advice = label("", role="error")
        self.pin_advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin_advice.hide()
        layout.addWidget(self.pin_advice)
        # Shown once results come from more than one machine (Import results).
        self.machine_combo = combo(self.tr("Show the results of"))
        self.machine_row = pair(buddy(self.tr("&Machine:"), self.machine_combo), self.machine_combo)
        machine_flow = FlowLayout()
        machine_flow.add_widget(self.machine_row)
        layout.addLayout(machine_flow)

        self.overview = OverviewTab()
        self.student = StudentTab()
        self.lesson = LessonTab()
        self.export = ExportTab()
        self.backups = BackupTab()
        self.sending = SendingTab()
        self.problems = ProblemsTab()  # shown only when lesson files could not be loaded
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Teacher area sections"))
        self.tabs.setDocumentMode(False)
        for tab, text in ((self.overview, self.tr("Class &overview")), (self.student, self.tr("S&tudent")),
                          (self.lesson, self.tr("Lesso&n")), (self.export, self.tr("E&xport")),
                          (self.backups, self.tr("Bac&kups")), (self.sending, self.tr("Sen&ding")),
                          (self.problems, self.tr("Lesson &problems"))):
            tab.setAccessibleName(text.replace("&", ""))
            self.tabs.addTab(tab, text)
        layout.addWidget(self.tabs, 1)
        self.apply_style()
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.closed)
        self.escape_pressed.connect(self.closed)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.overview.student_opened.connect(self.on_overview_student_opened)
        self.overview.lesson_opened.connect(self.on_overview_lesson_opened)
        self.student.student_changed.connect(self.on_student_student_changed)
        self.student.attempt_selected.connect(self.on_student_attempt_selected)
        self.lesson.lesson_changed.connect(self.on_lesson_lesson_changed)
        self.export.export_requested.connect(self.on_export_export_requested)
        self.export.import_requested.connect(self.on_export_import_requested)
        self.machine_combo.currentIndexChanged.connect(self.on_machine_combo_current_index_changed)
        self.backups.backup_requested.connect(self.on_backups_backup_requested)
        self.backups.restore_chosen.connect(self.on_backups_restore_chosen)
        self.sending.send_requested.connect(self.on_sending_send_requested)
        self.sending.pull_requested.connect(self.on_sending_pull_requested)

    # -- public --------------------------------------------------------------------------

    def apply_style(self, zoom: float | None = None, high_contrast: bool = False) -> None:
        """Colour the tables, tabs and charts like the rest of the app.

        Inside the main window (which carries the app's stylesheet) call it with
        zoom=None on a theme change. As a window of its own, pass the zoom too:
        the whole app stylesheet is then set here.
        """
        palette = QGuiApplication.palette()
        values = colours(palette, high_contrast)
        sheet = extra_stylesheet(values)
        if zoom is not None:
            sheet = stylesheet(palette, zoom, high_contrast) + sheet
        self.setStyleSheet(sheet)
        self.student.chart.set_colours(values)
        self.lesson.chart.set_colours(values)

    def add_sign_in_tab(self, mode: str) -> None:
        """With student_sign_in on: the students' picture passwords or PINs, to set and reset (sign_in.py)."""
        from lessonapp.ui.teacher.sign_in import SignInTab

        self.sign_in = SignInTab(mode, lambda: self.store)
        self.sign_in.setAccessibleName(self.tr("Sign-in"))
        self.tabs.addTab(self.sign_in, self.tr("Si&gn-in"))

    def set_store(self, store: Store) -> None:
        """Show another store (after a restore) and read everything again."""
        self.store = store
        self.refresh()

    def set_sender(self, sender) -> None:
        """The app's background sender (ui/sending.py): "Send now" asks it, and its passes refresh the tab."""
        self.sender = sender
        sender.passed.connect(self.on_sender_passed)
        self.sending.set_pull_available(True)
        self._fill_sending()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.refresh()

    def _show_problems(self) -> None:
        errors = self.library.errors
        self.problems.set_problems(errors)
        self.tabs.setTabVisible(self.tabs.indexOf(self.problems), bool(errors))

    def refresh(self) -> None:
        """Read the overview again; the other tabs are read again when next shown."""
        if not has_pin(self.store):  # opened without a PIN: say so, or the teacher believes it is guarded
            advice = self.tr("No teacher PIN is set: anyone at this computer can open the teacher area. "
                             "Set one from a terminal with: lessonapp set-pin")
        elif pin_is_short(self.store):
            advice = self.tr(
                "The teacher PIN has fewer than {0} digits: anyone with a copy of the scores file or a backup "
                "could find it in minutes. Set a longer one from a terminal with: lessonapp set-pin"
            ).format(MIN_DIGITS)
        else:
            advice = ""
        self.pin_advice.setText(advice)
        self.pin_advice.setAccessibleName(advice)
        self.pin_advice.setVisible(bool(advice))
        self._fill_machines()
        self._show_problems()
        self._rows = class_overview(self.store, machine=self.machine)
        self.overview.set_rows(self._rows, self._lessons())
        self._filled = {self.overview, self.export}
        self.on_tabs_current_changed(self.tabs.currentIndex())

    def show_student(self, profile_id: int) -> None:
        self._fill_students(profile_id)
        self.student.select_student(profile_id)
        self.tabs.setCurrentWidget(self.student)

    def show_lesson(self, lesson_id: str) -> None:
        self._fill_lessons(lesson_id)
        self.lesson.select_lesson(lesson_id)
        self.tabs.setCurrentWidget(self.lesson)

    def show_restore_result(self, aside: Path | None = None, error: str | None = None) -> None:
        if error:
            text = fill(self.tr("The backup was not restored: {0}"), translated(error))
            set_message(self.backups.message, text, ok=False)
        elif aside is not None:
            set_message(self.backups.message, fill(self.tr(
                "Backup restored. The scores as they were before are kept in {0}."), str(aside)))
        else:
            set_message(self.backups.message, self.tr("Backup restored."))

    @property
    def backup_folder(self) -> Path:
        return self.data_dir / BACKUP_FOLDER

    @property
    def machine(self) -> str | None:
        """The machine whose results are shown, or None for every machine."""
        return self.machine_combo.currentData()

    def machine_names(self) -> dict[str, str]:
        """How the area names each machine: this one, or the start of its UUID."""
        return {machine: self.tr("this machine") if machine == self.store.machine_id else machine[:8]
                for machine, _ in machines(self.store)}

    # -- filling the tabs ---------------------------------------------------------------

    def _titles(self) -> dict[str, str]:
        titles = {row.lesson_id: row.lesson_title for row in self._rows}
        titles.update((lesson.id, lesson.title) for lesson in self.library.lessons)
        return titles

    def _lessons(self) -> list[tuple[str, str]]:
        """Lessons of the library (in its order), then any others the store has results for."""
        titles = self._titles()
        known = [lesson.id for lesson in self.library.lessons]
        extra = sorted({row.lesson_id for row in self._rows} - set(known))
        return [(lesson_id, titles[lesson_id]) for lesson_id in known + extra]

    def _fill_machines(self) -> None:
        found = machines(self.store)
        chosen = self.machine
        self.machine_combo.blockSignals(True)
        self.machine_combo.clear()
        self.machine_combo.addItem(self.tr("All machines"), None)
        for machine, attempts in found:
            name = self.tr("This machine") if machine == self.store.machine_id else self.tr("Machine {0}").format(
                machine[:8])
            self.machine_combo.addItem(fill(self.tr("{0} ({1} attempts)"), name, f"{attempts:,}"), machine)
            self.machine_combo.setItemData(self.machine_combo.count() - 1, machine, Qt.ItemDataRole.ToolTipRole)
        self.machine_combo.setCurrentIndex(max(0, self.machine_combo.findData(chosen)))
        self.machine_row.setVisible(len(found) > 1 or chosen is not None)
        self.machine_combo.blockSignals(False)

    def _fill_students(self, current: int | None = None) -> None:
        if self.student in self._filled:
            return
        self._filled.add(self.student)
        profiles = self.store.profiles()
        if current is None and profiles:
            current = self.student.current_student() or profiles[0].id
        self.student.set_students(profiles, current)
        if self.student.current_student() is not None:
            self.on_student_student_changed(self.student.current_student())

    def _fill_lessons(self, current: str | None = None) -> None:
        if self.lesson in self._filled:
            return
        self._filled.add(self.lesson)
        lessons = self._lessons()
        if current is None:
            current = self.lesson.current_lesson() or self._busiest_lesson(lessons)
        self.lesson.set_lessons(lessons, current)
        if self.lesson.current_lesson() is not None:
            self.on_lesson_lesson_changed(self.lesson.current_lesson())

    def _busiest_lesson(self, lessons: list[tuple[str, str]]) -> str | None:
        """The lesson with the most attempts (so the most answers); the first lesson on a tie."""
        counts = Counter()
        for row in self._rows:
            counts[row.lesson_id] += row.attempts
        order = {lesson_id: n for n, (lesson_id, _) in enumerate(lessons)}
        if not counts:
            return lessons[0][0] if lessons else None
        return min(counts, key=lambda lid: (-counts[lid], order.get(lid, len(order))))

    def _fill_backups(self) -> None:
        self._filled.add(self.backups)
        found = [describe_backup(b, local_time(b.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ")))
                 for b in list_backups(self.backup_folder)]
        self.backups.set_backups(self.backup_folder, found)

    def _fill_sending(self) -> None:
        status = self.store.outbox_status()
        lrs = self.sender.lrs if self.sender is not None else None
        where = fill(self.tr("{0} as {1}, every {2} s"), lrs.endpoint, lrs.username, lrs.send_every) if lrs else None
        self.sending.set_status(where, status.waiting, status.waiting_since, status.last_error,
                                status.last_error_at, self._aside_rows(status.set_aside))
        self.sending.set_busy(self.sender is not None and self.sender.busy or self._pull_worker is not None)

    def _aside_rows(self, aside: list[tuple[str, str, str]]) -> list[AsideRow]:
        import json

        rows = []
        for statement_id, reason, when in aside:
            found = self.store.connection.execute("SELECT body FROM statements WHERE id = ?", (statement_id,))
            body = found.fetchone()
            rows.append(AsideRow(when, _describe_statement(json.loads(body[0])) if body else "", reason,
                                 statement_id))
        return rows

    # -- slots ------------------------------------------------------------------------------

    def on_sending_send_requested(self) -> None:
        if self.sender is None:
            return
        self.sending.set_busy(True)
        self._send_asked = True
        set_message(self.sending.message, self.tr("Sending…"))
        self.sender.send_now()

    def on_sending_pull_requested(self) -> None:
        from lessonapp.ui.sending import pull_into

        if self.sender is None or self._pull_worker is not None:
            return
        # Pages of statements merged in transactions of their own: a worker does it, like an import.
        self.sending.set_busy(True)
        set_message(self.sending.message, self.tr("Pulling the class's results from the LRS…"))
        self._pull_worker = Worker()
        self._pull_worker.done.connect(self.on_pull_done)
        self._pull_worker.failed.connect(self.on_pull_failed)
        lesson_ids = frozenset(lesson.id for lesson in self.library.lessons)
        self._pull_worker.start(pull_into, self.store.path, self.store.school, self.sender.lrs, lesson_ids,
                                expected=_FAILURES)

    def on_pull_done(self, result) -> None:
        self._pull_worker = None
        self.refresh()
        self._fill_sending()
        text = fill(self.tr("Pulled: {0}"), translated(result.summary()))
        if result.error:
            text += fill(self.tr(". It stopped early: {0}"), translated(result.error))
        if result.problems:
            text += fill(self.tr(". First problem: {0}"), translated(result.problems[0]))
        set_message(self.sending.message, text, ok=not (result.error or result.rejected))

    def on_pull_failed(self, error: Exception) -> None:
        self._pull_worker = None
        self._fill_sending()
        set_message(self.sending.message, fill(self.tr("Nothing was pulled: {0}"), translated(error)), ok=False)

    def on_sender_passed(self, result) -> None:
        self._fill_sending()
        if not self._send_asked:
            return  # a pass of its own, in the background: the status lines say it
        self._send_asked = False
        if result.error:
            set_message(self.sending.message, fill(self.tr("Sent {0}; {1} wait: {2}"),
                result.sent, result.waiting, translated(result.error)), ok=False)
        else:
            set_message(self.sending.message, self.tr("Sent {0}; {1} wait.").format(result.sent, result.waiting))

    def on_tabs_current_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.student:
            self._fill_students()
        elif tab is self.lesson:
            self._fill_lessons()
        elif tab is self.backups and tab not in self._filled:
            self._fill_backups()
        elif tab is self.sending:
            self._fill_sending()

    def on_overview_student_opened(self, profile_id: int) -> None:
        self.show_student(profile_id)

    def on_overview_lesson_opened(self, lesson_id: str) -> None:
        self.show_lesson(lesson_id)

    def on_student_student_changed(self, profile_id: int) -> None:
        self.student.set_history(
            student_history(self.store, profile_id, self.machine), self._titles(),
            {lesson.id: lesson.quiz.pass_mark for lesson in self.library.lessons if lesson.quiz is not None},
            machines=self.machine_names(),
        )

    def on_student_attempt_selected(self, attempt_id: int) -> None:
        attempt = self.store.attempt(attempt_id)
        lesson = self.library.lesson_by_id(attempt.lesson_id)
        rows = []
        for answer in attempt_answers(self.store, attempt_id):
            question = lesson.question_by_id(answer.question_id) if lesson else None
            rows.append(AnswerRow(question.prompt if question else answer.question_id, " | ".join(answer.chosen),
                                  answer.correct, answer.points, answer.max_points, answer.seconds))
        self.student.show_answers(rows)

    def on_lesson_lesson_changed(self, lesson_id: str) -> None:
        lesson = self.library.lesson_by_id(lesson_id)
        rows = []
        for item in item_analysis(self.store, lesson_id, machine=self.machine):
            question = lesson.question_by_id(item.question_id) if lesson else None
            rows.append(ItemRow(
                item.question_id, question.prompt if question else item.question_id, item.answered, item.correct,
                item.share_correct, " | ".join(item.common_wrong or ()), item.common_wrong_count,
                item.average_seconds,
            ))
        self.lesson.show_items(rows)

    def on_machine_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def on_export_export_requested(self, what: str, fmt: str) -> None:
        name = f"lessonapp-{what}-{date.today().isoformat()}.{fmt}"
        if kiosk_active():
            # A kiosk opens no file dialog (it could reach the whole disk): the
            # export goes to the data folder, and the message says where.
            path = self.data_dir / "exports" / name
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                text = fill(self.tr("Nothing was exported: {0}"), translated(error))
                set_message(self.export.message, text, ok=False)
                return
        else:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home()
            )
            kind = {"csv": self.tr("CSV files (*.csv)"), "json": self.tr("JSON files (*.json)"),
                    "jsonl": self.tr("Result bundles (*.jsonl)")}[fmt]
            title = {ANSWERS: self.tr("Export answers"), BUNDLE: self.tr("Export a bundle")}.get(
                what, self.tr("Export results"))
            chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), kind)
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        # A million answers take seconds to write: a worker thread does it, on
        # a connection of its own, while the teacher area stays usable.
        self.export.set_busy(True)
        set_message(self.export.message, fill(self.tr("Exporting to {0}…"), str(path)))
        self._export_path = path
        self._export_worker = Worker()
        self._export_worker.done.connect(self.on_export_done)
        self._export_worker.failed.connect(self.on_export_failed)
        database, answers = self.store.path, what == ANSWERS
        if what == BUNDLE:
            from lessonapp.classroom.bundle import bundle_database

            self._export_worker.start(bundle_database, database, path, expected=_FAILURES)
        else:
            self._export_worker.start(lambda: export_database(database, path, fmt, answers=answers),
                                      expected=_FAILURES)

    def on_export_import_requested(self) -> None:
        if self._import_worker is not None:
            return
        if kiosk_active():
            folder = self.data_dir / IMPORT_FOLDER
            paths = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
            if not paths:
                set_message(self.export.import_message, fill(self.tr(
                    "No bundle to import: put the bundles (.jsonl files) in {0}"), str(folder)), ok=False)
                return
        else:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home())
            chosen, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import results"), folder,
                self.tr("Result bundles (*.jsonl *.json);;All files (*)"))
            if not chosen:
                return
            paths = [Path(p) for p in chosen]
        from lessonapp.classroom.merge import import_bundles

        # A bundle of a million answers takes a minute or more: a worker merges
        # it, on a connection of its own, and the bar shows how far it is.
        self.export.set_importing(True)
        set_message(self.export.import_message, self.tr("Importing {0} files…").format(len(paths)))
        worker = self._import_worker = Worker()
        worker.done.connect(self.on_import_done)
        worker.failed.connect(self.on_import_failed)
        worker.progress.connect(self.on_import_progress)
        database, school = self.store.path, self.store.school
        lesson_ids = {lesson.id for lesson in self.library.lessons}
        worker.start(import_bundles, database, paths, school, lesson_ids,
                     lambda done, total: worker.progress.emit((done, total)), expected=_FAILURES)

    def on_import_progress(self, done_total: tuple[int, int]) -> None:
        self.export.show_import_progress(*done_total)

    def on_import_done(self, report) -> None:
        self._import_worker = None
        self.export.set_importing(False)
        text = self.tr("Merged {0} new results; {1} were here already.").format(
            f"{report.merged:,}", f"{report.already_here:,}")
        if report.rejected:
            text += " " + self.tr("{0} could not be merged:").format(f"{report.rejected:,}")
            text += "\n" + "\n".join(isolate(translated(p)) for p in report.problems[:PROBLEMS_SHOWN])
            if len(report.problems) > PROBLEMS_SHOWN:
                text += "\n" + self.tr("(lessonapp scores import lists every one)")
        set_message(self.export.import_message, text, ok=not report.rejected)
        self.refresh()

    def on_import_failed(self, error: Exception) -> None:
        self._import_worker = None
        self.export.set_importing(False)
        set_message(self.export.import_message, fill(self.tr(
            "The import stopped: {0}. What was merged before stays; importing again goes on from there."),
            translated(error)), ok=False)
        self.refresh()

    def on_export_done(self, count: int) -> None:
        self.export.set_busy(False)
        text = fill(self.tr("Exported {0} row(s) to {1}", "", count), f"{count:,}", str(self._export_path))
        set_message(self.export.message, text)

    def on_export_failed(self, error: Exception) -> None:
        self.export.set_busy(False)
        set_message(
            self.export.message, fill(self.tr("Nothing was exported to {0}: {1}"), str(self._export_path),
                                      translated(error)), ok=False
        )

    def on_backups_backup_requested(self) -> None:
        # It reads the whole database (170 ms at a million answers): a worker does it.
        self.backups.set_busy(True)
        set_message(self.backups.message, self.tr("Backing up…"))
        self._backup_worker = Worker()
        self._backup_worker.done.connect(self.on_backup_done)
        self._backup_worker.failed.connect(self.on_backup_failed)
        self._backup_worker.start(make_backup_file, self.store.path, self.backup_folder, expected=_FAILURES)

    def on_backup_done(self, path: Path) -> None:
        self.backups.set_busy(False)
        self._fill_backups()
        set_message(self.backups.message, fill(self.tr("Backed up to {0}"), str(path)))

    def on_backup_failed(self, error: Exception) -> None:
        self.backups.set_busy(False)
        set_message(self.backups.message, fill(self.tr("No backup was made: {0}"), translated(error)), ok=False)

    def on_backups_restore_chosen(self, path: Path) -> None:
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Restore the scores from {0}?\n\nThe scores as they are now are kept aside in a file beside "
                    "the database (nothing is deleted), then the app reopens the scores from the backup.")
            .replace("{0}", isolate(path.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            set_message(self.backups.message, fill(self.tr("Restoring {0}…"), path.name))
            self.restore_requested.emit(path)


def _describe_statement(statement: dict) -> str:
    """"answered: Ana, basics / q1": what a set-aside statement was about, for the teacher."""
    try:
        verb = str(statement["verb"]["id"]).rsplit("/", 1)[-1]
        who = statement["actor"].get("name") or statement["actor"]["account"]["name"]
        what = str(statement["object"]["id"]).split("/lessons/", 1)[-1].replace("/questions/", " / ")
    except (KeyError, TypeError, AttributeError):
        return ""
    return f"{verb}: {who}, {what}"
