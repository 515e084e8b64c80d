"""Classroom kiosk mode: the main window locked until the teacher's PIN.

    guard = KioskGuard(window, store)          # installs itself; window goes full screen
    guard.teacher_area_requested.connect(...)  # after the PIN and "Teacher area"
    guard.quit_requested.connect(...)          # after the PIN: save, then QApplication.quit()

What the guard does while installed (docs/kiosk.md says what only the OS can lock):

* The window is full screen, frameless and stays on top; leaving full screen
  (minimise, un-maximise) puts it back.
* Closing the window, Alt+F4, Ctrl+Q, Ctrl+W (and the platform's own Quit and
  Close keys) and Esc that reaches the window unhandled do not quit: they open
  the teacher PIN prompt; with the right PIN the app quits.
* Ctrl+Shift+T opens the PIN prompt, then a menu: Teacher area / Exit kiosk
  and quit / Cancel.
* Wrong PINs are slowed down by `PinGuard` (the prompt shows "Try again in N s"),
  and the wait is kept in the database: restarting the app does not end it.
* With no PIN set, the prompt says the teacher must run ``lessonapp set-pin``,
  and the app does not quit: a kiosk whose teacher forgot the PIN must not be
  an open door (the OS and the session's service manager are the way out).
* No URL leaves the app: `QDesktopServices.openUrl` for http, https, file,
  mailto (and a few other schemes) reaches `block_url`, which only records it.
* No file dialog: native dialogs are turned off and any QFileDialog is closed
  as soon as it opens. Screens should not offer one: ask `kiosk_active()`.
"""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from lessonapp.store.pin import PinGuard, has_pin
from lessonapp.ui.idle import timer_ms

TEACHER_SHORTCUT = "Ctrl+Shift+T"
QUIT_KEYS = ("Ctrl+Q", "Ctrl+W", "Alt+F4", "Ctrl+F4")
BLOCKED_SCHEMES = ("http", "https", "file", "mailto", "ftp", "sftp", "ssh", "tel", "sms", "smb", "news", "irc")

PROMPT_TIMEOUT_MS = 60_000  # a PIN prompt or the teacher menu left alone closes by itself
LOST_WINDOW_GRACE_MS = 1000  # how long the window may stay unexposed after an expose event before it counts as lost

_active: set[int] = set()


