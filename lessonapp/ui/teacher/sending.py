"""The sending tab: where results go, how many wait and since when, the last
error, and the statements the LRS rejected (set aside). A view: the teacher
area hands it plain values and listens to its buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lessonapp.ui.flow_layout import FlowLayout
from lessonapp.ui.teacher.common import Table, scrolling_body, set_message
from lessonapp.ui.teacher.models import Column, RecordsModel, local_time
from lessonapp.ui.widgets import button, card, label
from lessonapp.ui.wording import fill


class AsideRow(NamedTuple):
    when: str  # stored UTC stamp
    what: str  # "answered: Ana, basics / q1"
    reason: str  # the LRS's
    statement_id: str


class SendingTab(QWidget):
    """Emits send_requested() and pull_requested()."""

    send_requested = Signal()
    pull_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self, self.tr("Sending"))  # scrolls when the text is large
        layout.addWidget(label(self.tr("Results sent to the school's learning record store (LRS)"), role="subtitle"))
        self.where = label("", role="muted")
        layout.addWidget(self.where)

        box = card()
        column = QVBoxLayout(box)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)
        self.waiting = label("")
        self.error = label("")
        column.addWidget(self.waiting)
        column.addWidget(self.error)
        row = FlowLayout(spacing=12)
        self.send_button = button(self.tr("&Send now"), primary=True)
        self.pull_button = button(self.tr("&Pull the class's results"),
                                  self.tr("Pull the class's results from the LRS"))
        self.pull_button.setToolTip(self.tr("Fetch the results other machines sent to the LRS, and add them here"))
        row.add_widget(self.send_button)
        row.add_widget(self.pull_button)
        self.pull_button.hide()  # shown by the teacher area once it can pull (set_pull_available)
        column.addLayout(row)
        layout.addWidget(box)

        self.aside_title = label("", role="subtitle")
        layout.addWidget(self.aside_title)
        self.model = RecordsModel([
            Column(self.tr("When"), lambda r: local_time(r.when), sort=lambda r: r.when),
            Column(self.tr("Result"), lambda r: r.what, tip=lambda r: self.tr("Statement {0}").format(r.statement_id)),
            Column(self.tr("Why the LRS rejected it"), lambda r: r.reason, tip=lambda r: r.reason),
        ], self)
        self.aside_table = Table(self.tr("Results the LRS rejected"), wrap=True)
        self.aside_table.setModel(self.model)
        self.aside_table.set_widths({0: 16, 1: 24, 2: -1})
        layout.addWidget(self.aside_table, 1)
        self.message = label("")
        layout.addWidget(self.message)
        self.send_button.clicked.connect(self.send_requested)
        self.pull_button.clicked.connect(self.pull_requested)
        self._has_lrs = False

    def set_status(self, where: str | None, waiting: int, since: str | None, last_error: str | None,
                   last_error_at: str | None, aside: Sequence[AsideRow]) -> None:
        """where: the LRS's address and user as text, or None when no LRS is set up."""
        self._has_lrs = where is not None
        if where is None:
            self.where.setText(self.tr(
                "No LRS is set up: results stay on this machine. Add lrs: to the settings file to send them "
                "(see docs/classroom.md), or carry them on a USB stick: lessonapp scores export --format xapi."))
        else:
            self.where.setText(fill(self.tr("Results are sent to {0}"), where))
        if waiting:
            self.waiting.setText(self.tr("{0} results wait to be sent, the oldest since {1}.")
                                 .format(f"{waiting:,}", local_time(since)))
        else:
            self.waiting.setText(self.tr("Nothing waits: every result made here has been sent.")
                                 if where is not None else self.tr("Nothing waits."))
        if last_error:
            set_message(self.error, fill(self.tr("The last try failed ({0}): {1}"), local_time(last_error_at),
                                         last_error), ok=False)
        else:
            self.error.setText("")
        self.error.setVisible(bool(last_error))
        self.aside_title.setText(
            self.tr("Results the LRS rejected: {0} (kept here, never sent again)").format(len(aside)) if aside
            else self.tr("The LRS has rejected no result."))
        self.model.set_rows(list(aside))
        self.aside_table.setVisible(bool(aside))
        for widget in (self.where, self.waiting, self.aside_title):
            widget.setAccessibleName(widget.text())
        self.set_busy(False)

    def set_pull_available(self, available: bool) -> None:
        self.pull_button.setVisible(available)

    def set_busy(self, busy: bool) -> None:
        """While a send or a pull is under way, neither can be asked for again."""
        self.send_button.setEnabled(self._has_lrs and not busy)
        self.pull_button.setEnabled(self._has_lrs and not busy)
