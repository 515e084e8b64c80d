"""Once the window is up, a worker checks the score database and backs it up;
damage it finds is handled as damage found on opening would be."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from lessonapp.store import Store, has_pin, list_backups, set_pin
from lessonapp.store.pin import ScryptCost
from lessonapp.ui.controller import AppController
from tests.answering import record
from tests.bidi import plain


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
        set_pin(store, "246813", cost=ScryptCost(n=16, r=1, p=1))  # cheap: the test is not about the hash
        ana = store.add_profile("Ana")
        for n in range(60):
            attempt = store.start_attempt(ana.id, f"lesson-{n}", "A lesson " * 20, n, ["q1", "q2"], 2)
            record(store, attempt, "q1", ["a long choice text " * 10], True, 1, 1, 3.0)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-3 * 4096 :] = bytes((i * 7919) % 251 for i in range(3 * 4096))  # the last pages: answers
    path.write_bytes(bytes(data))


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
    damage(path)
    damaged = Store.open(path, quick_check=False)  # as the app opens it
    app = open_app(qtbot, damaged, library_dir, tmp_path)
    assert app.profiles.list.count() == 1  # Ana, from the damaged file, until the check is done
    with qtbot.waitSignal(app.store_replaced, timeout=10_000):
        app.finish_start()
    assert app.store is not damaged
    assert [plain(text) for text in told] == [app.store.notice]
    assert [p.name for p in tmp_path.glob("scores.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert has_pin(app.store)  # the teacher is not locked out
    assert app.window.current_screen is app.profiles
    assert app.profiles.list.count() == 0
    assert list_backups(tmp_path / "backups") == []  # damage is not backed up
    app.store.close()


def test_a_damaged_database_that_cannot_be_set_aside_is_kept_in_use(qtbot, tmp_path, library_dir, told,
                                                                     monkeypatch):
    """Another program holds the file (Windows), or the disk is full: the app
    goes on with the file as it is, on a store that works, and says so."""
    from lessonapp.store import StoreError

    path = tmp_path / "scores.db"
    fill(path)
    damage(path)
    app = open_app(qtbot, Store.open(path, quick_check=False), library_dir, tmp_path)

    def refuse(*_args, **_kwargs):
        raise StoreError("the file is in use by another program")

    monkeypatch.setattr(Store, "start_anew", refuse)
    with qtbot.waitSignal(app.store_replaced, timeout=10_000):
        app.finish_start()
    assert "could not be set aside" in told[0]
    assert [p.name for p in app.store.profiles()] == ["Ana"]  # open, and the same file
    assert not list(tmp_path.glob("scores.db.damaged-*"))
    app.store.close()


def after_a_sound_check(qtbot, tmp_path: Path, library_dir: Path) -> AppController:
    """The app on a sound database, once the worker has checked it."""
    path = tmp_path / "scores.db"
    fill(path)
    app = open_app(qtbot, Store.open(path, quick_check=False), library_dir, tmp_path)
    app.finish_start()
    app.upkeep.wait()
    QApplication.processEvents()  # the worker's report, queued to the UI thread
    return app


def test_a_late_report_never_sets_aside_a_database_restored_meanwhile(qtbot, tmp_path, library_dir, told):
    app = after_a_sound_check(qtbot, tmp_path, library_dir)
    checked = app.store
    app.store = Store.open(tmp_path / "restored.db")  # as a restore replaces it
    app._checked_store = checked
    app.on_store_upkeep_done("damaged")  # the report about the file that was there before
    assert told == []
    assert not list(tmp_path.glob("*.damaged-*"))
    app.store.close()
    checked.close()


def test_a_report_about_a_file_that_is_sound_now_sets_nothing_aside(qtbot, tmp_path, library_dir, told):
    """The report is checked again before anything is moved."""
    app = after_a_sound_check(qtbot, tmp_path, library_dir)
    app._checked_store = app.store
    app.on_store_upkeep_done("damaged")
    assert told == [] and not list(tmp_path.glob("scores.db.damaged-*"))
    app.store.close()
