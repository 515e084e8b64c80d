"""The teacher area and the class on many machines (docs/classroom.md): Import
results merges bundles in a worker thread with a progress bar, and the Machine
filter keeps one machine's results."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lessonapp.classroom.bundle import bundle_to_path
from lessonapp.content.model import Choice, Question
from lessonapp.store import Store
from tests.bidi import plain

LONG = Question(id="long", prompt="Is the river long?", type="true_false", answer=True,
                choices=(Choice("True", correct=True), Choice("False")))
BRIDGES = Question(id="bridges", prompt="How many bridges cross the river?",
                   choices=(Choice("One"), Choice("Three", correct=True), Choice("Five")))


def kiosk_bundle(tmp_path, name="Dara"):
    """A bundle from a kiosk where Dara and Ana took Rivers."""
    with Store.open(tmp_path / "kiosk.db") as kiosk:
        for student, right in ((name, False), ("ANA", True)):
            attempt = kiosk.start_attempt(kiosk.add_profile(student).id, "rivers", "Rivers", 1,
                                          ["long", "bridges"], 2.0)
            kiosk.record_answer(attempt, LONG, [0], True, 1, 1, 3)
            kiosk.record_answer(attempt, BRIDGES, [1 if right else 0], right, float(right), 1, 5)
            kiosk.finish_attempt(attempt, 1.0 + right, 2.0, 50.0 * (1 + right), right)
        path = tmp_path / "kiosk.jsonl"
        bundle_to_path(kiosk, path)
        return path, kiosk.machine_id


def cells(table, column):
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def import_through_the_dialog(area, qtbot, monkeypatch, paths):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    area.tabs.setCurrentWidget(area.export)
    qtbot.mouseClick(area.export.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.export.import_button.isEnabled(), timeout=10000)


def test_import_results_merges_a_bundle_in_a_worker_and_shows_the_class(area, qtbot, monkeypatch, tmp_path):
    from lessonapp.classroom import merge

    path, kiosk_machine = kiosk_bundle(tmp_path)
    threads, progress = [], []
    real = merge.import_bundles

    def watched(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(merge, "import_bundles", watched)
    area.export.import_progress.valueChanged.connect(progress.append)
    before = len(cells(area.overview.table, 0))
    assert not area.machine_row.isVisible()
    import_through_the_dialog(area, qtbot, monkeypatch, [path])
    assert threads and threads[0] is not threading.main_thread()
    assert progress and progress[-1] == 1000  # the bar went to the end of the file
    assert plain(area.export.import_message.text()) == "Merged 8 new results; 0 were here already."
    assert not area.export.import_progress.isVisible()
    students = cells(area.overview.table, 0)
    assert "Dara" in students and len(students) == before + 1  # Ana is Ana on every machine

    # the machine filter: every machine, this one, the kiosk
    combo = area.machine_combo
    assert area.machine_row.isVisible()  # hidden while every result is this machine's
    assert [combo.itemData(i) for i in range(combo.count())] == [None, area.store.machine_id, kiosk_machine]
    assert plain(combo.itemText(2)) == f"Machine {kiosk_machine[:8]} (2 attempts)"
    combo.setCurrentIndex(2)
    assert sorted(cells(area.overview.table, 0)) == ["Ana", "Dara"]
    assert cells(area.overview.table, 2) == ["100%", "50%"]
    area.show_lesson("rivers")
    assert cells(area.lesson.table, 1) == ["50% (1/2)", "100% (2/2)"]  # the kiosk's two attempts only
    combo.setCurrentIndex(0)
    assert "Chloé" in cells(area.overview.table, 0)

    # a student's history names the machine of each attempt
    ana = next(p.id for p in area.store.profiles() if p.name == "Ana")
    area.show_student(ana)
    machines = cells(area.student.attempts, 4)
    assert machines.count("this machine") == 2 and machines.count(kiosk_machine[:8]) == 1

    # a second import of the same bundle changes nothing
    import_through_the_dialog(area, qtbot, monkeypatch, [path])
    assert plain(area.export.import_message.text()) == "Merged 0 new results; 8 were here already."


def test_a_bad_bundle_says_which_lines_and_merges_the_rest(area, qtbot, monkeypatch, tmp_path):
    path, _ = kiosk_bundle(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(["garbage", *lines]) + "\n", encoding="utf-8")
    import_through_the_dialog(area, qtbot, monkeypatch, [path])
    assert plain(area.export.import_message.text()) == (
        f"Merged 8 new results; 0 were here already. 1 could not be merged:\n{path}:1: is not JSON: not a statement")


def test_export_a_bundle_writes_every_statement(area, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "class"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    area.tabs.setCurrentWidget(area.export)
    qtbot.mouseClick(area.export.bundle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plain(area.export.message.text()).startswith("Exported"))
    written = target.with_name("class.jsonl")
    kept = area.store.connection.execute("SELECT count(*) FROM statements").fetchone()[0]
    assert len([json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]) == kept > 0


def test_a_kiosk_imports_the_bundles_of_its_imports_folder(area, qtbot, monkeypatch, tmp_path, data_dir):
    monkeypatch.setattr("lessonapp.ui.teacher.area.kiosk_active", lambda: True)
    area.tabs.setCurrentWidget(area.export)
    area.export.import_button.click()
    assert plain(area.export.import_message.text()) == (
        f"No bundle to import: put the bundles (.jsonl files) in {data_dir / 'imports'}")
    path, _ = kiosk_bundle(tmp_path)
    (data_dir / "imports").mkdir()
    path.rename(data_dir / "imports" / "kiosk.jsonl")
    area.export.import_button.click()
    qtbot.waitUntil(lambda: plain(area.export.import_message.text()).startswith("Merged 8"), timeout=10000)
