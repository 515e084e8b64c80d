"""KioskGuard on a plain QMainWindow with a real Store: every way out needs the PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from lessonapp.store import PinGuard, Store
from lessonapp.ui.kiosk import KioskGuard, kiosk_active
from lessonapp.ui.pin_dialog import PinDialog

from .conftest import PIN

# Each way a student could try to leave: (name, function doing it to the window).
QUIT_PATHS = [
    ("close", lambda qtbot, win: win.close()),
    ("alt+f4", lambda qtbot, win: qtbot.keyClick(win.field, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)),
    ("ctrl+q", lambda qtbot, win: qtbot.keyClick(win.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)),
    ("ctrl+w", lambda qtbot, win: qtbot.keyClick(win.field, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)),
    ("esc at the top level", lambda qtbot, win: qtbot.keyClick(win, Qt.Key.Key_Escape)),
    ("esc no child wanted", lambda qtbot, win: qtbot.keyClick(win.field, Qt.Key.Key_Escape)),
]
PATH_IDS = [name for name, _ in QUIT_PATHS]


def test_the_window_is_locked_full_screen(guard, window, qtbot):
    assert kiosk_active()
    assert window.isFullScreen()
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_leaving_full_screen_is_undone(guard, window, qtbot):
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen)
    window.showMinimized()
    qtbot.waitUntil(window.isFullScreen)


def test_uninstall_unlocks(guard, window, qtbot):
    guard.uninstall()
    assert not kiosk_active()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.isFullScreen()
    assert window.close()


@pytest.mark.parametrize(("name", "attempt"), QUIT_PATHS, ids=PATH_IDS)
def test_every_way_out_is_blocked_without_the_pin(guard, window, dialogs, qtbot, name, attempt):
    dialogs.pins = [None]  # the prompt opens; the student cancels it
    with qtbot.assertNotEmitted(guard.quit_requested):
        attempt(qtbot, window)
    assert len(dialogs.prompts) == 1, "the PIN prompt opens"
    assert window.isVisible()
    assert not guard.quit_authorized


@pytest.mark.parametrize(("name", "attempt"), QUIT_PATHS, ids=PATH_IDS)
def test_every_way_out_is_blocked_with_a_wrong_pin(guard, window, dialogs, qtbot, name, attempt):
    dialogs.pins = ["1111"]
    with qtbot.assertNotEmitted(guard.quit_requested):
        attempt(qtbot, window)
    assert dialogs.prompts[0]["status_after"] == "Wrong PIN."
    assert window.isVisible()


@pytest.mark.parametrize(("name", "attempt"), QUIT_PATHS, ids=PATH_IDS)
def test_every_way_out_works_with_the_pin(guard, window, dialogs, qtbot, name, attempt):
    dialogs.pins = [PIN]
    with qtbot.waitSignal(guard.quit_requested, timeout=1000):
        attempt(qtbot, window)
    assert guard.quit_authorized
    # The app's own quit can now close the window without another prompt.
    window.close()
    assert not window.isVisible()
    assert len(dialogs.prompts) == 1


def test_a_closed_window_closes_with_the_pin(guard, window, dialogs):
    dialogs.pins = [None]
    assert window.close() is False
    dialogs.pins = [PIN]
    assert window.close() is True


def test_application_quit_is_refused_too(guard, window, dialogs):
    """Qt 6 closes every window before it quits; the guard refuses that close."""
    dialogs.pins = [None]
    QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.Quit))
    assert window.isVisible()
    assert len(dialogs.prompts) == 1


def test_a_quit_action_shortcut_never_fires(guard, window, dialogs, qtbot):
    fired = []
    action = QAction("Quit", window)
    action.setShortcut(QKeySequence("Ctrl+Q"))
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    dialogs.pins = [None]
    qtbot.keyClick(window.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    assert len(dialogs.prompts) == 1


def test_ordinary_keys_still_reach_the_screen(guard, window, dialogs, qtbot):
    qtbot.keyClicks(window.field, "q w 42")
    qtbot.keyClick(window.field, Qt.Key.Key_F4)
    assert window.field.text() == "q w 42"
    assert dialogs.prompts == []


def test_without_a_pin_set_the_prompt_says_how_and_quitting_is_refused(tmp_path, window, dialogs, qtbot, clock):
    with Store.open(tmp_path / "empty.db") as store:
        guard = KioskGuard(window, store, pin_guard=PinGuard(lambda: store, clock))
        try:
            assert not guard.has_pin()
            dialogs.pins = ["0000"]
            with qtbot.assertNotEmitted(guard.quit_requested):
                assert window.close() is False
                qtbot.keyClick(window.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClick(window.field, Qt.Key.Key_T,
                               Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            assert len(dialogs.prompts) == 3
            for prompt in dialogs.prompts:
                assert prompt["pin_set"] is False
                assert "lessonapp set-pin" in prompt["message"]
            assert dialogs.menus == 0
        finally:
            guard.uninstall()


# -- the teacher shortcut ------------------------------------------------------------------


def press_teacher_shortcut(qtbot, window) -> None:
    qtbot.keyClick(window.field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_teacher_shortcut_needs_the_pin(guard, window, dialogs, qtbot):
    dialogs.pins = ["9999"]
    with qtbot.assertNotEmitted(guard.teacher_area_requested):
        press_teacher_shortcut(qtbot, window)
    assert dialogs.menus == 0


def test_teacher_shortcut_opens_the_teacher_area(guard, window, dialogs, qtbot):
    dialogs.pins = [PIN]
    dialogs.menu_choice = "teacher_area"
    with qtbot.waitSignal(guard.teacher_area_requested, timeout=1000), \
            qtbot.assertNotEmitted(guard.quit_requested):
        press_teacher_shortcut(qtbot, window)
    assert dialogs.menus == 1
    assert not guard.quit_authorized  # still locked
    dialogs.pins = [None]
    assert window.close() is False


def test_teacher_menu_exit_kiosk_and_quit(guard, window, dialogs, qtbot):
    dialogs.pins = [PIN]
    dialogs.menu_choice = "quit"
    with qtbot.waitSignal(guard.quit_requested, timeout=1000):
        press_teacher_shortcut(qtbot, window)
    assert guard.quit_authorized


def test_teacher_menu_cancel_does_nothing(guard, window, dialogs, qtbot):
    dialogs.pins = [PIN]
    dialogs.menu_choice = None
    with qtbot.assertNotEmitted(guard.quit_requested), qtbot.assertNotEmitted(guard.teacher_area_requested):
        press_teacher_shortcut(qtbot, window)
    assert dialogs.menus == 1


# -- wrong PINs are slowed down -------------------------------------------------------------


def test_the_pin_delay_grows_and_the_prompt_shows_it(guard, window, dialogs, qtbot, clock):
    def try_pin(pin: str) -> dict:
        dialogs.pins = [pin]
        window.close()
        return dialogs.prompts[-1]

    # Two free tries, then 2 s, 4 s, 8 s ... (PinGuard's policy).
    assert try_pin("0001")["status_after"] == "Wrong PIN."
    assert try_pin("0002")["status_after"] == "Wrong PIN."
    third = try_pin("0003")
    assert third["status_after"] == "Wrong PIN. Try again in 2 s"
    assert third["input_enabled_after"] is False

    # While the wait runs, the prompt opens with input disabled, even for the right PIN.
    clock.advance(1)
    waiting = try_pin(PIN)
    assert waiting["input_enabled"] is False
    assert waiting["status"] == "Wrong PIN. Try again in 1 s"
    assert not guard.quit_authorized

    clock.advance(1)
    assert try_pin("0004")["status_after"] == "Wrong PIN. Try again in 4 s"
    clock.advance(4)
    assert try_pin("0005")["status_after"] == "Wrong PIN. Try again in 8 s"
    assert guard.pin_guard.failures == 5

    clock.advance(8)
    with qtbot.waitSignal(guard.quit_requested, timeout=1000):
        try_pin(PIN)
    assert guard.pin_guard.failures == 0


def submit(qtbot, dialog: PinDialog, pin: str) -> None:
    dialog.pin_edit.setText(pin)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)


def test_the_prompt_counts_down_and_enables_input_again(store, window, qtbot, clock):
    guard = PinGuard(lambda: store, clock)
    dialog = PinDialog(guard, parent=window)
    for wrong in ("1", "22", "333"):  # too short to be the PIN: wrong all the same
        submit(qtbot, dialog, wrong + "0000")
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()
    assert dialog.status.text() == "Wrong PIN. Try again in 2 s"
    clock.advance(1.2)
    dialog.refresh()
    assert dialog.status.text() == "Wrong PIN. Try again in 1 s"
    clock.advance(1)
    qtbot.waitUntil(dialog.pin_edit.isEnabled, timeout=2000)  # the dialog's own timer
    assert dialog.ok_button.isEnabled()
    assert dialog.status.text() == "Wrong PIN. You can try again now."
    dialog.pin_edit.setText(PIN)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok_button.click()


def test_the_check_runs_off_the_ui_thread_and_the_prompt_says_so(store, window, qtbot, clock, monkeypatch):
    """At the shipped cost a check takes hundreds of milliseconds: the prompt
    stays responsive, shows that it is checking, and takes no second PIN meanwhile."""
    import threading

    from lessonapp.ui import pin_dialog

    release, threads = threading.Event(), []

    def slow_verify(record, pin):
        threads.append(threading.current_thread())
        release.wait(5)
        return pin == PIN

    monkeypatch.setattr(pin_dialog, "verify_pin", slow_verify)
    guard = PinGuard(lambda: store, clock)
    dialog = PinDialog(guard, parent=window)
    dialog.pin_edit.setText(PIN)
    dialog.ok_button.click()
    assert dialog.checking and dialog.status.text() == "Checking the PIN..."
    assert dialog.status.accessibleName() == "Checking the PIN..."
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()
    assert guard.failures == 1  # counted until known right
    dialog.submit()  # Enter again while checking: nothing more starts
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        release.set()
    assert threads and threads[0] is not threading.main_thread() and len(threads) == 1
    assert guard.failures == 0


def test_a_prompt_closed_while_checking_is_not_accepted_later(store, window, qtbot, clock):
    guard = PinGuard(lambda: store, clock)
    dialog = PinDialog(guard, parent=window)
    dialog.pin_edit.setText(PIN)
    dialog.ok_button.click()
    dialog.reject()  # the idle reset, or Cancel
    qtbot.waitUntil(lambda: not dialog.checking, timeout=5000)
    assert dialog.result() == PinDialog.DialogCode.Rejected


def test_the_pin_field_is_hidden_and_takes_digits_only(store, window, qtbot, clock):
    guard = PinGuard(lambda: store, clock)
    dialog = PinDialog(guard, parent=window)
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    qtbot.keyClicks(dialog.pin_edit, "12ab34")
    assert dialog.pin_edit.text() == "1234"
    dialog.reject()
    assert dialog.pin_edit.text() == ""  # nothing left behind for the next student


# -- nothing leaves the app -----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["https://example.org/article", "http://example.org", "file:///etc/passwd", "mailto:someone@example.org"],
)
def test_opening_a_url_is_swallowed(guard, qtbot, url):
    with qtbot.waitSignal(guard.url_blocked, timeout=1000) as blocker:
        QDesktopServices.openUrl(QUrl(url))
    assert blocker.args[0] == QUrl(url)
    assert guard.blocked_urls == [QUrl(url)]


def test_a_file_dialog_closes_as_soon_as_it_opens(guard, window, qtbot):
    dialog = QFileDialog(window, "Open")
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(dialog.reject)
    safety.start(3000)
    with qtbot.waitSignal(guard.file_dialog_blocked, timeout=1000):
        result = dialog.exec()
    assert safety.isActive(), "the guard closed it, not the safety timer"
    safety.stop()
    assert result == QFileDialog.DialogCode.Rejected


def open_file_dialog(window, qtbot, wait_ms: int) -> bool:
    """True when something closed the dialog before `wait_ms` ran out."""
    dialog = QFileDialog(window, "Open")
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(dialog.reject)
    safety.start(wait_ms)
    dialog.exec()
    closed_early = safety.isActive()
    safety.stop()
    dialog.deleteLater()
    return closed_early


def test_until_the_first_frame_the_window_alone_is_watched(window, store, clock, dialogs, qtbot):
    """The app watches the whole application only after its first frame (an
    application-wide filter costs 25 ms of start-up). The window is locked
    from the start: closing it, and keys that reach it, ask for the PIN."""
    early = KioskGuard(window, store, pin_guard=PinGuard(lambda: store, clock), watch_application=False)
    try:
        dialogs.pins = [None, None]
        window.close()
        qtbot.keyClick(window.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        assert len(dialogs.prompts) == 2 and window.isVisible()
        assert not open_file_dialog(window, qtbot, 300)  # another window: not watched yet
        early.watch_application()
        assert open_file_dialog(window, qtbot, 3000)
    finally:
        early.uninstall()


def test_a_fault_in_the_guard_keeps_the_window_locked(guard, window, store, qtbot, monkeypatch):
    """An error while the guard handles a way out (here: its store closed under
    it) is logged, and the way out stays shut."""
    import sys

    logged = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: logged.append(info[1]))
    store.close()
    window.close()
    assert window.isVisible()
    assert logged and not guard._prompting
