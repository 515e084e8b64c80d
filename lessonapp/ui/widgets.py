"""Small reusable widgets shared by the screens.

The name screen is built from these before the first window appears, so they
keep off the PySide6 types that are slow to make on first use: the `Qt`
namespace (15 ms: PySide6 builds a Python enum for each of its hundred-odd
enums) and QByteArray. Enum values are set by name through Qt's property
system, which converts them (``setProperty("textFormat", "PlainText")``), and
key handlers import `Qt` when a key is first pressed. tests/ui/test_startup.py
guards this. The rich-text views are in reading_view.py and choice_button.py.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent  # made when a key is first pressed, not at start-up


def percent_text(percent: float) -> str:
    """A percentage as shown: a whole number, rounded down, so that a score
    just under the pass mark (69.5) never reads as reaching it (70)."""
    return str(math.floor(percent + 1e-9))


def count_text(text: str, n: int) -> str:
    """A count in words with Qt's plural forms: count_text("%n page(s)", 1) -> "1 page"
    (the English forms are in resources/translations/lessonapp_en.ts)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Counts", text, "", n)


def questions_text(quiz) -> str:
    """How many questions a quiz asks, and from how many when it draws some."""
    asked = quiz.asked_count
    if asked < len(quiz.questions):
        return count_text("%n question(s) drawn from {0}", asked).format(len(quiz.questions))
    return count_text("%n question(s)", asked)


def button(text: str, accessible_name: str | None = None, *, primary: bool = False) -> QPushButton:
    """A push button that Enter and Space both activate, with an accessible name."""
    b = QPushButton(text)
    b.setAutoDefault(True)  # Enter activates a focused button outside dialogs too
    b.setAccessibleName(accessible_name or text.replace("&", ""))
    if primary:
        b.setObjectName("primary")
    return b


def label(
    text: str = "", *, role: str = "", wrap: bool = True, accessible_name: str | None = None, heading: bool = False
) -> QLabel:
    """A word-wrapped label; role becomes its object name for the stylesheet
    (title, subtitle, muted, card-title ...). heading: a screen reader gets it as a
    heading whatever its role (titles and subtitles always are; see accessibility.py)."""
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setProperty("textFormat", "PlainText")  # never rich text: names and messages may hold "<"
    if heading:
        lab.setProperty("heading", True)
    if role:
        lab.setObjectName(role)
    lab.setAccessibleName(accessible_name or text)
    return lab


def set_status(target: QLabel, text: str, role: str) -> None:
    """A status line's text and spoken name, coloured by the stylesheet for role
    (error, muted, message-ok ...): the style is worked out again only when the role changes."""
    target.setText(text)
    target.setAccessibleName(text)
    if target.objectName() != role:
        target.setObjectName(role)
        target.style().unpolish(target)
        target.style().polish(target)


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
    area.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    area.setProperty("focusPolicy", "NoFocus")
    area.setAccessibleName(accessible_name)
    return area


def scrolling_column(owner: QWidget, accessible_name: str, *, margins: tuple[int, int], spacing: int,
                     ) -> tuple[QScrollArea, QVBoxLayout]:
    """All of owner's content in a scroll area (for large text on a small screen): the
    area, and the column inside it to fill. margins: (left and right, top and bottom)."""
    body = QWidget()
    body.setObjectName("screen-body")
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    area = scroll(body, accessible_name)
    outer.addWidget(area)
    column = QVBoxLayout(body)
    column.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
    column.setSpacing(spacing)
    return area, column


def scrolling_screen(screen: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """A screen whose content scrolls when the text is large, with the screens' margins."""
    return scrolling_column(screen, "", margins=(48, 36), spacing=16)


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
        from PySide6.QtCore import Qt  # here, not at start-up: see the top of this file

        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
