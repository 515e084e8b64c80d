"""Screen 1: "Who is learning?" — pick a student or add one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from lessonapp.ui.widgets import Screen, button, button_row, card, label, scrolling_screen
from lessonapp.ui.wording import fill

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent  # made when a key is first pressed, not at start-up


class _ProfileList(QListWidget):
    """Enter on the list continues with the selected student."""

    activated_by_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt  # here, not at start-up: see widgets.py

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # the screen says so if no name is chosen
            self.activated_by_key.emit()
            return
        super().keyPressEvent(event)


class ProfilesScreen(Screen):
    """A view: the list of students and the "add a student" form.

    Emits profile_chosen(id) and add_requested(name); the controller talks to
    the store and calls set_profiles / show_add_error.
    """

    profile_chosen = Signal(int)
    add_requested = Signal(str)
    language_chosen = Signal(str)  # a language code, from the picker add_language_picker makes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._ids: list[int] = []  # the profile id of each row of the list
        self._can_add = True
        self.language_picker = None  # made by add_language_picker, after the first frame
        self.area, column = scrolling_screen(self)
        self.title = label("", role="title")
        column.addWidget(self.title)
        self.hint = label("", role="muted")
        column.addWidget(self.hint)

        self.list = _ProfileList()
        # Names are one line each: the list measures one, not each of a class of 300.
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(160)
        column.addWidget(self.list, 1)
        self.empty = label("", role="muted")
        column.addWidget(self.empty)

        self.continue_button = button("", primary=True)
        column.addLayout(button_row(self.continue_button))

        self.add_card = add_card = card()
        add = QVBoxLayout(add_card)
        add.setContentsMargins(20, 16, 20, 16)
        add.setSpacing(10)
        self.add_title = label("", role="subtitle")
        add.addWidget(self.add_title)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        add.addWidget(self.name_edit)
        self.error = label("", role="error")
        self.error.hide()
        add.addWidget(self.error)
        self.add_button = button("")
        add.addLayout(button_row(self.add_button))
        column.addWidget(add_card)
        # With no student yet the list is hidden: this takes the spare room, so
        # the screen stays packed at the top instead of spreading out.
        column.addStretch(0)
        self._column = column
        self.retranslate()

        self._connect_signals()

    def retranslate(self) -> None:
        """Every word of the screen in the language now spoken (a student may change it here)."""
        self.area.setAccessibleName(self.tr("Who is learning?"))
        self.title.setText(self.tr("Who is learning?"))
        self.hint.setText(self.tr("Choose your name and press Enter."))
        self.hint.setAccessibleName(self.hint.text())
        self.list.setAccessibleName(self.tr("Students"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.continue_button.text())
        self.add_title.setText(self.tr("Add a student"))
        self.add_card.setAccessibleName(self.add_title.text())  # a screen reader names the box it enters
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setAccessibleName(self.tr("New student's name"))
        self.error.setAccessibleName(self.tr("Problem with the name"))
        self.add_button.setText(self.tr("Add a student"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.set_can_add(self._can_add)
        if self.language_picker is not None:
            self.language_label.setText(self.tr("Language"))
            self.language_picker.setAccessibleName(self.tr("Language"))

    def add_language_picker(self, languages: Sequence[tuple[str, str]], current: str) -> None:
        """A "Language" list under the title: (code, name in its own words) for each
        language; choosing one emits language_chosen(code)."""
        from PySide6.QtWidgets import QComboBox, QHBoxLayout

        row = QHBoxLayout()
        self.language_label = label("")
        self.language_picker = QComboBox()
        for code, name in languages:
            self.language_picker.addItem(name, code)
        self.language_label.setBuddy(self.language_picker)
        row.addWidget(self.language_label)
        row.addWidget(self.language_picker)
        row.addStretch(1)
        self._column.insertLayout(1, row)
        self.show_language(current)
        self.language_picker.activated.connect(
            lambda index: self.language_chosen.emit(self.language_picker.itemData(index))
        )
        self.retranslate()

    def show_language(self, code: str) -> None:
        if self.language_picker is not None:
            index = self.language_picker.findData(code)
            self.language_picker.setCurrentIndex(max(index, 0))

    def _connect_signals(self) -> None:
        self.list.activated_by_key.connect(self.on_list_activated)
        self.list.itemDoubleClicked.connect(self.on_list_activated)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.name_edit.returnPressed.connect(self.on_add_button_clicked)
        self.name_edit.textEdited.connect(self.on_name_edit_text_edited)

    # -- filled by the controller ------------------------------------------------

    def set_profiles(self, profiles: Sequence, selected_id: int | None) -> None:
        self.list.clear()
        self._names = [p.name for p in profiles]
        self._ids = [p.id for p in profiles]
        self.list.addItems([p.name for p in profiles])  # a class of 300 at once
        has_any = bool(profiles)
        # Nothing is chosen unless asked: on a kiosk, Enter must not sign the next student in as the last.
        if selected_id in self._ids:
            self.list.setCurrentRow(self._ids.index(selected_id))
        else:
            self.list.setCurrentRow(-1)
            self.list.clearSelection()
        self.hint.setText(self.tr("Choose your name and press Enter."))
        self.hint.setAccessibleName(self.hint.text())
        self.list.setVisible(has_any)
        self._column.setStretch(self._column.count() - 1, 0 if has_any else 1)
        self.empty.setVisible(not has_any)
        self.continue_button.setEnabled(has_any)
        self.continue_button.setVisible(has_any)
        self.hint.setVisible(has_any)
        self.name_edit.clear()
        self.error.hide()
        self.name_edit.setAccessibleDescription("")
        (self.list if has_any else self.name_edit).setFocus()

    def set_can_add(self, can_add: bool) -> None:
        """A kiosk with a roster may keep students from adding names."""
        self._can_add = can_add
        self.add_card.setVisible(can_add)
        self.empty.setText(
            self.tr("No students yet: add your name below.") if can_add
            else self.tr("No students yet: ask your teacher to add your name.")
        )

    def show_add_error(self, message: str) -> None:
        from lessonapp.ui.accessibility import announce  # not at start-up: see widgets.py

        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setAccessibleDescription(self.tr("Problem with the name"))
        self.error.show()
        self.name_edit.setAccessibleDescription(message)  # heard again whenever the name box has focus
        self.name_edit.setFocus()
        announce(self, message, assertive=True)

    def selected_id(self) -> int | None:
        """The name chosen; None when none is selected (focus alone marks a row current, not chosen)."""
        selected = self.list.selectedIndexes()
        row = selected[0].row() if selected else -1
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # -- slots -------------------------------------------------------------------

    def on_list_activated(self, *_: object) -> None:
        self.on_continue_button_clicked()

    def on_continue_button_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.profile_chosen.emit(chosen)
            return
        self.hint.setText(self.tr("Choose your name first: use the arrow keys or click it, then press Enter."))
        self.hint.setAccessibleName(self.hint.text())
        self.list.setFocus()

    def on_add_button_clicked(self) -> None:
        from lessonapp.store.names import lookalike_of  # when a name is first added, not at start-up

        name = " ".join(self.name_edit.text().split())
        existing = lookalike_of(name, self._names) if name else None
        if not name:
            self.show_add_error(self.tr("Please type a name first."))
        elif existing is not None and existing.casefold() == name.casefold():
            self.show_add_error(
                fill(self.tr("There is already a student called {0}. Choose them above, or add a different name."),
                     existing)
            )
        elif existing is not None:
            # The name typed is not repeated: it may hold look-alike letters.
            self.show_add_error(
                fill(self.tr("This name looks the same as {0}, who is already on the list. Choose {0} above, "
                             "or add something that tells you apart, such as an initial."), existing)
            )
        else:
            self.add_requested.emit(name)  # the store checks the characters

    def on_name_edit_text_edited(self, _text: str) -> None:
        self.error.hide()
        self.name_edit.setAccessibleDescription("")
