"""Back to the start when a shared machine is left alone.

`IdleWatcher` filters every input event of the application (keys, mouse,
wheel, touch, tablet). When none came for `timeout_ms`, it shows a countdown
over the window -- "Still there? Returning to the start in 15 s" -- that any
key, click or touch cancels (that input is swallowed, so it does not also
pick an answer). When the countdown runs out it closes any modal dialog
still open and emits `idle_reset`; the app then leaves the student's screens.

    watcher = IdleWatcher(window, settings.idle_timeout_ms, settings.idle_warning_ms)
    watcher.idle_reset.connect(controller.on_idle_reset)
    watcher.set_active(False)   # e.g. while the name screen is showing
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QVBoxLayout, QWidget

from lessonapp.ui.widgets import button, label

# Input that shows someone is there. Moving the mouse counts; a countdown is
# cancelled (and the input swallowed) only by a press, a touch or a wheel turn.
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TabletPress, QEvent.Type.TabletMove,
}
# The longest interval a QTimer takes (a C int of milliseconds); more raises OverflowError.
MAX_TIMER_MS = 2**31 - 1

_CANCELS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("idle", text)


def timer_ms(milliseconds: float) -> int:
    """An interval a QTimer accepts: the settings file bounds its numbers, a caller in code may not."""
    return max(0, min(int(milliseconds), MAX_TIMER_MS))


class IdleOverlay(QFrame):
    """The countdown, drawn over the whole window (or over a dialog that is open)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-overlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#idle-overlay { background: rgba(0, 0, 0, 170); }"
                           "QFrame#idle-card { border-radius: 12px; padding: 24px; }")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(16)
        self.title = label(_tr("Still there?"), role="title")
        self.text = label("", role="prompt")
        self.text.setAccessibleName(_tr("Countdown"))
        self.here_button = button(_tr("I'm still here"), primary=True)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.here_button)
        outer.addWidget(card)
        self.setAccessibleName(_tr("Still there?"))
        self.hide()

    def set_seconds(self, seconds: int) -> None:
        # The title already asks "Still there?"; a screen reader hears both.
        text = QCoreApplication.translate("idle", "Returning to the start in {0} s.").format(seconds)
        self.text.setText(text)
        self.text.setAccessibleName(QCoreApplication.translate("idle", "Still there?") + " " + text)

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.here_button.setFocus()


class IdleWatcher(QObject):
    """Emits `idle_reset` after `timeout_ms` without input plus `warning_ms` of
    visible countdown. Times are in milliseconds so tests can use short ones."""

    warning_started = Signal()
    warning_cancelled = Signal()
    idle_reset = Signal()

    TICK_MS = 200

    def __init__(self, window: QWidget, timeout_ms: int, warning_ms: int, parent: QObject | None = None, *,
                 watch_application: bool = True) -> None:
        """watch_application=False: see watch_application()."""
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.timeout_ms = timer_ms(timeout_ms)
        self.warning_ms = timer_ms(warning_ms)
        self._active = True
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_warning)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._reset)
        self._tick = QTimer(self)
        self._tick.setInterval(min(self.TICK_MS, max(self.warning_ms // 2, 1)))
        self._tick.timeout.connect(self._update_countdown)
        self._elapsed = QElapsedTimer()
        self.overlay: IdleOverlay | None = None
        self._watching = False
        if watch_application:
            self.watch_application()
        self._idle.start(self.timeout_ms)

    # -- public --------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._active

    @property
    def counting_down(self) -> bool:
        return self._deadline.isActive()

    def set_active(self, active: bool) -> None:
        """Stop watching (e.g. on the name screen, where there is nothing to
        reset) or start again from a full timeout."""
        self._active = active
        if not active:
            self._stop_warning()
            self._idle.stop()
        else:
            self.poke()

    def set_timeouts(self, timeout_ms: int, warning_ms: int) -> None:
        self.timeout_ms, self.warning_ms = timer_ms(timeout_ms), timer_ms(warning_ms)
        self._tick.setInterval(min(self.TICK_MS, max(self.warning_ms // 2, 1)))
        if self._active and not self.counting_down:
            self._idle.start(self.timeout_ms)

    def poke(self) -> None:
        """Someone is there: cancel a countdown and start the timeout again."""
        if self.counting_down:
            self._stop_warning()
            self.warning_cancelled.emit()
        if self._active:
            self._idle.start(self.timeout_ms)

    @property
    def watching_application(self) -> bool:
        return self._watching

    def watch_application(self) -> None:
        """Start seeing the application's input. The app calls this once its
        first frame is painted, as KioskGuard.watch_application says why."""
        if not self._watching:
            self._watching = True
            QApplication.instance().installEventFilter(self)

    def remove(self) -> None:
        """Stop for good and take the event filter out."""
        self.set_active(False)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._drop_overlay()

    # -- Qt ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in _ACTIVITY or not self._active:
            return False
        if self.counting_down:
            if kind in _CANCELS or kind == QEvent.Type.MouseMove and _is_real_move(event):
                self.poke()
                return kind in _CANCELS  # the input that cancels does nothing else
            return False
        self._idle.start(self.timeout_ms)
        return False

    # -- inside --------------------------------------------------------------------

    def _start_warning(self) -> None:
        if not self._active:
            return
        host = QApplication.activeModalWidget() or self.window
        if self.overlay is None or self.overlay.parentWidget() is not host:
            self._drop_overlay()
            self.overlay = IdleOverlay(host)
            self.overlay.here_button.clicked.connect(self.poke)
            self.overlay.destroyed.connect(self._forget_overlay)  # its dialog was deleted
        self._elapsed.start()
        self._deadline.start(self.warning_ms)
        self._tick.start()
        self._update_countdown()
        self.overlay.cover()
        self.warning_started.emit()

    def _drop_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.destroyed.disconnect(self._forget_overlay)
            self.overlay.deleteLater()
            self.overlay = None

    def _forget_overlay(self) -> None:
        self.overlay = None

    def _update_countdown(self) -> None:
        if self.overlay is not None:
            left = max(0, self.warning_ms - self._elapsed.elapsed())
            self.overlay.set_seconds(math.ceil(left / 1000))

    def _stop_warning(self) -> None:
        self._deadline.stop()
        self._tick.stop()
        if self.overlay is not None:
            self.overlay.hide()

    def _reset(self) -> None:
        self._stop_warning()
        _close_modal_dialogs()
        self.idle_reset.emit()
        if self._active:
            self._idle.start(self.timeout_ms)


def _is_real_move(event: QEvent) -> bool:
    """A mouse move made by a hand, not one Qt makes when a widget appears under a still pointer."""
    return event.spontaneous()


def _close_modal_dialogs(limit: int = 20) -> None:
    """Close the modal dialogs left open (a question, the PIN prompt): the next
    student must not find them."""
    for _ in range(limit):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        if QApplication.activeModalWidget() is widget:  # it refused to close
            return
