"""Small reusable widgets shared by the screens."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QWidget,
)


def percent_text(percent: float) -> str:
    """A percentage as shown: a whole number, rounded down, so that a score
    just under the pass mark (69.5) never reads as reaching it (70)."""
    return str(math.floor(percent + 1e-9))


def button(text: str, accessible_name: str | None = None, *, primary: bool = False) -> QPushButton:
    """A push button that Enter and Space both activate, with an accessible name."""
    b = QPushButton(text)
    b.setAutoDefault(True)  # Enter activates a focused button outside dialogs too
    b.setAccessibleName(accessible_name or text.replace("&", ""))
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    if primary:
        b.setObjectName("primary")
    return b


def label(text: str = "", *, role: str = "", wrap: bool = True, accessible_name: str | None = None) -> QLabel:
    """A word-wrapped label; role becomes its object name for the stylesheet
    (title, subtitle, muted, card-title ...)."""
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        lab.setObjectName(role)
    lab.setAccessibleName(accessible_name or text)
    return lab


def markdown_label(text: str, *, role: str = "") -> QLabel:
    """A word-wrapped label showing Markdown; links never open a browser."""
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.MarkdownText)
    lab.setText(text)
    lab.setWordWrap(True)
    lab.setOpenExternalLinks(False)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if role:
        lab.setObjectName(role)
    lab.setAccessibleName(text)
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
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReadingView(QTextBrowser):
    """Read-only rich text that never opens a browser: Markdown pages, results."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setAccessibleName(accessible_name)
        self.setObjectName("reading")

    def show_markdown(self, markdown: str, base: QUrl | None = None, search_paths: list[str] | None = None):
        doc: QTextDocument = self.document()
        if base is not None:
            doc.setBaseUrl(base)
        if search_paths is not None:
            self.setSearchPaths(search_paths)
        doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def append_html(self, html: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertHtml(html)
        self.moveCursor(QTextCursor.MoveOperation.Start)


class ChoiceButton(QPushButton):
    """A checkable answer row "1  Text" whose text wraps. Enter is left to the
    quiz screen (check / next); Space and the number key toggle it."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setObjectName("choice")
        self.number = number
        self._state = ""
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setText(f"<b>{number}</b>&nbsp;&nbsp;&nbsp;{escape(text)}")
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setObjectName("choice-text")
        # The mark after checking is a label of its own, so that showing it
        # does not lay out the choice's text again (key press to feedback).
        self._note = QLabel()
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._note.setObjectName("choice-text")
        self._note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._note, 0, Qt.AlignmentFlag.AlignVCenter)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"{number}: {text}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def text_label(self) -> QLabel:
        return self._label

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(max(hint.width(), 200))))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, self.layout().totalMinimumSize().height())

    @property
    def note(self) -> str:
        return self._note.text() if self._note.isVisibleTo(self) else ""

    def set_state(self, state: str) -> None:
        """'' (plain), 'right', 'wrong' or 'missed'; the stylesheet colours each,
        and a mark says it in words too (not by colour alone)."""
        if state == self._state:
            return  # nothing to redo: most choices stay plain
        self._state = state
        notes = {
            "right": self.tr("✓ your answer, right"),
            "wrong": self.tr("✗ your answer, wrong"),
            "missed": self.tr("✓ right answer"),
        }
        self._note.setText(notes.get(state, ""))
        self._note.setVisible(bool(state))
        self.setAccessibleDescription(notes.get(state, ""))
        self.setProperty("state", state)
        for w in (self, self._label, self._note):
            w.style().unpolish(w)
            w.style().polish(w)
