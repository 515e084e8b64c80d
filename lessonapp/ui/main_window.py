"""The main window: a stack of screens and a small View menu. No logic of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QPaintEvent


class MainWindow(QMainWindow):
    first_painted = Signal()  # once: the window is on screen

    # The menus' items, made by add_menu_items.
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    contrast_action: QAction
    teacher_action: QAction | None  # None without a Teacher menu
    quit_action: QAction | None  # File › Quit; None on a kiosk, which only the teacher may leave
    language_actions: dict[str, QAction]  # View › Language: "" (the system's) and each shipped language

    def __init__(self, parent: QWidget | None = None, *, teacher_menu: bool = True) -> None:
        """teacher_menu: False on a kiosk, where Ctrl+Shift+T asks for the PIN
        instead and a menu would let a mouse around it."""
        super().__init__(parent)
        self._painted = False
        self._items_added = False
        self.resize(1024, 768)
        # The screens in a plain widget's stacked layout: a QStackedWidget is a "layered pane"
        # that a screen reader names before every screen, and an unnamed plain widget is silent.
        screens = QWidget()
        self.stack = QStackedLayout(screens)
        self.setCentralWidget(screens)
        self.file_menu = self.menuBar().addMenu("") if teacher_menu else None
        self.view_menu = self.menuBar().addMenu("")
        self.teacher_menu = self.menuBar().addMenu("") if teacher_menu else None
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the window and its menus, in the language now spoken."""
        self.setWindowTitle(self.tr("Lessons"))
        self.setAccessibleName(self.tr("Lessons"))
        if self.file_menu is not None:
            self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        if self.teacher_menu is not None:
            self.teacher_menu.setTitle(self.tr("&Teacher"))
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        if not self._items_added:
            return
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.zoom_reset_action.setText(self.tr("Default text size"))
        self.contrast_action.setText(self.tr("High contrast"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[""].setText(self.tr("System language"))
        if self.quit_action is not None:
            self.quit_action.setText(self.tr("&Quit"))
        if self.teacher_action is not None:
            self.teacher_action.setText(self.tr("Teacher area…"))

    def add_menu_items(self) -> None:
        """Fill the menus; once, just after the first frame. The menu titles are
        on screen at once, but PySide6 takes 1.5 ms to make the items' types
        (QAction, QKeySequence), and nobody opens a menu in the first instant."""
        from PySide6.QtGui import QAction, QKeySequence

        def action(text: str, *keys: QKeySequence.StandardKey | str) -> QAction:
            # QAction(parent) + setText, since resolving QAction(text, parent)
            # builds PySide6's QIcon type (1 ms); the keys through setShortcuts,
            # since setShortcut's overloads build the Qt namespace (widgets.py).
            made = QAction(self)
            made.setText(text)
            sequences: dict[str, QKeySequence] = {}  # the platform's keys and the usual ones, each once
            for key in keys:
                standard = isinstance(key, QKeySequence.StandardKey)
                for sequence in QKeySequence.keyBindings(key) if standard else [QKeySequence(key)]:
                    if not sequence.isEmpty():
                        sequences.setdefault(sequence.toString(), sequence)
            if sequences:
                made.setShortcuts(list(sequences.values()))
            return made

        from PySide6.QtGui import QActionGroup

        from lessonapp.ui.translations import native_name, shipped_languages

        self.zoom_in_action = action("", QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+=")
        self.zoom_out_action = action("", QKeySequence.StandardKey.ZoomOut, "Ctrl+-")
        self.zoom_reset_action = action("", "Ctrl+0")
        self.contrast_action = action("")
        self.contrast_action.setCheckable(True)
        for item in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(item)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.contrast_action)
        # Each language by its own name, which a speaker finds whatever the app speaks now.
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code in ["", *shipped_languages()]:
            item = self.language_actions[code] = action(native_name(code) if code else "")
            item.setCheckable(True)
            item.setData(code)
            group.addAction(item)
            self.language_menu.addAction(item)
            if not code:
                self.language_menu.addSeparator()
        self.quit_action = None
        if self.file_menu is not None:
            self.quit_action = action("", QKeySequence.StandardKey.Quit, "Ctrl+Q")
            self.quit_action.triggered.connect(self.close)  # the same way out as the window's close button
            self.file_menu.addAction(self.quit_action)
        self.teacher_action = None
        if self.teacher_menu is not None:
            self.teacher_action = action("", "Ctrl+Shift+T")
            self.teacher_menu.addAction(self.teacher_action)
        self._items_added = True
        self.retranslate()

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
