"""The teacher area on a real store and library: overview, student, lesson, export, backups."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QFileDialog, QLineEdit, QMessageBox

from lessonapp.store import ANSWER_COLUMNS, ATTEMPT_COLUMNS
from lessonapp.ui.teacher.models import SORT_ROLE
from tests.bidi import plain


def cells(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_overview_has_one_row_per_student_and_lesson(area):
    table = area.overview.table
    assert cells(table, 0) == ["Ana", "Ben", "Ben", "Ben", "Chloé", "Chloé"]
    rows = {(s, lesson): (best, n, passed) for s, lesson, best, n, passed in
            zip(*(cells(table, c) for c in range(5)))}
    assert rows[("Ana", "Rivers")] == ("100%", "2", "Yes")
    assert rows[("Ben", "Rivers")] == ("33%", "1", "No")
    assert rows[("Ben", "A removed lesson")] == ("100%", "1", "Yes")  # title kept by the store
    assert rows[("Chloé", "Exam")] == ("", "0", "No")  # in progress: no best yet
    assert cells(table, 5)[0]  # last activity is shown, in local time
    assert "T" not in cells(table, 5)[0] and "Z" not in cells(table, 5)[0]


def test_clicking_the_best_score_header_sorts_by_number(area, qtbot):
    table = area.overview.table
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 2))
    ascending = cells(table, 2)
    assert ascending == ["", "33%", "33%", "66%", "100%", "100%"]  # rounded down, as the student sees it
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 2))
    assert cells(table, 2) == list(reversed(ascending))
    assert table.model().index(0, 2).data(SORT_ROLE) == 100.0
    table.setCurrentIndex(table.model().index(2, 0))  # after sorting, the row shown is the one opened
    shown = table.model().index(2, 0).data()
    table.activated.emit(table.currentIndex())
    assert area.student.student_combo.currentText() == shown


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_lesson_filter_and_name_filter(area, qtbot):
    tab = area.overview
    assert [tab.lesson_combo.itemText(i) for i in range(tab.lesson_combo.count())] == [
        "All lessons", "Exam", "Rivers", "A removed lesson"]
    tab.lesson_combo.setCurrentIndex(tab.lesson_combo.findData("exam"))
    assert cells(tab.table, 0) == ["Ben", "Chloé"]
    assert set(cells(tab.table, 1)) == {"Exam"}
    qtbot.keyClicks(tab.name_edit, "chl")
    assert cells(tab.table, 0) == ["Chloé"]
    assert tab.count_label.text() == "1 of 6 rows"
    tab.lesson_combo.setCurrentIndex(0)
    assert cells(tab.table, 0) == ["Chloé", "Chloé"]


def test_enter_on_an_overview_row_opens_that_student(area, qtbot):
    table = area.overview.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))  # Ben, first of his rows
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert area.tabs.currentWidget() is area.student
    tab = area.student
    assert tab.student_combo.currentText() == "Ben"
    assert cells(tab.attempts, 1) == ["Rivers", "Exam", "A removed lesson"]
    assert tab.chart.values == (pytest.approx(100 / 3), pytest.approx(100 / 3), 100.0)
    assert tab.chart.labels == ("1", "2", "3")
    assert "3 bars" in tab.chart.accessibleDescription()
    # the latest attempt is selected: a lesson gone from the library shows question ids
    assert cells(tab.answers, 0) == ["old-q"]


def test_a_students_chart_has_the_pass_mark_and_answers_have_prompts(area, qtbot):
    ana = next(p.id for p in area.store.profiles() if p.name == "Ana")
    area.show_student(ana)
    tab = area.student
    assert tab.chart.values == (pytest.approx(200 / 3), 100.0)
    assert tab.chart.reference == 60  # the lesson's pass mark
    assert "1 of 2" not in tab.chart.accessibleDescription()
    assert "2 of 2 at or above" in tab.chart.accessibleDescription()
    tab.attempts.setCurrentIndex(tab.attempts.model().index(0, 0))
    assert cells(tab.answers, 0) == ["Is the river long?", "How many bridges cross the river?",
                                     "What is the river like?"]
    assert cells(tab.answers, 1) == ["True", "One", "Long | Cold"]
    assert cells(tab.answers, 2) == ["Yes", "No", "Yes"]
    assert cells(tab.answers, 3) == ["1 / 1", "0 / 1", "1 / 1"]
    assert cells(tab.answers, 4) == ["4.0 s", "12.0 s", "9.0 s"]


def test_two_clicks_find_the_question_that_confused_the_class(area, qtbot):
    area.tabs.setCurrentWidget(area.lesson)
    tab = area.lesson
    assert tab.lesson_combo.currentData() == "rivers"  # the lesson with the most answers
    top = [tab.table.model().index(0, c).data() for c in range(5)]
    assert top == ["How many bridges cross the river?", "25% (1/4)", "One", "2", "13.0 s"]
    assert cells(tab.table, 0)[-1] == "Is the river long?"
    assert tab.chart.labels[0] == "How many bridges cross the river?"
    assert tab.chart.values[0] == 25.0
    assert "How many bridges" in tab.summary.text()


def test_item_analysis_button_opens_the_rows_lesson(area, qtbot):
    tab = area.overview
    tab.lesson_combo.setCurrentIndex(tab.lesson_combo.findData("exam"))
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    qtbot.mouseClick(tab.open_lesson_button, Qt.MouseButton.LeftButton)
    assert area.tabs.currentWidget() is area.lesson
    assert area.lesson.lesson_combo.currentData() == "exam"
    assert cells(area.lesson.table, 0) == ["B?", "C?", "A?"]


@pytest.mark.parametrize(("what", "fmt", "header"), [("results", "csv", ATTEMPT_COLUMNS),
                                                      ("answers", "csv", ANSWER_COLUMNS)])
def test_export_writes_a_csv_with_the_documented_header(area, qtbot, monkeypatch, tmp_path, what, fmt, header):
    target = tmp_path / "out" / "class"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    area.tabs.setCurrentWidget(area.export)
    qtbot.mouseClick(area.export.buttons[(what, fmt)], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plain(area.export.message.text()).startswith("Exported"))
    written = target.with_name("class.csv")  # the extension is added
    with open(written, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == header
    assert rows[0] == ["student", "lesson_id", "lesson_title", "attempt_id", "started_at", "finished_at",
                       "score", "max_score", "percent", "passed", "status", "practice", "machine"] \
        if what == "results" else True
    assert f"Exported {len(rows) - 1} rows to {written}" == plain(area.export.message.text())


def test_export_cancelled_writes_nothing_and_a_failure_says_so(area, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    area.export.buttons[("results", "json")].click()
    assert plain(area.export.message.text()) == ""
    missing = tmp_path / "no such folder" / "x.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    area.export.buttons[("results", "json")].click()
    qtbot.waitUntil(lambda: plain(area.export.message.text()).startswith(f"Nothing was exported to {missing}"))
    assert area.export.buttons[("results", "json")].isEnabled()
    assert not list(missing.parent.parent.glob("**/*.part"))


def test_an_export_is_written_in_the_background(area, qtbot, monkeypatch, tmp_path):
    """A million answers take seconds to write: the area stays usable, and no
    second export can be asked for meanwhile."""
    import threading

    from lessonapp.store import export as export_module

    release = threading.Event()
    real = export_module.export_database

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr("lessonapp.ui.teacher.area.export_database", slow)
    target = tmp_path / "class.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    area.export.buttons[("results", "json")].click()
    assert plain(area.export.message.text()) == f"Exporting to {target}…"
    assert not any(b.isEnabled() for b in area.export.buttons.values())
    area.tabs.setCurrentWidget(area.overview)  # the area answers while the file is written
    assert area.tabs.currentWidget() is area.overview
    release.set()
    qtbot.waitUntil(lambda: plain(area.export.message.text()).startswith("Exported"))
    assert all(b.isEnabled() for b in area.export.buttons.values())
    assert target.read_text(encoding="utf-8").startswith("[")


def test_back_up_now_creates_a_file_and_lists_it(area, qtbot, data_dir):
    area.tabs.setCurrentWidget(area.backups)
    assert area.backups.model.rowCount() == 0
    assert not area.backups.restore_button.isEnabled()
    qtbot.mouseClick(area.backups.backup_button, Qt.MouseButton.LeftButton)
    assert plain(area.backups.message.text()) == "Backing up…"  # in a worker thread, the buttons off meanwhile
    assert not area.backups.backup_button.isEnabled()
    qtbot.waitUntil(lambda: plain(area.backups.message.text()).startswith("Backed up"))
    assert area.backups.backup_button.isEnabled() and area.backups.restore_button.isEnabled()
    files = list((data_dir / "backups").glob("scores-*.db"))
    assert len(files) == 1
    assert area.backups.model.rowCount() == 1
    assert cells(area.backups.table, 2) == [files[0].name]
    assert plain(area.backups.message.text()) == f"Backed up to {files[0]}"


def test_restore_asks_first_then_asks_the_owner(area, qtbot, monkeypatch):
    area.tabs.setCurrentWidget(area.backups)
    area.backups.backup_button.click()
    qtbot.waitUntil(lambda: plain(area.backups.message.text()).startswith("Backed up"))
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    with qtbot.assert_not_emitted(area.restore_requested):
        area.backups.restore_button.click()
    assert "kept aside" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.wait_signal(area.restore_requested) as blocker:
        area.backups.restore_button.click()
    assert blocker.args == [area.backups.selected().path]


def test_set_store_after_a_restore_reads_everything_again(area, qtbot, data_dir):
    from lessonapp.store import Store

    empty = Store.open(data_dir / "other.db")
    try:
        area.set_store(empty)
        assert area.overview.model.rowCount() == 0
        area.show_restore_result(aside=Path("/data/scores.db.before-restore-x"))
        assert "before-restore" in plain(area.backups.message.text())
    finally:
        empty.close()


def test_escape_and_the_close_button_emit_closed(area, qtbot):
    area.overview.table.setFocus()
    with qtbot.wait_signal(area.closed):
        qtbot.keyClick(area.overview.table, Qt.Key.Key_Escape)
    with qtbot.wait_signal(area.closed):
        qtbot.mouseClick(area.close_button, Qt.MouseButton.LeftButton)


def test_every_control_has_an_accessible_name(area):
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
    unnamed = [w for kind in kinds for w in area.findChildren(kind)
               if not w.accessibleName() and not w.objectName().startswith("qt_")]  # Qt's corner button
    assert unnamed == []
    assert area.student.chart.accessibleName() and area.lesson.chart.accessibleDescription()


def test_tab_moves_focus_out_of_the_table(area, qtbot):
    table = area.overview.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert area.focusWidget() is not table


def test_every_tab_renders_at_1024_by_768_and_at_large_text(area, tmp_path):
    for zoom in (1.0, 2.0):
        area.apply_style(zoom=zoom)
        for index in range(area.tabs.count()):
            area.tabs.setCurrentIndex(index)
            image = area.grab()
            assert image.width() == 1024 and image.height() == 768
            assert image.save(str(tmp_path / f"tab{index}-{zoom}.png"))


def test_an_unexpected_error_in_an_export_gives_the_buttons_back(area, qtbot, monkeypatch, tmp_path):
    import threading

    def broken(*args, **kwargs):
        raise TypeError("a bug")

    logged = []
    monkeypatch.setattr(threading, "excepthook", lambda args: logged.append(args.exc_value))
    monkeypatch.setattr("lessonapp.ui.teacher.area.export_database", broken)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.csv"), ""))
    area.export.buttons[("answers", "csv")].click()
    qtbot.waitUntil(lambda: plain(area.export.message.text()).startswith("Nothing was exported"))
    assert all(b.isEnabled() for b in area.export.buttons.values())
    qtbot.waitUntil(lambda: bool(logged))  # and the bug is in the log


def test_a_backup_that_cannot_be_made_says_so_and_gives_the_buttons_back(area, qtbot, data_dir):
    (data_dir / "backups").write_text("a file where the backup folder should be")
    area.tabs.setCurrentWidget(area.backups)
    area.backups.backup_button.click()
    qtbot.waitUntil(lambda: plain(area.backups.message.text()).startswith("No backup was made"))
    assert area.backups.backup_button.isEnabled()


def test_after_an_export_focus_is_back_on_its_button(area, qtbot, monkeypatch, tmp_path):
    """Not on "Close teacher area", where Qt moves it while the buttons are disabled."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "class.csv"), ""))
    area.tabs.setCurrentWidget(area.export)
    button = area.export.buttons[("results", "csv")]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: plain(area.export.message.text()).startswith("Exported"))
    assert button.hasFocus()


