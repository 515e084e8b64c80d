"""Between the name and the library, with ``student_sign_in`` on: the controller's
part of the sign-in (the screen is ui/sign_in.py, the secrets store/sign_in.py).

    flow = SignInFlow(controller, "picture")
    flow.signed_in.connect(controller.enter_as)   # the profile id, once proved
    flow.ask(profile_id)                          # every time a name is chosen

A student with no secret yet chooses one (and confirms it); it is kept only if
none was set meanwhile. Back, Esc and the idle reset return to the names.
"""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal

from lessonapp.store import StoreError
from lessonapp.store.sign_in import STUDENT, SignInGuard, keep_record, secret_info, secret_record
from lessonapp.ui.sign_in import SignInScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("sign_in", text)


class SignInFlow(QObject):
    signed_in = Signal(int)

    def __init__(self, controller, mode: str) -> None:
        super().__init__(controller)
        self.controller = controller
        self.mode = mode  # the kind a new secret is: "picture" or "pin"
        self.clock = time.time  # the guards' wall clock (tests move it)
        self.profile_id: int | None = None  # the student signing in
        self._guards: dict[int, SignInGuard] = {}  # in memory too: a store that cannot be written keeps the wait
        self.screen = SignInScreen()
        controller.window.add_screen(self.screen)
        self.screen.verified.connect(self.on_verified)
        self.screen.made.connect(self.on_made)
        self.screen.back_requested.connect(controller.show_profiles)

    @property
    def store(self):
        return self.controller.store  # a restore may have replaced it

    def ask(self, profile_id: int) -> None:
        controller = self.controller
        profile = self.store.profile(profile_id)
        self.profile_id = profile_id
        controller.view_settings.set_person(f"student-{profile_id}")  # their own text size, for this too
        controller.student_changed.emit(True)  # someone is here: the idle reset watches
        self.screen.retranslate()  # in the language chosen on the name screen
        controller.window.show_screen(self.screen)
        try:
            info = secret_info(self.store, profile_id)
            record = secret_record(self.store, profile_id)
        except sqlite3.Error:
            self.screen.show_problem(profile.name, _tr(
                "Signing in does not work just now: the score database cannot be read. Please tell your teacher."))
            return
        if info is not None:
            self.screen.check(profile.name, info.kind, record, self._guard(profile_id))
        elif self.store.read_only:
            self.screen.show_problem(profile.name, _tr(
                "You have no picture password or PIN yet, and it cannot be saved just now: the score database "
                "can only be read. Please tell your teacher."))
        else:
            self.screen.set_new(profile.name, self.mode)

    def _guard(self, profile_id: int) -> SignInGuard:
        if profile_id not in self._guards:
            self._guards[profile_id] = SignInGuard(lambda: self.store, profile_id, lambda: self.clock())
        return self._guards[profile_id]

    def on_verified(self) -> None:
        profile_id, self.profile_id = self.profile_id, None
        if profile_id is not None:
            self.signed_in.emit(profile_id)

    def on_made(self, kind: str, record: str) -> None:
        profile_id = self.profile_id
        if profile_id is None:
            return
        try:
            kept = keep_record(self.store, profile_id, kind, record, set_by=STUDENT, only_if_none=True)
        except (sqlite3.Error, StoreError) as error:
            self.screen.form.ask_new(kind)
            self.screen.say(_tr("It could not be saved ({0}). Please tell your teacher.").format(error))
            return
        if not kept:  # the teacher set one meanwhile: that one is asked for
            self.ask(profile_id)
            return
        self.on_verified()

    def reset(self) -> None:
        self.profile_id = None
        self.screen.reset()
