"""The main window: a stack of screens and a small View menu. No logic of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class MainWindow(QMainWindow):
    first_painted = Signal()  # once: the window is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.setWindowTitle(self.tr("Lessons"))
        self.setAccessibleName(self.tr("Lessons"))
        self.resize(1024, 768)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Screens"))
        self.setCentralWidget(self.stack)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(
            self.tr("Larger text"), _unique(QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+=")
        )
        self.zoom_out_action = self._action(
            self.tr("Smaller text"), _unique(QKeySequence.StandardKey.ZoomOut, "Ctrl+-")
        )
        self.zoom_reset_action = self._action(self.tr("Default text size"), [QKeySequence("Ctrl+0")])
        self.contrast_action = self._action(self.tr("High contrast"))
        self.contrast_action.setCheckable(True)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.contrast_action)
        teacher = self.menuBar().addMenu(self.tr("&Teacher"))
        self.teacher_action = self._action(self.tr("Teacher area…"), [QKeySequence("Ctrl+Shift+T")])
        teacher.addAction(self.teacher_action)
        self.teacher_menu = teacher
        self.menuBar().setAccessibleName(self.tr("Menu bar"))

    def _action(self, text: str, keys: list[QKeySequence] | None = None) -> QAction:
        # Made as QAction(parent) + setText, since resolving QAction(text, parent)
        # builds PySide6's QIcon type (1 ms of start-up), and given its keys with
        # setShortcuts, since setShortcut's overloads build the Qt namespace
        # (see widgets.py).
        action = QAction(self)
        action.setText(text)
        if keys:
            action.setShortcuts(keys)
        return action

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        focus = screen.focusWidget()
        if focus is None or not focus.isVisibleTo(screen) or not focus.isEnabled():
            screen.focusNextChild()
        else:
            focus.setFocus()

    @property
    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()


def _unique(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's key for an action plus the usual ones, each once."""
    keys: dict[str, QKeySequence] = {}
    for key in [*QKeySequence.keyBindings(standard), *(QKeySequence(e) for e in extra)]:
        if not key.isEmpty():
            keys.setdefault(key.toString(), key)
    return list(keys.values())