class _Restarter(QObject):
    """Restarts a dialog's close-by-itself timer on each key or click in it."""

    def __init__(self, timer: QTimer, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.timer = timer
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and isinstance(watched, QWidget) \
                and watched.window() is self.dialog:
            self.timer.start()
        return False


def kiosk_active() -> bool:
    """True while a KioskGuard is installed: screens hide what must not be
    reachable in a classroom (opening files or other apps, settings)."""
    return bool(_active)


def _tr(text: str) -> str:
    return QCoreApplication.translate("kiosk", text)


def _combination(event: QKeyEvent) -> QKeyCombination:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeyCombination(modifiers, Qt.Key(event.key()))


def _combinations(*sequences: str | QKeySequence) -> set[QKeyCombination]:
    found = set()
    for sequence in sequences:
        key = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
        if key.count() == 1:
            found.add(key[0])
    return found


class KioskGuard(QObject):
    """Locks `window` (see the module's docstring). Installed on creation;
    `uninstall()` undoes everything (tests; the app simply quits)."""

    teacher_area_requested = Signal()
    quit_requested = Signal()
    url_blocked = Signal(QUrl)
    file_dialog_blocked = Signal()
    window_lost = Signal()  # the window was taken away from outside (see _check_still_shown)

    def __init__(self, window: QWidget, store, *, pin_guard: PinGuard | None = None,
                 watch_application: bool = True, parent: QObject | None = None) -> None:
        """watch_application=False watches the window alone (its closing, its
        state, keys that reach it) until watch_application() is called: see
        that method for why the app does so until its first frame."""
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.store = store
        self.pin_guard = pin_guard or PinGuard(lambda: self.store)  # the store in use: a restore replaces it
        self.blocked_urls: list[QUrl] = []
        self.prompt_timeout_ms = PROMPT_TIMEOUT_MS
        self.installed = False
        self.quit_authorized = False
        self._prompting = False
        self._old_flags = window.windowFlags()
        self._old_native_dialogs = False
        self._quit_keys = _combinations(*QUIT_KEYS, *QKeySequence.keyBindings(QKeySequence.StandardKey.Quit),
                                        *QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
        self._teacher_keys = _combinations(TEACHER_SHORTCUT)
        self._watching_application = watch_application
        self.install()

    # -- install -------------------------------------------------------------------

    def install(self) -> None:
        if self.installed:
            return
        self.installed = True
        self.quit_authorized = False
        _active.add(id(self))
        self.destroyed.connect(partial(_active.discard, id(self)))
        visible = self.window.isVisible()
        self.window.setWindowFlags(
            self.window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        if visible:  # changing the flags hides a window
            self.window.showFullScreen()
        else:
            self.window.setWindowState(self.window.windowState() | Qt.WindowState.WindowFullScreen)
        if self._watching_application:
            QApplication.instance().installEventFilter(self)
        else:
            self.window.installEventFilter(self)
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "block_url")  # str: PySide 6.12 rejects bytes
        self._old_native_dialogs = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def uninstall(self) -> None:
        """Unlock: filters, URL handlers and window flags as they were."""
        if not self.installed:
            return
        self.installed = False
        _active.discard(id(self))
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.window.removeEventFilter(self)
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self._old_native_dialogs)
        visible = self.window.isVisible()
        self.window.setWindowFlags(self._old_flags)
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowFullScreen)
        if visible:
            self.window.show()

    @property
    def watching_application(self) -> bool:
        return self._watching_application

    def watch_application(self) -> None:
        """Watch the keys of every window and dialog, and file dialogs opening.

        The first event an application-wide filter written in Python sees for
        one of Qt's private classes makes PySide6 build every type it has
        (25 ms), so the app calls this once its first frame is painted. Until
        then the window alone is watched, which is all that can be reached.
        """
        if self._watching_application:
            return
        self._watching_application = True
        self.window.removeEventFilter(self)
        if self.installed:
            QApplication.instance().installEventFilter(self)

    # -- what the teacher can do ---------------------------------------------------

    def has_pin(self) -> bool:
        return has_pin(self.store)

    def ask_pin(self, reason: str = "") -> bool:
        """Show the PIN prompt; True when the teacher typed the right PIN."""
        if self._prompting:
            return False
        from lessonapp.ui.pin_dialog import PinDialog  # when first asked: not at start-up

        self._prompting = True
        dialog = None
        try:
            dialog = PinDialog(self.pin_guard, pin_set=self.has_pin(), reason=reason, parent=self.window)
            self._close_when_left_alone(dialog)
            return dialog.exec() == PinDialog.DialogCode.Accepted
        finally:
            self._prompting = False
            if dialog is not None:
                dialog.deleteLater()

    def request_quit(self, reason: str = "") -> bool:
        """A way out was tried: quit (emit quit_requested) only with the PIN."""
        if self.quit_authorized:
            return True
        if not self.ask_pin(reason or _tr("The app is locked. Enter the teacher PIN to quit.")):
            return False
        self._authorize_quit()
        return True

    def open_teacher_menu(self) -> None:
        """Ctrl+Shift+T: the PIN, then Teacher area / Exit kiosk and quit / Cancel."""
        if not self.ask_pin(_tr("Enter the teacher PIN to open the teacher menu.")):
            return
        from lessonapp.ui.pin_dialog import QUIT, TEACHER_AREA, TeacherMenu

        menu = TeacherMenu(self.window)
        # Opened with the PIN, it would let anyone quit if the teacher walked away.
        self._close_when_left_alone(menu)
        try:
            choice = menu.ask()
        finally:
            menu.deleteLater()
        if choice == TEACHER_AREA:
            self.teacher_area_requested.emit()
        elif choice == QUIT:
            self._authorize_quit()

    def _close_when_left_alone(self, dialog) -> None:
        timer = QTimer(dialog)
        timer.setSingleShot(True)
        timer.setInterval(timer_ms(self.prompt_timeout_ms))
        timer.timeout.connect(dialog.reject)
        app = QApplication.instance()
        restart = _Restarter(timer, dialog)  # any input in the dialog starts the wait again
        app.installEventFilter(restart)
        dialog.finished.connect(lambda _result: app.removeEventFilter(restart))
        timer.start()

    def _authorize_quit(self) -> None:
        # From here on nothing is blocked: the app's quit must be able to close the window.
        self.quit_authorized = True
        self.quit_requested.emit()

    @Slot(QUrl)
    def block_url(self, url: QUrl) -> None:
        """The handler of every blocked scheme: records the URL, opens nothing."""
        self.blocked_urls.append(QUrl(url))
        self.url_blocked.emit(QUrl(url))

    # -- Qt ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        try:
            return self._filter(watched, event)
        except Exception:  # noqa: BLE001 - a bug here must not open the way out
            sys.excepthook(*sys.exc_info())  # the app logs it
            return event.type() in (QEvent.Type.Close, QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        if not self.installed or self.quit_authorized:
            return False
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close:
                return self._on_close(event)
            if kind == QEvent.Type.WindowStateChange:
                QTimer.singleShot(0, self._keep_full_screen)
                return False
        if kind == QEvent.Type.Expose and watched is self.window.windowHandle():
            QTimer.singleShot(LOST_WINDOW_GRACE_MS, self._check_still_shown)
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(watched, QWidget):
            return self._on_key(watched, event)
        if kind == QEvent.Type.Show and isinstance(watched, QFileDialog):
            QTimer.singleShot(0, watched.reject)
            self.file_dialog_blocked.emit()
        return False

    def _on_close(self, event: QEvent) -> bool:
        event.ignore()
        if not self._prompting and self.request_quit():
            event.accept()
        return True

    def _on_key(self, watched: QWidget, event: QKeyEvent) -> bool:
        if watched.window() is not self.window:
            return False  # a dialog's keys are the dialog's
        combination = _combination(event)
        if combination in self._teacher_keys:
            action = self.open_teacher_menu
        elif combination in self._quit_keys:
            action = self.request_quit
        elif (watched is self.window and event.type() == QEvent.Type.KeyPress
              and event.key() == Qt.Key.Key_Escape and not event.modifiers()):
            action = self.request_quit  # Esc that no screen wanted
        else:
            return False
        event.accept()
        if event.type() == QEvent.Type.ShortcutOverride:
            return True  # no QAction may take the key; it comes back as a KeyPress
        if not event.isAutoRepeat():
            action()
        return True

    def _check_still_shown(self) -> None:
        """A window that stays unexposed though nothing hid or minimised it was
        taken away from outside (its X window destroyed: `xdotool windowclose`),
        and Qt cannot show it again. Quitting is then the way back, as the
        session manager starts the kiosk again; a process with no window would
        wait for ever."""
        handle = self.window.windowHandle()
        if (self.installed and not self.quit_authorized and handle is not None and self.window.isVisible()
                and not self.window.isMinimized() and not handle.isExposed()):
            self.window_lost.emit()

    def _keep_full_screen(self) -> None:
        if self.installed and not self.quit_authorized and self.window.isVisible() \
                and (self.window.isMinimized() or not self.window.isFullScreen()):
            self.window.showFullScreen()
