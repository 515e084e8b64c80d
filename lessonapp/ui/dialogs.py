"""The modal questions the app asks. Kept in one module so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

RESUME = "resume"
START_OVER = "start_over"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def leave_box(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The "leave the quiz?" question, with its buttons in words and no icon; returns it and its Leave button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setWindowTitle(_tr("Leave the quiz?"))
    box.setText(_tr("Leave the quiz now? Your answers are kept: you can resume it later."))
    leave = box.addButton(_tr("Leave the quiz"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(_tr("Stay"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    return box, leave


def ask_leave_quiz(parent: QWidget) -> bool:
    """True when the student chooses to leave a quiz in progress."""
    box, leave = leave_box(parent)
    box.exec()
    return box.clickedButton() is leave


def resume_box(parent: QWidget, answered: int, total: int) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The question about an unfinished attempt; returns it and its Resume and Start over buttons."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.NoIcon)
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
    return box, resume, again


def ask_resume(parent: QWidget, answered: int, total: int) -> str | None:
    """RESUME, START_OVER, or None (cancel) for an unfinished attempt."""
    box, resume, again = resume_box(parent, answered, total)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return RESUME
    if clicked is again:
        return START_OVER
    return None


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
