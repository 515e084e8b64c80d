"""Fixtures for the kiosk tests: a plain QMainWindow with the guard installed,
a real Store in tmp_path with a teacher PIN, and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from lessonapp.store import PinGuard, Store, set_pin
from lessonapp.store.pin import ScryptCost
from lessonapp.ui.kiosk import KioskGuard
from lessonapp.ui.pin_dialog import PinDialog, TeacherMenu
from tests.plurals import english_plurals  # noqa: F401 - an autouse fixture

PIN = "246813"
CHEAP = ScryptCost(n=16, r=1, p=1)  # tests: a PIN check in microseconds (the record keeps its cost)


class Clock:
    """A clock (seconds) that stands still until told to move."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "scores.db") as opened:
        set_pin(opened, PIN, cost=CHEAP)
        yield opened


@pytest.fixture
def window(qtbot) -> Iterator[QMainWindow]:
    win = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    win.field = QLineEdit()  # a focusable child, as a screen would have
    layout.addWidget(win.field)
    win.setCentralWidget(body)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Not qtbot.addWidget: pytest-qt would close it before the guard is uninstalled.
    win.close()
    win.deleteLater()


@pytest.fixture
def guard(window, store, clock) -> Iterator[KioskGuard]:
    kiosk = KioskGuard(window, store, pin_guard=PinGuard(lambda: store, clock))
    yield kiosk
    kiosk.uninstall()


class DialogScript:
    """Replaces the modal dialogs' exec (and only that): each PIN prompt types
    the next PIN of `pins` and presses OK (None: presses Cancel); the teacher
    menu clicks `menu_choice`. Records what each dialog showed."""

    def __init__(self, monkeypatch, qtbot) -> None:
        self.pins: list[str | None] = []
        self.menu_choice: str | None = None
        self.prompts: list[dict] = []
        self.menus = 0
        script = self

        def pin_exec(dialog: PinDialog) -> int:
            seen = {
                "pin_set": dialog.pin_set,
                "message": dialog.message.text(),
                "status": dialog.status.text(),
                "input_enabled": dialog.pin_edit.isEnabled(),
            }
            script.prompts.append(seen)
            pin = script.pins.pop(0) if script.pins else None
            if pin is None or not dialog.pin_set or not dialog.pin_edit.isEnabled():
                dialog.cancel_button.click()
            else:
                dialog.pin_edit.setText(pin)
                dialog.ok_button.click()
                qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)  # the check's worker thread
            seen["status_after"] = dialog.status.text()
            seen["input_enabled_after"] = dialog.pin_edit.isEnabled()
            return dialog.result()

        def menu_exec(menu: TeacherMenu) -> int:
            script.menus += 1
            buttons = {"teacher_area": menu.teacher_button, "quit": menu.quit_button, None: menu.cancel_button}
            buttons[script.menu_choice].click()
            return menu.result()

        monkeypatch.setattr(PinDialog, "exec", pin_exec)
        monkeypatch.setattr(TeacherMenu, "exec", menu_exec)


@pytest.fixture
def dialogs(monkeypatch, qtbot, no_real_modal_dialogs) -> DialogScript:
    return DialogScript(monkeypatch, qtbot)


@pytest.fixture(autouse=True)
def no_real_modal_dialogs(monkeypatch) -> None:
    """A real modal PIN prompt would wait for a hand forever: fail instead
    (the `dialogs` fixture replaces this with a script)."""

    def unexpected(dialog: QDialog) -> int:
        dialog.reject()
        pytest.fail(f"a {type(dialog).__name__} opened that the test did not script")

    monkeypatch.setattr(PinDialog, "exec", unexpected)
    monkeypatch.setattr(TeacherMenu, "exec", unexpected)

