"""The app sends results to the LRS in the background (ui/sending.py): a real
LRS (tests/lrs), the real app on a real store file, answers given by keyboard.
Without lrs: the app never opens a socket."""

from __future__ import annotations

import socket
import sys
import time

import pytest
from PySide6.QtCore import QSettings, Qt
from test_journey import add_student, answer, open_lesson_by_keyboard, press

from lessonapp.settings import LrsSettings, Settings
from lessonapp.store import Store
from lessonapp.ui import sending
from lessonapp.ui.controller import AppController
from tests.classroom.sending import local_statements, reached
from tests.lrs import LrsProxy

SCHOOL = "https://school.example.org"


@pytest.fixture
def proxy(shared_lrs):
    made = LrsProxy(shared_lrs.port)
    yield made
    made.close()


@pytest.fixture
def app_with(qtbot, library_dir, db_path, clock, monkeypatch):
    monkeypatch.setattr(sending, "SOON_MS", 100)
    opened = []

    def make(lrs_settings: LrsSettings | None) -> AppController:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(db_path, school=SCHOOL)
        opened.append(store)
        controller = AppController(
            store, [library_dir], QSettings(str(db_path.parent / "ui.ini"), QSettings.Format.IniFormat),
            app_settings=Settings(school=SCHOOL, lrs=lrs_settings), clock=clock, new_seed=lambda: 11,
        )
        qtbot.addWidget(controller.window)
        controller.start()
        controller.finish_start()
        controller.window.activateWindow()
        qtbot.waitUntil(controller.window.isActiveWindow)
        return controller

    yield make
    for controller_store in opened:
        controller_store.close()


def take_the_exam(qtbot, app) -> None:
    """Three answers by keyboard and the result, as in test_journey."""
    add_student(qtbot, app, "Amira")
    app.store.finish_attempt(
        app.store.start_attempt(app.profile.id, "basics", "Basics", 1, ["long"], 1), 1, 1, 100, True
    )
    app.show_library()
    open_lesson_by_keyboard(qtbot, app, "exam")
    press(qtbot, app, Qt.Key.Key_Return)
    for _ in range(3):
        answer(qtbot, app, right=True)
    assert app.window.current_screen is app.results


def test_answers_reach_the_lrs_soon_after_they_are_given(qtbot, app_with, shared_lrs, db_path):
    app = app_with(LrsSettings(shared_lrs.endpoint, "kiosk-7", "pw", send_every=3600))
    assert app.sender is not None
    take_the_exam(qtbot, app)
    with Store.open(db_path) as store:
        qtbot.waitUntil(lambda: store.outbox_status().waiting == 0 and not app.sender.busy, timeout=15_000)
        mine = local_statements(store)
    assert mine and set(reached(shared_lrs.all_statements(), mine).values()) == {1}
    assert len(reached(shared_lrs.all_statements(), mine)) == len(mine)
    assert app.sender.last_result.error is None


def test_a_hanging_lrs_never_holds_up_the_student(qtbot, app_with, proxy, db_path):
    proxy.fault = lambda method, path, body: "hang"
    app = app_with(LrsSettings(proxy.endpoint, "kiosk-7", "pw", send_every=3600))
    take_the_exam(qtbot, app)  # answered at keyboard speed while a pass waits on the LRS
    qtbot.waitUntil(lambda: app.sender.busy, timeout=5_000)
    with Store.open(db_path) as store:
        assert store.outbox_status().waiting > 0
    assert app.window.current_screen is app.results


def test_the_lrs_down_backs_off_and_the_error_is_kept_for_the_teacher(qtbot, app_with, db_path):
    from tests.lrs import free_port

    app = app_with(LrsSettings(f"http://127.0.0.1:{free_port()}/xAPI/", "kiosk-7", "pw", send_every=5))
    take_the_exam(qtbot, app)
    qtbot.waitUntil(lambda: app.sender.last_result is not None and app.sender.backoff.failures >= 1, timeout=10_000)
    assert "nothing answers there" in app.sender.last_result.error
    assert app.sender.timer.isActive() and app.sender.timer.interval() >= 10_000  # 5 s doubled at least once
    app.sender.on_results_recorded()  # an answer while backing off does not hammer the LRS
    assert app.sender.timer.interval() >= 10_000
    with Store.open(db_path) as store:
        status = store.outbox_status()
    assert status.waiting > 0 and "nothing answers there" in status.last_error


def test_quitting_stops_the_pass_under_way_after_its_batch(qtbot, app_with, proxy):
    proxy.fault = lambda method, path, body: time.sleep(0.5)
    app = app_with(LrsSettings(proxy.endpoint, "kiosk-7", "pw", send_every=3600))
    take_the_exam(qtbot, app)
    qtbot.waitUntil(lambda: app.sender.busy, timeout=5_000)
    app.sender.stop()
    started = time.monotonic()
    app.sender._worker.wait(10)
    assert time.monotonic() - started < 5
    assert not app.sender.timer.isActive()


def test_without_lrs_the_app_never_opens_a_socket(qtbot, app_with, monkeypatch):
    opened = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, *a: opened.append(a))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: opened.append(a))
    app = app_with(None)
    take_the_exam(qtbot, app)
    qtbot.wait(300)
    assert app.sender is None and opened == []
    assert "lessonapp.classroom.lrs" not in sys.modules or app.sender is None
