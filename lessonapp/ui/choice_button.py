"""One answer of a quiz question, as a checkable button whose text wraps.
A screen reader gets it as a radio button or a check box (see accessibility.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from lessonapp.ui.translations import text_direction


class ChoiceButton(QPushButton):
    """A checkable answer row "1  Text" whose text wraps. Enter is left to the
    quiz screen (check / next); Space and the number key toggle it.
    multiple: one of several answers (a check box mark), else one answer (a radio mark).
    Once locked (the answer checked) it stays focusable, with its mark, but never toggles."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None, *, multiple: bool = False) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setObjectName("choice")
        self.number = number
        self.multiple = multiple
        self.locked = False
        self._text = text
        self._state = ""
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._show_text()
        self.toggled.connect(self._show_text)
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
        # An answer reads in its own direction, number first, whatever the app's
        # (an English lesson in the Arabic app, an Arabic one in the English app).
        direction = text_direction(text)
        if direction is not None:
            self.setLayoutDirection(direction)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _show_text(self) -> None:
        """The number, a radio or check box mark that shows whether it is chosen, and the text."""
        marks = ("☐", "☑") if self.multiple else ("○", "◉")
        mark = marks[self.isChecked()]
        self._label.setText(f"<b>{self.number}</b>&nbsp;&nbsp;{mark}&nbsp;&nbsp;{escape(self._text)}")

    def nextCheckState(self) -> None:  # noqa: N802 (Qt override)
        if not self.locked:
            super().nextCheckState()

    def lock(self) -> None:
        """The answer is checked: no more toggling, but Tab and a screen reader still reach it."""
        self.locked = True
        self.setProperty("locked", True)

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
        """'' (plain), 'right', 'wrong', 'partly' or 'missed'; the stylesheet colours each,
        and a mark says it in words too (not by colour alone)."""
        if state == self._state:
            return  # nothing to redo: most choices stay plain
        self._state = state
        notes = {
            "right": self.tr("✓ your answer, right"),
            "wrong": self.tr("✗ your answer, wrong"),
            "partly": self.tr("◐ your answer, partly right"),
            "missed": self.tr("✓ right answer"),
        }
        self._note.setText(notes.get(state, ""))
        self._note.setVisible(bool(state))
        self.setAccessibleDescription(notes.get(state, ""))
        self.setProperty("state", state)
        for w in (self, self._label, self._note):
            w.style().unpolish(w)
            w.style().polish(w)
