"""IdleWatcher: "Still there?" after a short timeout, cancelled by any key or touch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from lessonapp.ui.idle import IdleWatcher


@pytest.fixture
def make_watcher(window) -> Iterator:
    made: list[IdleWatcher] = []

    def make(timeout_ms: int, warning_ms: int) -> IdleWatcher:
        watcher = IdleWatcher(window, timeout_ms, warning_ms)
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.remove()


def test_idle_reset_fires_after_the_timeout_and_the_countdown(make_watcher, qtbot):
    watcher = make_watcher(50, 300)
    with qtbot.waitSignal(watcher.warning_started, timeout=2000):
        pass
    assert watcher.counting_down
    assert watcher.overlay.isVisible()
    assert watcher.overlay.text.text() == "Returning to the start in 1 s."
    assert watcher.overlay.text.accessibleName() == "Still there? Returning to the start in 1 s."
    with qtbot.waitSignal(watcher.idle_reset, timeout=2000):
        pass
    assert not watcher.counting_down
    assert not watcher.overlay.isVisible()


def test_a_timeout_longer_than_a_qtimer_takes_does_not_crash(make_watcher):
    """Settings made in code are not bounded by the file's checker: 3,000,000 s
    raised OverflowError in QTimer.start and stopped the kiosk at start."""
    watcher = make_watcher(3_000_000_000, 3_000_000_000)
    watcher.set_timeouts(10**12, 10**12)
    assert watcher.timeout_ms == 2**31 - 1 and not watcher.counting_down


def test_the_countdown_shows_the_seconds_left(make_watcher, qtbot):
    watcher = make_watcher(30, 15_000)
    with qtbot.waitSignal(watcher.warning_started, timeout=2000):
        pass
    assert watcher.overlay.text.text() == "Returning to the start in 15 s."
    assert watcher.overlay.geometry() == watcher.window.rect()
    watcher.poke()


def test_a_key_during_the_countdown_cancels_it_and_does_nothing_else(make_watcher, window, qtbot):
    watcher = make_watcher(100, 600)
    with qtbot.waitSignal(watcher.warning_started, timeout=2000):
        pass
    with qtbot.waitSignal(watcher.warning_cancelled, timeout=1000), qtbot.assertNotEmitted(watcher.idle_reset):
        qtbot.keyClick(window.field, Qt.Key.Key_1)
    assert window.field.text() == "", "the key that cancels does not reach the screen"
    assert not watcher.counting_down and not watcher.overlay.isVisible()
    with qtbot.assertNotEmitted(watcher.idle_reset, wait=300):
        pass
    # Left alone again, it starts over from the full timeout.
    with qtbot.waitSignal(watcher.idle_reset, timeout=3000):
        pass


def test_a_click_or_the_button_cancels_the_countdown(make_watcher, window, qtbot):
    watcher = make_watcher(50, 2000)
    with qtbot.waitSignal(watcher.warning_started, timeout=2000):
        pass
    with qtbot.waitSignal(watcher.warning_cancelled, timeout=1000):
        qtbot.mouseClick(window.field, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(watcher.warning_started, timeout=2000):
        pass
    with qtbot.waitSignal(watcher.warning_cancelled, timeout=1000):
        watcher.overlay.here_button.click()


def test_input_keeps_resetting_the_timeout(make_watcher, window, qtbot):
    watcher = make_watcher(400, 1000)
    with qtbot.assertNotEmitted(watcher.warning_started):
        for _ in range(10):
            qtbot.wait(60)
            qtbot.keyClick(window.field, Qt.Key.Key_A)
    assert window.field.text() == "a" * 10  # keys outside a countdown reach the screen


def test_an_inactive_watcher_does_nothing(make_watcher, qtbot):
    watcher = make_watcher(30, 60)
    watcher.set_active(False)
    with qtbot.assertNotEmitted(watcher.warning_started, wait=200):
        pass
    watcher.set_active(True)
    with qtbot.waitSignal(watcher.idle_reset, timeout=2000):
        pass


def test_idle_reset_closes_a_dialog_left_open(make_watcher, window, qtbot):
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()  # modal, without a nested event loop
    assert QApplication.activeModalWidget() is dialog
    watcher = make_watcher(50, 200)
    with qtbot.waitSignal(watcher.warning_started, timeout=2000):
        pass
    assert watcher.overlay.parentWidget() is dialog, "the countdown shows above the open dialog"
    with qtbot.waitSignal(watcher.idle_reset, timeout=2000):
        pass
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert QApplication.activeModalWidget() is None
    dialog.deleteLater()


def test_input_counts_once_the_application_is_watched(window, qtbot):
    """The app starts watching input after its first frame (watch_application)."""
    watcher = IdleWatcher(window, 300, 1000, watch_application=False)
    try:
        with qtbot.waitSignal(watcher.warning_started, timeout=2000):
            for _ in range(3):
                qtbot.wait(120)
                qtbot.keyClick(window.field, Qt.Key.Key_A)  # not seen yet: the timeout runs out
        watcher.poke()
        watcher.watch_application()
        with qtbot.assertNotEmitted(watcher.warning_started):
            for _ in range(5):
                qtbot.wait(120)
                qtbot.keyClick(window.field, Qt.Key.Key_A)
    finally:
        watcher.remove()
