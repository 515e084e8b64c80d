"""The teacher area's Sign-in tab, with ``student_sign_in`` on: who has a picture
password or PIN, and the teacher's Set and Reset for one student.

It is handed a callable giving the store in use (a restore replaces it) and
reads and writes the secrets through store/sign_in.py; it refreshes itself
each time it is shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from lessonapp.store import Store, StoreError
from lessonapp.store.sign_in import PICTURE, STUDENT, TEACHER, keep_record, reset_secret, secrets_set
from lessonapp.ui.teacher.common import Table, scrolling_body, set_message
from lessonapp.ui.teacher.models import Column, RecordsModel, local_time
from lessonapp.ui.widgets import button, button_row, label


@dataclass(frozen=True)
class SignInRow:
    profile_id: int
    name: str
    kind: str | None  # None: not set yet
    set_by: str | None
    set_at: str | None


class SignInTab(QWidget):
    def __init__(self, mode: str, store: Callable[[], Store], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._store = store
        layout = scrolling_body(self, self.tr("Sign-in"))  # scrolls when the text is large
        about = (self.tr("Students sign in with a picture password (three of nine pictures, in order) after "
                         "choosing their name.") if mode == PICTURE else
                 self.tr("Students sign in with a PIN of 4 to 8 digits after choosing their name."))
        about += " " + self.tr("A student without one chooses it at their next sign-in. Reset it when a student "
                               "forgets theirs, or set it here for them.")
        layout.addWidget(label(about))
        self.model = RecordsModel(self._columns(), self)
        self.table = Table(self.tr("Students and their sign-in"))
        self.table.setModel(self.model)
        self.table.set_widths({0: -1, 1: 16, 2: 11, 3: 16})
        layout.addWidget(self.table, 1)
        self.set_button = button(self.tr("&Set for this student…"), self.tr("Set the selected student's sign-in"))
        self.reset_button = button(self.tr("&Reset"), self.tr("Reset the selected student's sign-in"))
        layout.addLayout(button_row(self.set_button, self.reset_button))
        self.message = label("", role="muted")
        layout.addWidget(self.message)
        self.set_button.clicked.connect(self.on_set_button_clicked)
        self.reset_button.clicked.connect(self.on_reset_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    def _columns(self) -> list[Column]:
        def kind(row: SignInRow) -> str:
            if row.kind is None:
                return self.tr("not set yet")
            return self.tr("picture password") if row.kind == PICTURE else self.tr("PIN")

        def who(row: SignInRow) -> str:
            if row.set_by is None:
                return ""
            return self.tr("the student") if row.set_by == STUDENT else self.tr("a teacher")

        return [Column(self.tr("Student"), lambda r: r.name), Column(self.tr("Sign-in"), kind),
                Column(self.tr("Set by"), who), Column(self.tr("Set on"), lambda r: local_time(r.set_at) if r.set_at
                                                       else "")]

    @property
    def store(self) -> Store:
        return self._store()

    def refresh(self) -> None:
        current = self.current()
        found = secrets_set(self.store)
        rows = []
        for profile in self.store.profiles():
            info = found.get(profile.id)
            rows.append(SignInRow(profile.id, profile.name, info and info.kind, info and info.set_by,
                                  info and info.set_at))
        self.model.set_rows(rows)
        ids = [r.profile_id for r in rows]
        if rows:
            row = ids.index(current.profile_id) if current is not None and current.profile_id in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._enable()

    def current(self) -> SignInRow | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() and index.row() < len(self.model.records) else None

    def _enable(self) -> None:
        row = self.current()
        self.set_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.kind is not None)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override): what students set meanwhile
        super().showEvent(event)
        self.refresh()

    def on_set_button_clicked(self) -> None:
        from lessonapp.ui.sign_in import SetSecretDialog

        row = self.current()
        if row is None:
            return
        dialog = SetSecretDialog(row.name, self.mode, self)
        try:
            if dialog.exec() != SetSecretDialog.DialogCode.Accepted or dialog.record is None:
                return
            record = dialog.record
        finally:
            dialog.deleteLater()
        try:
            keep_record(self.store, row.profile_id, self.mode, record, set_by=TEACHER)
        except (sqlite3.Error, StoreError) as error:  # a database that can only be read, a full disk
            set_message(self.message, self.tr("Nothing was changed: {0}").format(error), ok=False)
            return
        self.refresh()
        set_message(self.message, self.tr("{0} now signs in with what you chose.").format(row.name))

    def on_reset_button_clicked(self) -> None:
        row = self.current()
        if row is None or row.kind is None:
            return
        try:
            reset_secret(self.store, row.profile_id)
        except (sqlite3.Error, StoreError) as error:
            set_message(self.message, self.tr("Nothing was changed: {0}").format(error), ok=False)
            return
        self.refresh()
        set_message(self.message, self.tr("Reset: {0} chooses a new one at their next sign-in.").format(row.name))
        self.table.setFocus()  # Reset is disabled now: focus stays on the list, not lost
