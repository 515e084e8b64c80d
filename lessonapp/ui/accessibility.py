"""What a screen reader gets beyond Qt's defaults: spoken announcements, answer
choices that are radio buttons or check boxes, and titles that are headings.

Qt gives a checkable QPushButton the role "check box" and a QLabel the role
"label"; an interface factory gives the app's own widgets the roles that match
what they do. Imported by the screens after the first window, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

from lessonapp.ui.choice_button import ChoiceButton

HEADING_ROLES = frozenset({"title", "subtitle", "heading"})  # label object names read as headings


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader speak text now (Orca queues a polite one after what it is saying).

    On Linux, through a notification that appears (Notice): Orca before version 46, which
    Debian 12 and Ubuntu 22.04 ship, ignores Qt's announcements and said none of them."""
    if not text:
        return
    if speaks_by_notice():
        Notice.of(widget.window()).say(text)
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def speaks_by_notice() -> bool:
    """True where screen readers listen through AT-SPI (Linux, X11 or Wayland)."""
    return QGuiApplication.platformName() in ("xcb", "wayland")


class Notice(QWidget):
    """A one-pixel notification of the window: each announcement renames it and shows it
    again, and Orca speaks a notification as it starts showing ("notification, <text>")."""

    @classmethod
    def of(cls, window: QWidget) -> Notice:
        notice = window.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return notice if notice is not None else cls(window)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        install()
        self.setFixedSize(1, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def say(self, text: str) -> None:
        self.hide()
        self.setAccessibleName(text)
        self.show()


class NoticeInterface(QAccessibleWidget):
    def __init__(self, notice: Notice) -> None:
        super().__init__(notice, QAccessible.Role.Notification)


def set_shown_text(label: QLabel, text: str) -> None:
    """Give a label its text and name, shown when there is text and hidden when not.

    Qt's AT-SPI bridge tells a screen reader when an object starts "showing" but never
    when it becomes "visible", and Orca keeps the states it first read: a label it
    first sees hidden stays "not visible" to it for good. So a label is shown before
    it is given words, and emptied before it is hidden."""
    if text:
        label.setVisible(True)
    label.setText(text)
    label.setAccessibleName(text)
    if not text:
        label.setVisible(False)


class ChoiceInterface(QAccessibleWidget):
    """An answer choice: a radio button in a single-answer question, a check box in a
    multiple-answer one; read-only (but still focusable, with its mark) once checked."""

    def __init__(self, button: ChoiceButton) -> None:
        role = QAccessible.Role.CheckBox if button.multiple else QAccessible.Role.RadioButton
        super().__init__(button, role)

    def state(self) -> QAccessible.State:
        state = super().state()
        button = self.widget()
        state.checkable = True
        state.checked = button.isChecked()
        state.readOnly = button.locked
        return state


class HeadingInterface(QAccessibleWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName() or self.widget().text()
        return super().text(kind)


def _factory(key: str, obj) -> QAccessibleWidget | None:
    if isinstance(obj, Notice):
        return NoticeInterface(obj)
    if isinstance(obj, ChoiceButton):
        return ChoiceInterface(obj)
    if isinstance(obj, QLabel) and (obj.property("heading") or obj.objectName() in HEADING_ROLES):
        return HeadingInterface(obj)
    return None


_installed = False


def install() -> None:
    """Install the interface factory once (widgets made before it keep Qt's roles)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