def test_a_bar_value_just_under_the_pass_mark_is_not_crossed_by_the_line():
    from lessonapp.ui.teacher.chart import value_label_top

    height, line = 16.0, 100.0  # the pass line at y=100
    top = value_label_top(110.0, height, line)  # a bar 10 px under the line: its label would sit on it
    assert not top - 1 <= line <= top + height + 1
    assert top + height <= line
    assert value_label_top(200.0, height, line) == 200.0 - height - 2  # far from the line: just above its bar


@pytest.mark.parametrize("zoom", [1.0, 2.0])
@pytest.mark.parametrize("family", ["", "DejaVu Sans", "C059"])
def test_overview_columns_fit_their_texts_and_headers(area, qtbot, zoom, family):
    """"Last activity" was clipped (issue 15, item 5): every fixed column fits its widest cell and its
    header, whatever the font (its letters may be wider than its digits)."""
    from PySide6.QtGui import QFont, QFontMetrics

    area.apply_style(zoom=zoom)
    if family:
        area.setStyleSheet(area.styleSheet() + f"QTableView, QHeaderView {{ font-family: '{family}'; }}")
    qtbot.wait(10)
    table = area.overview.table
    model = table.model()
    metrics = QFontMetrics(table.font())
    bold = QFont(table.font())
    bold.setWeight(QFont.Weight.DemiBold)
    from lessonapp.ui.teacher.models import local_time

    # Any day of the year, not only these rows': "28 Sep 2026, 22:58" is wider than "2 Mar 2026, 09:03".
    times = [local_time(f"2026-{month:02d}-28T22:58:00Z") for month in range(1, 13)]
    for column in range(2, model.columnCount()):
        texts = [model.index(row, column).data() for row in range(model.rowCount())]
        texts += times if column == model.columnCount() - 1 else []
        needed = max(metrics.horizontalAdvance(text) for text in texts)
        assert needed + 16 <= table.columnWidth(column), (column, needed, table.columnWidth(column))
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert QFontMetrics(bold).horizontalAdvance(title) + 16 <= table.columnWidth(column), title


def test_the_answers_of_an_attempt_have_room_and_whole_rows(area, qtbot):
    """The answers table showed about two rows, cut mid-line: it has room for six lines, and each row its text."""
    area.resize(1024, 768)
    area.show_student(area.student.student_combo.itemData(0))
    qtbot.wait(10)
    table = area.student.answers
    assert table.model().rowCount() == 3
    line = table.fontMetrics().height()
    assert table.viewport().height() >= line * 1.7 * 6 - 1
    for row in range(table.model().rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row)


def test_the_export_dialog_opens_in_the_documents_folder(area, monkeypatch, tmp_path):
    """Not in the current directory (issue 15, item 14): QStandardPaths' documents folder."""
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    real = QStandardPaths.writableLocation
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: str(documents)
                        if where == QStandardPaths.StandardLocation.DocumentsLocation else real(where))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[2]) or ("", ""))
    area.export.buttons[("results", "csv")].click()
    assert Path(asked[0]).parent == documents
