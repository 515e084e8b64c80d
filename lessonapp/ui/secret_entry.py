"""What a student types or picks to sign in: a picture password or a short PIN.

`PictureEntry`: nine big picture buttons in a 3 x 3 grid (the arrow keys move
between them, and the digits 1-9 pick one), three slots above them that fill
as pictures are picked (never showing which), and "Take back" for the last
pick (Backspace too). `PinEntry`: a hidden field of 4-8 digits and OK. Both
emit `entered(secret)` once a whole secret is in, and know nothing of where
it goes (ui/sign_in.py does).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from lessonapp.paths import resources
from lessonapp.store.sign_in import PICTURE_COUNT, PICTURES_PICKED, PIN_MAX_DIGITS, picture_secret
from lessonapp.ui.accessibility import announce
from lessonapp.ui.pin_dialog import pin_field
from lessonapp.ui.widgets import button, button_row, label

# The files under resources/sign_in, in the order of their numbers (what a secret keeps).
PICTURE_FILES = ("0-sun", "1-tree", "2-house", "3-fish", "4-flower", "5-car", "6-boat", "7-apple", "8-star")
COLUMNS = 3
ICON_LINES = 4  # a picture is as tall as this many lines of text...
MAX_ICON = 128  # ...up to this many pixels: at 300% text the grid still fits a 768-pixel screen with its words


def _tr(text: str) -> str:
    return QCoreApplication.translate("secret_entry", text)


def picture_names() -> tuple[str, ...]:
    """What each picture is called, for a screen reader and a tooltip."""
    return (_tr("Sun"), _tr("Tree"), _tr("House"), _tr("Fish"), _tr("Flower"), _tr("Car"), _tr("Boat"),
            _tr("Apple"), _tr("Star"))


def picture_icon(number: int) -> QIcon:
    return QIcon(str(resources() / "sign_in" / f"{PICTURE_FILES[number]}.svg"))


def scroll_to(widget: QWidget) -> None:
    """Bring widget into view in the scroll area around it, if any."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(widget)


class _PictureButton(QPushButton):
    """One picture; the arrow keys move to its neighbours in the grid."""

    moved = Signal(int, int)  # columns, rows (columns as seen on screen)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override): at large text the grid scrolls
        super().focusInEvent(event)
        scroll_to(self)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        step = steps.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.moved.emit(*step)
            return
        super().keyPressEvent(event)


class PictureEntry(QWidget):
    """Pick three of the nine pictures, in order."""

    entered = Signal(str)  # the picture numbers, e.g. "407"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picked: list[int] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.slots = label("", role="subtitle", wrap=False)
        self.slots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.slots)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: list[_PictureButton] = []
        for number in range(PICTURE_COUNT):
            picture = _PictureButton()
            picture.setObjectName("picture")
            picture.setIcon(picture_icon(number))
            picture.setAutoDefault(True)  # Enter picks the focused picture, as Space does
            picture.clicked.connect(lambda _=False, n=number: self.pick(n))
            picture.moved.connect(lambda dx, dy, n=number: self._move_focus(n, dx, dy))
            grid.addWidget(picture, number // COLUMNS, number % COLUMNS)
            self.buttons.append(picture)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        column.addLayout(row)
        self.take_back = button("")
        self.take_back.clicked.connect(self.take_back_last)
        under = QHBoxLayout()  # centred under the pictures
        under.addStretch(1)
        under.addWidget(self.take_back)
        under.addStretch(1)
        column.addLayout(under)
        self.retranslate()
        self._size_pictures()
        self._show_slots()

    def retranslate(self) -> None:
        for number, (picture, name) in enumerate(zip(self.buttons, picture_names(), strict=True)):
            picture.setAccessibleName(name)
            picture.setToolTip(name)
            picture.setAccessibleDescription(
                _tr("Picture {0} of {1}").format(number + 1, PICTURE_COUNT))
        self.take_back.setText(_tr("&Take back the last picture"))
        self.take_back.setAccessibleName(self.take_back.text().replace("&", ""))
        self._show_slots()

    @property
    def picked(self) -> int:
        return len(self._picked)

    def pick(self, number: int) -> None:
        if len(self._picked) >= PICTURES_PICKED or not self.isEnabled():
            return
        self._picked.append(number)
        self._show_slots()
        announce(self, self.slots.accessibleName())
        if len(self._picked) == PICTURES_PICKED:
            secret = picture_secret(self._picked)
            self._picked.clear()
            self._show_slots()
            self.entered.emit(secret)

    def take_back_last(self) -> None:
        if self._picked:
            self._picked.pop()
            self._show_slots()
            announce(self, self.slots.accessibleName())

    def clear(self) -> None:
        self._picked.clear()
        self._show_slots()

    def focus_first(self) -> None:
        self.buttons[0].setFocus()
        scroll_to(self.buttons[0])  # also when it had the focus already, and a message above pushed it down

    def _show_slots(self) -> None:
        # Filled and empty circles: how many are picked, never which.
        self.slots.setText("  ".join("●" if n < len(self._picked) else "○" for n in range(PICTURES_PICKED)))
        self.slots.setAccessibleName(_tr("{0} of {1} pictures picked").format(len(self._picked), PICTURES_PICKED))
        self.take_back.setEnabled(bool(self._picked))

    def _move_focus(self, number: int, dx: int, dy: int) -> None:
        if self.isRightToLeft():
            dx = -dx  # the grid is mirrored: the picture on the right has the lower column
        row, col = divmod(number, COLUMNS)
        row = min(max(row + dy, 0), PICTURE_COUNT // COLUMNS - 1)
        col = min(max(col + dx, 0), COLUMNS - 1)
        self.buttons[row * COLUMNS + col].setFocus()

    def _size_pictures(self) -> None:
        side = min(QFontMetrics(self.font()).height() * ICON_LINES, MAX_ICON)
        for picture in self.buttons:
            picture.setIconSize(QSize(side, side))
            picture.setMinimumSize(side + 24, side + 24)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.pick(key - Qt.Key.Key_1)
            return
        if key == Qt.Key.Key_Backspace:
            self.take_back_last()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_pictures()


class PinEntry(QWidget):
    """A hidden field of up to 8 digits and OK; Enter is OK."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.field = pin_field(PIN_MAX_DIGITS)
        self.field.returnPressed.connect(self.submit)
        self.ok_button = button("", primary=True)
        self.ok_button.setAutoDefault(False)  # Enter in the field is handled once, by returnPressed
        self.ok_button.clicked.connect(self.submit)
        column.addWidget(self.field)
        column.addLayout(button_row(self.ok_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setAccessibleName(_tr("Your PIN"))
        self.ok_button.setText(_tr("OK"))
        self.ok_button.setAccessibleName(self.ok_button.text())

    def submit(self) -> None:
        if not self.isEnabled():
            return
        pin = self.field.text()
        self.field.clear()
        self.entered.emit(pin)

    def clear(self) -> None:
        self.field.clear()

    def focus_first(self) -> None:
        self.field.setFocus()
