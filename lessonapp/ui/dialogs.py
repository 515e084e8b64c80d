"""The modal questions the app asks. Kept in one module so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

RESUME = "resume"
START_OVER = "start_over"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask_leave_quiz(parent: QWidget) -> bool:
    """True when the student chooses to leave a quiz in progress."""
    answer = QMessageBox.question(
        parent,
        _tr("Leave the quiz?"),
        _tr("Leave the quiz? You can resume it later."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_resume(parent: QWidget, answered: int, total: int) -> str | None:
    """RESUME, START_OVER, or None (cancel) for an unfinished attempt."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unfinished quiz"))
    if answered:
        text = QCoreApplication.translate("dialogs", "You left this quiz after {0} of %n question(s).", "", total)
        box.setText(text.format(answered))
    else:
        box.setText(_tr("You started this quiz but did not answer a question yet."))
    box.setInformativeText(_tr("Resume where you stopped, or start over?"))
    resume = box.addButton(_tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
    again = box.addButton(_tr("Start over"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return RESUME
    if clicked is again:
        return START_OVER
    return None


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
