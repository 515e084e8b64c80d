"""The teacher PIN prompt and the small teacher menu that follows it.

`PinDialog` checks the PIN itself, through a `PinGuard` (lessonapp.store.pin):
a wrong PIN leaves it open, and once the guard asks for a wait the field and
the OK button are disabled while it shows "Try again in N s". The check is
scrypt at a cost that takes a few hundred milliseconds, so it runs in a worker
thread (ui/worker.py) while the prompt shows "Checking the PIN..." with the
field and OK disabled; the rest of the app keeps drawing. `exec()` returns
Accepted only for the right PIN. With no PIN set it only says how the teacher
sets one, and cannot be accepted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from lessonapp.store.pin import MAX_DIGITS, PinGuard, pin_record, verify_pin
from lessonapp.ui.widgets import button, button_row, label, set_status
from lessonapp.ui.worker import Worker

TEACHER_AREA = "teacher_area"
QUIT = "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("pin_dialog", text)


def pin_field(max_digits: int) -> QLineEdit:
    """A hidden field of at most max_digits ASCII digits, kept from input methods'
    predictions (the teacher PIN here; a student's PIN in ui/secret_entry.py)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(max_digits)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{max_digits}}}"), field))
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


class PinDialog(QDialog):
    """Asks for the teacher PIN and checks it against the guard's store, when the guard allows a try."""

    TICK_MS = 250

    def __init__(
        self,
        guard: PinGuard,
        *,
        pin_set: bool = True,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guard = guard
        self.pin_set = pin_set
        self._worker: Worker | None = None  # the check under way, if any
        self._pin_checked = ""
        self._waited = False  # input was disabled by the guard's wait
        self._closed = False
        self.setWindowTitle(_tr("Teacher PIN"))
        self.setModal(True)
        self.setAccessibleName(_tr("Teacher PIN"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(_tr("Teacher PIN"), role="subtitle"))

        self.message = label("", accessible_name=_tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin_edit = pin_field(MAX_DIGITS)
        self.pin_edit.setAccessibleName(_tr("Teacher PIN"))
        self.status = label("", role="error", accessible_name=_tr("Status"))
        self.status.setAccessibleDescription(_tr("Why the PIN was not accepted"))

        self.ok_button = button(_tr("OK"), primary=True)
        self.cancel_button = button(_tr("Cancel") if pin_set else _tr("Close"))
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        # Enter is handled once, in keyPressEvent: not also by the field's returnPressed, nor by
        # whichever button Qt makes the default while OK is disabled during a check.
        self.cancel_button.setAutoDefault(False)

        layout.addWidget(self.message)
        if pin_set:
            self.message.setText(reason or _tr("Enter the teacher PIN."))  # said once, not twice
            layout.addWidget(self.pin_edit)
            layout.addWidget(self.status)
            layout.addLayout(button_row(self.ok_button, self.cancel_button, stretch_at=0))
            self.ok_button.setDefault(True)
        else:
            self.message.setText(_tr(
                "No teacher PIN is set, so this machine stays locked. The teacher must set one "
                "from a terminal with:\n\n    lessonapp set-pin\n\n"
                "(with the same --data-dir as the kiosk), then restart the app."
            ))
            self.ok_button.hide()
            self.pin_edit.hide()
            layout.addLayout(button_row(self.cancel_button, stretch_at=0))
            self.cancel_button.setDefault(True)
        self.message.setAccessibleName(self.message.text())

        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()
        # Qt caps a dialog's own size at two thirds of the screen; at large text
        # the how-to would be cut off.
        self.resize(self.sizeHint())

    @property
    def waiting(self) -> bool:
        return self.pin_set and self.guard.seconds_to_wait() > 0

    @property
    def checking(self) -> bool:
        """A PIN is being checked in the worker thread."""
        return self._worker is not None

    def refresh(self) -> None:
        """Enable or disable input according to the guard's wait, and say how long is left."""
        if not self.pin_set:
            return
        if self.checking:
            self.pin_edit.setEnabled(False)
            self.ok_button.setEnabled(False)
            self._say(_tr("Checking the PIN..."), problem=False)
            return
        wait = self.guard.seconds_to_wait()
        if wait > 0:
            self.pin_edit.setEnabled(False)
            self.ok_button.setEnabled(False)
            self._say(QCoreApplication.translate("pin_dialog", "Wrong PIN. Try again in {0} s").format(math.ceil(wait)))
            self._waited = True
            if not self._timer.isActive():
                self._timer.start()
            return
        self._timer.stop()
        self.pin_edit.setEnabled(True)
        self.ok_button.setEnabled(True)
        if self._waited:
            self._waited = False
            self._say(_tr("Wrong PIN. You can try again now."))
            self.pin_edit.setFocus()

    def submit(self) -> None:
        """What OK and Enter do: start checking the PIN (the answer comes to on_worker_done)."""
        if not self.pin_set or self.checking or self.waiting:
            self.refresh()
            return
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        if not pin:
            self._say(_tr("Type the PIN first."))
            self.pin_edit.setFocus()
            return
        # Counted as wrong until known right: closing the prompt, or the app
        # crashing, during the check does not give the try back.
        self.guard.record_failure()
        self._pin_checked = pin
        self._worker = Worker()
        self._worker.done.connect(self.on_worker_done)
        self._worker.failed.connect(self.on_worker_failed)
        self._worker.start(verify_pin, pin_record(self.guard.store), pin)
        self.refresh()

    def on_worker_done(self, right: bool) -> None:
        pin, self._pin_checked, self._worker = self._pin_checked, "", None
        if right:
            self.guard.record_success(pin)
            if not self._closed:  # not cancelled, nor closed by the idle reset, meanwhile
                self.status.clear()
                self.accept()
            return
        self._say(_tr("Wrong PIN."))
        self.refresh()
        if self.pin_edit.isEnabled():
            self.pin_edit.setFocus()

    def on_worker_failed(self, _error: object) -> None:
        self.on_worker_done(False)  # a bug in the check never opens the door

    def _say(self, text: str, *, problem: bool = True) -> None:
        set_status(self.status, text, "error" if problem else "muted")  # a problem is coloured, a wait is not

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.cancel_button.hasFocus():
            event.accept()
            if self.pin_set:
                self.submit()
            else:
                self.reject()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:  # Qt override: never leave a PIN in the field
        self._closed = True
        self._timer.stop()
        self.pin_edit.clear()
        super().done(result)


class TeacherMenu(QDialog):
    """After the PIN: Teacher area / Exit kiosk and quit / Cancel. `choice` is
    TEACHER_AREA, QUIT or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(_tr("Teacher"))
        self.setModal(True)
        self.setAccessibleName(_tr("Teacher menu"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(_tr("Teacher"), role="subtitle"))
        self.teacher_button = button(_tr("&Teacher area"), primary=True)
        self.quit_button = button(_tr("E&xit kiosk and quit"))
        self.cancel_button = button(_tr("Cancel"))
        for widget in (self.teacher_button, self.quit_button, self.cancel_button):
            layout.addWidget(widget)
        self.teacher_button.clicked.connect(lambda: self._choose(TEACHER_AREA))
        self.quit_button.clicked.connect(lambda: self._choose(QUIT))
        self.cancel_button.clicked.connect(self.reject)
        self.teacher_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> str | None:
        self.choice = None
        return self.choice if self.exec() == QDialog.DialogCode.Accepted else None
