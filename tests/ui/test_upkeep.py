"""Once the window is up, a worker checks the score database and backs it up;
damage it finds is handled as damage found on opening would be."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from lessonapp.store import Store, has_pin, list_backups, set_pin
from lessonapp.ui.controller import AppController


@pytest.fixture
def told(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: messages.append(text))
    return messages


def open_app(qtbot, store: Store, library_dir: Path, data_dir: Path) -> AppController:
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    controller = AppController(store, [library_dir], settings, data_dir=data_dir)
    qtbot.addWidget(controller.window)
    controller.start()
    return controller


def fill(path: Path) -> None:
    with Store.open(path) as store:
        set_pin(store, "2468")
        ana = store.add_profile("Ana")
        for n in range(60):
            attempt = store.start_attempt(ana.id, f"lesson-{n}", "A lesson " * 20, n, ["q1", "q2"], 2)
            store.record_answer(attempt, "q1", ["a long choice text " * 10], True, 1, 1, 3.0)


def test_a_sound_database_is_backed_up_and_kept(qtbot, tmp_path, library_dir, told):
    path = tmp_path / "scores.db"
    fill(path)
    store = Store.open(path, quick_check=False)
    app = open_app(qtbot, store, library_dir, tmp_path)
    app.finish_start()
    app.upkeep.wait()
    QApplication.processEvents()  # the worker's report, queued to the UI thread
    assert app.store is store
    assert len(list_backups(tmp_path / "backups")) == 1
    assert told == []
    store.close()


def test_damage_found_after_the_window_is_up_is_set_aside_and_the_pin_kept(qtbot, tmp_path, library_dir, told):
    path = tmp_path / "scores.db"
    fill(path)
    data = bytearray(path.read_bytes())
    data[-3 * 4096 :] = bytes((i * 7919) % 251 for i in range(3 * 4096))  # the last pages: answers
    path.write_bytes(bytes(data))
    damaged = Store.open(path, quick_check=False)  # as the app opens it
    app = open_app(qtbot, damaged, library_dir, tmp_path)
    assert app.profiles.list.count() == 1  # Ana, from the damaged file, until the check is done
    with qtbot.waitSignal(app.store_replaced, timeout=10_000):
        app.finish_start()
    assert app.store is not damaged
    assert told == [app.store.notice]
    assert [p.name for p in tmp_path.glob("scores.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert has_pin(app.store)  # the teacher is not locked out
    assert app.window.current_screen is app.profiles
    assert app.profiles.list.count() == 0
    assert list_backups(tmp_path / "backups") == []  # damage is not backed up
    app.store.close()
