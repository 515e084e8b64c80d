"""The student's sign-in on a kiosk, between the name and the library (docs/kiosk.md).

`SecretForm` runs one of two flows over a picture or PIN entry (secret_entry.py):

* ``ask_existing``: the secret is checked through a `SignInGuard` (the teacher
  PIN's wait after wrong tries, per student), in a worker thread as the PIN
  prompt does, since the hash is as slow as the teacher PIN's; ``verified``.
* ``ask_new``: choose, then the same again; the record is made in a worker
  thread and handed over with ``made(kind, record)``. It keeps nothing itself.

`SignInScreen` is the student's screen (``verified`` / ``made`` /
``back_requested``, the controller keeps and moves on); `SetSecretDialog` is
the teacher's way to set one (teacher/sign_in.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from lessonapp.store.pin import verify_pin
from lessonapp.store.sign_in import PICTURE, PIN, SignInGuard, is_valid, make_record
from lessonapp.ui.accessibility import announce
from lessonapp.ui.secret_entry import PictureEntry, PinEntry
from lessonapp.ui.widgets import Screen, button, button_row, label, scroll, scrolling_screen, set_status
from lessonapp.ui.worker import Worker

CHECK, CHOOSE, CONFIRM = "check", "choose", "confirm"


def _tr(text: str) -> str:
    return QCoreApplication.translate("sign_in", text)


def _instruction(kind: str, step: str) -> str:
    if kind == PICTURE:
        return {CHECK: _tr("Pick your three pictures, in order."),
                CHOOSE: _tr("Choose three pictures, in an order you will remember. They are your picture "
                            "password: keep them secret."),
                CONFIRM: _tr("Now pick the same three pictures again, in the same order.")}[step]
    return {CHECK: _tr("Type your PIN, then press Enter."),
            CHOOSE: _tr("Choose a PIN of 4 to 8 digits that you will remember, and keep it secret."),
            CONFIRM: _tr("Type the same PIN again.")}[step]


class SecretForm(QWidget):
    verified = Signal()
    made = Signal(str, str)  # kind, record (store/sign_in.py keeps it)

    TICK_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = PICTURE
        self.step = CHECK
        self.guard: SignInGuard | None = None
        self.record: str | None = None
        self._first = ""  # the first choice, while it is confirmed
        self._generation = 0  # a worker's answer for an earlier flow is dropped
        self._busy = False
        self._waited = False
        self._worker: Worker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.instruction = label("", role="prompt")
        layout.addWidget(self.instruction)
        self.status = label("", role="error")
        self.status.hide()
        layout.addWidget(self.status)
        self.pictures = PictureEntry()
        self.pin = PinEntry()
        for entry in (self.pictures, self.pin):
            entry.entered.connect(self.on_entered)
            entry.hide()
            layout.addWidget(entry)
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def entry(self) -> PictureEntry | PinEntry:
        return self.pictures if self.kind == PICTURE else self.pin

    @property
    def busy(self) -> bool:
        return self._busy

    # -- the two flows --------------------------------------------------------------

    def ask_existing(self, kind: str, record: str | None, guard: SignInGuard) -> None:
        self._begin(kind, CHECK)
        self.record, self.guard = record, guard
        self.refresh()

    def ask_new(self, kind: str) -> None:
        self._begin(kind, CHOOSE)
        self.refresh()

    def reset(self) -> None:
        """Forget everything under way (the idle reset, going back to the names)."""
        self._generation += 1
        self._busy = False
        self._first = ""
        self._timer.stop()
        self.pictures.clear()
        self.pin.clear()
        self._say("")

    def _begin(self, kind: str, step: str) -> None:
        self.reset()
        self.kind, self.step = kind, step
        self.guard, self.record = None, None
        self.pictures.setVisible(kind == PICTURE)
        self.pin.setVisible(kind == PIN)
        self._show_step()

    def _show_step(self) -> None:
        text = _instruction(self.kind, self.step)
        self.instruction.setText(text)
        self.instruction.setAccessibleName(text)
        self.entry.setEnabled(True)
        self.entry.focus_first()

    def focus_entry(self) -> None:
        self.entry.focus_first()

    # -- what the student does ---------------------------------------------------------

    def on_entered(self, secret: str) -> None:
        if self._busy or self.waiting:
            self.refresh()
            return
        if self.kind == PIN and not is_valid(PIN, secret):
            self._say(_tr("A PIN has 4 to 8 digits."))
            self.entry.focus_first()
            return
        if self.step == CHECK:
            self._check(secret)
        elif self.step == CHOOSE:
            self._first = secret
            self.step = CONFIRM
            self._say("")
            self._show_step()
            announce(self, self.instruction.text())
        else:
            first, self._first = self._first, ""
            if secret != first:
                self.step = CHOOSE
                self._show_step()
                self._say(_tr("Those were not the same pictures. Start again: choose three pictures.")
                          if self.kind == PICTURE else _tr("The two PINs were not the same. Start again: "
                                                            "choose a PIN."))
                return
            self._work(make_record, self.kind, secret)

    def _check(self, secret: str) -> None:
        # Counted as wrong until known right, as the teacher PIN is: leaving during the check gives nothing back.
        self.guard.record_failure()
        self._work(verify_pin, self.record, secret)

    def _work(self, function, *args) -> None:
        self._busy = True
        generation = self._generation
        # Kept until its answer is handled: a worker let go of as its thread ends never delivers it.
        worker = self._worker = Worker()
        worker.done.connect(lambda result: self._on_done(generation, result))
        worker.failed.connect(lambda _error: self._on_done(generation, None))
        self.refresh()
        worker.start(function, *args)

    def _on_done(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # the flow was left meanwhile
        self._busy = False
        self._worker = None
        if self.step == CONFIRM:
            if result:
                self.made.emit(self.kind, result)
            else:  # a bug in the hashing: say it, keep nothing
                self.step = CHOOSE
                self._show_step()
                self._say(_tr("That could not be saved. Please try again."))
            return
        if result is True:
            self.guard.record_success()
            self._say("")
            self.verified.emit()
            return
        self.pictures.clear()
        self._say(_tr("Those are not your pictures. Try again, or go back and choose your name.")
                  if self.kind == PICTURE else _tr("That is not your PIN. Try again, or go back and choose your name."))
        self.refresh()
        if self.entry.isEnabled():
            self.entry.focus_first()

    # -- the wait -----------------------------------------------------------------------

    @property
    def waiting(self) -> bool:
        return self.step == CHECK and self.guard is not None and self.guard.seconds_to_wait() > 0

    def refresh(self) -> None:
        """Enable the entry, or not while checking or while the wait after wrong tries runs."""
        if self._busy:
            self.entry.setEnabled(False)
            self._say(_tr("Checking…") if self.step == CHECK else _tr("Saving…"), problem=False)
            return
        wait = self.guard.seconds_to_wait() if self.step == CHECK and self.guard is not None else 0
        if wait > 0:
            self.entry.setEnabled(False)
            self._say(_tr("Wrong too many times. Try again in {0} s.").format(math.ceil(wait)))
            self._waited = True
            if not self._timer.isActive():
                self._timer.start()
            return
        self._timer.stop()
        self.entry.setEnabled(True)
        if self._waited:
            self._waited = False
            self._say(_tr("You can try again now."), problem=False)
            self.entry.focus_first()

    def _say(self, text: str, *, problem: bool = True) -> None:
        set_status(self.status, text, "error" if problem else "muted")
        self.status.setVisible(bool(text))
        if text and (problem or not self._busy):
            announce(self, text, assertive=problem)


class SignInScreen(Screen):
    """"Hello, Ana": the picture password or PIN, and a way back to the names."""

    verified = Signal()
    made = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area, column = scrolling_screen(self)
        self.title = label("", role="title")
        column.addWidget(self.title)
        self.form = SecretForm()
        column.addWidget(self.form)
        self.forgot = label("", role="muted")
        column.addWidget(self.forgot)
        self.back_button = button("")
        column.addLayout(button_row(self.back_button))
        column.addStretch(1)
        self._name = ""
        self.retranslate()
        self.form.verified.connect(self.verified)
        self.form.made.connect(self.made)
        self.back_button.clicked.connect(self.back_requested)
        self.escape_pressed.connect(self.back_requested)

    def retranslate(self) -> None:
        self.area.setAccessibleName(_tr("Sign in"))
        self.back_button.setText(_tr("&Not me: back to the names"))
        self.back_button.setAccessibleName(self.back_button.text().replace("&", ""))
        self.forgot.setText(_tr("Forgot it? Ask your teacher to reset it."))
        self.forgot.setAccessibleName(self.forgot.text())
        self.form.pictures.retranslate()
        self.form.pin.retranslate()
        self._show_title()

    def _show_title(self) -> None:
        text = _tr("Hello, {0}").format(self._name) if self._name else ""
        self.title.setText(text)
        self.title.setAccessibleName(text)

    def check(self, name: str, kind: str, record: str | None, guard: SignInGuard) -> None:
        """A student who has a secret: ask for it."""
        self._name = name
        self._show_title()
        self.forgot.show()
        self.form.ask_existing(kind, record, guard)
        self._announce()

    def set_new(self, name: str, kind: str) -> None:
        """A student signing in for the first time: choose one, then confirm it."""
        self._name = name
        self._show_title()
        self.forgot.hide()
        self.form.ask_new(kind)
        self._announce()

    def show_problem(self, name: str, text: str) -> None:
        """Sign-in cannot work (a database that can only be read): say so; only Back is left."""
        self._name = name
        self._show_title()
        self.form.reset()
        self.form.pictures.hide()
        self.form.pin.hide()
        self.form.instruction.setText(text)
        self.form.instruction.setAccessibleName(text)
        self.forgot.hide()
        self.back_button.setFocus()

    def say(self, text: str) -> None:
        self.form._say(text)

    def reset(self) -> None:
        self.form.reset()
        self._name = ""
        self._show_title()

    def _announce(self) -> None:
        announce(self, f"{self.title.text()}. {self.form.instruction.text()}")


class SetSecretDialog(QDialog):
    """The teacher sets a student's picture password or PIN: choose, then confirm.
    `record` is the record to keep once accepted."""

    def __init__(self, name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record: str | None = None
        title = (_tr("Picture password for {0}") if kind == PICTURE else _tr("PIN for {0}")).format(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(title, role="subtitle"))
        layout.addWidget(label(_tr("Tell {0} what you choose here, out of sight of the others.").format(name),
                               role="muted"))
        self.form = SecretForm()
        body = QWidget()
        body.setObjectName("screen-body")
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.form)
        self.area = scroll(body, title)  # at large text on a 768-pixel screen the pictures scroll
        layout.addWidget(self.area, 1)
        self.cancel_button = button(_tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        layout.addLayout(button_row(self.cancel_button, stretch_at=0))
        self.form.made.connect(self.on_made)
        self.form.ask_new(kind)
        self._body = body
        self._sized = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._sized:
            # Qt caps a dialog's own size at two thirds of the screen: as big as the form asks, within the screen.
            self._sized = True
            body = self._body.sizeHint()
            wanted = self.sizeHint()
            wanted.setHeight(wanted.height() - self.area.sizeHint().height() + body.height())
            wanted.setWidth(max(wanted.width(), body.width() + 60))
            room = self.screen().availableGeometry()
            self.resize(min(wanted.width(), room.width()), min(wanted.height(), room.height() - 40))

    def on_made(self, _kind: str, record: str) -> None:
        self.record = record
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override): Enter is the form's, never "accept"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:  # Qt override
        self.form.reset()
        super().done(result)
