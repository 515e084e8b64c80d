"""Small reusable widgets shared by the screens.

The name screen is built from these before the first frame, so they stay off
PySide6's `Qt` namespace (see qt_numbers.py); the rich-text views are in
reading_view.py and choice_button.py.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from lessonapp.ui.qt_numbers import NO_FOCUS, PLAIN_TEXT, SCROLL_BAR_ALWAYS_OFF


def percent_text(percent: float) -> str:
    """A percentage as shown: a whole number, rounded down, so that a score
    just under the pass mark (69.5) never reads as reaching it (70)."""
    return str(math.floor(percent + 1e-9))


def button(text: str, accessible_name: str | None = None, *, primary: bool = False) -> QPushButton:
    """A push button that Enter and Space both activate, with an accessible name."""
    b = QPushButton(text)
    b.setAutoDefault(True)  # Enter activates a focused button outside dialogs too
    b.setAccessibleName(accessible_name or text.replace("&", ""))
    if primary:
        b.setObjectName("primary")
    return b


def label(text: str = "", *, role: str = "", wrap: bool = True, accessible_name: str | None = None) -> QLabel:
    """A word-wrapped label; role becomes its object name for the stylesheet
    (title, subtitle, muted, card-title ...)."""
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setProperty("textFormat", PLAIN_TEXT)  # never rich text: names and messages may hold "<"
    if role:
        lab.setObjectName(role)
    lab.setAccessibleName(accessible_name or text)
    return lab


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame


def scroll(content: QWidget, accessible_name: str) -> QScrollArea:
    """A frameless vertical scroll area around `content`, reachable by keyboard."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
    area.setProperty("focusPolicy", NO_FOCUS)
    area.setAccessibleName(accessible_name)
    return area


def button_row(*widgets: QWidget, stretch_at: int = -1) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for i, w in enumerate(widgets):
        if i == stretch_at:
            row.addStretch(1)
        row.addWidget(w)
    if stretch_at < 0 or stretch_at >= len(widgets):
        row.addStretch(1)
    return row


class Screen(QWidget):
    """Base of every screen: Esc asks to go back (the screen or its controller decides)."""

    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt  # here, not at start-up: see qt_numbers.py

        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
