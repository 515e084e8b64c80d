"""The PIN prompt by real key presses: one Enter is one try."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lessonapp.store import PinGuard
from lessonapp.ui.pin_dialog import PinDialog

from .conftest import PIN


def type_and_enter(qtbot, dialog: PinDialog, pin: str) -> None:
    dialog.pin_edit.setFocus()
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)


def test_a_wrong_pin_by_enter_says_wrong_pin_once(store, window, qtbot, clock):
    guard = PinGuard(lambda: store, clock)
    dialog = PinDialog(guard, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_and_enter(qtbot, dialog, "999999")
    assert dialog.status.text() == "Wrong PIN."
    assert guard.failures == 1


def test_the_third_wrong_pin_by_enter_leaves_the_prompt_open(store, window, qtbot, clock):
    guard = PinGuard(lambda: store, clock)
    dialog = PinDialog(guard, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    closed = []
    dialog.finished.connect(closed.append)
    for wrong in ("999991", "999992", "999993"):
        clock.advance(3600)  # past any wait
        dialog.refresh()
        type_and_enter(qtbot, dialog, wrong)
    assert dialog.isVisible() and not closed
    assert dialog.status.text().startswith("Wrong PIN")
    clock.advance(3600)
    dialog.refresh()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        type_and_enter(qtbot, dialog, PIN)


def test_the_reason_is_said_once(store, window, qtbot, clock):
    reason = "Enter the teacher PIN to open the teacher area."
    dialog = PinDialog(PinGuard(lambda: store, clock), reason=reason, parent=window)
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert texts.count(reason) == 1
    assert "Enter the teacher PIN." not in texts
    dialog.reject()
